//@ arg: edges text
//@ arg: start text
//@ arg: goal text
//@ returns: text
//@ strict
//@ call: "'a-b,b-c,a-d,d-e,e-c,c-f'" "'a'" "'f'"
//@ expect: a -> b -> c -> f
use std::collections::{HashMap, VecDeque, HashSet};
let mut adj: HashMap<&str, Vec<&str>> = HashMap::new();
for e in edges.split(',') {
    if let Some((x, y)) = e.split_once('-') {
        adj.entry(x).or_default().push(y);
        adj.entry(y).or_default().push(x);
    }
}
for v in adj.values_mut() { v.sort(); }
let mut prev: HashMap<&str, &str> = HashMap::new();
let mut seen: HashSet<&str> = HashSet::from([start]);
let mut q = VecDeque::from(vec![start]);
while let Some(cur) = q.pop_front() {
    if cur == goal { break; }
    for &n in adj.get(cur).map(|v| v.as_slice()).unwrap_or(&[]) {
        if seen.insert(n) { prev.insert(n, cur); q.push_back(n); }
    }
}
let mut path = vec![goal];
let mut at = goal;
while let Some(&p) = prev.get(at) { path.push(p); at = p; }
if at != start { return Ok(None); }
path.reverse();
Ok(Some(path.join(" -> ")))
