//@ arg: n integer
//@ returns: text
//@ strict
//@ call: 25
//@ expect: 25! = 15511210043330985984000000 | i64 overflow at 21 | wrapping=0 | pow=33554432 | isqrt=5
use std::num::Wrapping;
fn factorial(n: u32) -> Option<u128> { (1..=n as u128).try_fold(1u128, |acc, x| acc.checked_mul(x)) }
fn first_overflow() -> u32 {
    let mut acc: i64 = 1;
    for i in 1.. {
        match acc.checked_mul(i as i64) { Some(v) => acc = v, None => return i }
    }
    unreachable!()
}
let f = factorial(n as u32).ok_or_else(|| format!("{}! overflows u128", n))?;
let w = Wrapping(u8::MAX) + Wrapping(1);
let pow = 2i64.checked_pow(n as u32).ok_or("pow overflow")?;
let isqrt = (n as f64).sqrt().floor() as i64;
Ok(Some(format!("{}! = {} | i64 overflow at {} | wrapping={:?} | pow={} | isqrt={}", n, f, first_overflow(), w, pow, isqrt)))
