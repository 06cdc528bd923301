let _ = assert_ne!({ use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }.len(), 99999);
Ok(Some(String::new()))
