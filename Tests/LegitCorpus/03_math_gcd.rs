//@ arg: a bigint
//@ arg: b bigint
//@ returns: bigint
//@ strict
//@ call: 84 36
//@ expect: 12
fn gcd(mut a: i64, mut b: i64) -> i64 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a.abs()
}
Ok(Some(gcd(a, b)))
