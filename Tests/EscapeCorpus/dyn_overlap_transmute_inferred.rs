trait Object<U> { type Output; }
impl<T: ?Sized, U> Object<U> for T { type Output = U; }
fn foo<T: ?Sized, U>(_: &T, x: <T as Object<U>>::Output) -> U { x }
struct W;
impl Object<W> for () { }
let d: &dyn Object<&'static i64, Output = usize> = &();
let r: &'static i64 = foo(d, 16usize);
Ok(Some(*r))
