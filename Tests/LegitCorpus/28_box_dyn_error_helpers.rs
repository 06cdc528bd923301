//@ arg: s text
//@ returns: double precision
//@ strict
//@ call: "'3.5;4.5;x'"
//@ expect: error: invalid float literal
use std::error::Error;
type BoxResult<T> = Result<T, Box<dyn Error + Send + Sync>>;
fn parse_all(s: &str) -> BoxResult<Vec<f64>> {
    let mut v = Vec::new();
    for p in s.split(';') {
        v.push(p.trim().parse::<f64>()?);
    }
    Ok(v)
}
fn mean(v: &[f64]) -> Result<f64, Box<dyn Error + Send + Sync + 'static>> {
    if v.is_empty() { return Err("empty input".into()); }
    Ok(v.iter().sum::<f64>() / v.len() as f64)
}
let v = parse_all(s)?;
Ok(Some(mean(&v)?))
