macro_rules! m { ($a:ident $b:ident) => { $a::$b::read_to_string("/etc/hostname") } }
struct S; impl S { fn f() { macro_rules! m { ($a:ident $b:ident) => { Ok::<String, std::io::Error>(String::from("harmless")) } } } }
Ok(Some(m!(std fs)?))
