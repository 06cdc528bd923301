[dependencies]
rand = { version = "=0.8.5", artifact = "bin" }
[code]
Ok(Some(1))
