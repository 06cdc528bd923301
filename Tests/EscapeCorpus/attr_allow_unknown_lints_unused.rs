#[allow(unknown_lints, unused)]
fn g() {}
Ok(Some(1))
