#[r#used]
fn g() {}
Ok(Some(1))
