// By-value array patterns of a place the same function borrows through an
// index; other places, `ref` bindings and reads by index are fine.
let arr = [String::from("a"), String::from("b")];
let i = 1;
let r = &arr[i];
let [first, ..] = arr;
fn split(mut items: [Vec<u8>; 2], k: usize) -> usize {
    let slot = &mut items[k];
    slot.push(1);
    match items { [head, rest @ ..] => head.len() + rest.len() }
}
// Allowed:
let other = [String::from("c"), String::from("d")];
let [ref c0, ..] = other;
let also = &other[1];
let nums = [1i64, 2, 3];
let [n0, n1, _] = nums;
let total = n0 + n1 + nums[2];
Ok(Some(format!("{}{}{}{}{}", first, r, c0, also, total + split([vec![], vec![]], 0) as i64)))
