// Iterator adapters that keep items of their inner iterator, in a body where nothing asks
// for `'static` (no `'static`, trait object, `Any`, downcast, `Error` or `Drop` impl): a
// type that wrongly counts as `'static` has nowhere to go, so none of this is refused.
struct Pairs<I: Iterator> { inner: I, pending: Option<I::Item> }
impl<I: Iterator> Iterator for Pairs<I> where I::Item: Clone {
    type Item = (I::Item, I::Item);
    fn next(&mut self) -> Option<Self::Item> {
        let first = match self.pending.take() { Some(x) => x, None => self.inner.next()? };
        let second = self.inner.next()?;
        self.pending = Some(second.clone());
        Some((first, second))
    }
}
enum Slot<I: Iterator> { Empty, Full(I::Item), Done(I) }
impl<I: Iterator> Slot<I> {
    fn fill(self, mut it: I) -> Slot<I> { match it.next() { Some(x) => Slot::Full(x), None => Slot::Done(it) } }
}
fn pairs<I: Iterator>(inner: I) -> Pairs<I> { Pairs { inner, pending: None } }
fn evens<I: Iterator<Item = i64>>(it: I) -> impl Iterator<Item = I::Item> { it.filter(|x| x % 2 == 0) }
fn doubled<I: Iterator>(it: I) -> impl Iterator<Item = (I::Item, I::Item)> where I::Item: Copy { it.map(|x| (x, x)) }
let words = vec!["a", "b", "c"];
let joined: Vec<String> = pairs(words.iter()).map(|(a, b)| format!("{}{}", a, b)).collect();
let filled = match Slot::Empty.fill(vec![1i64, 2].into_iter()) { Slot::Full(x) => x, Slot::Empty | Slot::Done(_) => 0 };
let e: i64 = evens(vec![1i64, 2, 3, 4].into_iter()).sum();
let d: Vec<(i64, i64)> = doubled(vec![5i64].into_iter()).collect();
Ok(Some(format!("{:?} {} {} {:?}", joined, filled, e, d)))
