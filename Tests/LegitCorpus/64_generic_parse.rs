//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'1.5 2.25 x'"
//@ expect: floats: error: invalid float literal | ints: Ok([1, 2]) | bools: [true, false]
use std::error::Error;
use std::str::FromStr;
fn parse_all<T>(s: &str) -> Result<Vec<T>, Box<dyn Error + Send + Sync>>
where
    T: FromStr,
    T::Err: Error + Send + Sync + 'static,
{
    s.split_whitespace().map(|w| w.parse::<T>().map_err(|e| e.into())).collect()
}
fn parse_lossy<T: FromStr>(s: &str) -> Vec<T> where <T as FromStr>::Err: std::fmt::Debug {
    s.split(',').filter_map(|w| w.trim().parse().ok()).collect()
}
let floats = match parse_all::<f64>(s) { Ok(v) => format!("{:?}", v), Err(e) => format!("error: {}", e) };
let ints: Result<Vec<i32>, _> = parse_all("1 2");
let bools: Vec<bool> = parse_lossy("true, false, maybe");
Ok(Some(format!("floats: {} | ints: {:?} | bools: {:?}", floats, ints.map_err(|e| e.to_string()), bools)))
