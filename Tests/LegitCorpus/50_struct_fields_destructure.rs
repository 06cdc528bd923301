//@ arg: label text
//@ returns: text
//@ strict
//@ call: "'home'"
//@ expect: home at (1.5, -2) first=origin
// destructure one field (an array) and index another field of the same struct
struct Place { coords: [f64; 2], names: Vec<String> }
let p = Place { coords: [1.5, -2.0], names: vec!["origin".to_string(), label.to_string()] };
let [x, y] = p.coords;
let first = p.names[0].clone();
Ok(Some(format!("{} at ({}, {}) first={}", p.names[1], x, y, first)))
