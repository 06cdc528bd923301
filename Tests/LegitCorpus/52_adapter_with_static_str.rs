//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'a,b,c'"
//@ expect: pairs: a-b b-c
// an iterator adapter with an I::Item field, plus a `&'static str` constant
const LABEL: &'static str = "pairs";
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
let joined: Vec<String> = Pairwise { inner: s.split(','), prev: None }.map(|(a, b)| format!("{}-{}", a, b)).collect();
Ok(Some(format!("{}: {}", LABEL, joined.join(" "))))
