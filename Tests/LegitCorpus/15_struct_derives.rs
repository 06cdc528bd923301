//@ arg: names text[]
//@ returns: text
//@ strict
//@ call: "'{bob,alice,bob,NULL,carol}'"
//@ expect: [Person { name: "alice", visits: 1 }, Person { name: "bob", visits: 2 }, Person { name: "carol", visits: 1 }] eq=true default=Person { name: "", visits: 0 }
use std::collections::HashMap;
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
struct Person {
    name: String,
    visits: u32,
}
let mut counts: HashMap<String, u32> = HashMap::new();
for n in names.iter().flatten() {
    *counts.entry(n.to_string()).or_insert(0) += 1;
}
let mut people: Vec<Person> = counts.into_iter().map(|(name, visits)| Person { name, visits }).collect();
people.sort();
let copy = people.clone();
Ok(Some(format!("{:?} eq={} default={:?}", people, copy == people, Person::default())))
