//@ arg: w text
//@ returns: boolean
//@ strict
//@ call: "'the'"
//@ expect: t
// std::sync::LazyLock (stable since 1.80) holding a stop-word set
use std::collections::HashSet;
use std::sync::LazyLock;
static STOP_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| ["a", "an", "the", "of"].into_iter().collect());
Ok(Some(STOP_WORDS.contains(w.to_lowercase().as_str())))
