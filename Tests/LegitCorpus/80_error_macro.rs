//@ arg: qty integer
//@ returns: integer
//@ strict
//@ call: -- -5
//@ expect: error: quantity must be positive, got -5
// PL/Rust's error! macro raises an SQL error
if qty <= 0 {
    error!("quantity must be positive, got {}", qty);
}
Ok(Some(qty * 2))
