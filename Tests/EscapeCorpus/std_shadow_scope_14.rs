let _: [u8; { mod std {} 0 }] = [];
Ok(Some(std::fs::read_to_string("/etc/hostname")?))
