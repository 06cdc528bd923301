//@ arg: flag boolean
//@ arg: small smallint
//@ arg: r real
//@ arg: c "char"
//@ arg: v varchar(10)
//@ returns: text
//@ call: true 7 2.5 "'A'" "'hey'"
//@ expect: flag=Some(true) small=Some(7) r=Some(2.5) c=Some(65) v=Some("hey") sum=9.5
let sum = small.map(f32::from).unwrap_or(0.0) + r.unwrap_or(0.0);
Ok(Some(format!("flag={:?} small={:?} r={:?} c={:?} v={:?} sum={}", flag, small, r, c, v, sum)))
