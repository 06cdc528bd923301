#[doc = include_str!("/etc/passwd")]
fn g() {}
Ok(Some(1))
