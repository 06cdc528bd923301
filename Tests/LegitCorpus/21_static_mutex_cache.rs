//@ arg: n integer
//@ returns: bigint
//@ strict
//@ call: 50
//@ expect: 12586269025
use std::collections::HashMap;
use std::sync::Mutex;

static CACHE: Mutex<Option<HashMap<u64, u64>>> = Mutex::new(None);
static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn fib(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 { return n; }
    if let Some(&v) = memo.get(&n) { return v; }
    let v = fib(n - 1, memo) + fib(n - 2, memo);
    memo.insert(n, v);
    v
}
CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
let mut guard = CACHE.lock().map_err(|e| e.to_string())?;
let memo = guard.get_or_insert_with(HashMap::new);
Ok(Some(fib(n as u64, memo) as i64))
