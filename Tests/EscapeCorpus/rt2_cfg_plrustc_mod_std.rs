#[cfg(not(plrustc))] mod std {}
let s = std::fs::read_to_string("/etc/hostname")?;
Ok(Some(s))
