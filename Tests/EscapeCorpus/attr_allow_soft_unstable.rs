#[allow(soft_unstable)]
fn g() {}
Ok(Some(1))
