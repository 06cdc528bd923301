#[windows_subsystem = "windows"]
fn g() {}
Ok(Some(1))
