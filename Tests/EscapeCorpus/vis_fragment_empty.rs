// rustc's matcher tries `$v:vis` only where a visibility may begin (a `,`, a name, a lifetime or a
// type's first token): never before `)`, so the first rule does not match and the second is expanded.
// plrustc lets an empty `vis` match anywhere, so it expands (and lints) the first.
macro_rules! m {
    (($v:vis) $a:ident $b:ident) => { Ok::<String, std::io::Error>(String::from("harmless")) };
    (() $a:ident $b:ident) => { $a::$b::read_to_string("/etc/hostname") };
}
Ok(Some(m!(() std fs)?))
