#[core::prelude::v1::global_allocator]
fn g() {}
Ok(Some(1))
