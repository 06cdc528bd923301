//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'abc'"
//@ expect: ABC! (3) | 42! (2) | shout:hello
//@ expect: NOTICE:  dropping scratch
use std::fmt::Display;
trait Pretty { fn pretty(&self) -> String; }
impl<T: Display> Pretty for T { fn pretty(&self) -> String { let s = self.to_string(); format!("{}! ({})", s.to_uppercase(), s.len()) } }
trait Shout { fn shout(&self) -> String; }
impl<T: ?Sized + AsRef<str>> Shout for T { fn shout(&self) -> String { format!("shout:{}", self.as_ref()) } }
struct LogOnDrop(&'static str);
impl Drop for LogOnDrop { fn drop(&mut self) { notice!("dropping {}", self.0); } }
let out = {
    let _guard = LogOnDrop("scratch");
    format!("{} | {} | {}", s.pretty(), 42.pretty(), "hello".shout())
};
Ok(Some(out))
