#[allow(invalid_reference_casting)]
fn g() {}
Ok(Some(1))
