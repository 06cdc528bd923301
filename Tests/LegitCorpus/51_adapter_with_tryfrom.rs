//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'1 2 3 404'"
//@ expect: [(1, 2), (2, 3), (3, 404)] last=NotFound
// an iterator adapter with an I::Item field, plus a TryFrom impl (type Error = ...)
use std::convert::TryFrom;
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
#[derive(Debug)]
enum Status { Ok, NotFound }
impl TryFrom<i64> for Status {
    type Error = String;
    fn try_from(v: i64) -> Result<Self, Self::Error> {
        match v { 200 => Ok(Status::Ok), 404 => Ok(Status::NotFound), n => Err(format!("unknown {}", n)) }
    }
}
let nums: Vec<i64> = s.split_whitespace().map(|w| w.parse()).collect::<Result<_, _>>()?;
let pairs: Vec<(i64, i64)> = Pairwise { inner: nums.iter().copied(), prev: None }.collect();
let last = Status::try_from(*nums.last().ok_or("empty")?)?;
Ok(Some(format!("{:?} last={:?}", pairs, last)))
