#[allow(unsafe_op_in_unsafe_fn)]
fn g() {}
Ok(Some(1))
