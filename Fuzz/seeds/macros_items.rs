macro_rules! m { ($($t:tt)*) => { $($t)* }; }
m!{ struct S { a: u8 } }
#[derive(Debug)] enum E { A = 1, B(u8), C { x: i32 } }
unsafe extern "C" { safe fn f(); }
