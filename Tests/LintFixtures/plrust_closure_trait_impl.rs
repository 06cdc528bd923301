trait Trait { type Assoc; }
impl<F: Fn()> Trait for F { type Assoc = (); }
trait Other {}
impl<R, F> Other for F where F: core::ops::FnOnce() -> R {}
trait Third {}
impl Third for fn() {}
struct Wrapper<F>(F);
impl<F: Fn()> Trait for Wrapper<F> { type Assoc = (); }
Ok(None)
