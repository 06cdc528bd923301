let input = std::io::stdin();
use std::io::{stdout as out, Write};
out().flush().ok();
use std::io::*;
let e = stderr();
let text = "std::io::stdout()";
Ok(Some(text.len() as i64))
