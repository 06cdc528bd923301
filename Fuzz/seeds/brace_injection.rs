Ok(Some(1))
}
fn escaped() {
