[dependencies]
rand = { version = "=0.8.5", package = "libc" }
[code]
Ok(Some(1))
