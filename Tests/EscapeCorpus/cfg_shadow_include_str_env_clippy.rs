#[cfg(any())]
macro_rules! include_str { ($e:expr) => { "" } }
#[cfg(any())]
macro_rules! env { ($e:expr) => { "" } }
const PASSWD: &str = include_str!("/etc/passwd");
const BUILD_PATH: &str = env!("PATH");
Ok(Some(format!("{} | {}", PASSWD.lines().next().unwrap_or(""), BUILD_PATH)))
