extern "C" {
    pub fn palloc(size: usize) -> *mut u8;
}
unsafe extern "C" {
    safe fn abs(x: i32) -> i32;
}
extern crate alloc;
Ok(None)
