//@ arg: s text
//@ returns: TABLE (key text, value bigint)
//@ strict
//@ call: "'a=1;b=-20; c = 300 ;d'"
//@ expect: key | value
//@ expect: a | 1
//@ expect: b | -20
//@ expect: c | 300
//@ expect: d | NULL
let rows = s.split(';').map(|kv| {
    let mut it = kv.splitn(2, '=');
    let k = it.next().unwrap_or("").trim().to_string();
    let v = it.next().and_then(|v| v.trim().parse::<i64>().ok());
    (Some(k), v)
});
Ok(Some(TableIterator::new(rows)))
