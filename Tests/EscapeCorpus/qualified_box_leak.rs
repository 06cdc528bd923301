let r: &'static mut i64 = <Box<i64>>::leak(Box::new(5));
Ok(Some(*r))
