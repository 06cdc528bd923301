fn takes(x: fn() -> u8) -> u8 { x() }
let boxed: Box<dyn Fn(i64) -> i64> = Box::new(|x| x + 1);
let r: &dyn std::ops::FnMut() = &|| {};
type Callback = unsafe extern "C" fn(u8);
fn generic<F: Fn(i64) -> i64>(f: F) -> i64 { f(1) }
fn opaque(f: impl Fn(i64) -> i64) -> i64 { f(2) }
Ok(Some(generic(|v| v) + opaque(|v| v)))
