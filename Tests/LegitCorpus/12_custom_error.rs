//@ arg: s text
//@ returns: bigint
//@ strict
//@ call: "'12,x,4'"
//@ expect: error: bad number "x" at position 2
use std::fmt;
use std::error::Error;

#[derive(Debug)]
enum ParseListError {
    Empty,
    BadNumber { pos: usize, text: String },
}

impl fmt::Display for ParseListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseListError::Empty => write!(f, "empty list"),
            ParseListError::BadNumber { pos, text } => write!(f, "bad number {:?} at position {}", text, pos),
        }
    }
}

impl Error for ParseListError {}

fn parse_list(s: &str) -> Result<Vec<i64>, ParseListError> {
    if s.trim().is_empty() {
        return Err(ParseListError::Empty);
    }
    s.split(',')
        .enumerate()
        .map(|(i, p)| {
            p.trim().parse::<i64>().map_err(|_| ParseListError::BadNumber { pos: i + 1, text: p.to_string() })
        })
        .collect()
}

let v = parse_list(s)?;
Ok(Some(v.iter().sum()))
