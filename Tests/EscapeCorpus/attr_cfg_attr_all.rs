#[cfg_attr(all(),)]
fn g() {}
Ok(Some(1))
