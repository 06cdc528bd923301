//@ arg: x integer
//@ returns: text
//@ strict
//@ call: 0
//@ expect: linux x86_64 .so
// `use std::env::consts;` then the compile-time constants
use std::env::consts;
Ok(Some(format!("{} {} {}", consts::OS, consts::ARCH, consts::DLL_SUFFIX)))
