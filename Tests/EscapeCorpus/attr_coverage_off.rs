#[coverage(off)]
fn g() {}
Ok(Some(1))
