// Mutable borrows in match guards; shared ones are fine.
let mut v = vec![1];
let mut slot = Some(1);
let a = match v.len() { 1 if { let r = &mut v; r.push(2); true } => 1, _ => 0 };
let b = match 3 { k if std::ptr::addr_of_mut!(v).is_null() => k, _ => 0 };
let c = match 3 { k if let Some(ref mut s) = slot => k, _ => 0 };
// Allowed:
let d = match v.first() { Some(&x) if x > 0 && v.iter().any(|y| *y == x) => x, _ => 0 };
let r = &mut v;
r.push(d);
Ok(Some(a + b + c + r.len() as i64))
