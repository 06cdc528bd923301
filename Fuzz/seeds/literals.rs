let s = r#"raw "string" }"#;
let b = b'\x7f';
let c = '}';
let bs = br##"#"##;
let cs = c"nul";
let n = 0x_FF_u8 as f64 + 1e-3_f64 + 1_000.0;
let t = (1, (2, 3)).1.0;
/* nested /* block */ comment } */
Ok(Some(s.len() as i64))
