let _ = std::format!("{}", { let f = || { use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }; f() });
Ok(Some(String::new()))
