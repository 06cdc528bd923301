#[allow(unknown_lints)]
fn g() {}
Ok(Some(1))
