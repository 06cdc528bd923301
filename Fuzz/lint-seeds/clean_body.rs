// A realistic body that every lint accepts.
use std::collections::HashMap;

let text = input.unwrap_or("the quick brown fox jumps over the lazy dog the end");
let mut counts: HashMap<&str, i64> = HashMap::new();
for word in text.split_whitespace() {
    *counts.entry(word).or_insert(0) += 1;
}
macro_rules! top {
    ($map:expr) => { $map.iter().max_by_key(|(_, n)| **n).map(|(w, n)| format!("{w}:{n}")) };
}
let best = top!(counts);
Ok(best)
