#[cfg_attr(all(), unsafe(no_mangle))]
fn g() {}
Ok(Some(1))
