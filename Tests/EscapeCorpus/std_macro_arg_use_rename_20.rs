let _ = is_x86_feature_detected!("avx2") || { use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }.is_empty();
Ok(Some(String::new()))
