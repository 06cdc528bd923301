//@ arg: events text
//@ returns: text
//@ strict
//@ call: "'start pause resume stop'"
//@ expect: Idle -> Running -> Paused -> Running -> Stopped
use std::str::FromStr;
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State { Idle, Running, Paused, Stopped }
#[derive(Debug, Clone, Copy)]
enum Event { Start, Pause, Resume, Stop }
impl FromStr for Event {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "start" => Ok(Event::Start),
            "pause" => Ok(Event::Pause),
            "resume" => Ok(Event::Resume),
            "stop" => Ok(Event::Stop),
            other => Err(format!("unknown event {:?}", other)),
        }
    }
}
impl State {
    fn next(self, e: Event) -> Result<State, String> {
        use State::*;
        match (self, e) {
            (Idle, Event::Start) => Ok(Running),
            (Running, Event::Pause) => Ok(Paused),
            (Paused, Event::Resume) => Ok(Running),
            (Running | Paused, Event::Stop) => Ok(Stopped),
            (s, e) => Err(format!("cannot {:?} while {:?}", e, s)),
        }
    }
}
let mut state = State::Idle;
let mut trail = vec![format!("{:?}", state)];
for word in events.split_whitespace() {
    let e: Event = word.parse()?;
    state = state.next(e)?;
    trail.push(format!("{:?}", state));
}
Ok(Some(trail.join(" -> ")))
