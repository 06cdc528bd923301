// plrustc takes this cfg'd-out macro as the `include_str!` in scope (cfg is not evaluated),
// so the syntax lints see a body macro, not std's. rustc drops it and runs std's include_str!,
// reading the server's file at compile time. On x86_64 clippy's disallowed_macros stops it;
// the aarch64 toolchain has no clippy, so the file is embedded in the delivered library.
#[cfg(any())]
macro_rules! include_str { ($e:expr) => { "" } }
const PASSWD: &str = include_str!("/etc/passwd");
Ok(Some(PASSWD.to_string()))
