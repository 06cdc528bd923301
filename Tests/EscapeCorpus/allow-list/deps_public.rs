[dependencies]
rand = { version = "=0.8.5", public = true }
[code]
Ok(Some(1))
