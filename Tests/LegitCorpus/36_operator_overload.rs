//@ arg: x double precision
//@ arg: y double precision
//@ returns: text
//@ strict
//@ call: 3 4
//@ expect: (4, 6) (2, 2) (6, 8) -(3, 4) |v|=5 sum=(6, 8) idx=3
use std::ops::{Add, Sub, Mul, Neg, AddAssign, Index};
use std::fmt;
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 { x: f64, y: f64 }
impl V2 {
    const ZERO: V2 = V2 { x: 0.0, y: 0.0 };
    fn norm(self) -> f64 { (self.x * self.x + self.y * self.y).sqrt() }
}
impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = Self; fn sub(self, o: Self) -> Self { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
impl Index<usize> for V2 { type Output = f64; fn index(&self, i: usize) -> &f64 { if i == 0 { &self.x } else { &self.y } } }
impl fmt::Display for V2 { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) } }
impl std::iter::Sum for V2 { fn sum<I: Iterator<Item = V2>>(it: I) -> V2 { it.fold(V2::ZERO, |a, b| a + b) } }
let v = V2 { x, y };
let one = V2 { x: 1.0, y: 2.0 };
let mut acc = V2::default();
acc += v;
acc += v;
let neg = -v;
let total: V2 = vec![v, v].into_iter().sum();
Ok(Some(format!("{} {} {} -{} |v|={} sum={} idx={}", v + one, v - one, acc, -neg, v.norm(), total, v[0])))
