//@ arg: kind text
//@ returns: text
//@ strict
//@ call: "'all'"
//@ expect: Dog says woof; Cat says meow; Cow says moo | 3 animals | loudest=Cow
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> &'static str;
    fn volume(&self) -> u8 { 1 }
    fn speak(&self) -> String { format!("{} says {}", self.name(), self.sound()) }
}
struct Dog; struct Cat; struct Cow { weight: u32 }
impl Animal for Dog { fn name(&self) -> String { "Dog".into() } fn sound(&self) -> &'static str { "woof" } fn volume(&self) -> u8 { 5 } }
impl Animal for Cat { fn name(&self) -> String { "Cat".into() } fn sound(&self) -> &'static str { "meow" } }
impl Animal for Cow { fn name(&self) -> String { "Cow".into() } fn sound(&self) -> &'static str { "moo" } fn volume(&self) -> u8 { (self.weight / 100) as u8 } }
fn make(kind: &str) -> Vec<Box<dyn Animal>> {
    match kind {
        "dog" => vec![Box::new(Dog)],
        _ => vec![Box::new(Dog), Box::new(Cat), Box::new(Cow { weight: 700 })],
    }
}
fn loudest(zoo: &[Box<dyn Animal>]) -> Option<&dyn Animal> { zoo.iter().max_by_key(|a| a.volume()).map(|b| b.as_ref()) }
let zoo = make(kind);
let talk: Vec<String> = zoo.iter().map(|a| a.speak()).collect();
let display: Vec<&dyn std::fmt::Display> = vec![&1, &"x"];
Ok(Some(format!("{} | {} animals | loudest={}{}", talk.join("; "), zoo.len(), loudest(&zoo).map(|a| a.name()).unwrap_or_default(), if display.len() == 2 { "" } else { "?" })))
