//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'alpha beta gamma delta'"
//@ expect: alpha..delta (2nd has 4 chars)
// slice patterns on a borrowed slice (match ergonomics: bindings are references)
fn describe(parts: &[&str]) -> String {
    match parts {
        [] => "empty".to_string(),
        [one] => one.to_string(),
        [first, .., last] => format!("{}..{} (2nd has {} chars)", first, last, parts[1].len()),
    }
}
let words: Vec<&str> = s.split_whitespace().collect();
Ok(Some(describe(&words)))
