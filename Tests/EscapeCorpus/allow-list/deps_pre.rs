[dependencies]
rand = "0.8.5-alpha"
[code]
Ok(Some(1))
