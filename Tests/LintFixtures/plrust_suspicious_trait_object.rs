trait SomeTrait {}
fn foo<T: ?Sized>() {}
foo::<dyn SomeTrait>();
struct SomeStruct<T: ?Sized = dyn SomeTrait>(Box<T>);
type Hidden = dyn SomeTrait;
type AlsoHidden = Hidden;
foo::<AlsoHidden>();
let fine: Box<dyn SomeTrait>;
let v = Vec::<u8>::new();
Ok(Some(v.len() as i64))
