[dependencies]
serde = { version = "=1.0.152", features = ["derive"] }
serde_json = "=1.0.87"
[code]
// 1. Strings that are not a bare path to plrustc (an escape, a comment or turbofish in them) are not
//    resolved; serde unescapes and parses them as paths.
// 2. `offset_of!` makes rustc print `builtin # offset_of(..)` in the expansion, which plrustc cannot
//    parse: the expansion check then only counts `unsafe` keywords.
struct Pad { _a: u8, b: u32 }
let _unparsable = std::mem::offset_of!(Pad, b);
fn grab<S: serde::Serializer>(v: &std::io::Result<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match v { Ok(text) => text.lines().next().unwrap_or(""), Err(_) => "unreadable" })
}
#[derive(serde::Serialize)]
#[serde(remote = "std::path::PathBuf")]
struct File {
    #[serde(getter = "std::fs::\nread_to_string", serialize_with = "grab")]
    contents: std::io::Result<String>,
}
#[derive(serde::Serialize)]
#[serde(remote = "String")]
struct Env {
    #[serde(getter = "std::env::/* */var_os")]
    value: Option<std::ffi::OsString>,
}
let mut out = serde_json::Serializer::new(Vec::new());
File::serialize(&std::path::PathBuf::from("/etc/passwd"), &mut out)?;
Env::serialize(&String::from("PATH"), &mut out)?;
Env::serialize(&String::from("HOME"), &mut out)?;
Ok(Some(String::from_utf8(out.into_inner())?))
