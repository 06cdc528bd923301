let _ = format!("{}", { use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() });
Ok(Some(String::new()))
