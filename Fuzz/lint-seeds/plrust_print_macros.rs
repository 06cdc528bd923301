println!("blocked");
eprint!("even without the newline");
dbg!(1);
use std::println as say;
say!("renamed");
macro_rules! relay { ($m:ident) => { $m!("via a macro") } }
relay!(print);
macro_rules! println { ($($t:tt)*) => {} }
println!("a macro of the body, not std's");
let s = format!("{}", "println!");
Ok(Some(s))
