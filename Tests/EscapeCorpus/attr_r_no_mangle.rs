#[r#no_mangle]
fn g() {}
Ok(Some(1))
