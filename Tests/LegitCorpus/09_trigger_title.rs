//@ returns: trigger
//@ call: --event update --column 'id bigint' --column 'title text' --new 1 --new "'Dune'" --old 1 --old "'dune'"
//@ expect: id | title
//@ expect: 1 | Dune (modified, Update)
// From the PL/Rust trigger docs: append "(modified)" to the title
let tg_op = trigger.op()?;
let _old = trigger.old();
let mut new = trigger.new().unwrap().into_owned();
let field = "title";
match new.get_by_name::<String>(field)? {
    Some(s) => new.set_by_name(field, format!("{} (modified, {:?})", s, tg_op))?,
    None => (),
}
Ok(Some(new))
