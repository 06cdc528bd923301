//@ arg: n integer
//@ returns: bigint
//@ strict
//@ call: 4
//@ expect: 30
#![allow(unused_variables, dead_code)]
#![allow(clippy::needless_return)]

/// Sum of squares 1..=n.
///
/// Doc comments are fine.
#[inline]
#[must_use]
fn sum_squares(n: i64) -> i64 {
    (1..=n).map(|i| i * i).sum()
}

#[allow(non_snake_case)]
fn Unused() {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
enum Level { Low = 1, High = 2 }
impl Default for Level { fn default() -> Self { Level::Low } }

#[cold]
#[inline(never)]
fn fail() -> ! { panic!("unreachable") }

#[cfg(test)]
mod tests {
    pub fn squares_ok() -> bool { true }
}
#[cfg(not(test))]
const MODE: &str = "prod";
#[cfg_attr(not(test), allow(dead_code))]
#[deprecated(note = "use sum_squares")]
fn old_sum() -> i64 { 0 }
#[doc(alias = "sq")]
#[track_caller]
fn checked(n: i64) -> i64 { assert!(n >= 0, "negative"); n }

#[deny(unused_must_use)]
let unused_but_fine = Level::default();
#[rustfmt::skip]
let r = sum_squares(checked(n as i64));
assert_eq!(MODE, "prod");
assert_eq!(Level::High as u8, 2);
Ok(Some(r))
