let v: Vec<bool> = ["/etc/shadow"].iter().map(std::path::Path::new).map(<std::path::Path>::is_file).collect();
Ok(Some(v[0] as i64))
