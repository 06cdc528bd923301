#[r#cfg_attr(all(), no_mangle)]
fn g() {}
Ok(Some(1))
