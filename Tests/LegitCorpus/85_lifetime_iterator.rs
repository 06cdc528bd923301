//@ arg: s text
//@ returns: TABLE (kind text, tok text)
//@ strict
//@ call: "'x1 = 42 + y'"
//@ expect: kind | tok
//@ expect: ident | x1
//@ expect: punct | =
//@ expect: number | 42
//@ expect: punct | +
//@ expect: ident | y
// a tokenizer that borrows from its input: impl<'a> Iterator for Tokens<'a>
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind { Ident, Number, Punct }
struct Tokens<'a> { src: &'a str, pos: usize }
impl<'a> Iterator for Tokens<'a> {
    type Item = (Kind, &'a str);
    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() { self.pos += 1; }
        let start = self.pos;
        let first = *bytes.get(start)?;
        let kind = match first {
            b'0'..=b'9' => Kind::Number,
            b if b.is_ascii_alphabetic() || b == b'_' => Kind::Ident,
            _ => Kind::Punct,
        };
        self.pos += 1;
        if kind != Kind::Punct {
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_alphanumeric() { self.pos += 1; }
        }
        Some((kind, &self.src[start..self.pos]))
    }
}
let rows = Tokens { src: s, pos: 0 }.map(|(k, t)| (Some(format!("{:?}", k).to_lowercase()), Some(t.to_string())));
Ok(Some(TableIterator::new(rows)))
