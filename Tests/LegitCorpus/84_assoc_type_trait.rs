//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'10,20,x,30'"
//@ expect: ints=[10, 20, 30] words=["10", "20", "x", "30"] first=Some(10)
// a trait with an associated type, and generic functions over it
trait Extract {
    type Output;
    fn extract(&self, field: &str) -> Option<Self::Output>;
}
struct Ints;
struct Words;
impl Extract for Ints { type Output = i64; fn extract(&self, f: &str) -> Option<i64> { f.trim().parse().ok() } }
impl Extract for Words { type Output = String; fn extract(&self, f: &str) -> Option<String> { Some(f.trim().to_string()) } }
fn extract_all<E: Extract>(e: &E, s: &str) -> Vec<E::Output> { s.split(',').filter_map(|f| e.extract(f)).collect() }
fn first_of<E>(e: &E, s: &str) -> Option<E::Output> where E: Extract { extract_all(e, s).into_iter().next() }
Ok(Some(format!("ints={:?} words={:?} first={:?}", extract_all(&Ints, s), extract_all(&Words, s), first_of(&Ints, s))))
