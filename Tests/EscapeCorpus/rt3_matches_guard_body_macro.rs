// No dependencies, no `::std`. The body's macro composes `std::fs::read_to_string` from the
// call's tokens (its skeleton is `a::b::read_to_string(…)`). Called inside arguments plrustc only
// token-scans (the trailing comma after a `matches!` guard), the call is never expanded.
macro_rules! m {
    ($a:ident $b:ident) => { $a::$b::read_to_string("/etc/hostname") };
}
let out = std::cell::RefCell::new(String::new());
let _ = matches!((), () if m!(std fs).map(|t| *out.borrow_mut() = t).is_ok(),);
Ok(Some(out.into_inner()))
