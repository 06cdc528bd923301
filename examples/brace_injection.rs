// A body may not close the function it is pasted into and add items of its own:
// the stray `}` below is a syntax error, not an escape from the wrapper.
Ok(Some(1))
}

#[no_mangle]
pub extern "C" fn escaped() {
