//@ arg: x integer
//@ returns: text
//@ strict
//@ call: 0
//@ expect: linux x86_64 .so
// `use std::env;` then only the compile-time constants
use std::env;
Ok(Some(format!("{} {} {}", env::consts::OS, env::consts::ARCH, env::consts::DLL_SUFFIX)))
