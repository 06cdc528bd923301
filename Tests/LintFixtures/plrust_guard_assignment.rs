// Assignments in match guards: direct, compound, in a closure, from a macro;
// and guards that only read.
let mut x = Some(String::from("a"));
let mut count = 0;
macro_rules! bump { ($c:ident) => { { $c += 1; true } } }
let a = match x { Some(ref r) if { x = None; true } => r.len(), _ => 0 };
let b = match 5 { v if { count <<= 1; v > 3 } => v, v => v };
let c = match 5 { v if (|| { count = 2; true })() => v, v => v };
let d = match 5 { v if bump!(count) => v, v => v };
// Allowed:
let e = match 5 { v if v > 3 && count == 0 => { count += 1; v }, v => v };
count = 1;
Ok(Some((a as i64) + b + c + d + e + count))
