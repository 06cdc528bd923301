//@ arg: arr integer[]
//@ returns: bigint
//@ strict
//@ call: "'{1,2,NULL,4}'"
//@ expect: 7
let total: i64 = arr.iter().map(|x| x.unwrap_or(0) as i64).sum();
Ok(Some(total))
