#[no_implicit_prelude]
fn g() {}
Ok(Some(1))
