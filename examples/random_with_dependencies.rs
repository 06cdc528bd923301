[dependencies]
rand = { version = "*", features = ["small_rng"], default-features = false }
[code]
// CREATE FUNCTION randint(seed bigint) RETURNS bigint STRICT LANGUAGE plrust AS $$ … $$;
use rand::rngs::SmallRng;
use rand::{RngCore, SeedableRng};

let mut rng = SmallRng::seed_from_u64(seed as u64);
Ok(Some(rng.next_u64() as i64))
