//@ arg: data bytea
//@ returns: text
//@ strict
//@ call: "'\\xdeadbeef'"
//@ expect: hex=deadbeef back_ok=true parsed=3735928559 fnv=0x277045760cdd0993 same_hash=true
use std::collections::hash_map::DefaultHasher;
use std::fmt::Write;
use std::hash::{Hash, Hasher};
fn to_hex(b: &[u8]) -> String { let mut s = String::with_capacity(b.len() * 2); for x in b { write!(s, "{:02x}", x).unwrap(); } s }
fn from_hex(s: &str) -> Result<Vec<u8>, std::num::ParseIntError> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16)).collect()
}
fn fnv1a(b: &[u8]) -> u64 { b.iter().fold(0xcbf29ce484222325u64, |h, &x| (h ^ x as u64).wrapping_mul(0x100000001b3)) }
fn hash_of<T: Hash>(t: &T) -> u64 { let mut h = DefaultHasher::new(); t.hash(&mut h); h.finish() }
let hex = to_hex(data);
let back = from_hex(&hex)?;
let parsed = u64::from_str_radix(&hex, 16)?;
Ok(Some(format!("hex={} back_ok={} parsed={} fnv={:#018x} same_hash={}", hex, back == data, parsed, fnv1a(data), hash_of(&back) == hash_of(&data.to_vec()))))
