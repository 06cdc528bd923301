[dependencies]
rand = { version = "=0.8.5", registry = "evil" }
[code]
Ok(Some(1))
