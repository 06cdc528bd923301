let _ = matches!(1, 1 if { use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }.is_empty());
Ok(Some(String::new()))
