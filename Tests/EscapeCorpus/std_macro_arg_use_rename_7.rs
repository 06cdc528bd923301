assert_eq!({ use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }.len(), { use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }.len());
Ok(Some(String::new()))
