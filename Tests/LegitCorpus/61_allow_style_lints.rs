//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'a b'"
//@ expect: a|b
// allowing a few warn-by-default style lints that rustc 1.89+ emits
struct Words<'a> { inner: std::str::SplitWhitespace<'a> }
#[allow(mismatched_lifetime_syntaxes)]
fn words(s: &str) -> Words { Words { inner: s.split_whitespace() } }
impl<'a> Iterator for Words<'a> { type Item = &'a str; fn next(&mut self) -> Option<&'a str> { self.inner.next() } }
#[allow(overlapping_range_endpoints)]
fn bucket(n: usize) -> &'static str { match n { 0..=1 => "short", 1..=9 => "mid", _ => "long" } }
let v: Vec<&str> = words(s).collect();
let _ = bucket(v.len());
Ok(Some(v.join("|")))
