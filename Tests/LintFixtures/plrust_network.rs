let s = std::net::TcpStream::connect("169.254.169.254:80")?;
use std::net::*;
let u = UdpSocket::bind("0.0.0.0:0")?;
let net = 10;
Ok(Some(net))
