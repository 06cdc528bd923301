// Every shape of `unsafe`, and look-alikes that are not code.
let raw = 0x1234 as *const u8;
let x = unsafe { *raw };
unsafe fn danger() {}
unsafe trait Marker {}
struct S;
unsafe impl Marker for S {}
#[no_mangle]
pub extern "C" fn exported() {}
#[unsafe(export_name = "palloc")]
fn renamed() {}
let text = "unsafe { } is text";
let r#unsafe = 1; // unsafe { } in a comment
Ok(Some(x as i64 + r#unsafe))
