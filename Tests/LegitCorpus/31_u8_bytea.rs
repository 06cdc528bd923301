//@ arg: data bytea
//@ returns: bytea
//@ strict
//@ call: "'\\x0102ff'"
//@ expect: \x0104fe56
// XOR checksum appended, each byte doubled with wrapping arithmetic
let mut out: Vec<u8> = data.iter().map(|b| b.wrapping_mul(2)).collect();
out[0] = out[0].saturating_sub(1);
let checksum = data.iter().fold(0u8, |acc, b| acc ^ b) ^ 0xaa;
out.push(checksum);
Ok(Some(out))
