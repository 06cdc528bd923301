//@ arg: x bigint
//@ returns: bigint
//@ strict
//@ call: 5
//@ expect: 5
// `use std::sync::*` for Mutex/Arc/atomics only
use std::sync::*;
use std::sync::atomic::{AtomicI64, Ordering};
static TOTAL: AtomicI64 = AtomicI64::new(0);
let shared = Arc::new(Mutex::new(Vec::new()));
shared.lock().map_err(|e| e.to_string())?.push(x);
let rw = RwLock::new(1);
let _r = rw.read().map_err(|e| e.to_string())?;
TOTAL.fetch_add(x, Ordering::SeqCst);
let v = shared.lock().map_err(|e| e.to_string())?;
Ok(Some(v.iter().sum()))
