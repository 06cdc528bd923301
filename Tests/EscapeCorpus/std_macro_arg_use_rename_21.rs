let _ = std::task::ready!(std::task::Poll::Ready({ use std as s; s::fs::read_to_string("/etc/hostname").unwrap_or_default() }));
Ok(Some(String::new()))
