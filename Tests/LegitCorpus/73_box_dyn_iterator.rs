//@ arg: mode text
//@ returns: SETOF integer
//@ strict
//@ call: "'odd'"
//@ expect: 1
//@ expect: 3
//@ expect: 5
// choosing an iterator at run time: Box<dyn Iterator>
fn numbers(mode: &str) -> Box<dyn Iterator<Item = i32>> {
    match mode {
        "odd" => Box::new((1..6).filter(|x| x % 2 == 1)),
        "even" => Box::new((1..6).filter(|x| x % 2 == 0)),
        _ => Box::new(std::iter::empty()),
    }
}
Ok(Some(SetOfIterator::new(numbers(mode).map(Some))))
