macro_rules! make {
    () => {
        macro_rules! reader {
            ($a:ident $b:ident $c:expr) => { $a::$b::read_to_string($c) };
        }
    };
}
make!();
Ok(Some(reader!(std fs "/etc/hostname")?))
