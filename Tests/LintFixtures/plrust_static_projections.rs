// `I: 'static` makes rustc take `I::Item` as `'static`, and a closure's type passes for
// `'static` when it is not: `std::iter::from_fn(|| -> Option<&'a mut T> { None })`.
fn launder<I: Iterator + 'static>(_: &I, x: I::Item) -> Box<dyn std::any::Any> { Box::new(x) }
// The same through `where`, `Any`, a qualified path, `&'static I`, or a trait that requires `'static`.
fn launder2<I>(_: &I, x: <I as Iterator>::Item) -> Box<dyn std::any::Any> where I: Iterator + 'static { Box::new(x) }
fn launder3<I: Iterator + std::any::Any>(_: &I, x: I::Item) {}
fn launder4<I: Iterator>(_: &'static I, x: I::Item) {}
trait Forever: 'static {}
fn launder5<I: Iterator + Forever>(_: &I, x: I::Item) {}
trait Launder: Iterator + 'static {
    fn launder(&self, x: Self::Item) -> Box<dyn std::any::Any> { Box::new(x) }
}
struct Holder<I>(I);
impl<I: Iterator + 'static> Holder<I> {
    fn put(&self, x: I::Item) {}
}
// Or through what the signature's types need: a struct of the body's, std's `LocalKey`, an impl's self type.
struct Keep<I: 'static>(I);
fn launder6<I: Iterator>(_: &Keep<I>, x: I::Item) {}
fn launder7<I: Iterator>(_: Option<&std::thread::LocalKey<I>>, x: I::Item) {}
impl<I: Iterator> Keep<I> { fn put(&self, x: I::Item) {} }
trait Tr { type Y; }
impl<I: Iterator + 'static> Holder<I> { fn launder8(&self, x: <Self as Tr>::Y) {} }
// Kept where only the parameter counts: a field, or behind `impl Trait` (then boxed as `dyn Any` anywhere).
struct Stash<I: Iterator>(I::Item);
enum Either<I: Iterator> { Left(I), Right(Vec<<I as Iterator>::Item>) }
fn later<I: Iterator>(_: &I, x: I::Item) -> impl FnOnce() -> I::Item { move || x }
// Not: a `'static` bound alone, a projection alone, a `'static` bound on the projection
// (the caller proves it), or an impl's own `Self::Item`.
fn parse<T: std::str::FromStr>(s: &str) -> Result<T, Box<dyn std::error::Error + Send + Sync>>
where T::Err: std::error::Error + Send + Sync + 'static { Ok(s.parse::<T>()?) }
fn boxed<T: std::fmt::Display + 'static>(x: T) -> Box<dyn std::fmt::Display> { Box::new(x) }
fn first<I: Iterator>(mut it: I) -> Option<I::Item> { it.next() }
struct Count<T: 'static>(T, i64);
impl<T: Clone + 'static> Iterator for Count<T> {
    type Item = (T, i64);
    fn next(&mut self) -> Option<Self::Item> { self.1 += 1; Some((self.0.clone(), self.1)) }
}
Ok(first(Count((), 0)).map(|(_, n)| n))
