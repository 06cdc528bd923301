//@ arg: secs bigint
//@ returns: text
//@ strict
//@ call: 3725
//@ expect: 1h 2m 5s | plus 90s = 3815s | ms=3725000 | half=1862.5s | cmp=true | 1:02:05
use std::time::Duration;
let d = Duration::from_secs(secs as u64);
let total = d.as_secs();
let (h, m, s) = (total / 3600, (total % 3600) / 60, total % 60);
let later = d + Duration::from_secs(90);
let half = d / 2;
let cmp = d > Duration::from_millis(1000) && d.checked_sub(Duration::from_secs(10_000)).is_none();
let t0 = std::time::Instant::now();
let _elapsed = t0.elapsed();
Ok(Some(format!("{}h {}m {}s | plus 90s = {}s | ms={} | half={}s | cmp={} | {}:{:02}:{:02}", h, m, s, later.as_secs(), d.as_millis(), half.as_secs_f64(), cmp, h, m, s)))
