// Tries to reach the server's files and streams through a rename, a glob and
// a macro of its own; `plrustc lint` reports each one where it happens.
use std::io::*;
use std::fs::read_to_string as slurp;

macro_rules! quietly {
    ($e:expr) => { unsafe { $e } };
}

let secret = slurp("/etc/passwd")?;
stdout().write_all(secret.as_bytes())?;
let n = quietly!(secret.len());
Ok(Some(n as i64))
