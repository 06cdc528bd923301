//@ arg: x integer
//@ returns: text
//@ strict
//@ call: 1
//@ expect: linux/x86_64/unix ptr=64
use std::env::consts::{ARCH, FAMILY};
let os = std::env::consts::OS;
Ok(Some(format!("{}/{}/{} ptr={}", os, ARCH, FAMILY, usize::BITS * x as u32 / 1)))
