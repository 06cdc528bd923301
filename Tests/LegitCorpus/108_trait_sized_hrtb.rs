//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'12 x 7'"
//@ expect: [Some(12), None, Some(7)]
// a FromStr-like trait over borrowed input, used with a higher-ranked bound
trait ParseFrom<S>: Sized { fn parse_from(s: S) -> Option<Self>; }
impl<'s> ParseFrom<&'s str> for i64 { fn parse_from(s: &'s str) -> Option<i64> { s.parse().ok() } }
fn parse_words<T>(text: &str) -> Vec<Option<T>> where for<'a> T: ParseFrom<&'a str> {
    text.split_whitespace().map(T::parse_from).collect()
}
Ok(Some(format!("{:?}", parse_words::<i64>(s))))
