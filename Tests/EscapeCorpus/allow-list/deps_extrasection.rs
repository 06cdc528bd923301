[dependencies]
rand = "=0.8.5"
[patch.crates-io]
rand = { path = "/tmp" }
[code]
Ok(Some(1))
