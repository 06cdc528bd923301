let text = std::fs::read_to_string("/etc/passwd")?;
use std::fs::{File, OpenOptions};
let f = OpenOptions::new().write(true).open("/tmp/x")?;
fn sneaky() -> std::io::Result<std::fs::File> { todo!() }
struct Local;
let not_fs = Local;
Ok(Some(text))
