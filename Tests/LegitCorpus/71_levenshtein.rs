//@ arg: a text
//@ arg: b text
//@ returns: integer
//@ strict
//@ call: "'kitten'" "'sitting'"
//@ expect: 3
// the classic edit distance, as in many PL/Rust examples
let a: Vec<char> = a.chars().collect();
let b: Vec<char> = b.chars().collect();
let mut dp = vec![vec![0usize; b.len() + 1]; a.len() + 1];
for i in 0..=a.len() { dp[i][0] = i; }
for j in 0..=b.len() { dp[0][j] = j; }
for i in 1..=a.len() {
    for j in 1..=b.len() {
        let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
        dp[i][j] = (dp[i - 1][j] + 1).min(dp[i][j - 1] + 1).min(dp[i - 1][j - 1] + cost);
    }
}
Ok(Some(dp[a.len()][b.len()] as i32))
