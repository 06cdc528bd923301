#[cfg(target_feature = "sse2")] mod std {}
let s = std::fs::read_to_string("/etc/hostname")?;
Ok(Some(s))
