struct S; impl S { fn f() { mod std {} } }
Ok(Some(std::fs::read_to_string("/etc/hostname")?))
