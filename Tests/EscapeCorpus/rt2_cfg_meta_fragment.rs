macro_rules! m { ($a:meta) => { #[$a] mod std {} } } m!(cfg(any()));
let s = std::fs::read_to_string("/etc/hostname")?;
Ok(Some(s))
