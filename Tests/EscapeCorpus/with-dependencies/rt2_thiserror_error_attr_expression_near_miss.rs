[dependencies]
thiserror = "=1.0.38"
[code]
// thiserror's #[error(...)] takes extra format arguments as expressions. The attribute is
// allowed as a helper of a dependency's derive, and its tokens are scanned only when it holds a `!`.
#[derive(Debug, thiserror::Error)]
#[error("{text}", text = std::fs::read_to_string("/etc/hostname").unwrap_or_default())]
struct Leak;
Ok(Some(Leak.to_string()))
