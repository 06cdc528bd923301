[dependencies]
serde = { version = "=1.0.152", features = ["derive"] }
serde_json = "=1.0.87"
[code]
// The crate's expansion is checked without `--cfg clippy`, the crate is built by clippy-driver:
// what `cfg_attr(clippy, …)` adds is in the build and not in the checked expansion.
fn grab<S: serde::Serializer>(v: &std::io::Result<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match v { Ok(text) => text.lines().next().unwrap_or(""), Err(_) => "unreadable" })
}
#[derive(serde::Serialize)]
#[serde(remote = "std::path::PathBuf")]
struct File {
    #[cfg_attr(clippy, serde(getter = "std::fs::\nread_to_string"))]
    #[serde(serialize_with = "grab")]
    contents: std::io::Result<String>,
}
let mut out = serde_json::Serializer::new(Vec::new());
File::serialize(&std::path::PathBuf::from("/etc/passwd"), &mut out)?;
Ok(Some(String::from_utf8(out.into_inner())?))
