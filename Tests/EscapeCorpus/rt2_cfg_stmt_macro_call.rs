macro_rules! m { () => { mod std {} } } #[cfg(any())] m!();
let s = std::fs::read_to_string("/etc/hostname")?;
Ok(Some(s))
