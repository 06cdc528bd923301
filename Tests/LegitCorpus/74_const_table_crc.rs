//@ arg: s text
//@ returns: bigint
//@ strict
//@ call: "'123456789'"
//@ expect: 3421780262
// CRC-32 with a lookup table computed by a const fn
const fn make_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB88320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}
static TABLE: [u32; 256] = make_table();
const INIT: u32 = !0;
let crc = s.bytes().fold(INIT, |c, b| TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8)) ^ INIT;
Ok(Some(crc as i64))
