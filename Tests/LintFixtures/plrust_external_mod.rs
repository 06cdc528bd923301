mod bar;
#[path = "/sneaky/path/to/something"]
mod baz;
mod inline {
    pub fn one() -> i64 { 1 }
}
Ok(Some(inline::one()))
