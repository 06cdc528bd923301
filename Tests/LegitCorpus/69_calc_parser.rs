//@ arg: expr text
//@ returns: double precision
//@ strict
//@ call: "'2 * (3 + 4) - 10 / 4'"
//@ expect: 11.5
// a small recursive-descent calculator over Peekable<Chars>
use std::iter::Peekable;
use std::str::Chars;
struct Parser<'a> { it: Peekable<Chars<'a>> }
impl<'a> Parser<'a> {
    fn new(s: &'a str) -> Self { Parser { it: s.chars().peekable() } }
    fn skip_ws(&mut self) { while let Some(&c) = self.it.peek() { if c.is_whitespace() { self.it.next(); } else { break; } } }
    fn number(&mut self) -> Result<f64, String> {
        let mut s = String::new();
        while let Some(&c) = self.it.peek() {
            match c {
                d if d.is_ascii_digit() || d == '.' => { s.push(d); self.it.next(); }
                _ => break,
            }
        }
        s.parse().map_err(|_| format!("bad number {:?}", s))
    }
    fn atom(&mut self) -> Result<f64, String> {
        self.skip_ws();
        match self.it.peek().copied() {
            Some('(') => { self.it.next(); let v = self.expr()?; self.skip_ws(); if self.it.next() != Some(')') { return Err("expected )".into()); } Ok(v) }
            Some('-') => { self.it.next(); Ok(-self.atom()?) }
            Some(c) if c.is_ascii_digit() => self.number(),
            other => Err(format!("unexpected {:?}", other)),
        }
    }
    fn term(&mut self) -> Result<f64, String> {
        let mut v = self.atom()?;
        loop {
            self.skip_ws();
            match self.it.peek() {
                Some('*') => { self.it.next(); v *= self.atom()?; }
                Some('/') => { self.it.next(); let d = self.atom()?; if d == 0.0 { return Err("division by zero".into()); } v /= d; }
                _ => return Ok(v),
            }
        }
    }
    fn expr(&mut self) -> Result<f64, String> {
        let mut v = self.term()?;
        loop {
            self.skip_ws();
            match self.it.peek() {
                Some('+') => { self.it.next(); v += self.term()?; }
                Some('-') => { self.it.next(); v -= self.term()?; }
                _ => return Ok(v),
            }
        }
    }
}
let mut p = Parser::new(expr);
let v = p.expr()?;
p.skip_ws();
if let Some(c) = p.it.next() { return Err(format!("trailing {:?}", c).into()); }
Ok(Some(v))
