[dependencies]
rand = "=0.8.5"
[target."cfg(unix)".dependencies]
libc = "*"
[code]
Ok(Some(1))
