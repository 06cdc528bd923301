[dependencies]
rand = "=99999999999999999999999.0.0"
[code]
Ok(Some(1))
