//@ arg: a text
//@ arg: b integer
//@ returns: text
//@ call: "'  42 '" NULL
//@ expect: 42|none|84|len=2|xor=Some(1)|zip=None|filter=Some(42)
let parsed: Option<i32> = a.map(str::trim).and_then(|t| t.parse().ok());
let b_text = b.map(|v| v.to_string()).unwrap_or_else(|| "none".to_string());
let doubled = parsed.map(|v| v * 2).unwrap_or_default();
let len = a.map_or(0, |s| s.trim().len());
let x = Some(1).xor(None::<i32>);
let z = parsed.zip(b);
let f = parsed.filter(|v| v % 2 == 0);
let first = parsed.or(b).ok_or("both null")?;
Ok(Some(format!("{}|{}|{}|len={}|xor={:?}|zip={:?}|filter={:?}", first, b_text, doubled, len, x, z, f)))
