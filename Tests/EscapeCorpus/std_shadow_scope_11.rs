fn g() { mod std {} }
Ok(Some(std::fs::read_to_string("/etc/hostname")?))
