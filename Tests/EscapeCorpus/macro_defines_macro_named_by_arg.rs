macro_rules! make {
    ($name:ident) => {
        macro_rules! $name {
            ($a:ident $b:ident $c:expr) => { $a::$b::read_to_string($c) };
        }
    };
}
make!(reader);
Ok(Some(reader!(std fs "/etc/hostname")?))
