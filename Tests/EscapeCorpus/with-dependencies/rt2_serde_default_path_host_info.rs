[dependencies]
serde = { version = "=1.0.152", features = ["derive"] }
serde_json = "=1.0.87"
[code]
// serde's derive calls the function a `default = "…"` string names. plrustc lints the
// attribute (a helper of a dependency's derive: allowed) but not the path inside the string.
#[derive(serde::Deserialize)]
struct Host {
    #[serde(skip_deserializing, default = "std::env::current_exe")]
    exe: std::io::Result<std::path::PathBuf>,
    #[serde(skip_deserializing, default = "std::env::current_dir")]
    cwd: std::io::Result<std::path::PathBuf>,
    #[serde(skip_deserializing, default = "std::process::id")]
    pid: u32,
    #[serde(skip_deserializing, default = "std::env::temp_dir")]
    tmp: std::path::PathBuf,
}
let h: Host = serde_json::from_str("{}")?;
Ok(Some(format!("exe {:?} | cwd {:?} | pid {} | tmp {:?}", h.exe?, h.cwd?, h.pid, h.tmp)))
