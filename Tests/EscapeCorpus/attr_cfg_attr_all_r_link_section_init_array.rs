#[cfg_attr(all(), r#link_section = ".init_array")]
fn g() {}
Ok(Some(1))
