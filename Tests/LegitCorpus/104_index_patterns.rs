//@ arg: hex text
//@ returns: text
//@ strict
//@ call: "'#ff8000'"
//@ expect: rgb(255, 128, 0) luminance=151.38 first=255 swapped=[0, 128, 255]
// destructuring a [u8; 3] and reading it by index in the same function (Copy elements)
fn parse(hex: &str) -> Result<[u8; 3], String> {
    let h = hex.trim_start_matches('#');
    if h.len() != 6 { return Err(format!("bad colour {:?}", hex)); }
    let mut out = [0u8; 3];
    for i in 0..3 { out[i] = u8::from_str_radix(&h[2 * i..2 * i + 2], 16).map_err(|e| e.to_string())?; }
    Ok(out)
}
let rgb = parse(hex)?;
let [r, g, b] = rgb;
let lum = 0.299 * r as f64 + 0.587 * g as f64 + 0.114 * b as f64;
let first = rgb[0].to_string();
let mut swapped = rgb;
swapped.swap(0, 2);
Ok(Some(format!("rgb({}, {}, {}) luminance={:.2} first={} swapped={:?}", r, g, b, lum, first, swapped)))
