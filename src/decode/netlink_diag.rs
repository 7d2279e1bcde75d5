//! Payloads of NETLINK_SOCK_DIAG messages, as strace prints them: the fixed request or reply
//! structure of the socket family named by the payload's first byte (inet, unix, netlink,
//! packet), then the reply's attributes. A message prints as
//! `[{header}, {struct}, [attributes]]`. (Type names and headers are decoded by
//! [`super::netlink`].)

use super::array_of;
use super::net::{hex0, ifindex, inet_addr, inet6_field, net_bytes};
use super::netlink::{
    NlMsgHdr, hex_bytes, nla_str, nla_u8, nla_u16, nla_u32, nla_u64, nlattrs, payload_parts,
};
use super::{Ctx, Value, sym, u16_at, u32_at, u64_at, xflags};
use crate::xlat::Xlat;
use crate::xlat::flags as fl;
use crate::xlat::netlink_diag as t;

const NLM_F_REQUEST: u16 = 1;
const TCPDIAG_GETSOCK: u16 = 18;
const DCCPDIAG_GETSOCK: u16 = 19;

const AF_UNIX: u8 = 1;
const AF_INET: u8 = 2;
const AF_INET6: u8 = 10;
const AF_NETLINK: u8 = 16;
const AF_PACKET: u8 = 17;

pub fn payload(c: &Ctx, hdr: &NlMsgHdr, addr: u64, len: u64) -> Option<Value> {
    let family = match super::netlink::family_byte(c, hdr, addr)? {
        Ok(f) => f,
        Err(v) => return Some(v),
    };
    let request = hdr.flags & NLM_F_REQUEST != 0;
    if len > 1 {
        let v = match (family, request) {
            (AF_INET | AF_INET6, true) => {
                if hdr.kind == TCPDIAG_GETSOCK || hdr.kind == DCCPDIAG_GETSOCK {
                    Some(inet_req_compat(c, family, addr, len))
                } else {
                    Some(inet_req_v2(c, family, addr, len))
                }
            }
            (AF_INET | AF_INET6, false) => Some(inet_msg(c, family, addr, len)),
            (AF_UNIX, true) => Some(unix_req(c, addr, len)),
            (AF_UNIX, false) => Some(unix_msg(c, addr, len)),
            (AF_NETLINK, true) => Some(netlink_req(c, addr, len)),
            (AF_NETLINK, false) => Some(netlink_msg(c, addr, len)),
            (AF_PACKET, true) => Some(packet_req(c, addr, len)),
            (AF_PACKET, false) => Some(packet_msg(c, addr, len)),
            _ => None,
        };
        if v.is_some() {
            return v;
        }
    }
    // A family without a decoder: the family, then the rest as hex bytes.
    let mut f = vec![("family", family_sym(family))];
    if len > 1 {
        f.push(("data", hex_bytes(c, addr + 1, len - 1)));
    }
    Some(Value::Struct(f, false))
}

fn family_sym(family: u8) -> Value {
    sym(fl::SOCKET_DOMAINS, family as u64, "AF_???")
}

/// Decodes the attributes in `len` bytes at `addr`.
type AttrsFn<'a> = &'a dyn Fn(&Ctx, u64, u64) -> Value;

/// A diag structure of `size` bytes at `addr` whose first field (the family, already read)
/// is `first`: `fields` prints the rest from the whole structure. Shorter payloads print
/// `{first, ...}`, an unreadable rest its address. Then, if `attrs` is given and bytes
/// follow the (aligned) structure, the attributes, as a further part of the message.
fn diag_struct(
    c: &Ctx,
    addr: u64,
    len: u64,
    size: u64,
    first: (&'static str, Value),
    fields: impl FnOnce(&[u8]) -> Vec<(&'static str, Value)>,
    attrs: Option<AttrsFn>,
) -> Value {
    let mut f = vec![first];
    if len < size {
        return Value::Struct(f, true);
    }
    let mut b = vec![0u8; size as usize];
    if !c.mem.read_exact(addr + 1, &mut b[1..]) {
        f.push(("", Value::Ptr(addr + 1)));
        return Value::Struct(f, false);
    }
    f.extend(fields(&b));
    let s = Value::Struct(f, false);
    let off = (size + 3) & !3;
    match attrs {
        Some(walk) if len > off => payload_parts(vec![s, walk(c, addr + off, len - off)]),
        _ => s,
    }
}

/// Two u32 words as `[lo, hi]`.
fn cookie(b: &[u8], off: usize) -> Value {
    Value::Array(
        vec![
            Value::Uint(u32_at(b, off) as u64),
            Value::Uint(u32_at(b, off + 4) as u64),
        ],
        false,
    )
}

fn uint(v: u32) -> Value {
    Value::Uint(v as u64)
}

/// A port in network byte order: `htons(80)` (the raw bytes under `-X raw`).
fn net_port(b: &[u8], off: usize) -> Value {
    let port = u16::from_be_bytes([b[off], b[off + 1]]);
    net_bytes(&b[off..off + 2], Value::Expr(format!("htons({port})")))
}

/// An address field of `family`: `name=inet_addr("...")`, `inet_pton(AF_INET6, "...",
/// &name)`, else the bytes in hex.
fn inet_addr_field(f: &mut Vec<(&'static str, Value)>, name: &'static str, b: &[u8], family: u8) {
    match family {
        // The whole 16-byte field is the raw form, whatever the family uses of it.
        AF_INET => f.push((name, net_bytes(b, inet_addr(&b[..4])))),
        AF_INET6 => f.push(("", inet6_field(&b[..16], name))),
        _ => f.push((name, Value::Str(hex_str(b)))),
    }
}

fn hex_str(b: &[u8]) -> super::QStr {
    super::QStr {
        bytes: b.to_vec(),
        truncated: false,
        force_hex: true,
        trailing_nul: false,
    }
}

/// `struct inet_diag_sockid` (48 bytes at `off`).
fn sockid(b: &[u8], off: usize, family: u8) -> Value {
    let b = &b[off..off + 48];
    let mut f = vec![
        ("idiag_sport", net_port(b, 0)),
        ("idiag_dport", net_port(b, 2)),
    ];
    inet_addr_field(&mut f, "idiag_src", &b[4..20], family);
    inet_addr_field(&mut f, "idiag_dst", &b[20..36], family);
    f.push(("idiag_if", ifindex(u32_at(b, 36))));
    f.push(("idiag_cookie", cookie(b, 40)));
    Value::Struct(f, false)
}

/// `struct inet_diag_req_v2` (56 bytes), then request attributes.
fn inet_req_v2(c: &Ctx, family: u8, addr: u64, len: u64) -> Value {
    diag_struct(
        c,
        addr,
        len,
        56,
        ("sdiag_family", family_sym(family)),
        |b| {
            vec![
                (
                    "sdiag_protocol",
                    sym(fl::IPPROTO_NAMES, b[1] as u64, "IPPROTO_???"),
                ),
                (
                    "idiag_ext",
                    xflags(t::INET_DIAG_EXT, b[2] as u64, "1<<INET_DIAG_\\???-1"),
                ),
                (
                    "idiag_states",
                    xflags(t::TCP_STATE_FLAGS, u32_at(b, 4) as u64, "1<<TCP_???"),
                ),
                ("id", sockid(b, 8, family)),
            ]
        },
        Some(&inet_req_attrs),
    )
}

/// The old `struct inet_diag_req` (60 bytes) of TCPDIAG_GETSOCK and DCCPDIAG_GETSOCK.
fn inet_req_compat(c: &Ctx, family: u8, addr: u64, len: u64) -> Value {
    diag_struct(
        c,
        addr,
        len,
        60,
        ("idiag_family", family_sym(family)),
        |b| {
            vec![
                ("idiag_src_len", Value::Uint(b[1] as u64)),
                ("idiag_dst_len", Value::Uint(b[2] as u64)),
                (
                    "idiag_ext",
                    xflags(t::INET_DIAG_EXT, b[3] as u64, "1<<INET_DIAG_\\???-1"),
                ),
                ("id", sockid(b, 4, family)),
                (
                    "idiag_states",
                    xflags(t::TCP_STATE_FLAGS, u32_at(b, 52) as u64, "1<<TCP_???"),
                ),
                ("idiag_dbs", uint(u32_at(b, 56))),
            ]
        },
        Some(&inet_req_attrs),
    )
}

fn inet_req_attrs(c: &Ctx, addr: u64, len: u64) -> Value {
    splice_parts(nlattrs(
        c,
        addr,
        len,
        t::INET_DIAG_REQ_ATTRS,
        "INET_DIAG_REQ_???",
        &|c, kind, a, l| match kind {
            1 => bytecode(c, a, l),
            3 => nla_xval(c, a, l, 0, fl::IPPROTO_NAMES, "IPPROTO_???"),
            _ => None,
        },
    ))
}

/// Reads `n` bytes, or None.
fn read(c: &Ctx, addr: u64, n: usize) -> Option<Vec<u8>> {
    let mut b = vec![0u8; n];
    c.mem.read_exact(addr, &mut b).then_some(b)
}

/// A fixed-size attribute structure: None (hex bytes) when the data is shorter, its address
/// when unreadable.
fn nla_struct(
    c: &Ctx,
    addr: u64,
    len: u64,
    size: usize,
    f: impl FnOnce(&[u8]) -> Value,
) -> Option<Value> {
    if len < size as u64 {
        return None;
    }
    Some(match read(c, addr, size) {
        Some(b) => f(&b),
        None => Value::Ptr(addr),
    })
}

/// `struct inet_diag_bc_op`.
fn bc_op(b: &[u8]) -> Value {
    Value::Struct(
        vec![
            (
                "code",
                sym(t::INET_DIAG_BYTECODES, b[0] as u64, "INET_DIAG_BC_???"),
            ),
            ("yes", Value::Uint(b[1] as u64)),
            ("no", Value::Uint(u16_at(b, 2) as u64)),
        ],
        false,
    )
}

/// INET_DIAG_REQ_BYTECODE: strace decodes the first operation, then the rest of the
/// attribute as that operation's data.
fn bytecode(c: &Ctx, addr: u64, len: u64) -> Option<Value> {
    if len < 4 {
        return None;
    }
    let Some(op) = read(c, addr, 4) else {
        return Some(Value::Ptr(addr));
    };
    if len == 4 {
        return Some(bc_op(&op));
    }
    let (a, l) = (addr + 4, len - 4);
    let hex = || hex_bytes(c, a, l);
    let data = match op[0] {
        // S_COND, D_COND: struct inet_diag_hostcond, then the address.
        7 | 8 => nla_struct(c, a, l, 8, |b| {
            let family = b[0];
            let mut f = vec![
                ("family", family_sym(family)),
                ("prefix_len", Value::Uint(b[1] as u64)),
                ("port", uint(u32_at(b, 4))),
            ];
            if l > 8 {
                inet_addr_at(c, &mut f, "addr", a + 8, l - 8, family);
            }
            Value::Struct(f, false)
        })
        .unwrap_or_else(hex),
        9 => nla_struct(c, a, l, 4, |b| ifindex(u32_at(b, 0))).unwrap_or_else(hex),
        2..=5 => nla_struct(c, a, l, 4, bc_op).unwrap_or_else(hex),
        10 => nla_struct(c, a, l, 8, |b| {
            Value::Struct(
                vec![("mark", uint(u32_at(b, 0))), ("mask", uint(u32_at(b, 4)))],
                false,
            )
        })
        .unwrap_or_else(hex),
        _ => hex(),
    };
    Some(payload_parts(vec![bc_op(&op), data]))
}

/// strace's decode_inet_addr: an address of `family` read from the tracee.
fn inet_addr_at(
    c: &Ctx,
    f: &mut Vec<(&'static str, Value)>,
    name: &'static str,
    addr: u64,
    len: u64,
    family: u8,
) {
    let size = match family {
        AF_INET => 4,
        AF_INET6 => 16,
        _ => 0,
    };
    if size == 0 || len < size {
        f.push((name, hex_bytes(c, addr, len)));
        return;
    }
    match read(c, addr, size as usize) {
        Some(b) => inet_addr_field(f, name, &b, family),
        None => f.push((name, Value::Ptr(addr))),
    }
}

/// Splices the parts of attribute values made with [`payload_parts`] into their
/// `[{nla header}, ...]` arrays (strace prints INET_DIAG_REQ_BYTECODE's op and its data as
/// two elements there).
fn splice_parts(v: Value) -> Value {
    match v {
        Value::Array(items, more) => {
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match it {
                    Value::Commented(inner, tag) if tag == "\u{0}parts" => match *inner {
                        Value::Array(parts, _) => out.extend(parts),
                        other => out.push(other),
                    },
                    other => out.push(splice_parts(other)),
                }
            }
            Value::Array(out, more)
        }
        v => v,
    }
}

/// `struct inet_diag_msg` (72 bytes), then INET_DIAG_* attributes.
fn inet_msg(c: &Ctx, family: u8, addr: u64, len: u64) -> Value {
    diag_struct(
        c,
        addr,
        len,
        72,
        ("idiag_family", family_sym(family)),
        |b| {
            vec![
                ("idiag_state", sym(t::TCP_STATES, b[1] as u64, "TCP_???")),
                ("idiag_timer", Value::Uint(b[2] as u64)),
                ("idiag_retrans", Value::Uint(b[3] as u64)),
                ("id", sockid(b, 4, family)),
                ("idiag_expires", uint(u32_at(b, 52))),
                ("idiag_rqueue", uint(u32_at(b, 56))),
                ("idiag_wqueue", uint(u32_at(b, 60))),
                ("idiag_uid", uint(u32_at(b, 64))),
                ("idiag_inode", uint(u32_at(b, 68))),
            ]
        },
        Some(&|c, a, l| {
            splice_parts(nlattrs(
                c,
                a,
                l,
                t::INET_DIAG_ATTRS,
                "INET_DIAG_???",
                &inet_attr,
            ))
        }),
    )
}

fn u32_fields(b: &[u8], names: &[&'static str]) -> Value {
    Value::Struct(
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, uint(u32_at(b, i * 4))))
            .collect(),
        false,
    )
}

fn inet_attr(c: &Ctx, kind: u16, a: u64, l: u64) -> Option<Value> {
    match kind {
        1 => nla_struct(c, a, l, 16, |b| {
            u32_fields(b, &["idiag_rmem", "idiag_wmem", "idiag_fmem", "idiag_tmem"])
        }),
        3 => nla_struct(c, a, l, 16, |b| {
            u32_fields(
                b,
                &["tcpv_enabled", "tcpv_rttcnt", "tcpv_rtt", "tcpv_minrtt"],
            )
        }),
        4 => Some(nla_str(c, a, l)),
        5 | 6 | 11 => nla_u8(c, a, l),
        10 => nla_xval(c, a, l, 0, fl::IPPROTO_NAMES, "IPPROTO_???"),
        18 => md5sig(c, a, l),
        20 => Some(nlattrs(
            c,
            a,
            l,
            t::SK_DIAG_BPF_STORAGES_ATTRS,
            "SK_DIAG_BPF_STORAGE_???",
            &|c, k, a, l| match k {
                1 => Some(nlattrs(
                    c,
                    a,
                    l,
                    t::SK_DIAG_BPF_STORAGE_ATTRS,
                    "SK_DIAG_BPF_STORAGE_???",
                    &|c, k, a, l| match k {
                        2 => nla_u32(c, a, l),
                        3 => nla_xint(c, a, l),
                        _ => None,
                    },
                )),
                _ => None,
            },
        )),
        7 => meminfo(c, a, l),
        8 => shutdown(c, a, l),
        9 => nla_struct(c, a, l, 16, |b| {
            Value::Struct(
                vec![
                    ("dctcp_enabled", Value::Uint(u16_at(b, 0) as u64)),
                    ("dctcp_ce_state", Value::Uint(u16_at(b, 2) as u64)),
                    ("dctcp_alpha", uint(u32_at(b, 4))),
                    ("dctcp_ab_ecn", uint(u32_at(b, 8))),
                    ("dctcp_ab_tot", uint(u32_at(b, 12))),
                ],
                false,
            )
        }),
        15 | 17 => nla_u32(c, a, l),
        16 => nla_struct(c, a, l, 20, |b| {
            Value::Struct(
                vec![
                    ("bbr_bw_lo", Value::Hex(u32_at(b, 0) as u64)),
                    ("bbr_bw_hi", Value::Hex(u32_at(b, 4) as u64)),
                    ("bbr_min_rtt", uint(u32_at(b, 8))),
                    ("bbr_pacing_gain", uint(u32_at(b, 12))),
                    ("bbr_cwnd_gain", uint(u32_at(b, 16))),
                ],
                false,
            )
        }),
        19 => Some(nlattrs(
            c,
            a,
            l,
            t::INET_ULP_INFO_ATTRS,
            "INET_ULP_INFO_???",
            &ulp_attr,
        )),
        21 => nla_u64(c, a, l),
        22 => sockopt(c, a, l),
        _ => None,
    }
}

/// An `N`-byte constant attribute (decode_nla_xval): hex bytes when longer than 8 bytes or
/// shorter than `size`.
fn nla_xval(c: &Ctx, a: u64, l: u64, size: u64, table: Xlat, dflt: &'static str) -> Option<Value> {
    if l > 8 || l < size {
        return None;
    }
    let n = if size != 0 { l.min(size) } else { l };
    let mut b = [0u8; 8];
    if !c.mem.read_exact(a, &mut b[..n as usize]) {
        return Some(Value::Ptr(a));
    }
    Some(sym(table, u64::from_le_bytes(b), dflt))
}

fn nla_flags(c: &Ctx, a: u64, l: u64, size: u64, table: Xlat, dflt: &'static str) -> Option<Value> {
    if l > 8 || l < size {
        return None;
    }
    let n = if size != 0 { l.min(size) } else { l };
    let mut b = [0u8; 8];
    if !c.mem.read_exact(a, &mut b[..n as usize]) {
        return Some(Value::Ptr(a));
    }
    Some(xflags(table, u64::from_le_bytes(b), dflt))
}

fn ulp_attr(c: &Ctx, kind: u16, a: u64, l: u64) -> Option<Value> {
    match kind {
        1 => Some(nla_str(c, a, l)),
        2 => Some(nlattrs(
            c,
            a,
            l,
            t::TLS_INFO_ATTRS,
            "TLS_INFO_???",
            &|c, k, a, l| match k {
                1 => nla_xval(c, a, l, 2, t::TLS_VERSIONS, "TLS_???_VERSION"),
                2 => nla_xval(c, a, l, 2, t::TLS_CIPHERS, "TLS_CIPHER_???"),
                3 | 4 => nla_xval(c, a, l, 2, t::TLS_CONFIGS, "TLS_CONF_???"),
                _ => None,
            },
        )),
        3 => Some(nlattrs(
            c,
            a,
            l,
            t::MPTCP_SUBFLOW_ATTRS,
            "MPTCP_SUBFLOW_ATTR_???",
            &|c, k, a, l| match k {
                1 | 2 => nla_u32(c, a, l).map(|v| match v {
                    Value::Uint(x) => Value::Hex(x),
                    v => v,
                }),
                3 | 5 | 6 => nla_u32(c, a, l),
                4 => nla_u64(c, a, l),
                7 => nla_u16(c, a, l),
                8 => nla_flags(c, a, l, 4, t::MPTCP_SUBFLOW_FLAGS, "MPTCP_SUBFLOW_FLAG_???"),
                9 | 10 => nla_u8(c, a, l),
                _ => None,
            },
        )),
        _ => None,
    }
}

/// INET_DIAG_SHUTDOWN: one byte of RCV_SHUTDOWN/SEND_SHUTDOWN bits, always shown as a number
/// with the names in a comment (the names are not UAPI).
fn shutdown(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    if !(1..=8).contains(&l) {
        return None;
    }
    let mut b = [0u8; 1];
    if !c.mem.read_exact(a, &mut b) {
        return Some(Value::Ptr(a));
    }
    let v = b[0] as u64;
    let f = super::flags(t::SHUTDOWN_FLAGS, v);
    if v == 0 {
        return Some(Value::Uint(0));
    }
    let mut names: Vec<String> = f.names.iter().map(|s| s.to_string()).collect();
    if f.rest != 0 {
        names.push(format!("{:#x}", f.rest));
    }
    let comment = if f.names.is_empty() {
        String::from("???_SHUTDOWN")
    } else {
        names.join("|")
    };
    Some(Value::Commented(Box::new(Value::Hex(v)), comment))
}

/// `struct inet_diag_sockopt` bit fields: all of them with -v, else only the set ones.
fn sockopt(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    const NAMES: [&str; 11] = [
        "recverr",
        "is_icsk",
        "freebind",
        "hdrincl",
        "mc_loop",
        "transparent",
        "mc_all",
        "nodefrag",
        "bind_address_no_port",
        "recverr_rfc4884",
        "defer_connect",
    ];
    let s = nla_struct(c, a, l, 2, |b| {
        let bits = u16_at(b, 0);
        let mut f = Vec::new();
        for (i, n) in NAMES.iter().enumerate() {
            let v = (bits >> i) & 1;
            if c.opts.verbose || v != 0 {
                f.push((*n, Value::Uint(v as u64)));
            }
        }
        let unused = (bits >> 11) & 0x1f;
        if c.opts.verbose || unused != 0 {
            f.push((
                "unused",
                Value::Commented(Box::new(Value::Hex(unused as u64)), "bits 3..8".into()),
            ));
        }
        Value::Struct(f, false)
    })?;
    if matches!(s, Value::Ptr(_)) || l <= 2 {
        return Some(s);
    }
    // Bytes past the structure follow, when any is non-zero, as
    // `/* bytes 2..N */ "\x.."` (strace's print_nonzero_bytes).
    let end = l.min(4096);
    match read(c, a + 2, (end - 2) as usize) {
        Some(b) if b.iter().any(|&x| x != 0) => {
            let shown = b.len().min(c.opts.strsize);
            let mut text = format!("/* bytes 2..{} */ \"", end - 1);
            for x in &b[..shown] {
                text.push_str(&format!("\\x{x:02x}"));
            }
            text.push('"');
            if shown < b.len() {
                text.push_str("...");
            }
            Some(payload_parts(vec![s, Value::Expr(text)]))
        }
        _ => Some(s),
    }
}

/// INET_DIAG_MD5SIG: an array of `struct tcp_diag_md5sig` (100 bytes).
fn md5sig(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    let n = l / 100;
    (n > 0).then(|| {
        array_of(c, a, n, 100, |b| {
            let family = b[0];
            let keylen = u16_at(b, 2);
            let mut f = vec![
                ("tcpm_family", family_sym(family)),
                ("tcpm_prefixlen", Value::Uint(b[1] as u64)),
                ("tcpm_keylen", Value::Uint(keylen as u64)),
            ];
            inet_addr_field(&mut f, "tcpm_addr", &b[4..20], family);
            let klen = (keylen as usize).min(80);
            f.push(("tcpm_key", Value::Str(hex_str(&b[20..20 + klen]))));
            Some(Value::Struct(f, false))
        })
    })
}

/// decode_nla_xint: an integer of 1, 2, 4 or 8 bytes in hex, else hex bytes.
fn nla_xint(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    if !matches!(l, 1 | 2 | 4 | 8) {
        return None;
    }
    let mut b = [0u8; 8];
    if !c.mem.read_exact(a, &mut b[..l as usize]) {
        return Some(Value::Ptr(a));
    }
    Some(Value::Hex(u64::from_le_bytes(b)))
}

/// An array of u32 named by SK_MEMINFO_* indices (decode_nla_meminfo).
fn meminfo(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    let n = l / 4;
    if n == 0 {
        return None;
    }
    let mut i = 0u64;
    Some(array_of(c, a, n, 4, |b| {
        let v = u32_at(b, 0);
        let raw = Value::Expr(format!("[{i}]={v}"));
        let elem = match crate::xlat::name_of(t::SK_MEMINFO, i) {
            // `-X raw` prints the index as a number.
            Some(name) => Value::Alt(
                Box::new(raw),
                Box::new(Value::Expr(format!("[{name}]={v}"))),
            ),
            None => Value::Expr(format!("[{i} /* SK_MEMINFO_??? */]={v}")),
        };
        i += 1;
        Some(elem)
    }))
}

/// A uid attribute: -1 for (uid_t)-1.
fn nla_uid(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_u32(c, a, l).map(|v| match v {
        Value::Uint(0xffff_ffff) => Value::Int(-1),
        v => v,
    })
}

/// `struct unix_diag_req` (24 bytes).
fn unix_req(c: &Ctx, addr: u64, len: u64) -> Value {
    diag_struct(
        c,
        addr,
        len,
        24,
        ("sdiag_family", family_sym(AF_UNIX)),
        |b| {
            vec![
                ("sdiag_protocol", Value::Uint(b[1] as u64)),
                (
                    "udiag_states",
                    xflags(t::TCP_STATE_FLAGS, u32_at(b, 4) as u64, "1<<TCP_???"),
                ),
                ("udiag_ino", uint(u32_at(b, 8))),
                (
                    "udiag_show",
                    xflags(t::UNIX_DIAG_SHOW, u32_at(b, 12) as u64, "UDIAG_SHOW_???"),
                ),
                ("udiag_cookie", cookie(b, 16)),
            ]
        },
        None,
    )
}

/// `struct unix_diag_msg` (16 bytes), then UNIX_DIAG_* attributes.
fn unix_msg(c: &Ctx, addr: u64, len: u64) -> Value {
    diag_struct(
        c,
        addr,
        len,
        16,
        ("udiag_family", family_sym(AF_UNIX)),
        |b| {
            vec![
                ("udiag_type", sym(fl::SOCKET_TYPES, b[1] as u64, "SOCK_???")),
                ("udiag_state", sym(t::TCP_STATES, b[2] as u64, "TCP_???")),
                ("udiag_ino", uint(u32_at(b, 4))),
                ("udiag_cookie", cookie(b, 8)),
            ]
        },
        Some(&|c, a, l| {
            nlattrs(
                c,
                a,
                l,
                t::UNIX_DIAG_ATTRS,
                "UNIX_DIAG_???",
                &|c, kind, a, l| match kind {
                    0 => Some(nla_str(c, a, l)),
                    1 => nla_struct(c, a, l, 8, |b| {
                        Value::Struct(
                            vec![
                                ("udiag_vfs_dev", super::file::makedev(u32_at(b, 4) as u64)),
                                ("udiag_vfs_ino", uint(u32_at(b, 0))),
                            ],
                            false,
                        )
                    }),
                    2 => nla_u32(c, a, l),
                    3 => {
                        let n = l / 4;
                        (n > 0).then(|| array_of(c, a, n, 4, |b| Some(uint(u32_at(b, 0)))))
                    }
                    4 => nla_struct(c, a, l, 8, |b| {
                        u32_fields(b, &["udiag_rqueue", "udiag_wqueue"])
                    }),
                    5 => meminfo(c, a, l),
                    6 => nla_u8(c, a, l),
                    7 => nla_uid(c, a, l),
                    _ => None,
                },
            )
        }),
    )
}

/// `struct netlink_diag_req` (20 bytes).
fn netlink_req(c: &Ctx, addr: u64, len: u64) -> Value {
    diag_struct(
        c,
        addr,
        len,
        20,
        ("sdiag_family", family_sym(AF_NETLINK)),
        |b| {
            let proto = if b[1] == 255 {
                Value::Sym("NDIAG_PROTO_ALL", 255)
            } else {
                sym(fl::NETLINK_PROTOCOLS, b[1] as u64, "NETLINK_???")
            };
            vec![
                ("sdiag_protocol", proto),
                ("ndiag_ino", uint(u32_at(b, 4))),
                (
                    "ndiag_show",
                    xflags(t::NETLINK_DIAG_SHOW, u32_at(b, 8) as u64, "NDIAG_SHOW_???"),
                ),
                ("ndiag_cookie", cookie(b, 12)),
            ]
        },
        None,
    )
}

/// `struct netlink_diag_msg` (28 bytes), then NETLINK_DIAG_* attributes.
fn netlink_msg(c: &Ctx, addr: u64, len: u64) -> Value {
    diag_struct(
        c,
        addr,
        len,
        28,
        ("ndiag_family", family_sym(AF_NETLINK)),
        |b| {
            vec![
                ("ndiag_type", sym(fl::SOCKET_TYPES, b[1] as u64, "SOCK_???")),
                (
                    "ndiag_protocol",
                    sym(fl::NETLINK_PROTOCOLS, b[2] as u64, "NETLINK_???"),
                ),
                (
                    "ndiag_state",
                    sym(t::NETLINK_STATES, b[3] as u64, "NETLINK_???"),
                ),
                ("ndiag_portid", uint(u32_at(b, 4))),
                ("ndiag_dst_portid", uint(u32_at(b, 8))),
                ("ndiag_dst_group", uint(u32_at(b, 12))),
                ("ndiag_ino", uint(u32_at(b, 16))),
                ("ndiag_cookie", cookie(b, 20)),
            ]
        },
        Some(&|c, a, l| {
            nlattrs(
                c,
                a,
                l,
                t::NETLINK_DIAG_ATTRS,
                "NETLINK_DIAG_???",
                &|c, kind, a, l| match kind {
                    0 => meminfo(c, a, l),
                    1 => {
                        let n = l / 8;
                        (n > 0).then(|| array_of(c, a, n, 8, |b| Some(hex0(u64_at(b, 0), 16))))
                    }
                    2 | 3 => nla_struct(c, a, l, 16, |b| {
                        u32_fields(
                            b,
                            &[
                                "ndr_block_size",
                                "ndr_block_nr",
                                "ndr_frame_size",
                                "ndr_frame_nr",
                            ],
                        )
                    }),
                    4 => nla_struct(c, a, l, 4, |b| {
                        xflags(
                            t::NETLINK_SOCKET_FLAGS,
                            u32_at(b, 0) as u64,
                            "NDIAG_FLAG_???",
                        )
                    }),
                    _ => None,
                },
            )
        }),
    )
}

/// `struct packet_diag_req` (20 bytes).
fn packet_req(c: &Ctx, addr: u64, len: u64) -> Value {
    diag_struct(
        c,
        addr,
        len,
        20,
        ("sdiag_family", family_sym(AF_PACKET)),
        |b| {
            vec![
                ("sdiag_protocol", Value::Hex(b[1] as u64)),
                ("pdiag_ino", uint(u32_at(b, 4))),
                (
                    "pdiag_show",
                    xflags(t::PACKET_DIAG_SHOW, u32_at(b, 8) as u64, "PACKET_SHOW_???"),
                ),
                ("pdiag_cookie", cookie(b, 12)),
            ]
        },
        None,
    )
}

/// `struct packet_diag_msg` (16 bytes), then PACKET_DIAG_* attributes.
fn packet_msg(c: &Ctx, addr: u64, len: u64) -> Value {
    diag_struct(
        c,
        addr,
        len,
        16,
        ("pdiag_family", family_sym(AF_PACKET)),
        |b| {
            vec![
                ("pdiag_type", sym(fl::SOCKET_TYPES, b[1] as u64, "SOCK_???")),
                (
                    "pdiag_num",
                    sym(crate::xlat::netipc::ETH_P, u16_at(b, 2) as u64, "ETH_P_???"),
                ),
                ("pdiag_ino", uint(u32_at(b, 4))),
                ("pdiag_cookie", cookie(b, 8)),
            ]
        },
        Some(&|c, a, l| {
            nlattrs(
                c,
                a,
                l,
                t::PACKET_DIAG_ATTRS,
                "PACKET_DIAG_???",
                &packet_attr,
            )
        }),
    )
}

fn packet_attr(c: &Ctx, kind: u16, a: u64, l: u64) -> Option<Value> {
    match kind {
        0 => nla_struct(c, a, l, 24, |b| {
            Value::Struct(
                vec![
                    ("pdi_index", ifindex(u32_at(b, 0))),
                    (
                        "pdi_version",
                        sym(t::TPACKET_VERSIONS, u32_at(b, 4) as u64, "TPACKET_???"),
                    ),
                    ("pdi_reserve", uint(u32_at(b, 8))),
                    ("pdi_copy_thresh", uint(u32_at(b, 12))),
                    ("pdi_tstamp", uint(u32_at(b, 16))),
                    (
                        "pdi_flags",
                        xflags(t::PACKET_DIAG_INFO_FLAGS, u32_at(b, 20) as u64, "PDI_???"),
                    ),
                ],
                false,
            )
        }),
        1 => {
            let n = l / 44;
            (n > 0).then(|| {
                array_of(c, a, n, 44, |b| {
                    let alen = u16_at(b, 10);
                    let shown = (alen as usize).min(32);
                    Some(Value::Struct(
                        vec![
                            ("pdmc_index", ifindex(u32_at(b, 0))),
                            ("pdmc_count", uint(u32_at(b, 4))),
                            ("pdmc_type", Value::Uint(u16_at(b, 8) as u64)),
                            ("pdmc_alen", Value::Uint(alen as u64)),
                            ("pdmc_addr", Value::Str(hex_str(&b[12..12 + shown]))),
                        ],
                        false,
                    ))
                })
            })
        }
        2 | 3 => nla_struct(c, a, l, 28, |b| {
            u32_fields(
                b,
                &[
                    "pdr_block_size",
                    "pdr_block_nr",
                    "pdr_frame_size",
                    "pdr_frame_nr",
                    "pdr_retire_tmo",
                    "pdr_sizeof_priv",
                    "pdr_features",
                ],
            )
        }),
        4 => nla_u32(c, a, l),
        5 => nla_uid(c, a, l),
        6 => meminfo(c, a, l),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::DecodeOpts;
    use super::super::netlink::testbuf::{self, msg, nla};
    use super::super::testmem::{FakeMem, opts};

    fn decode(mem: &FakeMem, addr: u64, len: u64, o: &DecodeOpts) -> String {
        testbuf::decode(mem, Some(4), addr, len, o)
    }

    fn sockid4() -> Vec<u8> {
        let mut b = vec![0, 80, 1, 187, 10, 0, 0, 1];
        b.extend_from_slice(&[0; 12]);
        b.extend_from_slice(&[10, 0, 0, 2]);
        b.extend_from_slice(&[0; 12]);
        for v in [0u32, 5, 6] {
            b.extend_from_slice(&v.to_le_bytes());
        }
        b
    }

    #[test]
    fn inet_request_and_bytecode() {
        // What `ss -tan` sends, as strace 6.1 prints it.
        let mut p = vec![2, 6, 0, 0];
        p.extend_from_slice(&0xfffu32.to_le_bytes());
        p.extend_from_slice(&[0; 48]);
        let m = FakeMem::default().with(0x1000, &msg(20, 0x301, &p));
        assert_eq!(
            decode(&m, 0x1000, 72, &opts()),
            "[{nlmsg_len=72, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, {sdiag_family=AF_INET, sdiag_protocol=IPPROTO_TCP, idiag_ext=0, idiag_states=1<<TCP_ESTABLISHED|1<<TCP_SYN_SENT|1<<TCP_SYN_RECV|1<<TCP_FIN_WAIT1|1<<TCP_FIN_WAIT2|1<<TCP_TIME_WAIT|1<<TCP_CLOSE|1<<TCP_CLOSE_WAIT|1<<TCP_LAST_ACK|1<<TCP_LISTEN|1<<TCP_CLOSING|0x1, id={idiag_sport=htons(0), idiag_dport=htons(0), idiag_src=inet_addr(\"0.0.0.0\"), idiag_dst=inet_addr(\"0.0.0.0\"), idiag_if=0, idiag_cookie=[0, 0]}}]"
        );
        // A bytecode attribute: the first op, then its data; REQ_PROTOCOL by name.
        let mut p = vec![2, 6, 0, 0];
        p.extend_from_slice(&0x400u32.to_le_bytes());
        p.extend_from_slice(&sockid4());
        p.extend(nla(1, &[2, 8, 12, 0, 0, 4, 0xe8, 3]));
        p.extend(nla(3, &0x106u32.to_le_bytes()));
        let b = msg(20, 0x301, &p);
        let m = FakeMem::default().with(0x1000, &b);
        assert_eq!(
            decode(&m, 0x1000, b.len() as u64, &opts()),
            "[{nlmsg_len=92, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, {sdiag_family=AF_INET, sdiag_protocol=IPPROTO_TCP, idiag_ext=0, idiag_states=1<<TCP_LISTEN, id={idiag_sport=htons(80), idiag_dport=htons(443), idiag_src=inet_addr(\"10.0.0.1\"), idiag_dst=inet_addr(\"10.0.0.2\"), idiag_if=0, idiag_cookie=[5, 6]}}, [[{nla_len=12, nla_type=INET_DIAG_REQ_BYTECODE}, {code=INET_DIAG_BC_S_GE, yes=8, no=12}, {code=INET_DIAG_BC_NOP, yes=4, no=1000}], [{nla_len=8, nla_type=INET_DIAG_REQ_PROTOCOL}, IPPROTO_MPTCP]]]"
        );
    }

    #[test]
    fn inet_reply_attributes() {
        let mut p = vec![2, 10, 0, 0];
        p.extend_from_slice(&sockid4());
        for v in [0u32, 0, 5, 0, 146] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.extend(nla(8, &[0]));
        p.extend(nla(8, &[3]));
        p.extend(nla(21, &1u64.to_le_bytes()));
        p.extend(nla(22, &0x52u16.to_le_bytes()));
        let mut mem = Vec::new();
        for v in 0..9u32 {
            mem.extend_from_slice(&(v * 10).to_le_bytes());
        }
        p.extend(nla(7, &mem));
        p.extend(nla(9, &[1, 2, 3]));
        let b = msg(20, 2, &p);
        let m = FakeMem::default().with(0x1000, &b);
        let head = "[{nlmsg_len=172, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, nlmsg_pid=0}, {idiag_family=AF_INET, idiag_state=TCP_LISTEN, idiag_timer=0, idiag_retrans=0, id={idiag_sport=htons(80), idiag_dport=htons(443), idiag_src=inet_addr(\"10.0.0.1\"), idiag_dst=inet_addr(\"10.0.0.2\"), idiag_if=0, idiag_cookie=[5, 6]}, idiag_expires=0, idiag_rqueue=0, idiag_wqueue=5, idiag_uid=0, idiag_inode=146}, ";
        assert_eq!(
            decode(&m, 0x1000, b.len() as u64, &opts()),
            format!(
                "{head}[[{{nla_len=5, nla_type=INET_DIAG_SHUTDOWN}}, 0], [{{nla_len=5, nla_type=INET_DIAG_SHUTDOWN}}, 0x3 /* RCV_SHUTDOWN|SEND_SHUTDOWN */], [{{nla_len=12, nla_type=INET_DIAG_CGROUP_ID}}, 1], [{{nla_len=6, nla_type=INET_DIAG_SOCKOPT}}, {{is_icsk=1, mc_loop=1, mc_all=1}}], [{{nla_len=40, nla_type=INET_DIAG_SKMEMINFO}}, [[SK_MEMINFO_RMEM_ALLOC]=0, [SK_MEMINFO_RCVBUF]=10, [SK_MEMINFO_WMEM_ALLOC]=20, [SK_MEMINFO_SNDBUF]=30, [SK_MEMINFO_FWD_ALLOC]=40, [SK_MEMINFO_WMEM_QUEUED]=50, [SK_MEMINFO_OPTMEM]=60, [SK_MEMINFO_BACKLOG]=70, [SK_MEMINFO_DROPS]=80]], [{{nla_len=7, nla_type=INET_DIAG_DCTCPINFO}}, \"\\x01\\x02\\x03\"]]]"
            )
        );
        // -v shows every sockopt bit; -s 2 cuts the attribute list.
        let v = DecodeOpts {
            strsize: 32,
            verbose: true,
        };
        assert!(decode(&m, 0x1000, b.len() as u64, &v).contains("{recverr=0, is_icsk=1, freebind=0, hdrincl=0, mc_loop=1, transparent=0, mc_all=1, nodefrag=0, bind_address_no_port=0, recverr_rfc4884=0, defer_connect=0, unused=0 /* bits 3..8 */}"));
        let s2 = DecodeOpts {
            strsize: 2,
            verbose: false,
        };
        assert!(
            decode(&m, 0x1000, b.len() as u64, &s2)
                .ends_with("0x3 /* RCV_SHUTDOWN|SEND_SHUTDOWN */], ...]]")
        );
    }

    #[test]
    fn unix_netlink_packet() {
        let mut p = vec![1, 5, 10, 0];
        for v in [77u32, 1, 2] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.extend(nla(0, b"/tmp/x\0"));
        p.extend(nla(1, &[0xd2, 4, 0, 0, 1, 8, 0, 0]));
        p.extend(nla(3, &[4, 0, 0, 0, 5, 0, 0, 0]));
        p.extend(nla(7, &[0xff; 4]));
        let b = msg(20, 0, &p);
        let m = FakeMem::default().with(0x1000, &b);
        assert_eq!(
            decode(&m, 0x1000, b.len() as u64, &opts()),
            "[{nlmsg_len=76, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=0}, {udiag_family=AF_UNIX, udiag_type=SOCK_SEQPACKET, udiag_state=TCP_LISTEN, udiag_ino=77, udiag_cookie=[1, 2]}, [[{nla_len=11, nla_type=UNIX_DIAG_NAME}, \"/tmp/x\"], [{nla_len=12, nla_type=UNIX_DIAG_VFS}, {udiag_vfs_dev=makedev(0x8, 0x1), udiag_vfs_ino=1234}], [{nla_len=12, nla_type=UNIX_DIAG_ICONS}, [4, 5]], [{nla_len=8, nla_type=UNIX_DIAG_UID}, -1]]]"
        );
        let mut p = vec![16, 255, 0, 0];
        for v in [3u32, 0x1f, 1, 2] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        let m = FakeMem::default().with(0x1000, &msg(20, 0x301, &p));
        assert_eq!(
            decode(&m, 0x1000, 36, &opts()),
            "[{nlmsg_len=36, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, {sdiag_family=AF_NETLINK, sdiag_protocol=NDIAG_PROTO_ALL, ndiag_ino=3, ndiag_show=NDIAG_SHOW_MEMINFO|NDIAG_SHOW_GROUPS|NDIAG_SHOW_RING_CFG|NDIAG_SHOW_FLAGS|0x10, ndiag_cookie=[1, 2]}]"
        );
        let mut p = vec![16, 3, 0, 1];
        for v in [1u32, 2, 3, 4, 5, 6] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.extend(nla(1, &[0; 8]));
        p.extend(nla(4, &0x40u32.to_le_bytes()));
        let b = msg(20, 0, &p);
        let m = FakeMem::default().with(0x1000, &b);
        assert_eq!(
            decode(&m, 0x1000, b.len() as u64, &opts()),
            "[{nlmsg_len=64, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=0}, {ndiag_family=AF_NETLINK, ndiag_type=SOCK_RAW, ndiag_protocol=NETLINK_ROUTE, ndiag_state=NETLINK_CONNECTED, ndiag_portid=1, ndiag_dst_portid=2, ndiag_dst_group=3, ndiag_ino=4, ndiag_cookie=[5, 6]}, [[{nla_len=12, nla_type=NETLINK_DIAG_GROUPS}, [0000000000000000]], [{nla_len=8, nla_type=NETLINK_DIAG_FLAGS}, 0x40 /* NDIAG_FLAG_??? */]]]"
        );
        let mut p = vec![17, 3, 8, 0];
        for v in [3u32, 1, 2] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        let m = FakeMem::default().with(0x1000, &msg(20, 0, &p));
        assert_eq!(
            decode(&m, 0x1000, 32, &opts()),
            "[{nlmsg_len=32, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=0}, {pdiag_family=AF_PACKET, pdiag_type=SOCK_RAW, pdiag_num=ETH_P_PPP_MP, pdiag_ino=3, pdiag_cookie=[1, 2]}]"
        );
    }

    #[test]
    fn short_unknown_and_unreadable() {
        let h = "{nlmsg_len=17, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=0}";
        let m = FakeMem::default().with(0x1000, &msg(20, 0, &[2]));
        assert_eq!(
            decode(&m, 0x1000, 17, &opts()),
            format!("[{h}, {{family=AF_INET}}]")
        );
        let m = FakeMem::default().with(0x1000, &msg(20, 0, &[99, 1, 2]));
        assert_eq!(
            decode(&m, 0x1000, 19, &opts()),
            "[{nlmsg_len=19, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=0}, {family=0x63 /* AF_??? */, data=\"\\x01\\x02\"}]"
        );
        // Shorter than the structure.
        let m = FakeMem::default().with(0x1000, &msg(20, 0, &[2; 40]));
        assert!(decode(&m, 0x1000, 56, &opts()).ends_with("{idiag_family=AF_INET, ...}]"));
        // The header is readable, the payload is not; then only its first byte is.
        let b = msg(20, 0, &[1; 72]);
        let m = FakeMem::default().with(0x1000, &b[..16]);
        assert!(decode(&m, 0x1000, 88, &opts()).ends_with(", 0x1010]"));
        let m = FakeMem::default().with(0x1000, &b[..17]);
        assert!(decode(&m, 0x1000, 88, &opts()).ends_with(", {udiag_family=AF_UNIX, 0x1011}]"));
        // A huge length over a short buffer never panics.
        let m = FakeMem::default().with(0x1000, &msg(20, 0, &[2; 100]));
        let _ = decode(&m, 0x1000, u64::MAX / 2, &opts());
    }
}
