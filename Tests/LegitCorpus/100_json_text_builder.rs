//@ arg: names text[]
//@ arg: scores integer[]
//@ returns: text
//@ strict
//@ call: "'{\"Ann\",\"Bo \\\"B\\\"\",NULL}'" "'{90,NULL,70}'"
//@ expect: [{"name":"Ann","score":90},{"name":"Bo \"B\"","score":null},{"name":null,"score":70}]
// building JSON text by hand, with escaping, from two arrays
use std::fmt::Write;
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => { let _ = write!(out, "\\u{:04x}", c as u32); }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
let mut json = String::from("[");
for (i, (name, score)) in names.iter().zip(scores.iter()).enumerate() {
    if i > 0 { json.push(','); }
    let name = name.map(escape).unwrap_or_else(|| "null".into());
    let score = score.map(|s| s.to_string()).unwrap_or_else(|| "null".into());
    write!(json, "{{\"name\":{},\"score\":{}}}", name, score)?;
}
json.push(']');
Ok(Some(json))
