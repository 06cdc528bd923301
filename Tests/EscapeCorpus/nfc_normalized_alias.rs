use std as sé;
Ok(Some(sé::fs::read_to_string("/etc/hostname")?))
