let _ = matches!({ use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }.len(), 1);
Ok(Some(String::new()))
