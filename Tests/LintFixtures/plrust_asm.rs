use std::arch::global_asm;
global_asm!(".globl evil", "evil: ret");
use core::arch::asm as machine;
machine!("nop");
let asm = "asm!(\"nop\")";
Ok(Some(asm.to_string()))
