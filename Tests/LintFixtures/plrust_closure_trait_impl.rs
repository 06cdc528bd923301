trait Trait { type Assoc; }
impl<F: Fn()> Trait for F { type Assoc = (); }
trait Other {}
impl<R, F> Other for F where F: core::ops::FnOnce() -> R {}
trait Third {}
impl Third for fn() {}
// A wrapper is no way out while the impl has an associated type, nor are the trait's arguments.
struct Wrapper<F>(F);
impl<F: FnOnce() -> R, R> Trait for (F,) { type Assoc = R; }
trait Takes<X> { type Out; }
impl<'a, F: Fn(&'a u8)> Takes<F> for u8 { type Out = u8; }
// A closure bound on a type built from the parameter counts.
impl<F, R> Trait for Wrapper<Box<F>> where Box<F>: Fn() -> R { type Assoc = R; }
// Not: without an associated type there is nothing to carry the closure's return type out,
// nor when the closure's signature names nothing short-lived.
trait Plain {}
impl<F: Fn()> Plain for Wrapper<F> {}
impl<F: Fn()> Trait for Wrapper<F> { type Assoc = (); }
struct Lazy<F: Fn() -> i64> { f: F }
impl<F: Fn() -> i64> std::ops::Deref for Lazy<F> { type Target = F; fn deref(&self) -> &F { &self.f } }
Ok(None)
