//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'alpha beta gamma delta'"
//@ expect: alpha|alpha|beta gamma delta
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if b.len() > a.len() { b } else { a } }
struct Words<'t> { text: &'t str }
impl<'t> Words<'t> {
    fn first(&self) -> Option<&'t str> { self.text.split_whitespace().next() }
    fn rest(&self) -> &'t str {
        match self.text.find(' ') { Some(i) => &self.text[i + 1..], None => "" }
    }
    fn longest_word(&self) -> &'t str {
        self.text.split_whitespace().fold("", |acc, w| longest(acc, w))
    }
}
fn pick<'a, 'b: 'a>(x: &'a str, _y: &'b str) -> &'a str { x }
let w = Words { text: s };
Ok(Some(format!("{}|{}|{}", pick(w.longest_word(), s), w.first().unwrap_or(""), w.rest())))
