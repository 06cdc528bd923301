//@ arg: data bytea
//@ returns: text
//@ strict
//@ call: "'\\x48656c6c6ff0'"
//@ expect: lossy=Hello� pow2=[1, 2, 4, 8, 16] digit=Some('7') chr=Some('A') counts={"a": 2, "b": 1} range=[(2, "b"), (3, "c")] first=Some((1, "a")) update=Point { x: 5, y: 0, z: 0 }
use std::collections::{BTreeMap, HashMap};
#[derive(Debug, Default)]
struct Point { x: i32, y: i32, z: i32 }
let lossy = String::from_utf8_lossy(data).into_owned();
let pow2: Vec<u32> = std::iter::successors(Some(1u32), |x| if *x < 16 { Some(x * 2) } else { None }).collect();
let digit = std::char::from_digit(7, 10);
let chr = char::from_u32(65);
let mut counts: HashMap<&str, i32> = HashMap::new();
for w in ["a", "b", "a"] { counts.entry(w).and_modify(|c| *c += 1).or_insert(1); }
let mut sorted: Vec<_> = counts.into_iter().collect();
sorted.sort();
let bt: BTreeMap<i32, &str> = [(1, "a"), (2, "b"), (3, "c"), (4, "d")].into_iter().collect();
let range: Vec<(i32, &str)> = bt.range(2..4).map(|(k, v)| (*k, *v)).collect();
let first = bt.iter().next().map(|(k, v)| (*k, *v));
let p = Point { x: 5, ..Default::default() };
Ok(Some(format!("lossy={} pow2={:?} digit={:?} chr={:?} counts={:?} range={:?} first={:?} update={:?}", lossy, pow2, digit, chr, sorted.into_iter().collect::<BTreeMap<_, _>>(), range, first, p)))
