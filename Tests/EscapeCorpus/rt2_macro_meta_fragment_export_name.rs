macro_rules! m { ($a:meta) => { #[$a] fn f() {} } }
m!(export_name = "abc");
Ok(Some(1))
