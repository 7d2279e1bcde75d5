//! Sockets: socket/socketpair/bind/connect/listen/accept, send/recv (plain, msghdr and
//! mmsghdr vectors), socket options and `struct sockaddr` for the common families.

use super::{Ctx, Value, array_of, flags, read_array, sym, u16_at, u32_at, u64_at};
use crate::xlat::flags as fl;
use crate::xlat::netipc as nx;
use std::cell::RefCell;
use std::collections::HashMap;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("socket", socket),
    ("socketpair", socketpair),
    ("connect", addr_in),
    ("bind", addr_in),
    ("listen", listen),
    ("accept", accept),
    ("accept4", accept4),
    ("getsockname", addr_out),
    ("getpeername", addr_out),
    ("shutdown", shutdown),
    ("sendto", sendto),
    ("recvfrom", recvfrom),
    ("sendmsg", sendmsg),
    ("recvmsg", recvmsg),
    ("sendmmsg", sendmmsg),
    ("recvmmsg", recvmmsg),
    ("setsockopt", setsockopt),
    ("getsockopt", getsockopt),
];

// Values read at syscall entry that the exit half needs after the kernel overwrote them
// (the caller's buffer lengths). Ctx has no per-call slot, so they are kept here, keyed by
// the call's arguments and stack pointer (identical between the two stops of one call).
thread_local! {
    static STASH: RefCell<HashMap<[u64; 7], Vec<Vec<i64>>>> = RefCell::new(HashMap::new());
}

fn stash_key(c: &Ctx) -> [u64; 7] {
    let a = c.args;
    [a[0], a[1], a[2], a[3], a[4], a[5], c.sp]
}

/// Keep `v` for the exit half of this call.
pub fn stash(c: &Ctx, v: Vec<i64>) {
    STASH.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() > 4096 {
            s.clear();
        }
        s.entry(stash_key(c)).or_default().push(v);
    });
}

/// What the entry half kept with [`stash`].
pub fn unstash(c: &Ctx) -> Option<Vec<i64>> {
    STASH.with(|s| {
        let mut s = s.borrow_mut();
        let k = stash_key(c);
        let list = s.get_mut(&k)?;
        let v = list.pop();
        if list.is_empty() {
            s.remove(&k);
        }
        v
    })
}

/// printflags: names joined by `|`, or the number with a `/* MSG_??? */` comment when no
/// name matches.
pub use super::xflags;

fn msg_flags(v: u64) -> Value {
    xflags(fl::MSG_FLAGS, v as u32 as u64, "MSG_???")
}

/// C's `%#0*x`: `00000000` for zero, `0x000010` otherwise.
pub fn hex0(v: u64, width: usize) -> Value {
    if v == 0 {
        Value::Expr("0".repeat(width))
    } else {
        let digits = width.saturating_sub(2);
        Value::Expr(format!("0x{v:0digits$x}"))
    }
}

/// An interface index: `if_nametoindex("lo")` when it names an interface, else the number.
pub fn ifindex(idx: u32) -> Value {
    let mut buf = [0 as libc::c_char; libc::IF_NAMESIZE];
    // SAFETY: if_indextoname writes at most IF_NAMESIZE bytes into buf.
    let p = unsafe { libc::if_indextoname(idx, buf.as_mut_ptr()) };
    if idx == 0 || p.is_null() {
        return Value::Uint(idx as u64);
    }
    // SAFETY: on success buf holds a NUL-terminated name.
    let name = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) };
    let call = Value::Call(
        "if_nametoindex",
        vec![Value::str(name.to_bytes().to_vec(), false)],
    );
    Value::Alt(Box::new(Value::Uint(idx as u64)), Box::new(call))
}

fn quoted(bytes: &[u8]) -> String {
    crate::output::text::to_text(&Value::str(bytes.to_vec(), false))
}

/// A value in network byte order: `friendly` (`htons(80)`, `inet_addr("...")`), its bytes in
/// hex under `-X raw`, both under `-X verbose`.
pub fn net_bytes(raw: &[u8], friendly: Value) -> Value {
    let bytes = super::QStr {
        bytes: raw.to_vec(),
        truncated: false,
        force_hex: true,
        trailing_nul: false,
    };
    Value::Alt(Box::new(Value::Str(bytes)), Box::new(friendly))
}

/// An IPv6 address field: `inet_pton(AF_INET6, "::1", &name)` in place of `name=...`, or
/// under `-X raw` `name="\x.."`.
pub fn inet6_field(b: &[u8], name: &'static str) -> Value {
    match net_bytes(&b[..16], inet6(b, Some(name))) {
        Value::Alt(raw, friendly) => Value::Alt(Box::new(Value::Named(name, raw)), friendly),
        v => v,
    }
}

/// `inet_addr("127.0.0.1")` for the 4 bytes of an IPv4 address.
pub fn inet_addr(b: &[u8]) -> Value {
    let ip = std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]);
    Value::Call(
        "inet_addr",
        vec![Value::str(ip.to_string().into_bytes(), false)],
    )
}

/// `inet_pton(AF_INET6, "::1", &var)` for the 16 bytes of an IPv6 address (without the
/// last argument when `var` is None, as netlink attributes print).
pub fn inet6(b: &[u8], var: Option<&str>) -> Value {
    let mut a = [0u8; 16];
    a.copy_from_slice(&b[..16]);
    let ip = std::net::Ipv6Addr::from(a);
    let mut args = vec![
        Value::Expr("AF_INET6".into()),
        Value::str(ip.to_string().into_bytes(), false),
    ];
    if let Some(var) = var {
        args.push(Value::Expr(format!("&{var}")));
    }
    Value::Call("inet_pton", args)
}

fn socket_protocol(domain: u64, proto: u64) -> Value {
    match domain as i32 {
        libc::AF_INET | libc::AF_INET6 => sym(fl::IPPROTO_NAMES, proto, "IPPROTO_???"),
        libc::AF_NETLINK => sym(fl::NETLINK_PROTOCOLS, proto, "NETLINK_???"),
        libc::AF_PACKET => {
            let p = (proto as u16).swap_bytes() as u64;
            let inner = match crate::xlat::name_of(nx::ETH_P, p) {
                Some(n) => n.to_string(),
                None => format!("{p:#x} /* ETH_P_??? */"),
            };
            Value::Expr(format!("htons({inner})"))
        }
        libc::AF_CAN => sym(nx::CAN_PROTOCOLS, proto, "CAN_???"),
        // strace 6.1 looks AF_IRDA protocols up in the CAN table.
        libc::AF_IRDA => sym(nx::CAN_PROTOCOLS, proto, "IRDAPROTO_???"),
        libc::AF_BLUETOOTH => sym(nx::BT_PROTOCOLS, proto, "BTPROTO_???"),
        libc::AF_RXRPC => sym(fl::SOCKET_DOMAINS, proto, "AF_???"),
        41 => sym(&[(0, "KCMPROTO_CONNECTED")], proto, "KCMPROTO_???"),
        43 => sym(
            &[(0, "SMCPROTO_SMC"), (1, "SMCPROTO_SMC6")],
            proto,
            "SMCPROTO_???",
        ),
        _ => Value::Uint(proto),
    }
}

/// The socket type: the base type by name, then the flag bits.
fn sock_type(raw: u64) -> Value {
    let raw = raw as u32 as u64;
    match crate::xlat::name_of(fl::SOCKET_TYPES, raw & 0xf) {
        // Type and flags are two parts of the word (-X raw prints them as `0x1|0x80800`).
        Some(n) => Value::Or(vec![
            Value::Sym(n, raw & 0xf),
            Value::Flags(flags(fl::SOCK_TYPE_FLAGS, raw & !0xf)),
        ]),
        None => xflags(fl::SOCK_TYPE_FLAGS, raw, "SOCK_???"),
    }
}

fn socket(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let domain = c.args[0] as u32 as u64;
    let d = c.sym(0, fl::SOCKET_DOMAINS, "AF_???");
    c.push(d);
    c.push(sock_type(c.args[1]));
    c.push(socket_protocol(domain, c.args[2] as u32 as u64));
}

fn socketpair(c: &mut Ctx) {
    if !c.exiting {
        let d = c.sym(0, fl::SOCKET_DOMAINS, "AF_???");
        c.push(d);
        c.push(sock_type(c.args[1]));
        let p = c.uint(2);
        c.push(p);
        c.defer();
        return;
    }
    let v = match read_array::<8>(c.mem, c.args[3]) {
        Some(b) if !c.failed() => Value::Array(
            vec![
                Value::Int(u32_at(&b, 0) as i32 as i64),
                Value::Int(u32_at(&b, 4) as i32 as i64),
            ],
            false,
        ),
        _ => c.ptr(3),
    };
    c.push(v);
}

fn listen(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let b = c.int(1);
        c.push(b);
    }
}

fn shutdown(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let h = c.sym(1, fl::SHUTDOWN_HOW, "SHUT_???");
        c.push(h);
    }
}

/// The fields of a sockaddr after `sa_family`, from a buffer zero-padded past `len`.
fn sockaddr_fields(b: &[u8], len: usize, f: &mut Vec<(&'static str, Value)>) {
    let family = u16_at(b, 0) as i32;
    match family {
        libc::AF_UNIX if len >= 3 => {
            let un_len = len.min(110);
            let path = &b[2..un_len];
            if path[0] != 0 {
                let end = path.iter().position(|&x| x == 0).unwrap_or(path.len());
                f.push(("sun_path", Value::str(path[..end].to_vec(), false)));
            } else {
                f.push(("sun_path", Value::Expr(format!("@{}", quoted(&path[1..])))));
            }
        }
        libc::AF_INET if len >= 16 => {
            let port = u16::from_be_bytes([b[2], b[3]]);
            let port = Value::Expr(format!("htons({port})"));
            f.push(("sin_port", net_bytes(&b[2..4], port)));
            f.push(("sin_addr", net_bytes(&b[4..8], inet_addr(&b[4..8]))));
        }
        libc::AF_INET6 if len >= 24 => {
            let port = u16::from_be_bytes([b[2], b[3]]);
            let flow = u32::from_be_bytes([b[4], b[5], b[6], b[7]]);
            let port = Value::Expr(format!("htons({port})"));
            f.push(("sin6_port", net_bytes(&b[2..4], port)));
            let flow = Value::Expr(format!("htonl({flow})"));
            f.push(("sin6_flowinfo", net_bytes(&b[4..8], flow)));
            f.push(("", inet6_field(&b[8..24], "sin6_addr")));
            if len > 24 {
                let scope = u32_at(b, 24);
                let a = &b[8..24];
                let link_local = a[0] == 0xfe && a[1] & 0xc0 == 0x80;
                let mc_link_local = a[0] == 0xff && a[1] & 0xf == 2;
                let v = if link_local || mc_link_local {
                    ifindex(scope)
                } else {
                    Value::Uint(scope as u64)
                };
                f.push(("sin6_scope_id", v));
            }
        }
        libc::AF_NETLINK if len >= 12 => {
            let pad = u16_at(b, 2);
            if pad != 0 {
                f.push(("nl_pad", Value::Hex(pad as u64)));
            }
            f.push(("nl_pid", Value::Int(u32_at(b, 4) as i32 as i64)));
            f.push(("nl_groups", hex0(u32_at(b, 8) as u64, 8)));
        }
        libc::AF_PACKET if len >= 20 => {
            let proto = u16::from_be_bytes([b[2], b[3]]) as u64;
            let inner = match crate::xlat::name_of(nx::ETH_P, proto) {
                Some(n) => n.to_string(),
                None => format!("{proto:#x} /* ETH_P_??? */"),
            };
            f.push(("sll_protocol", Value::Expr(format!("htons({inner})"))));
            f.push(("sll_ifindex", ifindex(u32_at(b, 4))));
            f.push((
                "sll_hatype",
                sym(nx::ARPHRD, u16_at(b, 8) as u64, "ARPHRD_???"),
            ));
            f.push((
                "sll_pkttype",
                sym(nx::PACKET_TYPES, b[10] as u64, "PACKET_???"),
            ));
            let halen = b[11] as usize;
            f.push(("sll_halen", Value::Uint(halen as u64)));
            if halen > 0 {
                let oob = len - 12;
                let mut items = Vec::new();
                let mut more = false;
                for i in 0..halen {
                    if i >= oob {
                        more = true;
                        break;
                    }
                    items.push(hex0(b[12 + i] as u64, 2));
                }
                f.push(("sll_addr", Value::Array(items, more)));
            }
        }
        _ => {
            f.push(("sa_data", Value::str(b[2..len].to_vec(), false)));
        }
    }
}

/// Decode `len` bytes of a sockaddr at `addr` as strace's decode_sockaddr does.
pub fn sockaddr(c: &Ctx, addr: u64, len: u64) -> Value {
    sockaddr_len(c, addr, len as u32 as i32)
}

fn sockaddr_len(c: &Ctx, addr: u64, len: i32) -> Value {
    if len < 2 || !c.mem.structs() {
        return Value::Ptr(addr);
    }
    let len = (len as usize).min(128);
    // One byte more than sockaddr_storage, zeroed past len (sll_addr may read beyond it).
    let mut b = vec![0u8; 129 + 8];
    if addr == 0 || !c.mem.read_exact(addr, &mut b[..len]) {
        return Value::Ptr(addr);
    }
    sockaddr_buf(&b, len)
}

/// A sockaddr of `len` bytes already read into `b` (zero-padded to at least 137 bytes when
/// shorter buffers are passed, see [`sockaddr_bytes`]).
fn sockaddr_buf(b: &[u8], len: usize) -> Value {
    let family = u16_at(b, 0) as u64;
    let mut f: Vec<(&'static str, Value)> =
        vec![("sa_family", sym(fl::SOCKET_DOMAINS, family, "AF_???"))];
    if len > 2 {
        sockaddr_fields(b, len, &mut f);
    }
    Value::Struct(f, false)
}

/// A sockaddr held in a local buffer (e.g. inside a `struct ifreq`).
pub fn sockaddr_bytes(bytes: &[u8]) -> Value {
    let len = bytes.len().min(128);
    if len < 2 {
        return Value::Struct(Vec::new(), false);
    }
    let mut b = vec![0u8; 129 + 8];
    b[..len].copy_from_slice(&bytes[..len]);
    sockaddr_buf(&b, len)
}

fn addr_in(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let fd = c.fd(0);
    c.push(fd);
    let a = sockaddr(c, c.args[1], c.args[2]);
    c.push(a);
    let l = c.int(2);
    c.push(l);
}

fn read_i32(c: &Ctx, addr: u64) -> Option<i32> {
    read_array::<4>(c.mem, addr).map(i32::from_le_bytes)
}

/// `[len]` or `[in => out]`.
fn len_changed(ulen: i32, rlen: i32) -> Value {
    if ulen != rlen {
        Value::Array(vec![Value::Expr(format!("{ulen} => {rlen}"))], false)
    } else {
        Value::Array(vec![Value::Int(rlen as i64)], false)
    }
}

/// accept, getsockname, getpeername: an address buffer and its in/out length. Returns true
/// when everything was printed at entry.
fn sockname(c: &mut Ctx) -> bool {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let ulen = if c.args[1] != 0 && c.args[2] != 0 {
            read_i32(c, c.args[2])
        } else {
            None
        };
        match ulen {
            Some(u) => {
                stash(c, vec![u as i64]);
                c.defer();
                false
            }
            None => {
                let a = c.ptr(1);
                c.push(a);
                let l = c.ptr(2);
                c.push(l);
                true
            }
        }
    } else {
        let Some(saved) = unstash(c) else {
            return true;
        };
        let ulen = saved[0] as i32;
        let rlen = if c.failed() {
            None
        } else {
            read_i32(c, c.args[2])
        };
        match rlen {
            None => {
                let a = c.ptr(1);
                c.push(a);
                c.push(Value::Array(vec![Value::Int(ulen as i64)], false));
            }
            Some(r) => {
                let a = sockaddr_len(c, c.args[1], ulen.min(r));
                c.push(a);
                c.push(len_changed(ulen, r));
            }
        }
        false
    }
}

fn addr_out(c: &mut Ctx) {
    sockname(c);
}

fn accept(c: &mut Ctx) {
    sockname(c);
}

fn accept4(c: &mut Ctx) {
    // The flags follow the last argument printed: at entry when the call was decoded there.
    let all_at_entry = sockname(c);
    if all_at_entry != c.exiting {
        let f = c.xflags(3, fl::SOCK_TYPE_FLAGS, "SOCK_???");
        c.push(f);
    }
}

/// A data buffer `len` bytes long, cut at -s (printstrn).
fn strn(c: &Ctx, addr: u64, len: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    super::read_buf(c.mem, addr, len, c.opts.strsize)
}

/// The data of a send/receive on descriptor `fd`: netlink messages on a netlink socket (when
/// structures are decoded at all), else the bytes (strace's decode_sockbuf).
fn sockbuf(c: &Ctx, fd: u64, addr: u64, len: u64) -> Value {
    if c.mem.structs()
        && let Some(family) = c.mem.netlink_socket(fd as i32)
    {
        return super::netlink::messages(c, family, addr, len);
    }
    strn(c, addr, len)
}

fn sendto(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let fd = c.fd(0);
    c.push(fd);
    let b = sockbuf(c, c.args[0], c.args[1], c.args[2]);
    c.push(b);
    let n = c.ulong(2);
    c.push(n);
    c.push(msg_flags(c.args[3]));
    let alen = c.args[5] as u32 as i32;
    let a = sockaddr_len(c, c.args[4], alen);
    c.push(a);
    c.push(Value::Int(alen as i64));
}

fn recvfrom(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let ulen = if c.args[4] != 0 && c.args[5] != 0 {
            read_i32(c, c.args[5])
        } else {
            None
        };
        stash(c, vec![ulen.unwrap_or(0) as i64]);
        c.defer();
        return;
    }
    let ulen = unstash(c).map(|v| v[0] as i32).unwrap_or(0);
    let b = if c.failed() {
        c.ptr(1)
    } else {
        sockbuf(c, c.args[0], c.args[1], (c.rval as u64).min(c.args[2]))
    };
    c.push(b);
    let n = c.ulong(2);
    c.push(n);
    c.push(msg_flags(c.args[3]));
    let rlen = if c.args[4] != 0 && c.args[5] != 0 {
        read_i32(c, c.args[5])
    } else {
        None
    };
    match rlen {
        None => {
            let a = c.ptr(4);
            c.push(a);
            let l = c.ptr(5);
            c.push(l);
        }
        Some(_) if c.failed() => {
            let a = c.ptr(4);
            c.push(a);
            c.push(Value::Array(vec![Value::Int(ulen as i64)], false));
        }
        Some(r) => {
            let a = sockaddr_len(c, c.args[4], ulen.min(r));
            c.push(a);
            c.push(len_changed(ulen, r));
        }
    }
}

/// `msg_iov`: each iov_base shown up to what remains of `data_size` bytes (u64::MAX: all),
/// as netlink messages of protocol `netlink` when that is Some.
fn iovec(c: &Ctx, addr: u64, n: u64, data_size: u64, netlink: Option<Option<u32>>) -> Value {
    let mut left = data_size;
    array_of(c, addr, n, 16, |b| {
        let base = u64_at(b, 0);
        let len = u64_at(b, 8);
        let shown = len.min(left);
        if left != u64::MAX {
            left -= shown;
        }
        Some(Value::Struct(
            vec![
                (
                    "iov_base",
                    match netlink {
                        Some(family) => super::netlink::messages(c, family, base, shown),
                        None => strn(c, base, shown),
                    },
                ),
                ("iov_len", Value::Uint(len)),
            ],
            false,
        ))
    })
}

fn optmem_max() -> u64 {
    static V: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *V.get_or_init(|| {
        std::fs::read_to_string("/proc/sys/net/core/optmem_max")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .filter(|&v| v > 0)
            .map(|v| ((v as u64) + 7) & !7)
            .unwrap_or(8 * (2 * 1024 + 512))
    })
}

fn int_array(data: &[u8]) -> Value {
    Value::Array(
        data.chunks_exact(4)
            .map(|x| Value::Int(i32::from_le_bytes(x.try_into().unwrap()) as i64))
            .collect(),
        false,
    )
}

fn cmsg_data(level: i32, ty: u32, data: &[u8]) -> Option<Value> {
    match (level, ty) {
        (libc::SOL_SOCKET, 1) if data.len() >= 4 => Some(int_array(data)),
        (libc::SOL_SOCKET, 2) if data.len() >= 12 => Some(Value::Struct(
            vec![
                ("pid", Value::Int(u32_at(data, 0) as i32 as i64)),
                ("uid", Value::Uint(u32_at(data, 4) as u64)),
                ("gid", Value::Uint(u32_at(data, 8) as u64)),
            ],
            false,
        )),
        (libc::SOL_SOCKET, 3) if !data.is_empty() => Some(Value::str(data.to_vec(), false)),
        (libc::SOL_IP, 8) if data.len() >= 12 => Some(Value::Struct(
            vec![
                ("ipi_ifindex", ifindex(u32_at(data, 0))),
                ("ipi_spec_dst", inet_addr(&data[4..8])),
                ("ipi_addr", inet_addr(&data[8..12])),
            ],
            false,
        )),
        (libc::SOL_IP, 2) if data.len() >= 4 => Some(Value::Array(
            data.chunks_exact(4)
                .map(|x| Value::Uint(u32::from_le_bytes(x.try_into().unwrap()) as u64))
                .collect(),
            false,
        )),
        (libc::SOL_IP, 1 | 6 | 7) if !data.is_empty() => Some(Value::Array(
            data.iter().map(|&x| Value::Hex(x as u64)).collect(),
            false,
        )),
        _ => None,
    }
}

/// `msg_control`: the control messages.
fn msg_control(c: &Ctx, addr: u64, in_len: u64) -> Value {
    const HDR: usize = 16;
    let control_len = in_len.min(optmem_max()).min(1 << 20) as usize;
    let mut buf = vec![0u8; control_len];
    if control_len < HDR || !c.mem.read_exact(addr, &mut buf) {
        return Value::Ptr(addr);
    }
    let mut items = Vec::new();
    let mut off = 0usize;
    let mut left = control_len;
    while left >= HDR {
        let cmsg_len = u64_at(&buf, off);
        let level = u32_at(&buf, off + 8) as i32;
        let ty = u32_at(&buf, off + 12);
        let mut f = vec![
            ("cmsg_len", Value::Uint(cmsg_len)),
            (
                "cmsg_level",
                sym(fl::SOCKOPT_LEVELS, level as u32 as u64, "SOL_???"),
            ),
        ];
        let len = cmsg_len.min(left as u64) as usize;
        let data = if len > HDR {
            &buf[off + HDR..off + len]
        } else {
            &[][..]
        };
        match level {
            libc::SOL_SOCKET => f.push(("cmsg_type", sym(nx::SCM_TYPES, ty as u64, "SCM_???"))),
            libc::SOL_IP => f.push(("cmsg_type", sym(fl::IP_OPTIONS, ty as u64, "IP_???"))),
            _ => f.push(("cmsg_type", Value::Hex(ty as u64))),
        }
        if let Some(d) = cmsg_data(level, ty, data) {
            f.push(("cmsg_data", d));
        }
        items.push(Value::Struct(f, false));
        if len < HDR {
            left -= HDR;
            break;
        }
        if cmsg_len >= left as u64 {
            left = 0;
            break;
        }
        let step = ((cmsg_len + 7) & !7) as usize;
        if step >= left {
            left = 0;
            break;
        }
        off += step;
        left -= step;
    }
    if left != 0 {
        let at = addr + (control_len - left) as u64;
        items.push(Value::Commented(
            Box::new(Value::Expr("...".into())),
            format!("{at:#x}"),
        ));
    } else if (control_len as u64) < in_len {
        items.push(Value::Expr("...".into()));
    }
    Value::Array(items, false)
}

/// `struct msghdr` (56 bytes) already read into `b`.
fn msghdr_fields(c: &Ctx, b: &[u8], user_namelen: Option<i32>, data_size: u64) -> Value {
    let name = u64_at(b, 0);
    let namelen = u32_at(b, 8) as i32;
    let iov = u64_at(b, 16);
    let iovlen = u64_at(b, 24);
    let control = u64_at(b, 32);
    let controllen = u64_at(b, 40);
    let mflags = u32_at(b, 48) as u64;
    let eff = match user_namelen {
        Some(u) if namelen > u => u,
        _ => namelen,
    };
    let mut f = vec![("msg_name", sockaddr_len(c, name, eff))];
    let nl = match user_namelen {
        Some(u) if u != namelen => Value::Expr(format!("{u} => {namelen}")),
        _ => Value::Int(namelen as i64),
    };
    f.push(("msg_namelen", nl));
    // Netlink data when msg_name is a netlink address (strace 6.1 does not look at the
    // descriptor when there is none); the protocol is the descriptor's, the first argument.
    let mut fam = [0u8; 2];
    let netlink = (name != 0
        && eff >= 2
        && c.mem.read_exact(name, &mut fam)
        && u16::from_le_bytes(fam) as i32 == libc::AF_NETLINK)
        .then(|| c.mem.netlink_socket(c.args[0] as i32).flatten());
    f.push(("msg_iov", iovec(c, iov, iovlen, data_size, netlink)));
    f.push(("msg_iovlen", Value::Uint(iovlen)));
    if controllen != 0 {
        f.push(("msg_control", msg_control(c, control, controllen)));
    }
    f.push(("msg_controllen", Value::Uint(controllen)));
    f.push(("msg_flags", msg_flags(mflags)));
    Value::Struct(f, false)
}

fn msghdr(c: &Ctx, addr: u64, user_namelen: Option<i32>, data_size: u64) -> Value {
    match read_array::<56>(c.mem, addr) {
        Some(b) => msghdr_fields(c, &b, user_namelen, data_size),
        None => Value::Ptr(addr),
    }
}

fn sendmsg(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let fd = c.fd(0);
    c.push(fd);
    let m = msghdr(c, c.args[1], None, u64::MAX);
    c.push(m);
    c.push(msg_flags(c.args[2]));
}

fn recvmsg(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        match read_array::<56>(c.mem, c.args[1]) {
            Some(b) => {
                stash(c, vec![u32_at(&b, 8) as i32 as i64]);
                c.defer();
            }
            None => {
                let p = c.ptr(1);
                c.push(p);
                c.push(msg_flags(c.args[2]));
            }
        }
        return;
    }
    let Some(saved) = unstash(c) else {
        return;
    };
    let user = saved[0] as i32;
    let m = if c.failed() {
        Value::Struct(vec![("msg_namelen", Value::Int(user as i64))], false)
    } else {
        msghdr(c, c.args[1], Some(user), c.rval as u64)
    };
    c.push(m);
    c.push(msg_flags(c.args[2]));
}

/// A vector of `struct mmsghdr` (64 bytes each).
fn mmsgvec(
    c: &Ctx,
    addr: u64,
    n: u64,
    mut msg_len_n: u64,
    namelens: Option<&[i64]>,
    use_msg_len: bool,
) -> Value {
    let mut count = namelens.map(|v| v.len() as u64).unwrap_or(1024).min(1024);
    let mut idx = 0usize;
    array_of(c, addr, n, 64, |b| {
        if count == 0 {
            return None;
        }
        count -= 1;
        let user = namelens.and_then(|v| v.get(idx)).map(|&x| x as i32);
        idx += 1;
        let msg_len = u32_at(b, 56) as u64;
        let ds = if use_msg_len { msg_len } else { u64::MAX };
        let mut f = vec![("msg_hdr", msghdr_fields(c, &b[..56], user, ds))];
        if msg_len_n > 0 {
            f.push(("msg_len", Value::Uint(msg_len)));
            msg_len_n -= 1;
        }
        Some(Value::Struct(f, false))
    })
}

fn sendmmsg(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.defer();
        return;
    }
    let ok_n = if c.failed() { 0 } else { c.rval as u64 };
    let v = mmsgvec(c, c.args[1], c.args[2] as u32 as u64, ok_n, None, false);
    c.push(v);
    let n = c.uint(2);
    c.push(n);
    c.push(msg_flags(c.args[3]));
}

fn recvmmsg(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        // The callers' msg_namelen values, then the timeout as it was at entry.
        let n = (c.args[2] as u32 as u64).min(1024);
        let mut saved = Vec::new();
        for i in 0..n {
            match read_array::<64>(c.mem, c.args[1].wrapping_add(i * 64)) {
                Some(b) => saved.push(u32_at(&b, 8) as i32 as i64),
                None => break,
            }
        }
        let ts = c.args[4];
        let (tag, sec, nsec) = if ts == 0 {
            (0, 0, 0)
        } else {
            match read_array::<16>(c.mem, ts) {
                Some(b) => (1, u64_at(&b, 0) as i64, u64_at(&b, 8) as i64),
                None => (2, 0, 0),
            }
        };
        saved.extend([tag, sec, nsec]);
        stash(c, saved);
        c.defer();
        return;
    }
    let Some(mut saved) = unstash(c) else {
        return;
    };
    let nsec = saved.pop().unwrap_or(0);
    let sec = saved.pop().unwrap_or(0);
    let tag = saved.pop().unwrap_or(0);
    let v = if c.failed() {
        c.ptr(1)
    } else {
        let n = c.rval as u64;
        mmsgvec(c, c.args[1], n, n, Some(&saved), true)
    };
    c.push(v);
    let n = c.uint(2);
    c.push(n);
    c.push(msg_flags(c.args[3]));
    c.push(match tag {
        0 => Value::Ptr(0),
        1 => Value::Struct(
            vec![("tv_sec", Value::Int(sec)), ("tv_nsec", Value::Int(nsec))],
            false,
        ),
        _ => c.ptr(4),
    });
    // On success the kernel wrote back the time remaining; strace shows it after the result.
    if tag == 1 && !c.failed() {
        let mut t = String::from("left ");
        let left = super::process::timespec(c, c.args[4]);
        crate::output::text::render(&mut t, &left, Default::default());
        c.ret = super::Ret::DecWith(Value::Expr(t));
    }
}

fn sockopt_name(level: u32, name: u64, get: bool) -> Value {
    match level as i32 {
        libc::SOL_SOCKET => {
            if get && name == 26 {
                return Value::Sym("SO_GET_FILTER", name);
            }
            sym(fl::SOCKET_OPTIONS, name, "SO_???")
        }
        libc::SOL_IP => {
            if get {
                let n = match name {
                    64 => Some("IPT_SO_GET_INFO"),
                    65 => Some("IPT_SO_GET_ENTRIES"),
                    66 => Some("IPT_SO_GET_REVISION_MATCH"),
                    67 => Some("IPT_SO_GET_REVISION_TARGET"),
                    _ => None,
                };
                if let Some(n) = n {
                    return Value::Sym(n, name);
                }
            }
            sym(fl::IP_OPTIONS, name, "IP_???")
        }
        libc::SOL_IPV6 => {
            if get {
                let n = match name {
                    64 => Some("IP6T_SO_GET_INFO"),
                    65 => Some("IP6T_SO_GET_ENTRIES"),
                    _ => None,
                };
                if let Some(n) = n {
                    return Value::Sym(n, name);
                }
            }
            sym(fl::IPV6_OPTIONS, name, "IPV6_???")
        }
        libc::SOL_TCP => sym(fl::TCP_OPTIONS, name, "TCP_???"),
        libc::SOL_UDP => sym(nx::UDP_OPTIONS, name, "UDP_???"),
        270 => sym(nx::NETLINK_OPTIONS, name, "NETLINK_???"),
        263 => sym(nx::PACKET_OPTIONS, name, "PACKET_???"),
        _ => Value::Uint(name),
    }
}

fn sockopt_head(c: &mut Ctx, get: bool) {
    let fd = c.fd(0);
    c.push(fd);
    let level = c.args[1] as u32;
    c.push(sym(fl::SOCKOPT_LEVELS, level as u64, "SOL_??"));
    c.push(sockopt_name(level, c.args[2] as u32 as u64, get));
}

/// `[int]`, or the address when unreadable.
fn int_at(c: &Ctx, addr: u64) -> Value {
    match read_i32(c, addr) {
        Some(v) => Value::Array(vec![Value::Int(v as i64)], false),
        None => Value::Ptr(addr),
    }
}

fn linger(b: &[u8], len: usize) -> Value {
    let mut f = Vec::new();
    if len >= 4 {
        f.push(("l_onoff", Value::Int(u32_at(b, 0) as i32 as i64)));
    }
    if len >= 8 {
        f.push(("l_linger", Value::Int(u32_at(b, 4) as i32 as i64)));
    }
    Value::Struct(f, false)
}

fn set_optval(c: &Ctx, level: u32, name: u64, addr: u64, len: i32) -> Value {
    if addr != 0 {
        match (level as i32, name) {
            (libc::SOL_SOCKET, 13) => {
                return match read_array::<8>(c.mem, addr) {
                    Some(b) if len >= 8 => linger(&b, 8),
                    _ => Value::Ptr(addr),
                };
            }
            (libc::SOL_SOCKET, n) if nx::SOCKET_INT_OPTIONS.contains(&n) => {
                return if len < 4 {
                    Value::Ptr(addr)
                } else {
                    int_at(c, addr)
                };
            }
            (libc::SOL_IP, 35 | 36) => {
                return match read_array::<8>(c.mem, addr) {
                    Some(b) if len >= 8 => Value::Struct(
                        vec![
                            ("imr_multiaddr", inet_addr(&b[0..4])),
                            ("imr_interface", inet_addr(&b[4..8])),
                        ],
                        false,
                    ),
                    _ => Value::Ptr(addr),
                };
            }
            (libc::SOL_IPV6, 20 | 21 | 27 | 28) => {
                return match read_array::<20>(c.mem, addr) {
                    Some(b) if len >= 20 => Value::Struct(
                        vec![
                            ("", inet6(&b[0..16], Some("ipv6mr_multiaddr"))),
                            ("ipv6mr_interface", ifindex(u32_at(&b, 16))),
                        ],
                        false,
                    ),
                    _ => Value::Ptr(addr),
                };
            }
            (270, _) => {
                return if len < 4 {
                    Value::Ptr(addr)
                } else {
                    int_at(c, addr)
                };
            }
            _ => {}
        }
    }
    if len == 4 {
        if addr == 0 {
            Value::Ptr(0)
        } else {
            int_at(c, addr)
        }
    } else {
        strn(c, addr, len as u32 as u64)
    }
}

fn setsockopt(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    sockopt_head(c, false);
    let len = c.args[4] as u32 as i32;
    let v = set_optval(c, c.args[1] as u32, c.args[2] as u32 as u64, c.args[3], len);
    c.push(v);
    c.push(Value::Int(len as i64));
}

fn get_optval(c: &Ctx, level: u32, name: u64, addr: u64, ulen: i32, rlen: i32) -> Value {
    if ulen <= 0 || rlen <= 0 || addr == 0 {
        return Value::Ptr(addr);
    }
    if level as i32 == libc::SOL_SOCKET {
        match name {
            13 => {
                let n = (rlen as usize).min(8);
                let mut b = [0u8; 8];
                return if c.mem.read_exact(addr, &mut b[..n]) {
                    linger(&b, n)
                } else {
                    Value::Ptr(addr)
                };
            }
            17 => {
                let n = (rlen as usize).min(12);
                let mut b = [0u8; 12];
                if !c.mem.read_exact(addr, &mut b[..n]) {
                    return Value::Ptr(addr);
                }
                let mut f = Vec::new();
                if n >= 4 {
                    f.push(("pid", Value::Int(u32_at(&b, 0) as i32 as i64)));
                }
                if n >= 8 {
                    f.push(("uid", Value::Uint(u32_at(&b, 4) as u64)));
                }
                if n >= 12 {
                    f.push(("gid", Value::Uint(u32_at(&b, 8) as u64)));
                }
                return Value::Struct(f, false);
            }
            4 => {
                let n = (rlen as usize).min(4);
                let mut b = [0u8; 4];
                if !c.mem.read_exact(addr, &mut b[..n]) {
                    return Value::Ptr(addr);
                }
                let e = u32::from_le_bytes(b) as u64;
                let v = match crate::xlat::errno::errno_name(e) {
                    Some(name) if e != 0 => Value::Sym(name, e),
                    _ => Value::Uint(e),
                };
                return Value::Array(vec![v], false);
            }
            n if rlen != 4 && (nx::SOCKET_INT_OPTIONS.contains(&n) || matches!(n, 3 | 38 | 39)) => {
                return match strn(c, addr, rlen as u64) {
                    Value::Str(mut q) => {
                        q.force_hex = true;
                        Value::Str(q)
                    }
                    v => v,
                };
            }
            _ => {}
        }
    }
    if level == 270 {
        return int_at(c, addr);
    }
    if rlen == 4 {
        int_at(c, addr)
    } else {
        strn(c, addr, rlen as u64)
    }
}

fn getsockopt(c: &mut Ctx) {
    if !c.exiting {
        sockopt_head(c, true);
        match (c.args[4] != 0).then(|| read_i32(c, c.args[4])).flatten() {
            Some(u) => {
                stash(c, vec![u as i64]);
                c.defer();
            }
            None => {
                let a = c.ptr(3);
                c.push(a);
                let l = c.ptr(4);
                c.push(l);
            }
        }
        return;
    }
    let Some(saved) = unstash(c) else {
        return;
    };
    let ulen = saved[0] as i32;
    let rlen = if c.failed() {
        None
    } else {
        read_i32(c, c.args[4])
    };
    match rlen {
        None => {
            let a = c.ptr(3);
            c.push(a);
            c.push(Value::Array(vec![Value::Int(ulen as i64)], false));
        }
        Some(r) => {
            let v = get_optval(
                c,
                c.args[1] as u32,
                c.args[2] as u32 as u64,
                c.args[3],
                ulen,
                r,
            );
            c.push(v);
            c.push(len_changed(ulen, r));
        }
    }
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

    use crate::decode::testmem::run;

    #[test]
    fn socket_protocols_and_types() {
        let m = FakeMem::default();
        assert_eq!(
            run(socket, &m, [16, 0x80003, 15, 0, 0, 0], 3),
            "AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_KOBJECT_UEVENT"
        );
        assert_eq!(
            run(socket, &m, [17, 3, 0x300, 0, 0, 0], 3),
            "AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)"
        );
        assert_eq!(
            run(socket, &m, [2, 0x8000f, 200, 0, 0, 0], -22),
            "AF_INET, SOCK_CLOEXEC|0xf, 0xc8 /* IPPROTO_??? */"
        );
        assert_eq!(
            run(socket, &m, [99, 1, 0, 0, 0, 0], -97),
            "0x63 /* AF_??? */, SOCK_STREAM, 0"
        );
    }

    #[test]
    fn socketpair_and_shutdown() {
        let m = FakeMem::default().with(0x1000, &[3, 0, 0, 0, 4, 0, 0, 0]);
        assert_eq!(
            run(socketpair, &m, [1, 1, 0, 0x1000, 0, 0], 0),
            "AF_UNIX, SOCK_STREAM, 0, [3, 4]"
        );
        assert_eq!(
            run(socketpair, &m, [1, 2, 0, 0x9000, 0, 0], -14),
            "AF_UNIX, SOCK_DGRAM, 0, 0x9000"
        );
        assert_eq!(
            run(shutdown, &m, [(-1i64) as u64, 7, 0, 0, 0, 0], -9),
            "-1, 0x7 /* SHUT_??? */"
        );
    }

    #[test]
    fn sockaddr_families() {
        let nl = [16u8, 0, 0, 0, 0x39, 0x30, 0, 0, 1, 0, 0, 0];
        let mut ll = vec![17u8, 0, 0x08, 0x00, 0x39, 0x30, 0, 0, 1, 0, 0, 6];
        ll.extend_from_slice(&[1, 2, 3, 4, 5, 6, 0, 0]);
        let mut in6 = vec![10u8, 0, 0x04, 0xd2, 0, 0, 0, 0];
        in6.extend_from_slice(&[0; 15]);
        in6.push(1);
        in6.extend_from_slice(&[5, 0, 0, 0]);
        let m = FakeMem::default()
            .with(0x1000, &nl)
            .with(0x2000, &ll)
            .with(0x3000, &in6);
        assert_eq!(
            run(addr_in, &m, [3, 0x1000, 12, 0, 0, 0], 0),
            "3, {sa_family=AF_NETLINK, nl_pid=12345, nl_groups=0x000001}, 12"
        );
        assert_eq!(
            run(addr_in, &m, [3, 0x2000, 20, 0, 0, 0], 0),
            "3, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IP), sll_ifindex=12345, \
             sll_hatype=ARPHRD_ETHER, sll_pkttype=PACKET_HOST, sll_halen=6, \
             sll_addr=[0x1, 0x2, 0x3, 0x4, 0x5, 0x6]}, 20"
        );
        // Not link-local: the scope id is a plain number.
        assert_eq!(
            run(addr_in, &m, [3, 0x3000, 28, 0, 0, 0], 0),
            "3, {sa_family=AF_INET6, sin6_port=htons(1234), sin6_flowinfo=htonl(0), \
             inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=5}, 28"
        );
        // Too short for the family: raw sa_data; too short for anything: the address.
        assert_eq!(
            run(addr_in, &m, [3, 0x3000, 6, 0, 0, 0], 0),
            r#"3, {sa_family=AF_INET6, sa_data="\4\322\0\0"}, 6"#
        );
        assert_eq!(run(addr_in, &m, [3, 0x3000, 1, 0, 0, 0], 0), "3, 0x3000, 1");
        assert_eq!(
            run(addr_in, &m, [3, 0xdead0000, 16, 0, 0, 0], -14),
            "3, 0xdead0000, 16"
        );
    }

    #[test]
    fn accept_lengths_in_and_out() {
        let mut inet = vec![2u8, 0, 0, 80, 127, 0, 0, 1];
        inet.extend_from_slice(&[0; 8]);
        // The kernel wrote 16 into a length that was 110 at entry.
        let m = FakeMem::default()
            .with(0x1000, &inet)
            .with(0x2000, &16u32.to_le_bytes());
        struct Entry<'a>(&'a FakeMem, u32);
        impl super::super::Mem for Entry<'_> {
            fn read_some(&self, addr: u64, buf: &mut [u8]) -> usize {
                if addr == 0x2000 && buf.len() == 4 {
                    buf.copy_from_slice(&self.1.to_le_bytes());
                    return 4;
                }
                self.0.read_some(addr, buf)
            }
        }
        let opts = super::super::testmem::opts();
        let mut out = Vec::new();
        let args = [6, 0x1000, 0x2000, 0, 0, 0];
        let entry_mem = Entry(&m, 110);
        let mut c = Ctx {
            mem: &entry_mem,
            opts: &opts,
            args,
            sp: 0x77,
            exiting: false,
            rval: 0,
            out: &mut out,
            more: false,
            ret: Ret::Dec,
        };
        accept(&mut c);
        c.mem = &m;
        c.exiting = true;
        c.rval = 8;
        accept(&mut c);
        let mut s = String::new();
        for (i, v) in out.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            render(&mut s, v, TextOpts::default());
        }
        assert_eq!(
            s,
            r#"6, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}, [110 => 16]"#
        );
        // Unreadable length: both pointers at entry, flags after them for accept4.
        assert_eq!(
            run(accept4, &m, [6, 0x1000, 0x9000, 0x80800, 0, 0], -14),
            "6, 0x1000, 0x9000, SOCK_CLOEXEC|SOCK_NONBLOCK"
        );
    }

    #[test]
    fn sendto_and_recvfrom() {
        let m = FakeMem::default()
            .with(0x1000, b"hello, world")
            .with(0x2000, &16u32.to_le_bytes());
        assert_eq!(
            run(sendto, &m, [3, 0x1000, 12, 0x10000040, 0, 0], 12),
            r#"3, "hello, world", 12, MSG_DONTWAIT|0x10000000, NULL, 0"#
        );
        assert_eq!(
            run(sendto, &m, [3, 0x9000, 12, 0x10000000, 0, 0], -14),
            "3, 0x9000, 12, 0x10000000 /* MSG_??? */, NULL, 0"
        );
        assert_eq!(
            run(recvfrom, &m, [3, 0x1000, 64, 0, 0, 0], 5),
            r#"3, "hello", 64, 0, NULL, NULL"#
        );
        assert_eq!(
            run(recvfrom, &m, [3, 0x1000, 64, 0x40, 0x9000, 0x2000], -11),
            "3, 0x1000, 64, MSG_DONTWAIT, 0x9000, [16]"
        );
    }

    #[test]
    fn netlink_socket_data() {
        // A NLMSG_DONE message: decoded on a netlink socket, bytes on any other.
        let mut b = Vec::new();
        for w in [20u32, 0x0002_0003, 5, 0, 0] {
            b.extend_from_slice(&w.to_le_bytes());
        }
        let nl = FakeMem::default().with(0x1000, &b).netlink(Some(0));
        assert_eq!(
            run(sendto, &nl, [3, 0x1000, 20, 0, 0, 0], 20),
            "3, [{nlmsg_len=20, nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=5, nlmsg_pid=0}, 0], 20, 0, NULL, 0"
        );
        assert_eq!(
            run(recvfrom, &nl, [3, 0x1000, 64, 0, 0, 0], 16),
            "3, {nlmsg_len=20, nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=5, nlmsg_pid=0}, 64, 0, NULL, NULL"
        );
        let plain = FakeMem::default().with(0x1000, &b);
        assert_eq!(
            run(sendto, &plain, [3, 0x1000, 4, 0, 0, 0], 4),
            r#"3, "\24\0\0\0", 4, 0, NULL, 0"#
        );
    }

    fn msghdr_bytes(
        name: u64,
        namelen: u32,
        iov: u64,
        iovlen: u64,
        ctl: u64,
        ctllen: u64,
    ) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&name.to_le_bytes());
        b.extend_from_slice(&namelen.to_le_bytes());
        b.extend_from_slice(&[0; 4]);
        b.extend_from_slice(&iov.to_le_bytes());
        b.extend_from_slice(&iovlen.to_le_bytes());
        b.extend_from_slice(&ctl.to_le_bytes());
        b.extend_from_slice(&ctllen.to_le_bytes());
        b.extend_from_slice(&[0; 8]);
        b
    }

    #[test]
    fn sendmsg_with_rights_and_credentials() {
        let mut iov = Vec::new();
        iov.extend_from_slice(&0x3000u64.to_le_bytes());
        iov.extend_from_slice(&5u64.to_le_bytes());
        let mut ctl = Vec::new();
        ctl.extend_from_slice(&24u64.to_le_bytes());
        ctl.extend_from_slice(&1u32.to_le_bytes());
        ctl.extend_from_slice(&1u32.to_le_bytes());
        ctl.extend_from_slice(&[0, 0, 0, 0, 1, 0, 0, 0]);
        ctl.extend_from_slice(&28u64.to_le_bytes());
        ctl.extend_from_slice(&1u32.to_le_bytes());
        ctl.extend_from_slice(&2u32.to_le_bytes());
        ctl.extend_from_slice(&[0x39, 0x30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        let m = FakeMem::default()
            .with(0x1000, &msghdr_bytes(0, 0, 0x2000, 1, 0x4000, 56))
            .with(0x2000, &iov)
            .with(0x3000, b"first")
            .with(0x4000, &ctl)
            .with(0x5000, &msghdr_bytes(0, 0, 0x9000, 2, 0x9000, 16));
        assert_eq!(
            run(sendmsg, &m, [3, 0x1000, 0x4000, 0, 0, 0], 5),
            r#"3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="first", iov_len=5}], msg_iovlen=1, msg_control=[{cmsg_len=24, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[0, 1]}, {cmsg_len=28, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=12345, uid=0, gid=0}}], msg_controllen=56, msg_flags=0}, MSG_NOSIGNAL"#
        );
        // Bad iov and control pointers print as addresses; a bad msghdr too.
        assert_eq!(
            run(sendmsg, &m, [3, 0x5000, 0, 0, 0, 0], -14),
            "3, {msg_name=NULL, msg_namelen=0, msg_iov=0x9000, msg_iovlen=2, msg_control=0x9000, msg_controllen=16, msg_flags=0}, 0"
        );
        assert_eq!(
            run(sendmsg, &m, [3, 0x8000, 0, 0, 0, 0], -14),
            "3, 0x8000, 0"
        );
        // recvmsg: failure prints the caller's msg_namelen.
        assert_eq!(
            run(recvmsg, &m, [3, 0x5000, 0, 0, 0, 0], -11),
            "3, {msg_namelen=0}, 0"
        );
    }

    #[test]
    fn mmsg_vectors() {
        let mut v = msghdr_bytes(0, 0, 0x2000, 1, 0, 0);
        v.extend_from_slice(&5u32.to_le_bytes());
        v.extend_from_slice(&[0; 4]);
        let mut iov = Vec::new();
        iov.extend_from_slice(&0x3000u64.to_le_bytes());
        iov.extend_from_slice(&5u64.to_le_bytes());
        let m = FakeMem::default()
            .with(0x1000, &v)
            .with(0x2000, &iov)
            .with(0x3000, b"hello");
        assert_eq!(
            run(sendmmsg, &m, [3, 0x1000, 1, 0, 0, 0], 1),
            r#"3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}], 1, 0"#
        );
        // The second element is unmapped.
        assert_eq!(
            run(sendmmsg, &m, [3, 0x1000, 2, 0, 0, 0], -9),
            r#"3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}}, ... /* 0x1040 */], 2, 0"#
        );
        assert_eq!(
            run(recvmmsg, &m, [3, 0x1000, 1, 0x40, 0, 0], -11),
            "3, 0x1000, 1, MSG_DONTWAIT, NULL"
        );
    }

    #[test]
    fn sockopts() {
        let m = FakeMem::default()
            .with(0x1000, &1u32.to_le_bytes())
            .with(0x2000, &[1, 0, 0, 0, 5, 0, 0, 0])
            .with(0x3000, &[224, 0, 0, 1, 127, 0, 0, 1])
            .with(0x4000, &4u32.to_le_bytes())
            .with(0x5000, &111u32.to_le_bytes());
        assert_eq!(
            run(setsockopt, &m, [3, 1, 2, 0x1000, 4, 0], 0),
            "3, SOL_SOCKET, SO_REUSEADDR, [1], 4"
        );
        assert_eq!(
            run(setsockopt, &m, [3, 1, 2, 0x1000, 3, 0], -22),
            "3, SOL_SOCKET, SO_REUSEADDR, 0x1000, 3"
        );
        assert_eq!(
            run(setsockopt, &m, [3, 6, 1, 0x1000, 2, 0], -22),
            r#"3, SOL_TCP, TCP_NODELAY, "\1\0", 2"#
        );
        assert_eq!(
            run(setsockopt, &m, [3, 1, 13, 0x2000, 8, 0], 0),
            "3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8"
        );
        assert_eq!(
            run(setsockopt, &m, [3, 0, 35, 0x3000, 8, 0], 0),
            r#"3, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr("224.0.0.1"), imr_interface=inet_addr("127.0.0.1")}, 8"#
        );
        assert_eq!(
            run(setsockopt, &m, [3, 1234, 5, 0x9000, 4, 0], -14),
            "3, 0x4d2 /* SOL_?? */, 5, 0x9000, 4"
        );
        assert_eq!(
            run(getsockopt, &m, [3, 1, 4, 0x5000, 0x4000, 0], 0),
            "3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]"
        );
        assert_eq!(
            run(getsockopt, &m, [3, 1, 3, 0x9000, 0x4000, 0], -14),
            "3, SOL_SOCKET, SO_TYPE, 0x9000, [4]"
        );
        assert_eq!(
            run(getsockopt, &m, [3, 1, 3, 0x1000, 0, 0], -14),
            "3, SOL_SOCKET, SO_TYPE, 0x1000, NULL"
        );
    }

    #[test]
    fn hostile_control_lengths() {
        let mut ctl = Vec::new();
        ctl.extend_from_slice(&u64::MAX.to_le_bytes());
        ctl.extend_from_slice(&1u32.to_le_bytes());
        ctl.extend_from_slice(&1u32.to_le_bytes());
        ctl.extend_from_slice(&[0; 8]);
        let m = FakeMem::default()
            .with(0x1000, &msghdr_bytes(0, 0, 0, 0, 0x2000, 24))
            .with(0x2000, &ctl)
            .with(0x3000, &msghdr_bytes(0, 0, u64::MAX - 8, 1 << 62, 0, 0));
        assert_eq!(
            run(sendmsg, &m, [3, 0x1000, 0, 0, 0, 0], -9),
            "3, {msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_control=[{cmsg_len=18446744073709551615, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[0, 0]}], msg_controllen=24, msg_flags=0}, 0"
        );
        assert_eq!(
            run(sendmsg, &m, [3, 0x3000, 0, 0, 0, 0], -9),
            "3, {msg_name=NULL, msg_namelen=0, msg_iov=0xfffffffffffffff7, msg_iovlen=4611686018427387904, msg_controllen=0, msg_flags=0}, 0"
        );
    }
}
