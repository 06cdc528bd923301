#[r#export_name = "malloc"]
fn g() {}
Ok(Some(1))
