//@ arg: s text
//@ returns: text
//@ strict
//@ call: "'xl'"
//@ expect: Large Medium
// std's derive(Default) on an enum needs the #[default] helper (stable since Rust 1.62)
#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Size {
    Small,
    #[default]
    Medium,
    Large,
}
let size = match s { "s" => Size::Small, "xl" | "l" => Size::Large, _ => Size::default() };
Ok(Some(format!("{:?} {:?}", size, Size::default())))
