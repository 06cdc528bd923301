#[allow(unsafe_code)]
fn g() {}
Ok(Some(1))
