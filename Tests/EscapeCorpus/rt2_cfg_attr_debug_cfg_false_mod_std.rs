#[cfg_attr(debug_assertions, cfg(any()))] mod std {}
let s = std::fs::read_to_string("/etc/hostname")?;
Ok(Some(s))
