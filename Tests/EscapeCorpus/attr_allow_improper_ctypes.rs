#[allow(improper_ctypes)]
fn g() {}
Ok(Some(1))
