#[allow(warnings)]
fn g() {}
Ok(Some(1))
