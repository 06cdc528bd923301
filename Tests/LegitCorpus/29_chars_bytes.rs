//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'Hello, World! 123'"
//@ expect: Uryyb, Jbeyq! 123|vowels=3|digits=6|caps=2|words=3|title=Hello, World! 123|bytesum=1311
// ROT13 and friends
fn rot13(c: char) -> char {
    match c {
        'a'..='z' => (((c as u8 - b'a' + 13) % 26) + b'a') as char,
        'A'..='Z' => (((c as u8 - b'A' + 13) % 26) + b'A') as char,
        _ => c,
    }
}
let rot: String = s.chars().map(rot13).collect();
let vowels = s.chars().filter(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')).count();
let digit_sum: u32 = s.chars().filter_map(|c| c.to_digit(10)).sum();
let caps = s.bytes().filter(u8::is_ascii_uppercase).count();
let words = s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).count();
let title: String = s
    .split(' ')
    .map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
            None => String::new(),
        }
    })
    .collect::<Vec<_>>()
    .join(" ");
let bytesum: u32 = s.bytes().map(u32::from).sum();
Ok(Some(format!("{}|vowels={}|digits={}|caps={}|words={}|title={}|bytesum={}", rot, vowels, digit_sum, caps, words, title, bytesum)))
