// rust#84591: `Sub`'s impl may assume `'a: 'b` from `&'b &'a ()`; the higher-ranked bound
// hands its supertrait `Sup` on for every pair of lifetimes, without it.
trait Sub<A, B, R>: Sup<A, B> {}
trait Sup<A, B> { fn convert(x: A) -> B; }
fn need_sub<'x, 'y, X, T: ?Sized>(x: &'x T) -> &'y T where X: for<'a, 'b> Sub<&'a T, &'b T, &'b &'a ()> { X::convert(x) }
// The relation hidden in a struct's inferred bounds, in a std type's, in a tuple or an alias.
struct N<'a, 'b>(&'b &'a ());
fn need_struct<'x, 'y, X: for<'a, 'b> Sub<&'a T, &'b T, N<'a, 'b>>, T: ?Sized>(x: &'x T) -> &'y T { X::convert(x) }
fn need_iter<'x, 'y, X, T: ?Sized>(x: &'x T) -> &'y T where for<'a, 'b> X: Sub<&'a T, &'b T, std::slice::Iter<'b, &'a ()>> { X::convert(x) }
type Rel<'a, 'b> = (&'b &'a (), u8);
fn need_alias<'x, 'y, X, T: ?Sized>(x: &'x T) -> &'y T where X: for<'a, 'b> Sub<&'a T, &'b T, Rel<'a, 'b>> { X::convert(x) }
// Nested binders, trait objects, `impl Trait`, supertrait lists, renames, macros.
fn nested<X, T: ?Sized>() where for<'a> X: for<'b> Sub<&'a T, &'b T, &'b &'a ()> {}
fn object<T: ?Sized>(_: &dyn for<'a, 'b> Sub<&'a T, &'b T, &'b &'a ()>) {}
fn opaque<T: ?Sized>(_: impl for<'a, 'b> Sub<&'a T, &'b T, &'b &'a ()>) {}
trait Both<T: ?Sized>: for<'a, 'b> Sub<&'a T, &'b T, &'b &'a ()> {}
use Sub as Renamed;
fn renamed<X, T: ?Sized>() where X: for<'a, 'b> Renamed<&'a T, &'b T, &'b &'a ()> {}
macro_rules! rel { () => { &'b &'a () } }
fn from_macro<X, T: ?Sized>() where X: for<'a, 'b> Sub<&'a T, &'b T, rel!()> {}
macro_rules! declare { ($name:ident) => { trait $name<A, B, R>: Sup<A, B> {} } }
declare!(Made);
fn made<X, T: ?Sized>() where X: for<'a, 'b> Made<&'a T, &'b T, &'b &'a ()> {}
// Not: a trait without supertraits or bounds, std's traits, `Fn` sugar, binder lifetimes
// only in the bounded type or an associated type binding, bounds without `for<…>`.
trait Parse<S> { fn parse(s: S) -> Self; }
fn read<T>(text: &str) -> T where for<'a> T: Parse<&'a str> { T::parse(text) }
fn total<T>(xs: &T) -> i64 where for<'a> &'a T: IntoIterator<Item = &'a i64> { xs.into_iter().sum() }
fn apply<F: for<'a> Fn(&'a str) -> &'a str>(f: F, s: &str) -> String { f(s).to_string() }
trait Out<A>: Sup<A, A> { type Out; }
fn self_only<T>() where for<'a> &'a T: Out<i64> {}
fn binding<X>() where X: for<'a> Out<i64, Out = &'a str> {}
fn plain<'x, 'y: 'x, X, T: ?Sized>(x: &'y T) -> &'x T where X: Sub<&'y T, &'x T, &'x &'y ()> { X::convert(x) }
Ok(None)
