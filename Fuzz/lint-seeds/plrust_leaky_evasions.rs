// Renames, globs, other crate spellings, values, aliases and qualified paths.
use core::mem::forget as keep;
keep(vec![1u8]);
use ::alloc::boxed::*;
let b = Box::leak(Box::new(2));
let f = std::mem::forget::<u8>;
type Bx<T> = Box<T>;
let c = Bx::leak(Bx::new(3));
let d = <Vec<u8>>::leak(Vec::new());
macro_rules! hide { ($v:expr) => { std::mem::forget($v) } }
hide!(String::new());
Ok(None)
