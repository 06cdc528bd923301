//@ arg: n integer
//@ returns: integer
//@ strict
//@ call: 2
//@ expect: 7
#![warn(missing_docs)]
#![allow(clippy::needless_return, reason = "small body")]
#[expect(unused_variables)]
fn ignored(a: i32) {}
#[allow(non_upper_case_globals)]
const base: i32 = 3;
/// Wrapper.
#[repr(transparent)]
#[derive(Clone, Copy, Debug)]
struct Meters(i32);
#[non_exhaustive]
#[derive(Debug)]
pub enum Unit { M, Km }
#[doc = "literal docs"]
#[must_use = "use the value"]
#[inline(always)]
fn add(a: i32, b: i32) -> i32 { a + b }
#[deprecated(since = "0.1", note = "use add")]
#[allow(dead_code)]
fn old_add(a: i32, b: i32) -> i32 { a + b }
#[cfg(any(unix, windows))]
fn plat() -> i32 { 2 }
#[cfg(not(any(unix, windows)))]
fn plat() -> i32 { 0 }
#[cfg_attr(test, derive(PartialEq))]
#[derive(Debug)]
struct Tagged(i32);
#[diagnostic::on_unimplemented(message = "needs Scale")]
trait Scale { fn scale(&self) -> i32; }
impl Scale for Meters { #[inline] fn scale(&self) -> i32 { self.0 } }
#[allow(clippy::too_many_arguments, unused_parens, unreachable_code)]
fn many(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, g: i32, h: i32) -> i32 { (a + b + c + d + e + f + g + h) }
#[allow(unused_mut)]
let mut m = Meters(n);
let _t = Tagged(1);
let _u = Unit::Km;
let _ = many(0, 0, 0, 0, 0, 0, 0, 0);
#[rustfmt::skip]
let r = add(base, m.scale()) + plat();
Ok(Some(r))
