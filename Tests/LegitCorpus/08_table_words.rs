//@ arg: s text
//@ returns: TABLE (idx bigint, word text, len integer)
//@ strict
//@ call: "'the quick brown'"
//@ expect: idx | word | len
//@ expect: 1 | the | 3
//@ expect: 2 | quick | 5
//@ expect: 3 | brown | 5
let rows: Vec<(Option<i64>, Option<String>, Option<i32>)> = s
    .split_whitespace()
    .enumerate()
    .map(|(i, w)| (Some(i as i64 + 1), Some(w.to_string()), Some(w.len() as i32)))
    .collect();
Ok(Some(TableIterator::new(rows)))
