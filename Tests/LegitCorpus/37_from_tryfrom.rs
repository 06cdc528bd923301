//@ arg: code integer
//@ returns: text
//@ strict
//@ call: 404
//@ expect: NotFound (404) -> 404; celsius 100 = 212°F; bad: error 999 is not a known status
use std::convert::TryFrom;
use std::fmt;
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status { Ok, NotFound, ServerError }
#[derive(Debug)]
struct UnknownStatus(i32);
impl fmt::Display for UnknownStatus { fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "error {} is not a known status", self.0) } }
impl std::error::Error for UnknownStatus {}
impl TryFrom<i32> for Status {
    type Error = UnknownStatus;
    fn try_from(v: i32) -> Result<Self, Self::Error> {
        match v { 200 => Ok(Status::Ok), 404 => Ok(Status::NotFound), 500 => Ok(Status::ServerError), n => Err(UnknownStatus(n)) }
    }
}
impl From<Status> for i32 {
    fn from(s: Status) -> i32 { match s { Status::Ok => 200, Status::NotFound => 404, Status::ServerError => 500 } }
}
struct Celsius(f64);
struct Fahrenheit(f64);
impl From<Celsius> for Fahrenheit { fn from(c: Celsius) -> Self { Fahrenheit(c.0 * 9.0 / 5.0 + 32.0) } }
let s = Status::try_from(code)?;
let back: i32 = s.into();
let f: Fahrenheit = Celsius(100.0).into();
let bad = Status::try_from(999).unwrap_err();
let small = u8::try_from(300i32).is_err();
assert!(small);
Ok(Some(format!("{:?} ({}) -> {}; celsius 100 = {}°F; bad: {}", s, code, back, f.0, bad)))
