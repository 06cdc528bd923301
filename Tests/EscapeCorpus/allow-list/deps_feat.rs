[dependencies]
rand = { version = "=0.8.5", features = ["nightly"] }
[code]
Ok(Some(1))
