#[allow(rust_2021_compatibility)]
fn g() {}
Ok(Some(1))
