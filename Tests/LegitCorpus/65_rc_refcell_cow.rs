//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'Hello world'"
//@ expect: children=2 total=6 names=root,a,b cow1=borrowed:hello cow2=owned:HELLO WORLD! weak=true
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
#[derive(Debug)]
struct Node { name: String, value: i64, children: RefCell<Vec<Rc<Node>>>, parent: RefCell<Weak<Node>> }
fn node(name: &str, value: i64) -> Rc<Node> {
    Rc::new(Node { name: name.into(), value, children: RefCell::new(vec![]), parent: RefCell::new(Weak::new()) })
}
fn total(n: &Rc<Node>) -> i64 { n.value + n.children.borrow().iter().map(total).sum::<i64>() }
fn names(n: &Rc<Node>, out: &mut Vec<String>) { out.push(n.name.clone()); for c in n.children.borrow().iter() { names(c, out); } }
fn shout(s: &str) -> Cow<'_, str> { if s.ends_with('!') { Cow::Borrowed(s) } else { Cow::Owned(format!("{}!", s.to_uppercase())) } }
fn lower(s: &str) -> Cow<'static, str> { if s.chars().all(|c| c.is_lowercase()) { Cow::Borrowed("hello") } else { Cow::Owned(s.to_lowercase()) } }
let root = node("root", 1);
for (n, v) in [("a", 2), ("b", 3)] {
    let c = node(n, v);
    *c.parent.borrow_mut() = Rc::downgrade(&root);
    root.children.borrow_mut().push(c);
}
let mut ns = Vec::new();
names(&root, &mut ns);
let child_has_parent = root.children.borrow()[0].parent.borrow().upgrade().is_some();
let c1 = lower("hello");
let c2 = shout(s);
let kind = |c: &Cow<str>| if matches!(c, Cow::Borrowed(_)) { "borrowed" } else { "owned" };
Ok(Some(format!("children={} total={} names={} cow1={}:{} cow2={}:{} weak={}", root.children.borrow().len(), total(&root), ns.join(","), kind(&c1), c1, kind(&c2), c2, child_has_parent)))
