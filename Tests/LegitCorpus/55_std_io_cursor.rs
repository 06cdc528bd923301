//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'line one|line two||line four'"
//@ expect: 3 non-empty lines, 28 bytes written, first=LINE ONE
// in-memory I/O with std::io (Cursor, BufRead, Write) — no standard streams
use std::io::{self, BufRead, Cursor, Write};
let text_in = s.replace('|', "\n");
let reader = Cursor::new(text_in.as_bytes());
let lines: Vec<String> = reader.lines().collect::<io::Result<_>>()?;
let mut buf: Vec<u8> = Vec::new();
let mut n = 0;
for l in lines.iter().filter(|l| !l.is_empty()) {
    writeln!(buf, "{}", l.to_uppercase())?;
    n += 1;
}
buf.flush()?;
let text = String::from_utf8(buf)?;
Ok(Some(format!("{} non-empty lines, {} bytes written, first={}", n, text.len(), text.lines().next().unwrap_or(""))))
