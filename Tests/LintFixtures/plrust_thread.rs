// Threads and what only threads use: spawned, renamed, from a
// macro; and what a single thread may use.
use std::thread as t;
use std::sync::mpsc::channel as pipe;
macro_rules! later {
    ($e:expr) => { std::thread::Builder::new().spawn(move || $e) };
}
let handle = t::spawn(|| 1);
let scoped = std::thread::scope(|s| s.spawn(|| 2).join());
let (tx, rx) = pipe::<i64>();
let worker = later!(3);
thread_local! { static COUNTER: std::cell::Cell<i64> = std::cell::Cell::new(0); }
std::thread::park();
t::sleep(std::time::Duration::from_millis(1));
let wait = std::sync::Condvar::new();
// Allowed: the current thread, its id, yielding, and the usual ways to keep state.
let me = std::thread::current().id();
std::thread::yield_now();
static STATE: std::sync::Mutex<i64> = std::sync::Mutex::new(0);
static ONCE: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
let spawn = |n: i64| n;
Ok(Some(*STATE.lock().unwrap() + ONCE.get_or_init(|| 1) + spawn(1)))
