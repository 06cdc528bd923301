//@ arg: xs bigint[]
//@ returns: text
//@ strict
//@ call: "'{3,-1,4,-1,5,9,-2,6}'"
//@ expect: pos=[3, 4, 5, 9, 6] scaled=[30, 40, 50, 90, 60] counter=8 best=9 applied=19 by_abs=[-1, -1, -2, 3, 4, 5, 6, 9]
fn apply(f: impl Fn(i64) -> i64, v: i64) -> i64 { f(v) }
fn apply_twice<F>(f: F, v: i64) -> i64 where F: Fn(i64) -> i64 { f(f(v)) }
let v: Vec<i64> = xs.iter_deny_null().collect();
let factor = 10;
let is_pos = |x: &i64| *x > 0;
let scale = move |x: i64| x * factor;
let pos: Vec<i64> = v.iter().copied().filter(is_pos).collect();
let scaled: Vec<i64> = pos.iter().map(|&x| scale(x)).collect();
let mut counter = 0;
let mut bump = || counter += 1;
for _ in &v { bump(); }
let best = v.iter().copied().fold(i64::MIN, |a, b| a.max(b));
let applied = apply(|x| x + 1, apply_twice(|x| x * 3, 2));
let mut by_abs = v.clone();
by_abs.sort_by(|a, b| a.abs().cmp(&b.abs()).then(a.cmp(b)));
Ok(Some(format!("pos={:?} scaled={:?} counter={} best={} applied={} by_abs={:?}", pos, scaled, counter, best, applied, by_abs)))
