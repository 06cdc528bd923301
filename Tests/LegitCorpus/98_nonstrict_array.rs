//@ arg: arr integer[]
//@ arg: fallback integer
//@ returns: integer[]
//@ call: NULL 9
//@ expect: {9}
// non-strict: the array itself may be NULL
let out: Vec<Option<i32>> = match arr {
    Some(a) if !a.is_empty() => a.iter().map(|x| x.map(|v| v + 1)).collect(),
    _ => vec![fallback],
};
Ok(Some(out))
