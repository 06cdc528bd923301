[dependencies]
rand = { version = "=0.8.5", bogus = 1 }
[code]
Ok(Some(1))
