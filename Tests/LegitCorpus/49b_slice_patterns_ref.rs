//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'alpha beta gamma delta'"
//@ expect: alpha..delta (2nd has 4 chars)
// slice patterns on a borrowed slice (match ergonomics: bindings are references),
// plus a method call on an indexed element of the same slice
fn describe(parts: &[&str]) -> String {
    let second_len = if parts.len() > 1 { parts[1].len() } else { 0 };
    match parts {
        [] => "empty".to_string(),
        [one] => one.to_string(),
        [first, .., last] => format!("{}..{} (2nd has {} chars)", first, last, second_len),
    }
}
let words: Vec<&str> = s.split_whitespace().collect();
Ok(Some(describe(&words)))
