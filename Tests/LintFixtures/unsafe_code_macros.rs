[dependencies]
some_crate = "1"
[code]
// `unsafe` made by macros: from the definition, from the argument, inside a
// dependency's macro plrustc cannot expand, and in a rule no call expands.
macro_rules! sneaky {
    ($e:expr) => { unsafe { $e } };
}
macro_rules! pass {
    ($($t:tt)*) => { $($t)* };
}
macro_rules! never_called {
    () => { unsafe { std::hint::unreachable_unchecked() } };
}
let a = sneaky!(1);
let b = pass!(unsafe { 2 });
let c = some_crate::opaque!(unsafe { 3 });
let safe = pass!(1 + 1);
let hidden = some_crate::opaque!(sneaky!(4));
let unknown = not_defined_anywhere!(5);
Ok(Some(a + b + safe))
