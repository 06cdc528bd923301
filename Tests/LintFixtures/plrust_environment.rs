let home = std::env::var("HOME")?;
use std::env::{set_var, args};
set_var("PGDATA", "/tmp");
let n = args().count();
Ok(Some(home))
