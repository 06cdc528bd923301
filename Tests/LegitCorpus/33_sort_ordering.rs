//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'pear:3,apple:10,fig:3,kiwi:1'"
//@ expect: kiwi:1 fig:3 pear:3 apple:10 | by_name: apple fig kiwi pear | cmp=Less | max=apple
use std::cmp::{Ordering, Reverse};
#[derive(Debug, Clone)]
struct Item { name: String, qty: u32 }
let mut items: Vec<Item> = s
    .split(',')
    .filter_map(|p| {
        let (n, q) = p.split_once(':')?;
        Some(Item { name: n.to_string(), qty: q.parse().ok()? })
    })
    .collect();
items.sort_by(|a, b| match a.qty.cmp(&b.qty) {
    Ordering::Equal => a.name.cmp(&b.name),
    other => other,
});
let by_qty = items.iter().map(|i| format!("{}:{}", i.name, i.qty)).collect::<Vec<_>>().join(" ");
let mut names = items.clone();
names.sort_by_key(|i| i.name.clone());
let mut rev = items.clone();
rev.sort_by_key(|i| Reverse(i.qty));
let c = 1.5f64.partial_cmp(&2.0).unwrap_or(Ordering::Equal);
Ok(Some(format!("{} | by_name: {} | cmp={:?} | max={}", by_qty, names.iter().map(|i| i.name.as_str()).collect::<Vec<_>>().join(" "), c, rev[0].name)))
