let v = vec![::std::fs::read_to_string("/etc/hostname")?; 1];
Ok(Some(v.concat()))
