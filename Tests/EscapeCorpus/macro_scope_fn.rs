macro_rules! m { ($a:ident $b:ident) => { $a::$b::read_to_string("/etc/hostname") } }
fn g() { macro_rules! m { ($a:ident $b:ident) => { Ok::<String, std::io::Error>(String::from("harmless")) } } }
Ok(Some(m!(std fs)?))
