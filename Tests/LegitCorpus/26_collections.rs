//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'the cat and the hat and the bat'"
//@ expect: and=2 bat=1 cat=1 hat=1 the=3 | unique=5 | queue=[the, cat, and] | top=the
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque, BinaryHeap};
let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
let mut hm: HashMap<&str, usize> = HashMap::new();
let mut seen: HashSet<&str> = HashSet::new();
let mut q: VecDeque<&str> = VecDeque::new();
for w in s.split(' ') {
    *freq.entry(w).or_default() += 1;
    *hm.entry(w).or_insert(0) += 1;
    if seen.insert(w) { q.push_back(w); }
}
while q.len() > 3 { q.pop_back(); }
let mut heap: BinaryHeap<(usize, &str)> = hm.iter().map(|(w, c)| (*c, *w)).collect();
let top = heap.pop().map(|(_, w)| w).unwrap_or("");
let f = freq.iter().map(|(k, v)| format!("{}={}", k, v)).collect::<Vec<_>>().join(" ");
Ok(Some(format!("{} | unique={} | queue=[{}] | top={}", f, seen.len(), q.iter().cloned().collect::<Vec<_>>().join(", "), top)))
