#[repr(packed)]
fn g() {}
Ok(Some(1))
