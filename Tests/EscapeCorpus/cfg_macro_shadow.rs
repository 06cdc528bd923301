// rustc drops the second definition (cfg false) and expands the first;
// plrustc does not evaluate cfg, takes the second as the one in scope and lints its harmless expansion.
macro_rules! m { ($a:ident $b:ident) => { $a::$b::read_to_string("/etc/hostname") } }
#[cfg(any())] macro_rules! m { ($a:ident $b:ident) => { Ok::<String, std::io::Error>(String::from("harmless")) } }
Ok(Some(m!(std fs)?))
