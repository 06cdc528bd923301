//@ returns: trigger
//@ call: --event delete --column 'id bigint' --old 5 --when before --level row
//@ expect: id
//@ expect: 5
// refuse deletes of protected ids, but let others through (return OLD)
use std::error::Error;
let when = trigger.when()?;
let level = trigger.level()?;
if level != PgTriggerLevel::Row || when != PgTriggerWhen::Before {
    return Ok(None);
}
let old = trigger.old().ok_or("no OLD row")?;
let id: i64 = old.get_by_name("id")?.unwrap_or_default();
if id < 0 {
    let e: Box<dyn Error + Send + Sync> = format!("id {} is protected", id).into();
    return Err(e);
}
Ok(Some(old))
