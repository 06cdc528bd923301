//@ arg: s text
//@ returns: TABLE (word text, upper text, n bigint)
//@ strict
//@ call: "'solo'"
//@ expect: word | upper | n
//@ expect: solo | SOLO | 4
if s.is_empty() {
    return Ok(Some(TableIterator::empty()));
}
if !s.contains(' ') {
    return Ok(Some(TableIterator::once((Some(s.to_string()), Some(s.to_uppercase()), Some(s.len() as i64)))));
}
Ok(Some(TableIterator::new(s.split(' ').map(|w| (Some(w.to_string()), Some(w.to_uppercase()), Some(w.len() as i64))))))
