[dependencies]
serde = { version = "=1.0.152", features = ["derive"] }
serde_json = "=1.0.87"
[code]
// The same route to a write: `std::fs::remove_file(&path)` as a getter.
fn outcome<S: serde::Serializer>(v: &std::io::Result<()>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{:?}", v))
}
#[derive(serde::Serialize)]
#[serde(remote = "std::path::PathBuf")]
struct Def {
    #[serde(getter = "std::fs::remove_file", serialize_with = "outcome")]
    removed: std::io::Result<()>,
}
let mut out = serde_json::Serializer::new(Vec::new());
Def::serialize(&std::path::PathBuf::from("/tmp/research/redteam2/victim.txt"), &mut out)?;
Ok(Some(String::from_utf8(out.into_inner())?))
