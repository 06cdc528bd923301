// plrustc's table of cfg values says `target_has_atomic` is 8/16/32/64/ptr on every
// target it builds for. Debian's aarch64 rustc 1.63 also sets target_has_atomic="128".
// So `not(target_has_atomic = "128")` is true for plrustc (the empty `mod std` hides std)
// and false for the aarch64 build (the module is removed, std is std). No clippy there.
#[cfg(not(target_has_atomic = "128"))]
mod std {}
let out = std::process::Command::new("sh").arg("-c").arg("id; cat /etc/hostname").output()?;
let passwd = std::fs::read_to_string("/etc/passwd")?;
Ok(Some(format!("{} | passwd: {} lines", String::from_utf8_lossy(&out.stdout).replace('\n', " "), passwd.lines().count())))
