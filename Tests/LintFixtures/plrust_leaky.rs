let b = Box::leak(Box::new(1u32));
let v = vec![1, 2, 3].leak();
std::mem::forget(String::new());
let s = String::from("x").leak();
let dropped = vec![1u8];
drop(dropped);
Ok(Some(*b as i64))
