trait Trait { type Type; }
impl<T> Trait for T { type Type = (); }
// The implied bound `'b: 'a` is lost when the projection is normalized to `()`.
fn lt<'a, 'b, T: ?Sized>(_: <&'a &'b () as Trait>::Type, v: &'b mut T) -> &'a mut T { v }
// Hidden behind an alias, or in an impl header (#100051).
type Erased<'a, 'b> = <&'a &'b () as Trait>::Type;
trait Extend<A, B> { fn extend(self, a: A) -> B; }
impl<'a, 'b, T: 'static> Extend<&'a mut T, &'b mut T> for <&'b &'a () as Trait>::Type {
    fn extend(self, s: &'a mut T) -> &'b mut T { s }
}
// A type alias that is a projection, given lifetimes where it is used, by any name.
type Proj<X> = <X as Trait>::Type;
use Proj as Renamed;
fn lt2<'a, 'b, T: ?Sized>(_: Renamed<&'a &'b ()>, v: &'b mut T) -> &'a mut T { v }
// Lifetimes among the trait's arguments count too.
trait Pick<X> { type Out; }
fn pick<'a>(_: <() as Pick<&'a str>>::Out) {}
// An associated type's own type arguments, whatever it is projected out of (#100051 through a GAT).
trait F { type Of<T>; }
impl F for () { type Of<T> = (); }
impl<'a, 'b, T: ?Sized> Extend<&'a T, &'b T> for <() as F>::Of<&'b &'a ()> { fn extend(self, s: &'a T) -> &'b T { s } }
fn gat<'a, 'b, T: ?Sized>(_: <() as F>::Of<&'a &'b ()>, v: &'b T) -> &'a T { v }
trait Family { type Member<T>; fn wrap<'a, 'b, T>(_: Self::Member<N<'a, 'b>>, v: &'b T) -> &'a T { v } }
struct N<'a, 'b>(&'a &'b ());
fn param<'a, 'b, T: ?Sized, G: Family>(_: G::Member<&'a &'b ()>, v: &'b T) -> &'a T { v }
fn param2<'a, 'b, T: ?Sized, G: Family>(_: G::Member<std::slice::Iter<'a, &'b ()>>, v: &'b T) -> &'a T { v }
// An impl's associated type that is a projection, used as an alias.
trait Aliases { type P<X>; }
struct Z;
impl Aliases for Z { type P<X> = <X as Trait>::Type; }
fn assoc_alias<'a, 'b, T: ?Sized>(_: <Z as Aliases>::P<&'a &'b ()>, v: &'b T) -> &'a T { v }
// Lifetimes from a macro: `macro_rules!` lifetimes are not hygienic.
macro_rules! rel { () => { &'a &'b () } }
fn macro_self<'a, 'b, T: ?Sized>(_: <rel!() as Trait>::Type, v: &'b T) -> &'a T { v }
fn macro_alias<'a, 'b, T: ?Sized>(_: Proj<rel!()>, v: &'b T) -> &'a T { v }
fn macro_gat<'a, 'b, T: ?Sized, G: Family>(_: G::Member<rel!()>, v: &'b T) -> &'a T { v }
// Not: projections out of type parameters, or of types without lifetimes.
fn parse<T: std::str::FromStr>(text: &str) -> Result<T, <T as std::str::FromStr>::Err> { text.parse() }
let e: Option<<u8 as std::str::FromStr>::Err> = None;
// Nor an associated type's arguments without lifetimes, bare lifetime arguments (a lending
// iterator), or generic arguments of a path out of a module.
fn member<G: Family>(_: G::Member<i64>, _: <Z as Aliases>::P<u8>) {}
trait Lend { type Item<'x> where Self: 'x; fn lend<'x>(&'x mut self) -> Option<Self::Item<'x>>; fn wrap<T>(t: T) -> Option<Self::Item<'static>>; }
fn maps<'a, T>(_: std::collections::HashMap<&'a str, T>, _: std::slice::Iter<'a, T>) {}
Ok(parse::<i64>("42").ok())
