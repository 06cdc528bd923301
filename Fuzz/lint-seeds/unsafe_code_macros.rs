// `unsafe` made by macros: from the definition, from the argument, and
// inside a macro plrustc cannot expand.
macro_rules! sneaky {
    ($e:expr) => { unsafe { $e } };
}
macro_rules! pass {
    ($($t:tt)*) => { $($t)* };
}
let a = sneaky!(1);
let b = pass!(unsafe { 2 });
let c = some_crate::opaque!(unsafe { 3 });
let safe = pass!(1 + 1);
Ok(Some(a + b + safe))
