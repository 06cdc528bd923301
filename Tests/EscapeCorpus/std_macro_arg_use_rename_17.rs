let _ = std::cfg_select! { unix => { { use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() } } _ => { String::new() } };
Ok(Some(String::new()))
