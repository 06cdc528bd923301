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
// Not: projections out of type parameters, or of types without lifetimes.
fn parse<T: std::str::FromStr>(text: &str) -> Result<T, <T as std::str::FromStr>::Err> { text.parse() }
let e: Option<<u8 as std::str::FromStr>::Err> = None;
Ok(parse::<i64>("42").ok())
