//@ arg: vals double precision[]
//@ returns: double precision
//@ strict
//@ call: "'{1.0,2.0,3.0,4.0,NULL}'"
//@ expect: 1.118033988749895
// population standard deviation of the non-null elements
let xs: Vec<f64> = vals.iter().flatten().collect();
if xs.is_empty() {
    return Ok(None);
}
let n = xs.len() as f64;
let mean = xs.iter().sum::<f64>() / n;
let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
Ok(Some(var.sqrt()))
