//@ arg: p text
//@ returns: text
//@ strict
//@ call: "'/data/reports/2024/summary.final.csv'"
//@ expect: file=summary.final.csv stem=summary.final ext=csv parent=/data/reports/2024 depth=5 joined=/data/reports/2024/x.txt epoch_ok=true
// pure path-string manipulation (no disk access) and the wall clock
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
let path = Path::new(p);
let file = path.file_name().and_then(|s| s.to_str()).unwrap_or("");
let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
let ext = path.extension().and_then(|s| s.to_str()).unwrap_or("");
let parent = path.parent().map(|p| p.display().to_string()).unwrap_or_default();
let depth = path.components().count();
let joined: PathBuf = path.with_file_name("x.txt");
let secs = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
Ok(Some(format!("file={} stem={} ext={} parent={} depth={} joined={} epoch_ok={}", file, stem, ext, parent, depth, joined.display(), secs > 1_600_000_000)))
