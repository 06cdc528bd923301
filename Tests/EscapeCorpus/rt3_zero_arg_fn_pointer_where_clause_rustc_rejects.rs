fn mk<'a, 'b, T>() -> impl Fn(&'b T) -> &'a T where 'b: 'a { |x| x }
fn launder<'x>(v: &'x String) -> &'static String {
    let p: std::cell::LazyCell<_> = std::cell::LazyCell::new(mk::<'static, 'x, String>);
    (p)(v)
}
fn main() { let s = launder(&String::from("x")); println!("{}", s); }
