trait Foo<'a> {}
trait Bar<'a, T> { fn get(&self) -> &'a T; }
trait Fine { fn get<'b>(&'b self) -> &'b str; }
Ok(None)
