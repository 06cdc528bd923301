#[cfg(target_arch = "x86_64")] mod std {}
let s = std::fs::read_to_string("/etc/hostname")?;
Ok(Some(s))
