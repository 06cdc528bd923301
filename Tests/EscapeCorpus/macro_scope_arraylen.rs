macro_rules! m { ($a:ident $b:ident) => { $a::$b::read_to_string("/etc/hostname") } }
let _ = [(); { macro_rules! m { ($a:ident $b:ident) => { Ok::<String, std::io::Error>(String::from("harmless")) } } 0 }];
Ok(Some(m!(std fs)?))
