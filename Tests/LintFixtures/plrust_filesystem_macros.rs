const PASSWD: &str = include_str!("/etc/passwd");
let key = include_bytes!("/var/lib/postgresql/server.key");
macro_rules! sneak { () => { include_str!("/etc/shadow") } }
let s = sneak!();
Ok(Some(PASSWD.len() as i64 + key.len() as i64 + s.len() as i64))
