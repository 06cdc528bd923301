[dependencies]
rand = { version = "=0.8.5", base = "x", path = "y" }
[code]
Ok(Some(1))
