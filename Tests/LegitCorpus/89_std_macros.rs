//@ arg: x integer
//@ returns: text
//@ strict
//@ call: 3
//@ expect: name=x*2 concat=ab1 linux=true line_ok=true todo_free=6
let name = stringify!(x * 2);
let c = concat!("a", "b", 1);
let linux = cfg!(target_os = "linux");
let line = line!();
let col = column!();
let _module = module_path!();
fn maybe(n: i32) -> i32 { if n > 100 { unimplemented!("big") } else if n < -100 { todo!() } else { n * 2 } }
Ok(Some(format!("name={} concat={} linux={} line_ok={} todo_free={}", name.replace(' ', ""), c, linux, line > 0 && col > 0, maybe(x))))
