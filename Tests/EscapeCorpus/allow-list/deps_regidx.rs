[dependencies]
rand = { version = "=0.8.5", registry-index = "file:///tmp" }
[code]
Ok(Some(1))
