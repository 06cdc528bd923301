let _ = assert!({ mod std {} true });
Ok(Some(std::fs::read_to_string("/etc/hostname")?))
