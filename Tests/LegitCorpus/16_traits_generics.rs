//@ arg: n integer
//@ returns: text
//@ strict
//@ call: 3
//@ expect: circle(r=3): 28.27 | square(s=3): 9.00 | total=37.27
use std::fmt::{self, Display};

trait Shape {
    const NAME: &'static str;
    fn area(&self) -> f64;
    fn describe(&self) -> String where Self: Display {
        format!("{}: {:.2}", self, self.area())
    }
}
struct Circle { r: f64 }
struct Square { s: f64 }
impl Shape for Circle {
    const NAME: &'static str = "circle";
    fn area(&self) -> f64 { std::f64::consts::PI * self.r * self.r }
}
impl Shape for Square {
    const NAME: &'static str = "square";
    fn area(&self) -> f64 { self.s * self.s }
}
impl Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "{}(r={})", Self::NAME, self.r) }
}
impl Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "{}(s={})", Self::NAME, self.s) }
}
fn total_area<A: Shape, B: Shape>(a: &A, b: &B) -> f64 { a.area() + b.area() }
fn join_all<T>(items: &[T], sep: &str) -> String
where
    T: Display,
{
    items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(sep)
}
let c = Circle { r: n as f64 };
let s = Square { s: n as f64 };
let parts = vec![c.describe(), s.describe(), format!("total={:.2}", total_area(&c, &s))];
Ok(Some(join_all(&parts, " | ")))
