//! Payloads of NETLINK_ROUTE messages as strace decodes them: the fixed header of each
//! message family (`struct ifinfomsg`, `struct ifaddrmsg`, `struct rtmsg`, `struct ndmsg`,
//! `struct fib_rule_hdr` ...) followed by its attributes, printed as further elements of the
//! message: `[{nlmsg header}, {ifi_family=AF_UNSPEC, ...}, [[{nla_len=7, nla_type=IFLA_IFNAME}, "lo"], ...]]`.
//! Types strace has no decoder for print as `{family=AF_INET, data="\x..."}`.

use super::netlink::{NlMsgHdr, hex_bytes, nla_s32, nla_str, nla_u8, nla_u16, nla_u32, nla_u64};
use super::netlink::{nlattrs, payload_parts};
use super::{Ctx, Value, flags as split_flags, sym, u16_at, u32_at, u64_at};
use crate::xlat::Xlat;
use crate::xlat::flags as fl;
use crate::xlat::netipc as ni;
use crate::xlat::netlink_route as rt;

const AF_INET: u8 = 2;
const AF_BRIDGE: u8 = 7;
const AF_INET6: u8 = 10;
/// MAX_ADDR_LEN: longer hardware addresses print as hex bytes.
const MAX_ADDR_LEN: u64 = 32;

pub fn payload(c: &Ctx, hdr: &NlMsgHdr, addr: u64, len: u64) -> Option<Value> {
    let family = match super::netlink::family_byte(c, hdr, addr)? {
        Ok(f) => f,
        Err(v) => return Some(v),
    };
    Some(match hdr.kind {
        16..=19 => ifinfomsg(c, family, addr, len),
        20..=22 | 58 | 62 => ifaddrmsg(c, family, addr, len),
        24..=26 => rtmsg(c, family, addr, len),
        30 if family == AF_BRIDGE => ifinfomsg(c, family, addr, len),
        28..=30 => ndmsg(c, family, addr, len),
        32..=34 => fib_rule_hdr(c, family, addr, len),
        80..=82 => fixed(
            c,
            family,
            addr,
            len,
            1,
            "ncm_family",
            |_| Vec::new(),
            Some(&|c, a, l| {
                nlattrs(
                    c,
                    a,
                    l,
                    rt::NETCONFA_ATTRS,
                    "NETCONFA_???",
                    &|c, k, a, l| match k {
                        1 => nla_ifindex(c, a, l),
                        2..=8 => nla_s32(c, a, l),
                        _ => None,
                    },
                )
            }),
        ),
        88..=90 => fixed(
            c,
            family,
            addr,
            len,
            1,
            "rtgen_family",
            |_| Vec::new(),
            Some(&|c, a, l| {
                nlattrs(
                    c,
                    a,
                    l,
                    rt::NETNSA_ATTRS,
                    "NETNSA_???",
                    &|c, k, a, l| match k {
                        1 | 4 | 5 => nla_s32(c, a, l),
                        2 => nla_u32(c, a, l),
                        3 => nla_fd(c, a, l),
                        _ => None,
                    },
                )
            }),
        ),
        _ => {
            let mut f = vec![("family", af(family))];
            if len > 1 {
                f.push(("data", hex_bytes(c, addr + 1, len - 1)));
            }
            Value::Struct(f, false)
        }
    })
}

fn af(family: u8) -> Value {
    sym(fl::SOCKET_DOMAINS, family as u64, "AF_???")
}

/// printxval with no default: the number in hex, uncommented, when the value has no name.
fn xval0(table: Xlat, v: u64) -> Value {
    match crate::xlat::name_of(table, v) {
        Some(n) => Value::Sym(n, v),
        None => Value::Hex(v),
    }
}

/// printflags: a zero value prints the table's name for 0 when it has one (NUD_NONE).
fn xflags(table: Xlat, v: u64, unknown: &'static str) -> Value {
    if v == 0
        && let Some(n) = crate::xlat::name_of(table, 0)
    {
        return Value::Sym(n, 0);
    }
    let f = split_flags(table, v);
    if f.names.is_empty() && f.rest != 0 {
        Value::UnknownSym(v, unknown)
    } else {
        Value::Flags(f)
    }
}

/// PRINT_FIELD_X: `0` or `0x...`.
fn hex(v: u64) -> Value {
    Value::Hex(v)
}

type AttrFn<'a> = &'a dyn Fn(&Ctx, u64, u64) -> Value;

/// A message's fixed header of `size` bytes whose first byte (the family, already read) is
/// named `fam_field`: strace prints the family, then the other fields when the payload holds
/// the whole structure (`...` otherwise, the address when unreadable), then the attributes
/// after the aligned structure.
#[allow(clippy::too_many_arguments)]
fn fixed(
    c: &Ctx,
    family: u8,
    addr: u64,
    len: u64,
    size: usize,
    fam_field: &'static str,
    fields: impl FnOnce(&[u8]) -> Vec<(&'static str, Value)>,
    attrs: Option<AttrFn>,
) -> Value {
    let mut f = vec![(fam_field, af(family))];
    let mut decode_nla = false;
    let mut more = false;
    if len >= size as u64 {
        let mut b = vec![0u8; size];
        b[0] = family;
        if size == 1 || c.mem.read_exact(addr + 1, &mut b[1..]) {
            f.extend(fields(&b));
            decode_nla = true;
        } else {
            f.push(("", Value::Ptr(addr + 1)));
        }
    } else {
        more = true;
    }
    let s = Value::Struct(f, more);
    let offset = (size as u64 + 3) & !3;
    match attrs {
        Some(a) if decode_nla && len > offset => {
            payload_parts(vec![s, a(c, addr + offset, len - offset)])
        }
        _ => s,
    }
}

// ---------------------------------------------------------------------------------------
// Attribute data helpers (strace's decode_nla_*).

/// A value of `size` bytes (or, with size 0, of the whole attribute) turned into a value:
/// None (hex bytes) when the attribute is longer than 8 bytes or shorter than `size`.
fn nla_xint(c: &Ctx, a: u64, l: u64, size: u64, f: impl Fn(u64) -> Value) -> Option<Value> {
    if l > 8 || l < size {
        return None;
    }
    let n = if size == 0 { l } else { l.min(size) } as usize;
    let mut b = [0u8; 8];
    if !c.mem.read_exact(a, &mut b[..n]) {
        return Some(Value::Ptr(a));
    }
    Some(f(u64::from_le_bytes(b)))
}

fn nla_xval(c: &Ctx, a: u64, l: u64, size: u64, t: Xlat, unk: &'static str) -> Option<Value> {
    nla_xint(c, a, l, size, |v| sym(t, v, unk))
}

fn nla_flags(c: &Ctx, a: u64, l: u64, size: u64, t: Xlat, unk: &'static str) -> Option<Value> {
    nla_xint(c, a, l, size, |v| xflags(t, v, unk))
}

/// A fixed-size little-endian record: None when shorter, the address when unreadable.
fn nla_rec<const N: usize>(
    c: &Ctx,
    a: u64,
    l: u64,
    f: impl Fn(&[u8; N]) -> Value,
) -> Option<Value> {
    if l < N as u64 {
        return None;
    }
    let mut b = [0u8; N];
    Some(if c.mem.read_exact(a, &mut b) {
        f(&b)
    } else {
        Value::Ptr(a)
    })
}

fn nla_x32(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<4>(c, a, l, |b| hex(u32_at(b, 0) as u64))
}
fn nla_x16(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<2>(c, a, l, |b| hex(u16_at(b, 0) as u64))
}
fn nla_ifindex(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<4>(c, a, l, |b| super::net::ifindex(u32_at(b, 0)))
}
fn nla_fd(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<4>(c, a, l, |b| Value::Fd(u32_at(b, 0) as i32))
}
fn nla_be16(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<2>(c, a, l, |b| {
        Value::Expr(format!("htons({})", u16::from_be_bytes([b[0], b[1]])))
    })
}
fn nla_be64(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<8>(c, a, l, |b| {
        Value::Expr(format!("htobe64({})", u64::from_be_bytes(*b)))
    })
}
fn nla_ip_proto(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_xval(c, a, l, 0, fl::IPPROTO_NAMES, "IPPROTO_???")
}
/// A routing table id (u32): its RT_TABLE_* name or the number.
fn nla_rt_class(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<4>(c, a, l, |b| xval0(rt::RT_TABLES, u32_at(b, 0) as u64))
}
fn nla_rt_proto(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<1>(c, a, l, |b| sym(rt::RTPROT, b[0] as u64, "RTPROT_???"))
}

/// A hardware address: `xx:xx:...`, hex bytes when longer than MAX_ADDR_LEN.
fn nla_hwaddr(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    if l > MAX_ADDR_LEN {
        return None;
    }
    let mut b = vec![0u8; l as usize];
    if !c.mem.read_exact(a, &mut b) {
        return Some(Value::Ptr(a));
    }
    let s: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    Some(super::net::net_bytes(&b, Value::Expr(s.join(":"))))
}

/// Addresses print as strace's calls, their bytes under `-X raw`.
fn in_addr(b: &[u8]) -> Value {
    super::net::net_bytes(&b[..4], super::net::inet_addr(b))
}

fn in6_addr(b: &[u8]) -> Value {
    super::net::net_bytes(&b[..16], super::net::inet6(b, None))
}

fn nla_in6_addr(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<16>(c, a, l, |b| in6_addr(b))
}

/// decode_inet_addr: an IPv4 or IPv6 address by `family`, hex bytes for other families or
/// short data, the address when unreadable.
fn inet_addr(c: &Ctx, a: u64, l: u64, family: u8) -> Value {
    let size = match family {
        AF_INET => 4,
        AF_INET6 => 16,
        _ => 0,
    };
    if size == 0 || l < size {
        return hex_bytes(c, a, l);
    }
    let mut b = [0u8; 16];
    if !c.mem.read_exact(a, &mut b[..size as usize]) {
        return Value::Ptr(a);
    }
    if family == AF_INET {
        in_addr(&b)
    } else {
        in6_addr(&b)
    }
}

/// An array of `N`-byte integers printed with their indices named by `table`:
/// `[[DEVCONF_FORWARDING]=0, [58 /* DEVCONF_??? */]=0]`, cut after `-s` elements unless `-v`.
fn indexed_array<const N: usize>(
    c: &Ctx,
    a: u64,
    l: u64,
    table: Xlat,
    unknown: &str,
    signed: bool,
) -> Option<Value> {
    let cnt = l / N as u64;
    if cnt == 0 {
        return None;
    }
    let shown = if c.opts.verbose {
        cnt
    } else {
        cnt.min(c.opts.strsize as u64)
    };
    let mut items = Vec::new();
    for i in 0..shown {
        let ea = a + i * N as u64;
        let mut b = [0u8; 8];
        if !c.mem.read_exact(ea, &mut b[..N]) {
            if i == 0 {
                return Some(Value::Ptr(a));
            }
            items.push(Value::Commented(
                Box::new(Value::Expr("...".into())),
                format!("{ea:#x}"),
            ));
            return Some(Value::Array(items, false));
        }
        let raw = u64::from_le_bytes(b);
        let v = match (N, signed) {
            (4, true) => (raw as u32 as i32).to_string(),
            _ => raw.to_string(),
        };
        let idx = match crate::xlat::name_of(table, i) {
            Some(n) => n.to_string(),
            None => format!("{i} /* {unknown} */"),
        };
        items.push(Value::Expr(format!("[{idx}]={v}")));
    }
    Some(Value::Array(items, shown < cnt))
}

fn fields_u32(b: &[u8], names: &[&'static str]) -> Value {
    Value::Struct(
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, Value::Uint(u32_at(b, i * 4) as u64)))
            .collect(),
        false,
    )
}

fn fields_u64(b: &[u8], names: &[&'static str]) -> Value {
    Value::Struct(
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, Value::Uint(u64_at(b, i * 8))))
            .collect(),
        false,
    )
}

// ---------------------------------------------------------------------------------------
// RTM_*LINK: struct ifinfomsg and IFLA_* attributes.

const LINK_STATS: [&str; 25] = [
    "rx_packets",
    "tx_packets",
    "rx_bytes",
    "tx_bytes",
    "rx_errors",
    "tx_errors",
    "rx_dropped",
    "tx_dropped",
    "multicast",
    "collisions",
    "rx_length_errors",
    "rx_over_errors",
    "rx_crc_errors",
    "rx_frame_errors",
    "rx_fifo_errors",
    "rx_missed_errors",
    "tx_aborted_errors",
    "tx_carrier_errors",
    "tx_fifo_errors",
    "tx_heartbeat_errors",
    "tx_window_errors",
    "rx_compressed",
    "tx_compressed",
    "rx_nohandler",
    "rx_otherhost_dropped",
];

/// struct rtnl_link_stats (u32 fields) or rtnl_link_stats64 (u64): the whole structure, or
/// exactly the fields up to tx_compressed, else hex bytes.
fn link_stats(c: &Ctx, a: u64, l: u64, width: u64, nfields: usize) -> Option<Value> {
    let min = 23 * width;
    let def = nfields as u64 * width;
    let n = if l >= def {
        nfields
    } else if l == min {
        23
    } else {
        return None;
    };
    let mut b = vec![0u8; n * width as usize];
    if !c.mem.read_exact(a, &mut b) {
        return Some(Value::Ptr(a));
    }
    Some(if width == 4 {
        fields_u32(&b, &LINK_STATS[..n])
    } else {
        fields_u64(&b, &LINK_STATS[..n])
    })
}

fn ifinfomsg(c: &Ctx, family: u8, addr: u64, len: u64) -> Value {
    fixed(
        c,
        family,
        addr,
        len,
        16,
        "ifi_family",
        |b| {
            vec![
                (
                    "ifi_type",
                    sym(ni::ARPHRD, u16_at(b, 2) as u64, "ARPHRD_???"),
                ),
                ("ifi_index", super::net::ifindex(u32_at(b, 4))),
                (
                    "ifi_flags",
                    xflags(ni::IFF_FLAGS, u32_at(b, 8) as u64, "IFF_???"),
                ),
                ("ifi_change", hex(u32_at(b, 12) as u64)),
            ]
        },
        Some(&|c, a, l| {
            nlattrs(c, a, l, rt::IFLA_ATTRS, "IFLA_???", &|c, k, a, l| {
                ifla(c, family, k, a, l)
            })
        }),
    )
}

fn ifla(c: &Ctx, family: u8, kind: u16, a: u64, l: u64) -> Option<Value> {
    match kind {
        1 | 2 | 54 => nla_hwaddr(c, a, l), // ADDRESS, BROADCAST, PERM_ADDRESS
        // IFNAME, QDISC, IFALIAS, PHYS_PORT_NAME, ALT_IFNAME, PARENT_DEV_NAME, PARENT_DEV_BUS_NAME
        3 | 6 | 20 | 38 | 53 | 56 | 57 => Some(nla_str(c, a, l)),
        4
        | 5
        | 10
        | 13
        | 15
        | 19
        | 21
        | 27
        | 30..=32
        | 35
        | 40
        | 41
        | 47
        | 48
        | 50
        | 51
        | 58..=61 => nla_u32(c, a, l),
        7 => link_stats(c, a, l, 4, 24),
        12 => protinfo(c, family, a, l),
        14 => ifmap(c, a, l),
        16 | 17 | 33 | 39 => nla_u8(c, a, l), // OPERSTATE, LINKMODE, CARRIER, PROTO_DOWN
        18 => Some(linkinfo(c, a, l)),
        23 => link_stats(c, a, l, 8, 25),
        24 => Some(nlattrs(
            c,
            a,
            l,
            rt::IFLA_VF_PORT_ATTRS,
            "IFLA_VF_PORT_???",
            &|c, k, a, l| (k == 1).then(|| ifla_port(c, a, l)),
        )),
        25 => Some(ifla_port(c, a, l)),
        26 => Some(af_spec(c, a, l)),
        28 => nla_fd(c, a, l),
        29 => nla_flags(c, a, l, 4, rt::RTEXT_FILTER, "RTEXT_FILTER_???"),
        37 | 45 | 46 => nla_s32(c, a, l),
        43 => Some(nlattrs(c, a, l, rt::IFLA_XDP_ATTRS, "IFLA_XDP_???", &xdp)),
        44 => nla_rec::<4>(c, a, l, |b| {
            sym(rt::IFLA_EVENTS, u32_at(b, 0) as u64, "IFLA_EVENT_???")
        }),
        49 => nla_ifindex(c, a, l),
        52 => Some(nlattrs(
            c,
            a,
            l,
            rt::IFLA_ATTRS,
            "IFLA_???",
            &|c, k, a, l| (k == 53).then(|| nla_str(c, a, l)),
        )),
        55 => Some(nlattrs(
            c,
            a,
            l,
            rt::IFLA_PROTO_DOWN_REASON_ATTRS,
            "IFLA_PROTO_DOWN_REASON_???",
            &|c, k, a, l| matches!(k, 1 | 2).then(|| nla_x32(c, a, l)).flatten(),
        )),
        _ => None,
    }
}

fn ifmap(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<28>(c, a, l, |b| {
        Value::Struct(
            vec![
                ("mem_start", hex(u64_at(b, 0))),
                ("mem_end", hex(u64_at(b, 8))),
                ("base_addr", hex(u64_at(b, 16))),
                ("irq", Value::Uint(u16_at(b, 24) as u64)),
                ("dma", Value::Uint(b[26] as u64)),
                ("port", Value::Uint(b[27] as u64)),
            ],
            false,
        )
    })
}

fn xdp(c: &Ctx, kind: u16, a: u64, l: u64) -> Option<Value> {
    match kind {
        1 | 8 => nla_fd(c, a, l),
        2 => nla_xval(c, a, l, 1, rt::XDP_ATTACHED, "XDP_ATTACHED_???"),
        3 => nla_rec::<4>(c, a, l, |b| {
            xflags(rt::XDP_FLAGS, u32_at(b, 0) as u64, "XDP_FLAGS_???")
        }),
        4..=7 => nla_u32(c, a, l),
        _ => None,
    }
}

fn ifla_port(c: &Ctx, a: u64, l: u64) -> Value {
    nlattrs(
        c,
        a,
        l,
        rt::IFLA_PORT_ATTRS,
        "IFLA_VF_PORT_???",
        &|c, k, a, l| match k {
            1 => nla_u32(c, a, l),
            2 => Some(nla_str(c, a, l)),
            6 => nla_u8(c, a, l),
            7 => nla_u16(c, a, l),
            _ => None,
        },
    )
}

/// IFLA_LINKINFO: the kind names the decoder of the data that follows it.
fn linkinfo(c: &Ctx, a: u64, l: u64) -> Value {
    let kind = std::cell::RefCell::new(Vec::<u8>::new());
    nlattrs(
        c,
        a,
        l,
        rt::IFLA_INFO_ATTRS,
        "IFLA_INFO_???",
        &|c, k, a, l| match k {
            1 => {
                let mut b = vec![0u8; l.min(16) as usize];
                let n = c.mem.read_some(a, &mut b);
                b.truncate(n);
                *kind.borrow_mut() = match b.iter().position(|&x| x == 0) {
                    Some(p) => b[..p].to_vec(),
                    None => Vec::new(),
                };
                Some(nla_str(c, a, l))
            }
            2 => match kind.borrow().as_slice() {
                b"bridge" => Some(nlattrs(c, a, l, rt::IFLA_BR_ATTRS, "IFLA_BR_???", &br)),
                b"tun" => Some(nlattrs(c, a, l, rt::IFLA_TUN_ATTRS, "IFLA_TUN_???", &tun)),
                _ => None,
            },
            3 if kind.borrow().as_slice() == b"can" => nla_rec::<24>(c, a, l, |b| {
                fields_u32(
                    b,
                    &[
                        "bus_error",
                        "error_warning",
                        "error_passive",
                        "bus_off",
                        "arbitration_lost",
                        "restarts",
                    ],
                )
            }),
            4 => Some(nla_str(c, a, l)),
            _ => None,
        },
    )
}

fn bridge_id(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<8>(c, a, l, |b| {
        Value::Struct(
            vec![
                (
                    "prio",
                    Value::Array(
                        vec![Value::Uint(b[0] as u64), Value::Uint(b[1] as u64)],
                        false,
                    ),
                ),
                (
                    "addr",
                    Value::Expr(
                        b[2..8]
                            .iter()
                            .map(|x| format!("{x:02x}"))
                            .collect::<Vec<_>>()
                            .join(":"),
                    ),
                ),
            ],
            false,
        )
    })
}

/// A clock_t value (centiseconds): `1500 /* 15.00 s */`.
fn clock_t(v: u64) -> Value {
    Value::Commented(
        Box::new(Value::Uint(v)),
        format!("{}.{:02} s", v / 100, v % 100),
    )
}

fn nla_clock_t(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_xint(c, a, l, 0, clock_t)
}

fn br(c: &Ctx, k: u16, a: u64, l: u64) -> Option<Value> {
    match k {
        1..=4 | 16..=19 | 30..=35 => nla_clock_t(c, a, l),
        5 | 13 | 26..=29 => nla_u32(c, a, l),
        6 | 12 | 39 => nla_u16(c, a, l),
        7 | 14 | 15 | 22..=25 | 36..=38 | 41..=45 => nla_u8(c, a, l),
        8 => nla_rec::<2>(c, a, l, |b| {
            let p = u16::from_be_bytes([b[0], b[1]]);
            match crate::xlat::name_of(ni::ETH_P, p as u64) {
                Some(n) => Value::Expr(format!("htons({n})")),
                None => Value::Expr(format!("htons({p:#x}) /* ETH_P_??? */")),
            }
        }),
        9 => nla_x16(c, a, l),
        10 | 11 => bridge_id(c, a, l),
        20 => nla_hwaddr(c, a, l),
        _ => None,
    }
}

/// linux/if_tun.h: IFF_TUN, IFF_TAP (IFLA_TUN_TYPE).
static TUN_TYPES: Xlat = &[(1, "IFF_TUN"), (2, "IFF_TAP")];

/// A uid or gid: -1 as `-1`, else the number.
fn nla_uid(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    nla_rec::<4>(c, a, l, |b| match u32_at(b, 0) {
        u32::MAX => Value::Int(-1),
        v => Value::Uint(v as u64),
    })
}

fn tun(c: &Ctx, k: u16, a: u64, l: u64) -> Option<Value> {
    match k {
        1 | 2 => nla_uid(c, a, l),
        3 => nla_xval(c, a, l, 1, TUN_TYPES, "IFF_???"),
        4..=7 => nla_u8(c, a, l),
        8 | 9 => nla_u32(c, a, l),
        _ => None,
    }
}

fn brport(c: &Ctx, k: u16, a: u64, l: u64) -> Option<Value> {
    match k {
        1 | 4..=12 | 19 | 20 | 25 | 27..=30 | 32 | 33 | 35 | 36 => nla_u8(c, a, l),
        2 | 15..=18 | 31 => nla_u16(c, a, l),
        3 | 37 | 38 => nla_u32(c, a, l),
        13 | 14 => bridge_id(c, a, l),
        21..=23 => nla_u64(c, a, l),
        34 => nla_ifindex(c, a, l),
        _ => None,
    }
}

/// IFLA_PROTINFO: IPv6 per-interface data in AF_INET6 messages, bridge port data in
/// AF_BRIDGE ones, hex bytes otherwise.
fn protinfo(c: &Ctx, family: u8, a: u64, l: u64) -> Option<Value> {
    match family {
        AF_INET6 => Some(nlattrs(
            c,
            a,
            l,
            rt::IFLA_INET6_ATTRS,
            "IFLA_INET6_???",
            &inet6_attr,
        )),
        AF_BRIDGE => Some(nlattrs(
            c,
            a,
            l,
            rt::IFLA_BRPORT_ATTRS,
            "IFLA_BRPORT_???",
            &brport,
        )),
        _ => None,
    }
}

/// IFLA_AF_SPEC: attributes named by address family, holding that family's attributes.
fn af_spec(c: &Ctx, a: u64, l: u64) -> Value {
    nlattrs(
        c,
        a,
        l,
        fl::SOCKET_DOMAINS,
        "AF_???",
        &|c, k, a, l| match k as u8 {
            _ if k > 0xff => None,
            AF_INET => Some(nlattrs(
                c,
                a,
                l,
                rt::IFLA_INET_ATTRS,
                "IFLA_INET_???",
                &|c, k, a, l| match k {
                    1 => indexed_array::<4>(c, a, l, rt::IPV4_DEVCONF, "IPV4_DEVCONF_???", true),
                    _ => None,
                },
            )),
            AF_INET6 => Some(nlattrs(
                c,
                a,
                l,
                rt::IFLA_INET6_ATTRS,
                "IFLA_INET6_???",
                &inet6_attr,
            )),
            _ => None,
        },
    )
}

fn inet6_attr(c: &Ctx, k: u16, a: u64, l: u64) -> Option<Value> {
    match k {
        1 => nla_flags(c, a, l, 4, rt::INET6_IF_FLAGS, "IF_???"),
        2 => indexed_array::<4>(c, a, l, rt::DEVCONF, "DEVCONF_???", true),
        3 => indexed_array::<8>(c, a, l, rt::IPSTATS_MIB, "IPSTATS_MIB_???", false),
        5 => nla_rec::<16>(c, a, l, |b| {
            fields_u32(
                b,
                &["max_reasm_len", "tstamp", "reachable_time", "retrans_time"],
            )
        }),
        6 => indexed_array::<8>(c, a, l, rt::ICMP6_MIB, "ICMP6_MIB_???", false),
        7 => nla_in6_addr(c, a, l),
        8 => nla_xval(c, a, l, 1, rt::IN6_ADDR_GEN_MODE, "IN6_ADDR_GEN_MODE_???"),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// RTM_*ADDR: struct ifaddrmsg and IFA_* attributes.

fn ifaddrmsg(c: &Ctx, family: u8, addr: u64, len: u64) -> Value {
    fixed(
        c,
        family,
        addr,
        len,
        8,
        "ifa_family",
        |b| {
            vec![
                ("ifa_prefixlen", Value::Uint(b[1] as u64)),
                ("ifa_flags", xflags(rt::IFA_FLAGS, b[2] as u64, "IFA_F_???")),
                ("ifa_scope", xval0(rt::RT_SCOPES, b[3] as u64)),
                ("ifa_index", super::net::ifindex(u32_at(b, 4))),
            ]
        },
        Some(&|c, a, l| {
            nlattrs(c, a, l, rt::IFA_ATTRS, "IFA_???", &|c, k, a, l| match k {
                1 | 2 | 4 | 5 | 7 => Some(inet_addr(c, a, l, family)),
                3 => Some(nla_str(c, a, l)),
                6 => nla_rec::<16>(c, a, l, |b| {
                    fields_u32(b, &["ifa_prefered", "ifa_valid", "cstamp", "tstamp"])
                }),
                8 => nla_flags(c, a, l, 4, rt::IFA_FLAGS, "IFA_F_???"),
                9 => nla_u32(c, a, l),
                10 => nla_s32(c, a, l),
                _ => None,
            })
        }),
    )
}

// ---------------------------------------------------------------------------------------
// RTM_*ROUTE: struct rtmsg and RTA_* attributes.

fn rtmsg(c: &Ctx, family: u8, addr: u64, len: u64) -> Value {
    fixed(
        c,
        family,
        addr,
        len,
        12,
        "rtm_family",
        |b| {
            vec![
                ("rtm_dst_len", Value::Uint(b[1] as u64)),
                ("rtm_src_len", Value::Uint(b[2] as u64)),
                ("rtm_tos", xflags(rt::IPTOS, b[3] as u64, "IPTOS_TOS_???")),
                ("rtm_table", xval0(rt::RT_TABLES, b[4] as u64)),
                ("rtm_protocol", sym(rt::RTPROT, b[5] as u64, "RTPROT_???")),
                ("rtm_scope", xval0(rt::RT_SCOPES, b[6] as u64)),
                ("rtm_type", sym(rt::RTN_TYPES, b[7] as u64, "RTN_???")),
                (
                    "rtm_flags",
                    xflags(rt::RTM_F, u32_at(b, 8) as u64, "RTM_F_???"),
                ),
            ]
        },
        Some(&|c, a, l| route_attrs(c, family, a, l)),
    )
}

fn route_attrs(c: &Ctx, family: u8, a: u64, l: u64) -> Value {
    nlattrs(c, a, l, rt::RTA_ATTRS, "RTA_???", &|c, k, a, l| {
        rta(c, family, k, a, l)
    })
}

fn rta(c: &Ctx, family: u8, kind: u16, a: u64, l: u64) -> Option<Value> {
    match kind {
        1 | 2 | 5 | 7 | 19 => Some(inet_addr(c, a, l, family)),
        3 | 4 => nla_ifindex(c, a, l),
        6 | 10 | 11 | 14 | 16 | 25 => nla_u32(c, a, l),
        8 => Some(nlattrs(
            c,
            a,
            l,
            rt::RTAX_ATTRS,
            "RTAX_???",
            &|c, k, a, l| match k {
                1..=15 => nla_u32(c, a, l),
                16 => Some(nla_str(c, a, l)),
                _ => None,
            },
        )),
        9 => multipath(c, family, a, l),
        12 => nla_rec::<32>(c, a, l, |b| {
            Value::Struct(
                vec![
                    ("rta_clntref", Value::Uint(u32_at(b, 0) as u64)),
                    ("rta_lastuse", Value::Uint(u32_at(b, 4) as u64)),
                    ("rta_expires", Value::Uint(u32_at(b, 8) as u64)),
                    ("rta_error", Value::Uint(u32_at(b, 12) as u64)),
                    ("rta_used", Value::Uint(u32_at(b, 16) as u64)),
                    ("rta_id", hex(u32_at(b, 20) as u64)),
                    ("rta_ts", Value::Uint(u32_at(b, 24) as u64)),
                    ("rta_tsage", Value::Uint(u32_at(b, 28) as u64)),
                ],
                false,
            )
        }),
        15 => nla_rt_class(c, a, l),
        17 => nla_rec::<24>(c, a, l, |b| {
            fields_u64(b, &["mfcs_packets", "mfcs_bytes", "mfcs_wrong_if"])
        }),
        18 => rtvia(c, a, l),
        20 | 26 | 27 => nla_u8(c, a, l),
        21 => nla_rec::<2>(c, a, l, |b| {
            sym(
                rt::LWTUNNEL_ENCAP,
                u16_at(b, 0) as u64,
                "LWTUNNEL_ENCAP_???",
            )
        }),
        23 => nla_u64(c, a, l),
        28 | 29 => nla_u16(c, a, l),
        _ => None,
    }
}

/// struct rtvia: the family, then the address in it.
fn rtvia(c: &Ctx, a: u64, l: u64) -> Option<Value> {
    if l < 2 {
        return None;
    }
    let mut b = [0u8; 2];
    if !c.mem.read_exact(a, &mut b) {
        return Some(Value::Ptr(a));
    }
    let family = u16_at(&b, 0);
    let mut f = vec![(
        "rtvia_family",
        sym(fl::SOCKET_DOMAINS, family as u64, "AF_???"),
    )];
    if l > 2 {
        let fam8 = if family > 0xff { 0 } else { family as u8 };
        let v = inet_addr(c, a + 2, l - 2, fam8);
        // decode_inet_addr names the field only in its own forms.
        match v {
            Value::Expr(s) if s.starts_with("inet_addr") => {
                f.push(("rtvia_addr", Value::Expr(s)));
            }
            Value::Expr(s) => {
                // inet_pton(AF_INET6, "...", &rtvia_addr)
                let s = s.trim_end_matches(')').to_string() + ", &rtvia_addr)";
                f.push(("", Value::Expr(s)));
            }
            other => f.push(("rtvia_addr", other)),
        }
    }
    Some(Value::Struct(f, false))
}

/// RTA_MULTIPATH: struct rtnexthop records, each with RTA_* attributes after it.
fn multipath(c: &Ctx, family: u8, addr: u64, len: u64) -> Option<Value> {
    const NH: u64 = 8;
    if len < NH {
        return None;
    }
    let mut items = Vec::new();
    let mut is_array = false;
    let (mut cur, mut left) = (addr, len);
    loop {
        let mut b = [0u8; 8];
        if !c.mem.read_exact(cur, &mut b) {
            items.push(Value::Ptr(cur));
            break;
        }
        let nh_len = u16_at(&b, 0) as u64;
        let shown = left.min(nh_len);
        if cur == addr && nh_len < len {
            is_array = true;
        }
        let s = Value::Struct(
            vec![
                ("rtnh_len", Value::Uint(nh_len)),
                ("rtnh_flags", xflags(rt::RTNH_F, b[2] as u64, "RTNH_F_???")),
                ("rtnh_hops", Value::Uint(b[3] as u64)),
                ("rtnh_ifindex", super::net::ifindex(u32_at(&b, 4))),
            ],
            false,
        );
        if shown > NH {
            let attrs = route_attrs(c, family, cur + NH, shown - NH);
            items.push(Value::Array(vec![s, attrs], false));
        } else {
            items.push(s);
        }
        let aligned = (shown + 3) & !3;
        if aligned >= left {
            break;
        }
        cur += aligned;
        left -= aligned;
    }
    Some(if is_array {
        Value::Array(items, false)
    } else {
        items.pop().unwrap_or(Value::Ptr(addr))
    })
}

// ---------------------------------------------------------------------------------------
// RTM_*NEIGH: struct ndmsg and NDA_* attributes.

fn ndmsg(c: &Ctx, family: u8, addr: u64, len: u64) -> Value {
    fixed(
        c,
        family,
        addr,
        len,
        12,
        "ndm_family",
        |b| {
            vec![
                ("ndm_ifindex", super::net::ifindex(u32_at(b, 4))),
                (
                    "ndm_state",
                    xflags(rt::NUD_STATES, u16_at(b, 8) as u64, "NUD_???"),
                ),
                ("ndm_flags", xflags(rt::NTF_FLAGS, b[10] as u64, "NTF_???")),
                ("ndm_type", sym(rt::RTN_TYPES, b[11] as u64, "RTN_???")),
            ]
        },
        Some(&|c, a, l| {
            nlattrs(c, a, l, rt::NDA_ATTRS, "NDA_???", &|c, k, a, l| match k {
                1 => Some(inet_addr(c, a, l, family)),
                2 => nla_hwaddr(c, a, l),
                3 => nla_rec::<16>(c, a, l, |b| {
                    fields_u32(
                        b,
                        &["ndm_confirmed", "ndm_used", "ndm_updated", "ndm_refcnt"],
                    )
                }),
                4 | 7 | 10 | 11 | 13 => nla_u32(c, a, l),
                5 => nla_u16(c, a, l),
                6 => nla_be16(c, a, l),
                8 | 9 => nla_ifindex(c, a, l),
                12 => nla_ip_proto(c, a, l),
                14 => Some(nlattrs(
                    c,
                    a,
                    l,
                    rt::NFEA_ATTRS,
                    "NFEA_???",
                    &|c, k, a, l| match k {
                        1 => nla_flags(c, a, l, 1, FDB_NOTIFY, "FDB_NOTIFY_???"),
                        _ => None,
                    },
                )),
                15 => nla_flags(c, a, l, 4, rt::NTF_EXT_FLAGS, "NTF_EXT_???"),
                16 => nla_flags(c, a, l, 2, rt::NUD_STATES, "NUD_???"),
                17 => nla_flags(c, a, l, 1, rt::NTF_FLAGS, "NTF_???"),
                _ => None,
            })
        }),
    )
}

/// linux/neighbour.h: FDB_NOTIFY_* (NFEA_ACTIVITY_NOTIFY).
static FDB_NOTIFY: Xlat = &[(1, "FDB_NOTIFY_BIT"), (2, "FDB_NOTIFY_INACTIVE_BIT")];

// ---------------------------------------------------------------------------------------
// RTM_*RULE: struct fib_rule_hdr and FRA_* attributes.

fn fib_rule_hdr(c: &Ctx, family: u8, addr: u64, len: u64) -> Value {
    fixed(
        c,
        family,
        addr,
        len,
        12,
        "family",
        |b| {
            vec![
                ("dst_len", Value::Uint(b[1] as u64)),
                ("src_len", Value::Uint(b[2] as u64)),
                ("tos", xflags(rt::IPTOS, b[3] as u64, "IPTOS_TOS_???")),
                ("table", sym(rt::RT_TABLES, b[4] as u64, "RT_TABLE_???")),
                ("action", sym(rt::FR_ACT, b[7] as u64, "FR_ACT_???")),
                (
                    "flags",
                    xflags(rt::FIB_RULE_FLAGS, u32_at(b, 8) as u64, "FIB_RULE_???"),
                ),
            ]
        },
        Some(&|c, a, l| {
            nlattrs(c, a, l, rt::FRA_ATTRS, "FRA_???", &|c, k, a, l| match k {
                1 | 2 => Some(inet_addr(c, a, l, family)),
                3 | 17 => Some(nla_str(c, a, l)),
                4 | 6 | 10 | 11 | 13 | 14 | 16 => nla_u32(c, a, l),
                12 => nla_be64(c, a, l),
                15 => nla_rt_class(c, a, l),
                19 => nla_u8(c, a, l),
                20 => nla_rec::<8>(c, a, l, |b| {
                    Value::Struct(
                        vec![
                            ("start", Value::Uint(u32_at(b, 0) as u64)),
                            ("end", Value::Uint(u32_at(b, 4) as u64)),
                        ],
                        false,
                    )
                }),
                21 => nla_rt_proto(c, a, l),
                22 => nla_ip_proto(c, a, l),
                23 | 24 => nla_rec::<4>(c, a, l, |b| {
                    Value::Struct(
                        vec![
                            ("start", Value::Uint(u16_at(b, 0) as u64)),
                            ("end", Value::Uint(u16_at(b, 2) as u64)),
                        ],
                        false,
                    )
                }),
                _ => None,
            })
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::super::DecodeOpts;
    use super::super::netlink::NETLINK_ROUTE;
    use super::super::netlink::testbuf::{self, msg, nla};
    use super::super::testmem::{FakeMem, opts};

    fn decode_with(b: &[u8], o: &DecodeOpts) -> String {
        let mem = FakeMem::default().with(0x1000, b);
        testbuf::decode(&mem, Some(NETLINK_ROUTE), 0x1000, b.len() as u64, o)
    }

    fn decode(b: &[u8]) -> String {
        decode_with(b, &opts())
    }

    const HDR: &str = "nlmsg_seq=1, nlmsg_pid=0}";

    #[test]
    fn getlink_request_with_ext_mask() {
        let mut p = vec![0u8; 16];
        p.extend(nla(29, &1u32.to_le_bytes()));
        assert_eq!(
            decode(&msg(18, 0x301, &p)),
            format!(
                "[{{nlmsg_len=40, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, {HDR}, {{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, ifi_change=0}}, [{{nla_len=8, nla_type=IFLA_EXT_MASK}}, RTEXT_FILTER_VF]]"
            )
        );
    }

    #[test]
    fn link_attributes_hwaddr_stats_and_unknown() {
        let mut p = vec![0u8, 0, 0x04, 0x03, 0, 0, 0, 0, 0x49, 0, 0, 0, 0, 0, 0, 0];
        p.extend(nla(1, &[0, 0, 0, 0, 0, 0]));
        p.extend(nla(0x43, &[1]));
        p.extend(nla(16, &[6]));
        p.extend(nla(44, &3u32.to_le_bytes()));
        let mut stats = vec![0u8; 92];
        stats[0] = 5;
        p.extend(nla(7, &stats));
        assert_eq!(
            decode(&msg(16, 2, &p)),
            format!(
                "[{{nlmsg_len=164, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_MULTI, {HDR}, {{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_LOOPBACK, ifi_index=0, ifi_flags=IFF_UP|IFF_LOOPBACK|IFF_RUNNING, ifi_change=0}}, [[{{nla_len=10, nla_type=IFLA_ADDRESS}}, 00:00:00:00:00:00], [{{nla_len=5, nla_type=0x43 /* IFLA_??? */}}, \"\\x01\"], [{{nla_len=5, nla_type=IFLA_OPERSTATE}}, 6], [{{nla_len=8, nla_type=IFLA_EVENT}}, IFLA_EVENT_BONDING_FAILOVER], [{{nla_len=96, nla_type=IFLA_STATS}}, {{rx_packets=5, tx_packets=0, rx_bytes=0, tx_bytes=0, rx_errors=0, tx_errors=0, rx_dropped=0, tx_dropped=0, multicast=0, collisions=0, rx_length_errors=0, rx_over_errors=0, rx_crc_errors=0, rx_frame_errors=0, rx_fifo_errors=0, rx_missed_errors=0, tx_aborted_errors=0, tx_carrier_errors=0, tx_fifo_errors=0, tx_heartbeat_errors=0, tx_window_errors=0, rx_compressed=0, tx_compressed=0}}]]]"
            )
        );
    }

    #[test]
    fn inet6_conf_array_is_cut_at_strsize() {
        let mut p = vec![10u8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let mut conf = Vec::new();
        for v in [0i32, 64, -1] {
            conf.extend_from_slice(&v.to_le_bytes());
        }
        p.extend(nla(12, &nla(2, &conf)));
        let o = DecodeOpts {
            strsize: 2,
            verbose: false,
        };
        assert_eq!(
            decode_with(&msg(16, 2, &p), &o),
            format!(
                "[{{nlmsg_len=52, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_MULTI, {HDR}, {{ifi_family=AF_INET6, ifi_type=ARPHRD_ETHER, ifi_index=0, ifi_flags=0, ifi_change=0}}, [{{nla_len=20, nla_type=IFLA_PROTINFO}}, [{{nla_len=16, nla_type=IFLA_INET6_CONF}}, [[DEVCONF_FORWARDING]=0, [DEVCONF_HOPLIMIT]=64, ...]]]]"
            )
        );
    }

    #[test]
    fn newaddr_with_addresses_label_flags_cacheinfo() {
        let mut p = vec![2u8, 8, 0x80, 254, 0, 0, 0, 0];
        p.extend(nla(1, &[127, 0, 0, 1]));
        p.extend(nla(3, b"lo\0"));
        p.extend(nla(8, &0x80u32.to_le_bytes()));
        let mut ci = Vec::new();
        for v in [u32::MAX, u32::MAX, 22, 22] {
            ci.extend_from_slice(&v.to_le_bytes());
        }
        p.extend(nla(6, &ci));
        assert_eq!(
            decode(&msg(20, 2, &p)),
            format!(
                "[{{nlmsg_len=68, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, {HDR}, {{ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=IFA_F_PERMANENT, ifa_scope=RT_SCOPE_HOST, ifa_index=0}}, [[{{nla_len=8, nla_type=IFA_ADDRESS}}, inet_addr(\"127.0.0.1\")], [{{nla_len=7, nla_type=IFA_LABEL}}, \"lo\"], [{{nla_len=8, nla_type=IFA_FLAGS}}, IFA_F_PERMANENT], [{{nla_len=20, nla_type=IFA_CACHEINFO}}, {{ifa_prefered=4294967295, ifa_valid=4294967295, cstamp=22, tstamp=22}}]]]"
            )
        );
    }

    #[test]
    fn route_neigh_rule_headers() {
        let mut p = vec![10u8, 64, 0, 0, 100, 77, 0, 1, 0, 0, 0, 0];
        p.extend(nla(15, &1000u32.to_le_bytes()));
        let mut d = vec![0u8; 15];
        d.push(1);
        p.extend(nla(1, &d));
        assert_eq!(
            decode(&msg(24, 1, &p)),
            format!(
                "[{{nlmsg_len=56, nlmsg_type=RTM_NEWROUTE, nlmsg_flags=NLM_F_REQUEST, {HDR}, {{rtm_family=AF_INET6, rtm_dst_len=64, rtm_src_len=0, rtm_tos=0, rtm_table=0x64, rtm_protocol=0x4d /* RTPROT_??? */, rtm_scope=RT_SCOPE_UNIVERSE, rtm_type=RTN_UNICAST, rtm_flags=0}}, [[{{nla_len=8, nla_type=RTA_TABLE}}, 0x3e8], [{{nla_len=20, nla_type=RTA_DST}}, inet_pton(AF_INET6, \"::1\")]]]"
            )
        );
        assert_eq!(
            decode(&msg(30, 0x301, &[0; 12])),
            format!(
                "[{{nlmsg_len=28, nlmsg_type=RTM_GETNEIGH, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, {HDR}, {{ndm_family=AF_UNSPEC, ndm_ifindex=0, ndm_state=NUD_NONE, ndm_flags=0, ndm_type=RTN_UNSPEC}}]"
            )
        );
        assert_eq!(
            decode(&msg(34, 0x301, &[2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
            format!(
                "[{{nlmsg_len=28, nlmsg_type=RTM_GETRULE, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, {HDR}, {{family=AF_INET, dst_len=0, src_len=0, tos=0, table=RT_TABLE_UNSPEC, action=FR_ACT_UNSPEC, flags=0}}]"
            )
        );
    }

    #[test]
    fn short_unknown_and_unreadable_payloads() {
        assert_eq!(
            decode(&msg(18, 1, &[2, 0, 0, 0])),
            format!(
                "[{{nlmsg_len=20, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST, {HDR}, {{ifi_family=AF_INET, ...}}]"
            )
        );
        assert_eq!(
            decode(&msg(52, 1, &[2, 1, 2, 3, 4, 5])),
            format!(
                "[{{nlmsg_len=22, nlmsg_type=RTM_NEWPREFIX, nlmsg_flags=NLM_F_REQUEST, {HDR}, {{family=AF_INET, data=\"\\x01\\x02\\x03\\x04\\x05\"}}]"
            )
        );
        // The header says more than the buffer holds: the struct cannot be read.
        let mut b = msg(18, 1, &[0]);
        b[0] = 32;
        let s = decode_with(&b, &opts());
        assert!(s.ends_with("{ifi_family=AF_UNSPEC, ...}]"), "{s}");
        // Only the family byte is readable.
        let mem_b = msg(16, 1, &[0]);
        let mut big = mem_b.clone();
        big[0] = 48;
        let mem = FakeMem::default().with(0x1000, &big);
        assert!(
            testbuf::decode(&mem, Some(NETLINK_ROUTE), 0x1000, 48, &opts())
                .ends_with("{ifi_family=AF_UNSPEC, 0x1011}]")
        );
    }
}
