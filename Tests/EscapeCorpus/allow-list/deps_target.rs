[dependencies]
rand = { version = "=0.8.5", target = "x86_64-unknown-linux-gnu" }
[code]
Ok(Some(1))
