//@ arg: n integer
//@ returns: SETOF bigint
//@ strict
//@ call: 10
//@ expect: 1
//@ expect: 1
//@ expect: 2
//@ expect: 3
//@ expect: 5
//@ expect: 8
//@ expect: 13
//@ expect: 21
//@ expect: 34
//@ expect: 55
fn fibonacci() -> impl Iterator<Item = i64> {
    let mut state = (0i64, 1i64);
    std::iter::from_fn(move || {
        let next = state.1;
        state = (state.1, state.0 + state.1);
        Some(next)
    })
}
fn evens_first<I>(it: I) -> impl Iterator<Item = I::Item>
where
    I: Iterator<Item = i64>,
{
    it.filter(|x| *x > 0)
}
Ok(Some(SetOfIterator::new(evens_first(fibonacci()).take(n as usize).map(Some))))
