#[cfg(target_has_atomic = "128")] mod std {}
let s = std::fs::read_to_string("/etc/hostname")?;
Ok(Some(s))
