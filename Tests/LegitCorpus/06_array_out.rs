//@ arg: n integer
//@ returns: integer[]
//@ strict
//@ call: 5
//@ expect: {1,NULL,9,NULL,25}
let v: Vec<Option<i32>> = (1..=n)
    .map(|i| if i % 2 == 1 { Some(i * i) } else { None })
    .collect();
Ok(Some(v))
