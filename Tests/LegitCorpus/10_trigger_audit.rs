//@ returns: trigger
//@ call: --event insert --column 'id bigint' --column 'email text' --column 'updated_count integer' --new 7 --new "'  Bob@Example.COM '" --new NULL --table users --trigger-arg strict
//@ expect: id | email | updated_count
//@ expect: 7 | bob@example.com | 1
//@ expect: NOTICE:  inserted into public.users
// normalise an email column, bump a counter, reject bad rows
let mut row = match trigger.new() {
    Some(r) => r,
    None => return Ok(trigger.old()),
};
let strict = trigger.extra_args().iter().any(|a| a == "strict");
if let Some(email) = row.get_by_name::<String>("email")? {
    let normalised = email.trim().to_lowercase();
    if strict && !normalised.contains('@') {
        return Err(format!("{}: invalid email {:?}", trigger.table_name(), normalised).into());
    }
    row.set_by_name("email", normalised)?;
}
let count = row.get_by_name::<i32>("updated_count")?.unwrap_or(0);
row.set_by_name("updated_count", count + 1)?;
match trigger.op()? {
    INSERT => notice!("inserted into {}.{}", trigger.table_schema(), trigger.table_name()),
    UPDATE => notice!("updated"),
    _ => {}
}
Ok(Some(row))
