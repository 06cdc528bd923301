macro_rules! m { ($a:ident, $b:ident) => { $a::$b::read_to_string("/etc/hostname") } }
Ok(Some(m!(std, fs)?))
