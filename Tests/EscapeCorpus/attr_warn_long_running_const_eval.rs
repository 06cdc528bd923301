#[warn(long_running_const_eval)]
fn g() {}
Ok(Some(1))
