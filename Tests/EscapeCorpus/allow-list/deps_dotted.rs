[dependencies]
rand.version = "=0.8.5"
rand.package = "libc"
[code]
Ok(Some(1))
