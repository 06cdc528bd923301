// Functions with a foreign ABI, wherever they stand; plain functions and
// `extern crate` are fine.
extern "C" fn boom() { panic!("abort") }
pub extern fn bare() -> i64 { 1 }
struct S;
impl S {
    extern "C-unwind" fn method(&self) {}
}
trait T {
    extern "C" fn required(&self);
}
macro_rules! make {
    () => { extern "system" fn made() {} };
}
make!();
extern crate alloc;
fn plain() -> i64 { 2 }
Ok(Some(plain()))
