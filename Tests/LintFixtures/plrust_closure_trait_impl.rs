trait Trait { type Assoc; }
impl<F: Fn()> Trait for F { type Assoc = (); }
trait Other {}
impl<R, F> Other for F where F: core::ops::FnOnce() -> R {}
trait Third {}
impl Third for fn() {}
// A wrapper is no way out while the impl has an associated type, nor are the trait's arguments.
struct Wrapper<F>(F);
impl<F: Fn()> Trait for Wrapper<F> { type Assoc = (); }
impl<F: FnOnce() -> R, R> Trait for (F,) { type Assoc = R; }
trait Takes<X> { type Out; }
impl<F: Fn() -> u8> Takes<F> for u8 { type Out = u8; }
// Not: without an associated type there is nothing to carry the closure's return type out.
trait Plain {}
impl<F: Fn()> Plain for Wrapper<F> {}
Ok(None)
