//! Sockets: the calls seen in ordinary program startup (socket, connect, bind ...) with
//! `struct sockaddr` for AF_UNIX, AF_INET and AF_INET6. The full network family is a later issue.

use super::{Ctx, Value, flags};
use crate::xlat::flags as fl;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("socket", socket),
    ("connect", addr_in),
    ("bind", addr_in),
    ("getsockname", addr_out),
    ("getpeername", addr_out),
];

fn socket(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let domain = c.args[0] as u32 as u64;
    let d = c.sym(0, fl::SOCKET_DOMAINS, "AF_???");
    c.push(d);
    let raw = c.args[1] as u32 as u64;
    let mut f = flags(fl::SOCK_TYPE_FLAGS, raw & !0xf);
    match crate::xlat::name_of(fl::SOCKET_TYPES, raw & 0xf) {
        Some(n) => f.names.insert(0, n),
        None => f.rest |= raw & 0xf,
    }
    c.push(Value::Flags(f));
    let proto = c.args[2] as u32;
    let p = match (domain as i32, proto) {
        (libc::AF_INET | libc::AF_INET6, 0) => Value::Sym("IPPROTO_IP", 0),
        (libc::AF_INET | libc::AF_INET6, 6) => Value::Sym("IPPROTO_TCP", 6),
        (libc::AF_INET | libc::AF_INET6, 17) => Value::Sym("IPPROTO_UDP", 17),
        (libc::AF_INET | libc::AF_INET6, 1) => Value::Sym("IPPROTO_ICMP", 1),
        (libc::AF_INET6, 58) => Value::Sym("IPPROTO_ICMPV6", 58),
        (libc::AF_NETLINK, 0) => Value::Sym("NETLINK_ROUTE", 0),
        _ => Value::Uint(proto as u64),
    };
    c.push(p);
}

/// Decode `len` bytes of a sockaddr at `addr`.
pub fn sockaddr(c: &Ctx, addr: u64, len: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let len = len.min(128) as usize;
    if len < 2 {
        return Value::Ptr(addr);
    }
    let mut b = vec![0u8; len];
    if !c.mem.read_exact(addr, &mut b) {
        return Value::Ptr(addr);
    }
    let family = u16::from_le_bytes([b[0], b[1]]) as u64;
    let fam = super::sym(fl::SOCKET_DOMAINS, family, "AF_???");
    let mut f: Vec<(&'static str, Value)> = vec![("sa_family", fam)];
    match family as i32 {
        libc::AF_UNIX => {
            let path = &b[2..];
            if len > 2 {
                if path[0] == 0 && len > 3 {
                    // Abstract socket: printed with a leading @.
                    let name = path[1..].to_vec();
                    let mut s = String::from("@");
                    crate::output::text::quote(
                        &mut s,
                        &super::QStr {
                            bytes: name,
                            truncated: false,
                            force_hex: false,
                        },
                        Default::default(),
                    );
                    f.push(("sun_path", Value::Expr(s)));
                } else {
                    let end = path.iter().position(|&x| x == 0).unwrap_or(path.len());
                    f.push(("sun_path", Value::str(path[..end].to_vec(), false)));
                }
            }
        }
        libc::AF_INET if len >= 8 => {
            let port = u16::from_be_bytes([b[2], b[3]]);
            let ip = std::net::Ipv4Addr::new(b[4], b[5], b[6], b[7]);
            f.push(("sin_port", Value::Expr(format!("htons({port})"))));
            f.push(("sin_addr", Value::Expr(format!("inet_addr(\"{ip}\")"))));
        }
        libc::AF_INET6 if len >= 24 => {
            let port = u16::from_be_bytes([b[2], b[3]]);
            let flow = u32::from_be_bytes([b[4], b[5], b[6], b[7]]);
            let mut a = [0u8; 16];
            a.copy_from_slice(&b[8..24]);
            let ip = std::net::Ipv6Addr::from(a);
            f.push(("sin6_port", Value::Expr(format!("htons({port})"))));
            f.push(("sin6_flowinfo", Value::Expr(format!("htonl({flow})"))));
            f.push((
                "",
                Value::Expr(format!("inet_pton(AF_INET6, \"{ip}\", &sin6_addr)")),
            ));
            if len >= 28 {
                let scope = u32::from_le_bytes([b[24], b[25], b[26], b[27]]);
                f.push(("sin6_scope_id", Value::Uint(scope as u64)));
            }
        }
        _ => {
            let data = b[2..].to_vec();
            f.push(("sa_data", Value::str(data, false)));
        }
    }
    Value::Struct(f, false)
}

fn addr_in(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let fd = c.fd(0);
    c.push(fd);
    let a = sockaddr(c, c.args[1], c.args[2] as u32 as u64);
    c.push(a);
    let l = c.uint(2);
    c.push(l);
}

fn addr_out(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.defer();
        return;
    }
    let len = super::read_array::<4>(c.mem, c.args[2]).map(u32::from_le_bytes);
    let a = match len {
        Some(l) if !c.failed() => sockaddr(c, c.args[1], l as u64),
        _ => c.ptr(1),
    };
    c.push(a);
    let l = match len {
        Some(l) => Value::Array(vec![Value::Uint(l as u64)], false),
        None => c.ptr(2),
    };
    c.push(l);
}

#[cfg(test)]
mod tests {
    use super::super::testmem::FakeMem;
    use super::super::{DecodeOpts, Ret};
    use super::*;
    use crate::output::text::{TextOpts, render};

    #[test]
    fn sockaddrs() {
        let mut un = vec![1u8, 0];
        un.extend_from_slice(b"/var/run/nscd/socket\0");
        un.resize(110, 0);
        let mut inet = vec![2u8, 0, 0, 80, 127, 0, 0, 1];
        inet.extend_from_slice(&[0; 8]);
        let m = FakeMem::default().with(0x1000, &un).with(0x2000, &inet);
        let opts = DecodeOpts {
            strsize: 32,
            verbose: false,
        };
        let mut out = Vec::new();
        let c = Ctx {
            mem: &m,
            opts: &opts,
            args: [0; 6],
            sp: 0,
            exiting: false,
            rval: 0,
            out: &mut out,
            more: false,
            ret: Ret::Dec,
        };
        let mut s = String::new();
        render(&mut s, &sockaddr(&c, 0x1000, 110), TextOpts::default());
        assert_eq!(s, r#"{sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}"#);
        s.clear();
        render(&mut s, &sockaddr(&c, 0x2000, 16), TextOpts::default());
        assert_eq!(
            s,
            r#"{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}"#
        );
    }
}
