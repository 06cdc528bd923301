//@ arg: temp double precision
//@ returns: text
//@ strict
//@ call: 37.9
//@ expect: fever (37.9 °C)
#[derive(Debug, Clone, Copy, PartialEq)]
enum Reading {
    Celsius(f64),
    Missing,
}
let r = if temp.is_nan() { Reading::Missing } else { Reading::Celsius(temp) };
let threshold = 37.5;
let label = match r {
    Reading::Missing => "missing".to_string(),
    Reading::Celsius(t) if t < 35.0 => format!("hypothermia ({} °C)", t),
    Reading::Celsius(t) if t >= threshold && t < 40.0 => format!("fever ({} °C)", t),
    Reading::Celsius(t) if t >= 40.0 => "emergency".into(),
    Reading::Celsius(t) => format!("normal ({} °C)", t),
};
Ok(Some(label))
