trait SomeTrait {}
fn foo<T: ?Sized>() {}
foo::<dyn SomeTrait>();
struct SomeStruct<T: ?Sized = dyn SomeTrait>(Box<T>);
type Hidden = dyn SomeTrait;
type AlsoHidden = Hidden;
foo::<AlsoHidden>();
// The other half of the hole: no trait object needs to be written in a turbofish.
trait Object<U> { type Output; }
impl<T: ?Sized, U> Object<U> for T { type Output = U; }
type Same<X> = X;
trait Named { type Name; }
impl<T> Named for Same<T> where T: ?Sized { type Name = u8; }
use Same as Other;
trait Third { type Out; }
impl<T: ?Sized> Third for Other<T> { type Out = u8; }
// Sized type parameters cannot be trait objects; impls without associated types have nothing to disagree on.
trait Sized1 { type Out; }
impl<T> Sized1 for T { type Out = T; }
trait Show { fn show(&self) -> usize; }
impl<T: ?Sized + AsRef<str>> Show for T { fn show(&self) -> usize { self.as_ref().len() } }
let fine: Box<dyn SomeTrait>;
let v = Vec::<u8>::new();
Ok(Some(v.len() as i64))
