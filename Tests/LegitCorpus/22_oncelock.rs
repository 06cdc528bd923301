//@ arg: code text
//@ returns: text
//@ strict
//@ call: "'de'"
//@ expect: German
use std::collections::HashMap;
use std::sync::OnceLock;

static LANGS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
const DEFAULT: &str = "unknown";

fn langs() -> &'static HashMap<&'static str, &'static str> {
    LANGS.get_or_init(|| {
        let mut m = HashMap::new();
        m.insert("en", "English");
        m.insert("de", "German");
        m.insert("fr", "French");
        m
    })
}
Ok(Some(langs().get(code).copied().unwrap_or(DEFAULT).to_string()))
