#[cfg_attr(all(), export_name = "malloc")]
fn g() {}
Ok(Some(1))
