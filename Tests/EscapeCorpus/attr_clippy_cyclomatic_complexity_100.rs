#[clippy::cyclomatic_complexity = "100"]
fn g() {}
Ok(Some(1))
