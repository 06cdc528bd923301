//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'x'"
//@ expect: {"name": "x", "len": 1, "ok": true} max=9
macro_rules! json_obj {
    ($($key:literal : $val:expr),* $(,)?) => {{
        let mut parts: Vec<String> = Vec::new();
        $( parts.push(format!("\"{}\": {}", $key, $val)); )*
        format!("{{{}}}", parts.join(", "))
    }};
}
macro_rules! max {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{ let a = $x; let b = max!($($rest),+); if a > b { a } else { b } }};
}
macro_rules! quoted { ($e:expr) => { format!("{:?}", $e) } }
let j = json_obj!("name": quoted!(s), "len": s.len(), "ok": !s.is_empty(),);
Ok(Some(format!("{} max={}", j, max!(3, 9, 2))))
