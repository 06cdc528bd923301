async fn fetch() -> i64 { 1 }
let block = async { 1 };
let closure = async move |x: i64| x;
let r#async = "async fn is text";
Ok(Some(r#async.len() as i64))
