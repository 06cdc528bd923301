let _ = matches!({ mod std {} 0 }, 0);
Ok(Some(std::fs::read_to_string("/etc/hostname")?))
