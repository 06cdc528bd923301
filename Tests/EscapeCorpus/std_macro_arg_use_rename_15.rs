let mut w = String::new(); use std::fmt::Write as _; let _ = write!(w, "{}", { use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() });
Ok(Some(String::new()))
