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
// rust#84366 through compound types: `Option<I>: 'static` (and `(I,)`, `[I; 1]`, `Box<I>`, an
// alias of `I`, `Any` or a trait that requires `'static`) elaborates to `I: 'static`.
fn compound<I: Iterator>(_: &I, x: I::Item) -> Box<dyn std::any::Any> where Option<I>: 'static { Box::new(x) }
fn tuple<I: Iterator>(_: &I, x: I::Item) where (I,): 'static {}
fn array<I: Iterator>(_: &I, x: I::Item) where [I; 1]: 'static {}
fn boxed_bound<I: Iterator>(_: &I, x: I::Item) where Box<I>: 'static {}
fn cell<I: Iterator>(_: &I, x: I::Item) where std::cell::Cell<I>: 'static {}
fn vec_send<I: Iterator>(_: &I, x: I::Item) where Vec<I>: Send + 'static {}
fn option_any<I: Iterator>(_: &I, x: I::Item) where Option<I>: std::any::Any {}
type Same<T> = T;
fn alias<I: Iterator>(_: &I, x: I::Item) where Same<I>: 'static {}
fn body_trait<I: Iterator>(_: &I, x: I::Item) where (I,): Forever {}
// Or `I: 's` where `'s` outlives `'static`: declared, or needed by a type of the signature.
fn declared<'s, I: Iterator + 's>(_: &I, x: I::Item) where 's: 'static {}
fn declared2<'s: 'static, I: Iterator + 's>(_: &I, x: I::Item) {}
fn chain<'s, 't: 's, I: Iterator>(_: &I, x: I::Item) where 's: 'static, [I; 2]: 't {}
fn witness<'s, I: Iterator + 's>(_: &I, _: &'static &'s (), x: I::Item) {}
type Wit<'s> = &'static &'s ();
fn witness_alias<'s, I: Iterator + 's>(_: &I, _: Wit<'s>, x: I::Item) {}
struct WitStruct<'s: 'static>(&'static &'s ());
fn witness_struct<'s, I: Iterator + 's>(_: &I, _: Option<WitStruct<'s>>, x: I::Item) {}
fn witness_ref<'s, I: Iterator>(_: &'s I, _: &'static &'s (), x: I::Item) {}
fn lifetime_arg<I: Iterator>(_: std::slice::Iter<'static, I>, x: I::Item) {}
fn output<I: Iterator>(x: I::Item) -> &'static Option<I> { unimplemented!() }
struct L;
impl L { fn launder<I: Iterator>(_: &I, x: I::Item) -> Box<dyn std::any::Any> where (I,): 'static { Box::new(x) } }
impl<I: Iterator> Holder<I> where Holder<I>: 'static { fn put2(&self, x: I::Item) {} }
trait Method { fn get<I: Iterator>(_: &I, x: I::Item) where [I; 0]: 'static; }
macro_rules! hidden { ($t:ty) => { &'static $t } }
fn from_macro<I: Iterator>(_: hidden!(I), x: I::Item) {}
// Not: a `'static` bound alone, a projection alone, a `'static` bound on the projection
// (the caller proves it), or an impl's own `Self::Item`.
fn parse<T: std::str::FromStr>(s: &str) -> Result<T, Box<dyn std::error::Error + Send + Sync>>
where T::Err: std::error::Error + Send + Sync + 'static { Ok(s.parse::<T>()?) }
fn boxed<T: std::fmt::Display + 'static>(x: T) -> Box<dyn std::fmt::Display> { Box::new(x) }
// Nor `'static` about something else: a bound on the projection, a type built from the
// projection, a `'static` type beside it, a lifetime that is not `'static`, an object's default.
fn on_projection<I: Iterator>(x: I::Item) -> Box<dyn std::fmt::Debug> where I::Item: std::fmt::Debug + 'static { Box::new(x) }
fn qualified_bound<I: Iterator>(x: <I as Iterator>::Item) where <I as Iterator>::Item: 'static, Vec<I::Item>: 'static {}
fn beside<I: Iterator>(x: I::Item, name: &'static str, c: std::borrow::Cow<'static, str>) where Option<I>: Clone {}
fn short<'s, I: Iterator + 's>(_: &'s I, x: I::Item, _: &'s &'static ()) {}
fn object<I: Iterator>(it: I, x: I::Item) -> Box<dyn std::fmt::Display> { Box::new(1) }
fn first<I: Iterator>(mut it: I) -> Option<I::Item> { it.next() }
struct Count<T: 'static>(T, i64);
impl<T: Clone + 'static> Iterator for Count<T> {
    type Item = (T, i64);
    fn next(&mut self) -> Option<Self::Item> { self.1 += 1; Some((self.0.clone(), self.1)) }
}
Ok(first(Count((), 0)).map(|(_, n)| n))
