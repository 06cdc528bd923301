//@ arg: n integer
//@ returns: SETOF bigint
//@ strict
//@ call: 5
//@ expect: 1
//@ expect: 4
//@ expect: 9
//@ expect: 16
//@ expect: 25
// a generator struct driven by a closure with a concrete output type
struct Generate<F> { state: i64, step: F }
impl<F: FnMut(i64) -> i64> Iterator for Generate<F> {
    type Item = i64;
    fn next(&mut self) -> Option<i64> { self.state += 1; Some((self.step)(self.state)) }
}
let g = Generate { state: 0, step: |x| x * x };
Ok(Some(SetOfIterator::new(g.take(n as usize).map(Some))))
