let p = std::path::Path::new("/etc/shadow");
Ok(Some(p.r#exists() as i64))
