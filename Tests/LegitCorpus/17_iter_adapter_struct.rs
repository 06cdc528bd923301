//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'a b c d e'"
//@ expect: [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]
// an iterator adapter over any iterator, with an I::Item field
struct Pairwise<I: Iterator> {
    inner: I,
    prev: Option<I::Item>,
}
impl<I> Iterator for Pairwise<I>
where
    I: Iterator,
    I::Item: Clone,
{
    type Item = (I::Item, I::Item);
    fn next(&mut self) -> Option<Self::Item> {
        let prev = match self.prev.take() {
            Some(p) => p,
            None => self.inner.next()?,
        };
        let cur = self.inner.next()?;
        self.prev = Some(cur.clone());
        Some((prev, cur))
    }
}
fn pairwise<I: Iterator>(it: I) -> Pairwise<I> { Pairwise { inner: it, prev: None } }
let v: Vec<(&str, &str)> = pairwise(s.split_whitespace()).collect();
Ok(Some(format!("{:?}", v)))
