#[instruction_set(arm::a32)]
fn g() {}
Ok(Some(1))
