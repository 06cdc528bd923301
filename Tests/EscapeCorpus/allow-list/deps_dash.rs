[dependencies]
ra-nd = "=0.8.5"
[code]
Ok(Some(1))
