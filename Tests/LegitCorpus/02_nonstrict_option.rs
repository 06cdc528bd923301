//@ arg: a integer
//@ arg: b integer
//@ returns: integer
//@ call: 3 NULL
//@ expect: 3
// PL/Rust docs style: non-strict args are Option<T>
Ok(match (a, b) {
    (Some(a), Some(b)) => Some(a + b),
    (Some(a), None) => Some(a),
    (None, Some(b)) => Some(b),
    (None, None) => None,
})
