//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'abc'"
//@ expect: a=xyz b=abc taken=[1, 2] left=[] old=abc size=24
use std::mem;
let mut a = s.to_string();
let mut b = String::from("xyz");
mem::swap(&mut a, &mut b);
let mut v = vec![1, 2];
let taken = mem::take(&mut v);
let mut slot = s.to_string();
let old = mem::replace(&mut slot, String::new());
drop(slot);
Ok(Some(format!("a={} b={} taken={:?} left={:?} old={} size={}", a, b, taken, v, old, mem::size_of::<String>())))
