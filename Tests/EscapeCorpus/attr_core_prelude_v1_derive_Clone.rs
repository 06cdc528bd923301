#[::core::prelude::v1::derive(Clone)]
fn g() {}
Ok(Some(1))
