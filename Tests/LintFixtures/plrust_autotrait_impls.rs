struct Foo(std::cell::Cell<i32>, std::marker::PhantomPinned);
impl std::panic::UnwindSafe for Foo {}
use std::panic::RefUnwindSafe as Safe;
impl Safe for Foo {}
impl core::marker::Unpin for Foo {}
trait UnwindSafe {}
struct Bar;
impl UnwindSafe for Bar {}
Ok(None)
