//@ arg: words text[]
//@ returns: text
//@ strict
//@ call: "'{apple,kiwi,apple,\"\",fig,banana}'"
//@ expect: apple:long kiwi:short apple:dup empty fig:short banana:long
// match guards that only read: method calls, closures, comparisons, a lookup
use std::collections::HashSet;
const MIN_LONG: usize = 5;
let mut seen: HashSet<String> = HashSet::new();
let mut out = Vec::new();
for w in words.iter() {
    let label = match w {
        None => "null".to_string(),
        Some(s) if s.is_empty() => "empty".to_string(),
        Some(s) if seen.contains(s) => format!("{}:dup", s),
        Some(s) if s.len() >= MIN_LONG && s.chars().all(|c| c.is_alphabetic()) => format!("{}:long", s),
        Some(s) if { let t = s.trim(); t.len() < MIN_LONG } => format!("{}:short", s),
        Some(s) => s.to_string(),
    };
    if let Some(s) = w { seen.insert(s.to_string()); }
    out.push(label);
}
Ok(Some(out.join(" ")))
