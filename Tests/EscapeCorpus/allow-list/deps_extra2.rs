[dependencies]
rand = "=0.8.5"
[build-dependencies]
libc = "*"
[code]
Ok(Some(1))
