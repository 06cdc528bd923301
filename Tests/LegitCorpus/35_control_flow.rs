//@ arg: limit integer
//@ returns: text
//@ strict
//@ call: 30
//@ expect: primes=[2, 3, 5, 7, 11, 13, 17, 19, 23, 29] pair=(3, 4, 5) step=[0, 5, 10, 15] rev=[3, 2, 1] shadow=6 tuple=(1, "one", 1.5)
let mut primes = Vec::new();
'outer: for n in 2..=limit {
    for p in &primes {
        if p * p > n { break; }
        if n % p == 0 { continue 'outer; }
    }
    primes.push(n);
}
let mut triple = None;
'search: for a in 1..limit {
    for b in a..limit {
        for c in b..limit {
            if a * a + b * b == c * c { triple = Some((a, b, c)); break 'search; }
        }
    }
}
let step: Vec<i32> = (0..20).step_by(5).collect();
let rev: Vec<i32> = (1..=3).rev().collect();
let x = 5;
let x = x + 1;
let x = { let y = x; y };
let t: (i32, &str, f64) = (1, "one", 1.5);
let (ref _a, _b, _) = t;
let mut count = 0;
let v = loop { count += 1; if count == 3 { break count * 2; } };
assert!(v == 6, "loop value");
assert_eq!(x, 6);
debug_assert!(x > 0);
Ok(Some(format!("primes={:?} pair={:?} step={:?} rev={:?} shadow={} tuple={:?}", primes, triple.unwrap(), step, rev, x, t)))
