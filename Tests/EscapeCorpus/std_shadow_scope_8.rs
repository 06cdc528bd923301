let _ = format!("{}", { mod std {} 0 });
Ok(Some(std::fs::read_to_string("/etc/hostname")?))
