[dependencies]
rand = { workspace = true }
[code]
Ok(Some(1))
