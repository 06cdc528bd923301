[dependencies]
rand = { version = "=0.8.5", optional = true }
[code]
Ok(Some(1))
