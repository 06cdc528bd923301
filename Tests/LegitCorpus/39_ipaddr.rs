//@ arg: addr text
//@ returns: text
//@ strict
//@ call: "'192.168.10.5'"
//@ expect: v4 private=true loopback=false net=192.168.10.0/24 octets=[192, 168, 10, 5] v6=::ffff:192.168.10.5 sock=192.168.10.5:5432
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
let ip: IpAddr = addr.trim().parse()?;
let out = match ip {
    IpAddr::V4(v4) => {
        let o = v4.octets();
        let net = Ipv4Addr::new(o[0], o[1], o[2], 0);
        let sock = SocketAddr::new(ip, 5432);
        format!("v4 private={} loopback={} net={}/24 octets={:?} v6={} sock={}", v4.is_private(), v4.is_loopback(), net, o, v4.to_ipv6_mapped(), sock)
    }
    IpAddr::V6(v6) => format!("v6 {}", v6.segments().len()),
};
Ok(Some(out))
