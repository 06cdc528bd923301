trait SomeTrait {}
struct Foo;
impl SomeTrait for (&'static Foo, u8) {}
impl SomeTrait for Vec<&'static str> {}
struct MyType(&'static Foo, u8);
impl SomeTrait for MyType {}
impl<'a> SomeTrait for &'a Foo {}
Ok(None)
