struct W<'a, 'b>(Option<&'a &'b ()>);
fn mk<'a, 'b, T>() -> (W<'a, 'b>, impl Fn(&'b T) -> &'a T) { (W(None), |x| x) }
fn launder<'x>(v: &'x String) -> &'static String {
    let p: std::cell::LazyCell<_> = std::cell::LazyCell::new(mk::<'static, 'x, String>);
    (p.1)(v)
}
fn main() { let s = launder(&String::from("x")); println!("{}", s); }
