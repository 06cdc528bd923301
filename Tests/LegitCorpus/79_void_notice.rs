//@ arg: msg text
//@ returns: void
//@ strict
//@ call: "'hi'"
//@ expect: NULL
//@ expect: NOTICE:  got hi
//@ expect: INFO:  length 2
//@ expect: WARNING:  this is a warning about "hi"
//@ expect: DEBUG1:  not shown by default
// a void function that only logs, PL/Rust-style
notice!("got {}", msg);
info!("length {}", msg.len());
warning!("this is a warning about {:?}", msg);
debug1!("not shown by default");
Ok(Some(()))
