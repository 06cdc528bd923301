#[std::prelude::rust_2021::test]
fn g() {}
Ok(Some(1))
