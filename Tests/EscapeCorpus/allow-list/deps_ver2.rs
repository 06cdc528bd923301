[dependencies]
rand = "=0.8.5, <0.9"
[code]
Ok(Some(1))
