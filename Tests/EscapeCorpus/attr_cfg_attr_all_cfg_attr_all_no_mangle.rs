#[cfg_attr(all(), cfg_attr(all(), no_mangle))]
fn g() {}
Ok(Some(1))
