// Attributes outside the allow-list: plain, inner, inside cfg_attr, made by a
// macro, lowering a lint that guards the build, with a macro for a value;
// and what ordinary code writes.
#![target_feature(enable = "avx2")]
#[target_feature(enable = "avx512f")]
fn fast() -> i64 { 1 }
#[debugger_visualizer(gdb_script_file = "/dev/zero")]
mod probe {}
#[cfg_attr(all(), macro_export)]
macro_rules! shadow { () => {} }
macro_rules! attributed {
    ($name:ident) => { #[link(name = "c")] fn $name() {} };
}
attributed!(linked);
#[allow(long_running_const_eval, unused_variables)]
const SPIN: u64 = 1;
#[repr(packed)]
struct Packed(u8, u32);
#[doc = concat!("a", "b")]
struct Documented;
#[inline(sometimes)]
fn odd() {}
// Allowed:
/// Documented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(C, align(8))]
#[must_use = "use it"]
struct Point { #[doc(hidden)] x: i64, y: i64 }
#[cfg(not(any(test, feature = "x")))]
#[deny(warnings)]
#[cold]
#[track_caller]
fn make() -> Point { Point { x: 1, y: 2 } }
#[rustfmt::skip]
#[expect(dead_code, reason = "kept for later")]
fn unused() {}
#[allow(clippy::needless_return, non_snake_case)]
let Total = { #[allow(unused_mut)] let mut p = make(); p.x + p.y };
Ok(Some(Total + fast()))
