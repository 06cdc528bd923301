let v = 'outer: loop {
    match x {
        Some(ref a @ 1..=9) | Some(a @ 10..) if a > &0 => break 'outer *a,
        _ => continue,
    }
};
let f = move |a: i32, b| -> i32 { a.pow(2) + b };
let w = if let Some(y) = opt && y > 2 { y } else { 0 };
let r = async { fetch().await? };
v as i64 ..= f(1, 2) as i64
