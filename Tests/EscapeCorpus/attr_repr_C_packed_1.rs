#[repr(C, packed(1))]
fn g() {}
Ok(Some(1))
