#[allow(deprecated)]
fn g() {}
Ok(Some(1))
