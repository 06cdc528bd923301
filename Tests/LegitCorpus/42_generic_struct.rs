//@ arg: xs integer[]
//@ returns: text
//@ strict
//@ call: "'{4,1,7,3}'"
//@ expect: Stack { items: [4, 1, 7, 3] } peek=Some(3) max=Some(7) popped=[3, 7] strs=["b", "a"]
use std::fmt::Debug;
#[derive(Debug, Default, Clone)]
struct Stack<T> { items: Vec<T> }
impl<T> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, t: T) -> &mut Self { self.items.push(t); self }
    fn pop(&mut self) -> Option<T> { self.items.pop() }
    fn peek(&self) -> Option<&T> { self.items.last() }
}
impl<T: Ord + Copy> Stack<T> {
    fn max(&self) -> Option<T> { self.items.iter().copied().max() }
}
trait Describe { fn describe(&self) -> String; }
impl<T> Describe for Stack<T> where T: Debug { fn describe(&self) -> String { format!("{:?}", self) } }
fn drain_two<T: Clone>(s: &mut Stack<T>) -> Vec<T> { s.pop().into_iter().chain(s.pop()).collect() }
let mut st: Stack<i32> = Stack::new();
for x in xs.iter().flatten() { st.push(x); }
let desc = st.describe();
let peek = st.peek().copied();
let max = st.max();
let popped = drain_two(&mut st);
let mut ss = Stack::<&str>::default();
ss.push("a").push("b");
Ok(Some(format!("{} peek={:?} max={:?} popped={:?} strs={:?}", desc, peek, max, popped, drain_two(&mut ss))))
