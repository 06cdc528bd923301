//@ arg: xs bigint[]
//@ returns: text
//@ strict
//@ call: "'{5,3,8,1,9,2,7}'"
//@ expect: inc=3 chunks=[16, 12, 7] max3=[8, 8, 9, 9, 9] sorted=[1, 2, 3, 5, 7, 8, 9] pos9=Ok(6) pos4=Err(3) first=5 last=7 mid=[8, 1, 9]
let v: Vec<i64> = xs.iter().flatten().collect();
let increases = v.windows(2).filter(|w| w[1] > w[0]).count();
let chunk_sums: Vec<i64> = v.chunks(3).map(|c| c.iter().sum()).collect();
let max3: Vec<i64> = v.windows(3).map(|w| *w.iter().max().unwrap()).collect();
let mut sorted = v.clone();
sorted.sort_unstable();
let pos9 = sorted.binary_search(&9);
let pos4 = sorted.binary_search(&4);
let (first, rest) = v.split_first().ok_or("empty")?;
let last = rest.last().copied().unwrap_or(*first);
let mid = &v[2..5];
Ok(Some(format!("inc={} chunks={:?} max3={:?} sorted={:?} pos9={:?} pos4={:?} first={} last={} mid={:?}", increases, chunk_sums, max3, sorted, pos9, pos4, first, last, mid)))
