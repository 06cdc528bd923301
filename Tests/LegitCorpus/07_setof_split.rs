//@ arg: s text
//@ returns: SETOF text
//@ strict
//@ call: "'a, b,,c'"
//@ expect: a
//@ expect: b
//@ expect: NULL
//@ expect: c
let parts: Vec<Option<String>> = s
    .split(',')
    .map(|p| p.trim())
    .map(|p| if p.is_empty() { None } else { Some(p.to_string()) })
    .collect();
Ok(Some(SetOfIterator::new(parts)))
