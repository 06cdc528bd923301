let mut text = String::new();
let _ = matches!((), () if { text = ::std::fs::read_to_string("/etc/hostname").unwrap_or_default(); true },);
Ok(Some(text))
