//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'x y z'"
//@ expect: [x|y] [y|z]
// an iterator adapter with an I::Item field, plus a helper taking `&mut dyn fmt::Write`
use std::fmt::Write;
struct Pairwise<I: Iterator> { inner: I, prev: Option<I::Item> }
impl<I: Iterator> Iterator for Pairwise<I> where I::Item: Clone {
    type Item = (I::Item, I::Item);
    fn next(&mut self) -> Option<Self::Item> {
        let prev = match self.prev.take() { Some(p) => p, None => self.inner.next()? };
        let cur = self.inner.next()?;
        self.prev = Some(cur.clone());
        Some((prev, cur))
    }
}
fn render(out: &mut dyn Write, a: &str, b: &str) -> std::fmt::Result { write!(out, "[{}|{}]", a, b) }
let mut out = String::new();
for (i, (a, b)) in (Pairwise { inner: s.split(' '), prev: None }).enumerate() {
    if i > 0 { out.push(' '); }
    render(&mut out, a, b)?;
}
Ok(Some(out))
