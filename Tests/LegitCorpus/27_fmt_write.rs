//@ arg: n integer
//@ returns: text
//@ strict
//@ call: 3
//@ expect: 1x1=1;1x2=2;1x3=3;2x2=4;2x3=6;3x3=9;
use std::fmt::Write;
let mut out = String::new();
for i in 1..=n {
    for j in i..=n {
        write!(out, "{}x{}={};", i, j, i * j)?;
    }
}
let mut s2 = String::new();
writeln!(&mut s2, "{:>5}|{:<5}|{:^5}|{:05.1}", "a", "b", "c", 2.5f64).map_err(|e| e.to_string())?;
assert_eq!(s2, "    a|b    |  c  |002.5\n");
Ok(Some(out))
