[dependencies]
rand = { version = "=0.8.5", lib = true }
[code]
Ok(Some(1))
