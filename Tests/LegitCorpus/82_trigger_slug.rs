//@ returns: trigger
//@ call: --event insert --column 'id bigint' --column 'title text' --column 'slug text' --column 'secret text' --column 'tags text[]' --new 1 --new "'Hello, World! Rust & PG'" --new NULL --new "'pw'" --new "'{b,a,b}'"
//@ expect: id | title | slug | secret | tags
//@ expect: 1 | Hello, World! Rust & PG | hello-world-rust-pg | NULL | {a,b}
// derive a slug from the title, clear a column, normalise a text[] column
fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() { out.push(c.to_ascii_lowercase()); dash = false; }
        else if !dash && !out.is_empty() { out.push('-'); dash = true; }
    }
    out.trim_end_matches('-').to_string()
}
let mut new = trigger.new().ok_or("trigger needs NEW")?;
if let Some(title) = new.get_by_name::<String>("title")? {
    if new.get_by_name::<String>("slug")?.is_none() {
        new.set_by_name("slug", slugify(&title))?;
    }
}
new.set_null_by_name("secret")?;
if let Some(mut tags) = new.get_by_name::<Vec<Option<String>>>("tags")? {
    tags.sort();
    tags.dedup();
    new.set_by_name("tags", tags)?;
}
Ok(Some(new))
