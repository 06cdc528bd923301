cfg_select! { unix => { let _ = { use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }; } _ => {} }
Ok(Some(String::new()))
