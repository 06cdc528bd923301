//@ arg: x bigint
//@ returns: bigint
//@ strict
//@ call: 5
//@ expect: 31
fn adder(k: i64) -> impl Fn(i64) -> i64 { move |x| x + k }
fn compose<A, B>(f: A, g: B) -> impl Fn(i64) -> i64
where
    A: Fn(i64) -> i64,
    B: Fn(i64) -> i64,
{
    move |x| g(f(x))
}
fn apply_n<F: FnMut(i64) -> i64>(mut f: F, n: usize, start: i64) -> i64 {
    let mut v = start;
    for _ in 0..n { v = f(v); }
    v
}
let times_two = |v: i64| v * 2;
let h = compose(adder(1), times_two);   // (x+1)*2
let mut calls = 0;
let r = apply_n(|v| { calls += 1; v + 1 }, 3, h(x) - 2);  // 12-2+3 = 13? adjust below
Ok(Some(r + calls as i64 * 6))
