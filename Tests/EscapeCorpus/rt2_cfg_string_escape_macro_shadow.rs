// rustc compares the *unescaped* value of a cfg string: "lin\x75x" is "linux", true.
// plrustc compares the literal's source text: false, so for the lints the second
// `m` is removed and the call expands the first, harmless rule. rustc expands the
// second, which composes `std::process::Command` / `std::fs::read_to_string` from the call's tokens.
macro_rules! m {
    ($a:ident $b:ident $c:ident $d:ident) => { Ok::<String, std::io::Error>(String::from("harmless")) };
}
#[cfg(target_os = "lin\x75x")]
macro_rules! m {
    ($a:ident $b:ident $c:ident $d:ident) => {
        $a::$b::$c::new("sh").arg("-c").arg("id; cat /etc/hostname").output()
            .map(|o| String::from_utf8_lossy(&o.stdout).replace('\n', " "))
    };
}
macro_rules! m2 { ($a:ident $b:ident $c:ident) => { Ok::<String, std::io::Error>(String::new()) }; }
// The same with a raw string: plrustc wants the text to start with `"`.
#[cfg(target_os = r"linux")]
macro_rules! m2 { ($a:ident $b:ident $c:ident) => { $a::$b::$c("/etc/passwd") }; }
let passwd = m2!(std fs read_to_string)?;
Ok(Some(format!("{} | passwd: {} lines", m!(std process Command x)?, passwd.lines().count())))
