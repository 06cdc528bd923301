//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'Hello World'"
//@ expect: hello world
Ok(Some(s.to_lowercase()))
