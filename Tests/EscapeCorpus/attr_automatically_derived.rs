#[automatically_derived]
fn g() {}
Ok(Some(1))
