//@ arg: r double precision
//@ returns: text
//@ strict
//@ call: 2
//@ expect: Circle=12.57 Square=4.00 Tri=1.73 | count=3 | map={"a": 1, "b": 2} | msg=r is 2
//@ expect: NOTICE:  r is 2
use std::collections::BTreeMap;
trait Area { fn area(&self) -> f64; fn name(&self) -> &'static str; }
macro_rules! shape {
    ($name:ident { $($field:ident),* } => $body:expr) => {
        struct $name { $($field: f64),* }
        impl Area for $name {
            fn area(&self) -> f64 { let $name { $($field),* } = self; $body }
            fn name(&self) -> &'static str { stringify!($name) }
        }
    };
}
shape!(Circle { r } => std::f64::consts::PI * r * r);
shape!(Square { s } => s * s);
shape!(Tri { side } => side * side * 3f64.sqrt() / 4.0);
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}
macro_rules! btreemap {
    ($($k:expr => $v:expr),* $(,)?) => {{ let mut m = BTreeMap::new(); $( m.insert($k, $v); )* m }};
}
macro_rules! say {
    ($($arg:tt)*) => {{ let m = format!($($arg)*); notice!("{}", m); m }};
}
let shapes: Vec<Box<dyn Area>> = vec![Box::new(Circle { r }), Box::new(Square { s: r }), Box::new(Tri { side: r })];
let desc: Vec<String> = shapes.iter().map(|s| format!("{}={:.2}", s.name(), s.area())).collect();
let m = btreemap! { "a" => 1, "b" => 2 };
let msg = say!("r is {}", r);
Ok(Some(format!("{} | count={} | map={:?} | msg={}", desc.join(" "), count!(x y z), m, msg)))
