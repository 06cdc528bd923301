#![cfg(any())]
Ok(Some(1))
