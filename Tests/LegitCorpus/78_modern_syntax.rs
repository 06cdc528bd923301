//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'width=12'"
//@ expect: key=width value=12 doubled=24 label=big
// let-else, captured identifiers in format strings, `@` bindings, or-patterns
let Some((key, raw)) = s.split_once('=') else {
    return Err(format!("expected key=value, got {s:?}").into());
};
let Ok(value) = raw.trim().parse::<i64>() else {
    return Ok(None);
};
let doubled = value * 2;
let label = match value {
    0 => "zero",
    n @ 1..=9 if n % 2 == 0 => "small even",
    1..=9 => "small",
    10 | 11 | 12 => "big",
    _ => "huge",
};
Ok(Some(format!("key={key} value={value} doubled={doubled} label={label}")))
