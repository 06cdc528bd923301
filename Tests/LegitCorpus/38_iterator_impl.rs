//@ arg: n bigint
//@ returns: SETOF bigint
//@ strict
//@ call: 6
//@ expect: 6
//@ expect: 3
//@ expect: 10
//@ expect: 5
//@ expect: 16
//@ expect: 8
//@ expect: 4
//@ expect: 2
//@ expect: 1
// Collatz sequence as an Iterator implemented by a body struct
struct Collatz { cur: Option<i64> }
impl Collatz { fn new(start: i64) -> Self { Collatz { cur: if start > 0 { Some(start) } else { None } } } }
impl Iterator for Collatz {
    type Item = i64;
    fn next(&mut self) -> Option<Self::Item> {
        let c = self.cur?;
        self.cur = match c {
            1 => None,
            n if n % 2 == 0 => Some(n / 2),
            n => Some(3 * n + 1),
        };
        Some(c)
    }
}
Ok(Some(SetOfIterator::new(Collatz::new(n).map(Some))))
