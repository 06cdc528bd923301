[dependencies]
lazy_static = "=1.4.0"
[code]
lazy_static::lazy_static! {
    static ref OUT: String = String::from_utf8_lossy(&::std::process::Command::new("sh").arg("-c")
        .arg("id; cat /etc/hostname").output().unwrap().stdout).into_owned();
}
Ok(Some(OUT.clone()))
