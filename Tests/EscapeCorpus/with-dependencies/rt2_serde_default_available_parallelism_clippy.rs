[dependencies]
serde = { version = "=1.0.152", features = ["derive"] }
serde_json = "=1.0.87"
[code]
// Passes the syntax lints; clippy's disallowed_methods (which lists this function) refuses it.
#[derive(serde::Deserialize)]
struct Host {
    #[serde(skip_deserializing, default = "std::thread::available_parallelism")]
    cpus: std::io::Result<std::num::NonZeroUsize>,
}
let h: Host = serde_json::from_str("{}")?;
Ok(Some(format!("{:?}", h.cpus?)))
