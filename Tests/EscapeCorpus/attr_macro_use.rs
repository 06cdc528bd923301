#[macro_use]
fn g() {}
Ok(Some(1))
