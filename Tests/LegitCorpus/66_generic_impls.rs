//@ arg: xs integer[]
//@ returns: text
//@ strict
//@ call: "'{1,2,3}'"
//@ expect: <1, 2, 3> | <a, b> | largest=3 | largest_f=2.5 | deref_len=3
use std::fmt::{self, Display};
use std::ops::Deref;
struct Angle<T>(Vec<T>);
impl<T: Display> Display for Angle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<")?;
        for (i, x) in self.0.iter().enumerate() {
            if i > 0 { write!(f, ", ")?; }
            write!(f, "{}", x)?;
        }
        write!(f, ">")
    }
}
impl<T> From<Vec<T>> for Angle<T> { fn from(v: Vec<T>) -> Self { Angle(v) } }
impl<T> Deref for Angle<T> { type Target = Vec<T>; fn deref(&self) -> &Vec<T> { &self.0 } }
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list { if item > largest { largest = item; } }
    largest
}
let v: Vec<i32> = xs.iter().flatten().collect();
let a: Angle<i32> = v.clone().into();
let b = Angle::from(vec!["a", "b"]);
Ok(Some(format!("{} | {} | largest={} | largest_f={} | deref_len={}", a, b, largest(&v), largest(&[1.5, 2.5, 0.5]), a.len())))
