//@ arg: s text
//@ returns: bigint
//@ strict
//@ call: "'abc'"
//@ expect: 6
// `use std::io::prelude::*` / `use std::io::*` with only in-memory types
use std::io::*;
let mut c = Cursor::new(Vec::new());
c.write_all(s.as_bytes())?;
c.write_all(s.as_bytes())?;
Ok(Some(c.into_inner().len() as i64))
