//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'aaabccdddd'"
//@ expect: rle=a3b1c2d4 decoded_ok=true running=[1, 3, 6, 10] zipped=[(a, 1), (b, 2)] cyc=xyxyx flat=[1, 1, 2, 1, 2, 3] dedup=abcd
fn rle(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) { it.next(); n += 1; }
        out.push(c);
        out.push_str(&n.to_string());
    }
    out
}
fn unrle(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        let digits: String = chars.clone().take_while(|d| d.is_ascii_digit()).collect();
        for _ in 0..digits.len() { chars.next(); }
        out.extend(std::iter::repeat(c).take(digits.parse().unwrap_or(1)));
    }
    out
}
let encoded = rle(s);
let running: Vec<i32> = (1..=4).scan(0, |acc, x| { *acc += x; Some(*acc) }).collect();
let zipped: Vec<String> = "ab".chars().zip(1..).map(|(c, n)| format!("({}, {})", c, n)).collect();
let cyc: String = "xy".chars().cycle().take(5).collect();
let flat: Vec<i32> = (1..=3).flat_map(|n| 1..=n).collect();
let mut d: Vec<char> = s.chars().collect();
d.dedup();
Ok(Some(format!("rle={} decoded_ok={} running={:?} zipped=[{}] cyc={} flat={:?} dedup={}", encoded, unrle(&encoded) == s, running, zipped.join(", "), cyc, flat, d.into_iter().collect::<String>())))
