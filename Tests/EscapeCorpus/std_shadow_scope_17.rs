mod m { pub mod std { pub use ::std::*; } } use m::*;
Ok(Some(std::fs::read_to_string("/etc/hostname")?))
