//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'Hello, World'"
//@ expect: dlroW ,olleH|HELLO, WORLD|3
mod text {
    pub(crate) fn reverse(s: &str) -> String { s.chars().rev().collect() }
    pub mod case {
        use super::*;
        pub fn upper_reversed_twice(s: &str) -> String { reverse(&reverse(s)).to_uppercase() }
        pub(super) fn helper() -> usize { 1 }
        pub(crate) fn vowel_count(s: &str) -> usize {
            s.chars().filter(|c| "aeiouAEIOU".contains(*c)).count() * helper()
        }
    }
    pub(crate) use self::case::vowel_count;
}
use text::case;
Ok(Some(format!("{}|{}|{}", text::reverse(s), case::upper_reversed_twice(s), text::vowel_count(s))))
