let _ = format_args!("{}", { use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }).to_string();
Ok(Some(String::new()))
