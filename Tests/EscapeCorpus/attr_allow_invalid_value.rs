#[allow(invalid_value)]
fn g() {}
Ok(Some(1))
