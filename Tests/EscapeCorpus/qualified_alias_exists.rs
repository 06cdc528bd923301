type P = std::path::Path;
Ok(Some(<P>::exists(P::new("/etc/shadow")) as i64))
