macro_rules! m { ($($a:tt)*) => { #[$($a)*] fn f() {} } }
m!(export_name = "abc");
Ok(Some(1))
