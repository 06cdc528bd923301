[dependencies]
serde = { version = "=1.0.152", features = ["derive"] }
serde_json = "=1.0.87"
[code]
// std::process::abort, named only inside a serde `default = "…"` string, is called by the
// derive's generated code when the field is missing: the backend process aborts.
#[derive(serde::Deserialize)]
struct S {
    #[serde(default = "std::process::abort")]
    x: i64,
}
let s: S = serde_json::from_str("{}")?;
Ok(Some(s.x))
