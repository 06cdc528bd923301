// Paths that leave the body: the crate around it, `$crate`, `self::` outside
// the body's modules, `super::` past them, `extern crate self`; and paths
// that stay inside.
use crate::plrust_fn_oid_1_2 as entry;
use self::helpers::double;
extern crate self as me;
extern crate plrustc_runtime as runtime;
extern crate alloc;
mod helpers {
    pub fn double(x: i64) -> i64 { x * 2 }
    pub fn escape() -> i64 { super::outside() }
    pub mod deeper {
        pub fn fine() -> i64 { super::double(1) + self::local() }
        fn local() -> i64 { 1 }
        pub fn far() -> i64 { super::super::outside() }
    }
}
macro_rules! reach {
    () => { $crate::plrust_fn_oid_1_2 };
}
fn outside() -> i64 { 7 }
pub(crate) struct Visible(pub(super) i64);
Ok(Some(helpers::deeper::fine() + ::std::cmp::max(1, 2) + Visible(1).0))
