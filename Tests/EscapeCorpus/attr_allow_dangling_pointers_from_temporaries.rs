#[allow(dangling_pointers_from_temporaries)]
fn g() {}
Ok(Some(1))
