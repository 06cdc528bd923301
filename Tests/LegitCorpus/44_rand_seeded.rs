[dependencies]
rand = "0.8"
[code]
//@ arg: seed bigint
//@ returns: text
//@ strict
//@ call: 42
//@ expect: dice=[1, 4, 2, 4, 6] deck=[8, 2, 10, 9, 6, 5, 3, 4, 1, 7] f_in_range=true coin=false
use rand::{Rng, SeedableRng};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
let mut rng = StdRng::seed_from_u64(seed as u64);
let dice: Vec<u8> = (0..5).map(|_| rng.gen_range(1..=6)).collect();
let mut deck: Vec<u32> = (1..=10).collect();
deck.shuffle(&mut rng);
let f: f64 = rng.gen();
let coin = rng.gen_bool(0.5);
Ok(Some(format!("dice={:?} deck={:?} f_in_range={} coin={}", dice, deck, (0.0..1.0).contains(&f), coin)))
