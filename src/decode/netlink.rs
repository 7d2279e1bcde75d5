//! Netlink messages in socket buffers (sendto/recvfrom data, msghdr iovecs), as strace decodes
//! them: a list of `struct nlmsghdr` with their payloads, and netlink attributes
//! (`struct nlattr`) for the protocols that use them. The protocol of the socket (ROUTE,
//! SOCK_DIAG ...) selects the names of message types and the payload decoder.

#![allow(dead_code)] // attribute helpers for the protocol decoders still being filled in

use super::{Ctx, Value, read_buf, sym, u16_at, u32_at};
use crate::xlat::Xlat;
use crate::xlat::netlink as nl;

pub const NETLINK_ROUTE: u32 = 0;
pub const NETLINK_SOCK_DIAG: u32 = 4;

/// Size of `struct nlmsghdr` (NLMSG_HDRLEN) and of `struct nlattr` (NLA_HDRLEN).
pub const NLMSG_HDRLEN: u64 = 16;
pub const NLA_HDRLEN: u64 = 4;
const NLMSG_MIN_TYPE: u16 = 0x10;
const NLMSG_ERROR: u16 = 2;
const NLMSG_DONE: u16 = 3;
const NLM_F_CAPPED: u16 = 0x100;
const NLA_F_NESTED: u16 = 0x8000;
const NLA_F_NET_BYTEORDER: u16 = 0x4000;

/// A message header as read from the tracee.
#[derive(Debug, Clone, Copy)]
pub struct NlMsgHdr {
    pub len: u32,
    pub kind: u16,
    pub flags: u16,
    pub seq: u32,
    pub pid: u32,
}

/// A protocol's payload decoder: the value for a message's payload (`len` bytes at `addr`),
/// or None to leave it to the generic forms (an int for NLMSG_DONE, else hex bytes).
pub type PayloadFn = fn(c: &Ctx, hdr: &NlMsgHdr, addr: u64, len: u64) -> Option<Value>;

fn payload_decoder(family: Option<u32>) -> Option<PayloadFn> {
    match family? {
        NETLINK_ROUTE => Some(super::netlink_route::payload),
        NETLINK_SOCK_DIAG => Some(super::netlink_diag::payload),
        NETLINK_NETFILTER => Some(netfilter_payload),
        NETLINK_SELINUX => Some(selinux_payload),
        _ => None,
    }
}

/// `struct nfgenmsg`, then (past it) attributes, or bytes for batch and control messages.
fn netfilter_payload(c: &Ctx, hdr: &NlMsgHdr, addr: u64, len: u64) -> Option<Value> {
    if hdr.kind == NLMSG_DONE {
        return None;
    }
    if len < 4 {
        return Some(hex_bytes(c, addr, len));
    }
    let mut b = [0u8; 4];
    if !c.mem.read_exact(addr, &mut b) {
        return Some(Value::Ptr(addr));
    }
    let subsys = hdr.kind >> 8;
    let res_id = u16::from_be_bytes([b[2], b[3]]);
    const NFNL_SUBSYS_NFTABLES: u16 = 10;
    // nf_tables once sent res_id in host order (linux v4.3): strace names both forms.
    let res = if subsys == NFNL_SUBSYS_NFTABLES && res_id == NFNL_SUBSYS_NFTABLES {
        Value::Expr("htons(NFNL_SUBSYS_NFTABLES)".into())
    } else if subsys == NFNL_SUBSYS_NFTABLES
        && u16::from_le_bytes([b[2], b[3]]) == NFNL_SUBSYS_NFTABLES
    {
        Value::Expr("NFNL_SUBSYS_NFTABLES".into())
    } else {
        Value::Expr(format!("htons({res_id})"))
    };
    let s = Value::Struct(
        vec![
            (
                "nfgen_family",
                sym(crate::xlat::flags::SOCKET_DOMAINS, b[0] as u64, "AF_???"),
            ),
            (
                "version",
                sym(nl::NFNETLINK_VERSIONS, b[1] as u64, "NFNETLINK_???"),
            ),
            ("res_id", res),
        ],
        false,
    );
    if len <= 4 {
        return Some(s);
    }
    let rest = if (0x10..=0x11).contains(&hdr.kind) || hdr.kind < NLMSG_MIN_TYPE {
        hex_bytes(c, addr + 4, len - 4)
    } else {
        nlattrs(c, addr + 4, len - 4, &[], "", &|_, _, _, _| None)
    };
    Some(payload_parts(vec![s, rest]))
}

/// SELNL_MSG_SETENFORCE's `{val=N}` and SELNL_MSG_POLICYLOAD's `{seqno=N}`.
fn selinux_payload(c: &Ctx, hdr: &NlMsgHdr, addr: u64, len: u64) -> Option<Value> {
    let field = match hdr.kind {
        0x10 => "val",
        0x11 => "seqno",
        _ => return None,
    };
    if len < 4 {
        return None;
    }
    let mut b = [0u8; 4];
    Some(if !c.mem.read_exact(addr, &mut b) {
        Value::Ptr(addr)
    } else if hdr.kind == 0x10 {
        Value::Struct(
            vec![(field, Value::Int(i32::from_le_bytes(b) as i64))],
            false,
        )
    } else {
        Value::Struct(
            vec![(field, Value::Uint(u32::from_le_bytes(b) as u64))],
            false,
        )
    })
}

pub const NETLINK_KOBJECT_UEVENT: u32 = 15;

/// A NETLINK_KOBJECT_UEVENT buffer: text, after libudev's binary header when it has one.
fn uevent(c: &Ctx, addr: u64, len: u64) -> Value {
    const HDR: u64 = 40;
    let mut h = [0u8; HDR as usize];
    if addr == 0 || len < HDR || !c.mem.read_exact(addr, &mut h) || &h[..8] != b"libudev\0" {
        return super::read_buf(c.mem, addr, len, c.opts.strsize);
    }
    let be = |o: usize| {
        let v = u32::from_be_bytes([h[o], h[o + 1], h[o + 2], h[o + 3]]);
        Value::Call("htonl", vec![Value::Hex(v as u64)])
    };
    let u = |o: usize| Value::Uint(u32_at(&h, o) as u64);
    let s = Value::Struct(
        vec![
            ("prefix", Value::str(b"libudev".to_vec(), false)),
            ("magic", be(8)),
            ("header_size", u(12)),
            ("properties_off", u(16)),
            ("properties_len", u(20)),
            ("filter_subsystem_hash", be(24)),
            ("filter_devtype_hash", be(28)),
            ("filter_tag_bloom_hi", be(32)),
            ("filter_tag_bloom_lo", be(36)),
        ],
        false,
    );
    if len == HDR {
        return s;
    }
    Value::Array(
        vec![
            s,
            super::read_buf(c.mem, addr + HDR, len - HDR, c.opts.strsize),
        ],
        false,
    )
}

/// The address family byte that starts rtnetlink and sock_diag payloads: None for NLMSG_DONE
/// (left to the generic form), the address when it cannot be read.
pub fn family_byte(c: &Ctx, hdr: &NlMsgHdr, addr: u64) -> Option<Result<u8, Value>> {
    if hdr.kind == NLMSG_DONE {
        return None;
    }
    let mut b = [0u8; 1];
    Some(if c.mem.read_exact(addr, &mut b) {
        Ok(b[0])
    } else {
        Err(Value::Ptr(addr))
    })
}

/// `len` bytes at `addr` as hex-escaped data (strace's QUOTE_FORCE_HEX), cut at `-s`.
pub fn hex_bytes(c: &Ctx, addr: u64, len: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_buf(c.mem, addr, len, c.opts.strsize) {
        Value::Str(mut q) => {
            q.force_hex = true;
            Value::Str(q)
        }
        v => v,
    }
}

/// Walk a sequence of netlink-style records (messages or attributes): strace prints a single
/// record bare and several as an array, stops with `...` after `-s` records unless `-v`, and
/// shows a tail too short for a header as hex bytes. `hdr_len` is the header size, `len_of`
/// reads a record's length from its header and `one` renders the record at `addr` given its
/// header bytes and the bytes left.
fn walk(
    c: &Ctx,
    mut addr: u64,
    mut len: u64,
    hdr_len: u64,
    len_of: impl Fn(&[u8]) -> u64,
    mut one: impl FnMut(&Ctx, &[u8], u64, u64) -> Value,
) -> Value {
    let mut items = Vec::new();
    let mut in_array = false;
    let mut hdr = vec![0u8; hdr_len as usize];
    for elt in 0.. {
        if len < hdr_len {
            items.push(hex_bytes(c, addr, len));
            break;
        }
        if !c.mem.read_exact(addr, &mut hdr) {
            items.push(if in_array {
                Value::Commented(Box::new(Value::Expr("...".into())), format!("{addr:#x}"))
            } else {
                Value::Ptr(addr)
            });
            break;
        }
        if !c.opts.verbose && elt == c.opts.strsize {
            // With -s 0 nothing precedes the `...`, and no bracket is opened yet.
            return if items.is_empty() {
                Value::Expr("...".into())
            } else {
                Value::Array(items, true)
            };
        }
        let rec_len = len_of(&hdr);
        let aligned = (rec_len + 3) & !3;
        let mut next = None;
        if rec_len >= hdr_len {
            let next_len = len.saturating_sub(aligned);
            if next_len != 0 && addr.checked_add(aligned).is_some() {
                next = Some((addr + aligned, next_len));
            }
        }
        in_array |= next.is_some();
        items.push(one(c, &hdr, addr, len));
        match next {
            Some((a, l)) => (addr, len) = (a, l),
            None => break,
        }
    }
    if in_array {
        Value::Array(items, false)
    } else {
        items.pop().unwrap_or(Value::Array(Vec::new(), false))
    }
}

/// Netlink messages in `len` bytes at `addr`, for a socket of protocol `family` (None: not
/// known, e.g. not bound yet).
pub fn messages(c: &Ctx, family: Option<u32>, addr: u64, len: u64) -> Value {
    if family == Some(NETLINK_KOBJECT_UEVENT) {
        return uevent(c, addr, len);
    }
    walk(
        c,
        addr,
        len,
        NLMSG_HDRLEN,
        |h| u32_at(h, 0) as u64,
        |c, h, addr, len| {
            let hdr = parse_hdr(h);
            message(c, family, &hdr, addr, len)
        },
    )
}

fn parse_hdr(h: &[u8]) -> NlMsgHdr {
    NlMsgHdr {
        len: u32_at(h, 0),
        kind: u16_at(h, 4),
        flags: u16_at(h, 6),
        seq: u32_at(h, 8),
        pid: u32_at(h, 12),
    }
}

/// One message: its header alone, or `[{header}, payload]` when it has a payload.
fn message(c: &Ctx, family: Option<u32>, hdr: &NlMsgHdr, addr: u64, len: u64) -> Value {
    let msg_len = (hdr.len as u64).min(len);
    let h = header(family, hdr);
    if msg_len <= NLMSG_HDRLEN {
        return h;
    }
    let p = payload(c, family, hdr, addr + NLMSG_HDRLEN, msg_len - NLMSG_HDRLEN);
    match p {
        // A payload of several parts (a fixed struct, then its attributes) adds them as
        // further elements of the message's array: `[{header}, {struct}, [attrs]]`.
        Value::Commented(inner, tag) if tag == PARTS_TAG => match *inner {
            Value::Array(mut parts, more) => {
                parts.insert(0, h);
                Value::Array(parts, more)
            }
            other => Value::Array(vec![h, other], false),
        },
        p => Value::Array(vec![h, p], false),
    }
}

/// Private marker of a payload made of several parts (see [`payload_parts`]).
const PARTS_TAG: &str = "\u{0}parts";

/// A payload of several parts (strace prints e.g. `struct ifinfomsg` and the attributes that
/// follow it as separate elements of the message): [`message`] splices them in after the
/// header.
pub fn payload_parts(parts: Vec<Value>) -> Value {
    Value::Commented(
        Box::new(Value::Array(parts, false)),
        String::from(PARTS_TAG),
    )
}

pub const NETLINK_XFRM: u32 = 6;
pub const NETLINK_SELINUX: u32 = 7;
pub const NETLINK_AUDIT: u32 = 9;
pub const NETLINK_NETFILTER: u32 = 12;
pub const NETLINK_GENERIC: u32 = 16;
pub const NETLINK_CRYPTO: u32 = 21;

/// The kinds of request whose flags have names of their own.
enum Req {
    New,
    Delete,
    Get,
    Other,
}

/// A NETLINK_NETFILTER message type: `NFNL_SUBSYS_CTNETLINK<<8|IPCTNL_MSG_CT_GET`, the
/// subsystem in the high byte and its message in the low one.
fn netfilter_type(kind: u16) -> Value {
    if let Some(n) = crate::xlat::name_of(nl::NFNL_MSG, kind as u64) {
        return Value::Sym(n, kind as u64);
    }
    let (subsys, msg) = (kind >> 8, kind & 0xff);
    let msg_v = match netfilter_msgs(subsys) {
        Some((table, unknown)) => sym(table, msg as u64, unknown),
        None => Value::Hex(msg as u64),
    };
    Value::Seq(vec![
        sym(nl::NFNL_SUBSYS, subsys as u64, "NFNL_SUBSYS_???"),
        Value::Expr("<<8|".into()),
        msg_v,
    ])
}

/// The message types of netfilter subsystem `subsys`.
fn netfilter_msgs(subsys: u16) -> Option<(Xlat, &'static str)> {
    Some(match subsys {
        1 => (nl::NF_CT_MSG, "IPCTNL_MSG_CT_???"),
        2 => (nl::NF_CT_EXP_MSG, "IPCTNL_MSG_EXP_???"),
        3 => (nl::NF_QUEUE_MSG, "NFQNL_MSG_???"),
        4 => (nl::NF_ULOG_MSG, "NFULNL_MSG_???"),
        5 => (nl::NF_OSF_MSG, "OSF_MSG_???"),
        6 => (nl::NF_IPSET_MSG, "IPSET_CMD_???"),
        7 => (nl::NF_ACCT_MSG, "NFNL_MSG_ACCT_???"),
        8 => (nl::NF_CTTIMEOUT_MSG, "IPCTNL_MSG_TIMEOUT_???"),
        9 => (nl::NF_CTHELPER_MSG, "NFNL_MSG_CTHELPER_???"),
        10 => (nl::NF_NFT_MSG, "NFT_MSG_???"),
        11 => (nl::NF_NFT_COMPAT_MSG, "NFNL_MSG_COMPAT_???"),
        12 => (nl::NF_HOOK_MSG, "NFNL_MSG_HOOK_???"),
        _ => return None,
    })
}

/// Which request a message of protocol `family` and type `kind` (>= NLMSG_MIN_TYPE) is, for
/// its flags.
fn request_kind(family: u32, kind: u16) -> Req {
    match family {
        // RTM_DELACTION takes the GET flags; otherwise the low two bits of the type say
        // NEW, DEL, GET (or SET, which has no specific flags).
        NETLINK_ROUTE if kind == 49 => Req::Get,
        NETLINK_ROUTE => match kind & 3 {
            0 => Req::New,
            1 => Req::Delete,
            2 => Req::Get,
            _ => Req::Other,
        },
        NETLINK_SOCK_DIAG => Req::Get,
        // CRYPTO_MSG_NEWALG, DELALG and DELRNG, GETALG.
        NETLINK_CRYPTO => match kind {
            0x10 => Req::New,
            0x11 | 0x14 => Req::Delete,
            0x13 => Req::Get,
            _ => Req::Other,
        },
        // The SA/POLICY/AE/SADINFO/SPDINFO messages; not MIGRATE, UPD* ...
        NETLINK_XFRM => match kind {
            0x10 | 0x13 | 0x1e | 0x22 | 0x24 => Req::New,
            0x11 | 0x14 => Req::Delete,
            0x12 | 0x15 | 0x1f | 0x23 | 0x25 => Req::Get,
            _ => Req::Other,
        },
        NETLINK_NETFILTER => match (kind >> 8, kind & 0xff) {
            // conntrack: GET_CTRZERO, GET_STATS_CPU, GET_STATS, GET_DYING, GET_UNCONFIRMED
            (1, 0) => Req::New,
            (1, 1) | (1, 3..=7) => Req::Get,
            (1, 2) => Req::Delete,
            (2, 0) => Req::New,
            (2, 1) | (2, 3) => Req::Get,
            (2, 2) => Req::Delete,
            (7, 0) => Req::New,
            (7, 1) | (7, 2) => Req::Get,
            (7, 3) => Req::Delete,
            (8, 0) => Req::New,
            (8, 1) => Req::Get,
            (8, 2) => Req::Delete,
            (9, 0) => Req::New,
            (9, 1) => Req::Get,
            (9, 2) => Req::Delete,
            // nf_tables: by the message's name (NFT_MSG_GETOBJ_RESET is a GET).
            // nf_tables: NEW*, GET* (GETOBJ_RESET too), DEL* by the message's name.
            (10, m) => match crate::xlat::name_of(nl::NF_NFT_MSG, m as u64) {
                Some(n) if n.starts_with("NFT_MSG_NEW") => Req::New,
                Some(n) if n.starts_with("NFT_MSG_GET") => Req::Get,
                Some(n) if n.starts_with("NFT_MSG_DEL") => Req::Delete,
                _ => Req::Other,
            },
            (11, 0) => Req::Get,
            _ => Req::Other,
        },
        _ => Req::Other,
    }
}

/// The flags every message may carry, then those of its kind of request (`own`), as strace's
/// printflags_ex over the two tables prints them.
fn nlmsg_flags(own: Xlat, v: u64) -> Value {
    let mut f = super::flags(nl::NLM_F, v);
    let more = super::flags(own, f.rest);
    f.names.extend(more.names);
    f.rest = more.rest;
    if f.names.is_empty() && f.rest != 0 {
        Value::UnknownSym(v, "NLM_F_???")
    } else {
        Value::Flags(f)
    }
}

fn header(family: Option<u32>, hdr: &NlMsgHdr) -> Value {
    // Control messages (below NLMSG_MIN_TYPE) have the same names in every protocol.
    let proto = if hdr.kind < NLMSG_MIN_TYPE {
        None
    } else {
        family
    };
    let kind = hdr.kind as u64;
    let type_v = match proto {
        Some(NETLINK_ROUTE) => sym(nl::RTM_TYPES, kind, "RTM_???"),
        Some(NETLINK_SOCK_DIAG) => sym(nl::SOCK_DIAG_TYPES, kind, "SOCK_DIAG_???"),
        Some(NETLINK_AUDIT) => sym(nl::AUDIT_TYPES, kind, "AUDIT_???"),
        Some(NETLINK_XFRM) => sym(nl::XFRM_TYPES, kind, "XFRM_MSG_???"),
        Some(NETLINK_SELINUX) => sym(nl::SELINUX_TYPES, kind, "SELNL_MSG_???"),
        Some(NETLINK_CRYPTO) => sym(nl::CRYPTO_TYPES, kind, "CRYPTO_MSG_???"),
        Some(NETLINK_NETFILTER) => netfilter_type(hdr.kind),
        Some(NETLINK_GENERIC) => match super::genl::family_name(hdr.kind) {
            Some(n) => Value::Sym(n, kind),
            None => Value::UnknownSym(kind, "GENERIC_FAMILY_???"),
        },
        _ => sym(nl::NLMSG_TYPES, kind, "NLMSG_???"),
    };
    let own_flags: Xlat = match (hdr.kind < NLMSG_MIN_TYPE, proto) {
        (true, _) if hdr.kind == NLMSG_ERROR => nl::NLM_F_ACKS,
        (true, _) | (false, None) => &[],
        (false, Some(f)) => match request_kind(f, hdr.kind) {
            Req::New => nl::NLM_F_NEW,
            Req::Delete => nl::NLM_F_DELETE,
            Req::Get => nl::NLM_F_GET,
            Req::Other => &[],
        },
    };
    Value::Struct(
        vec![
            ("nlmsg_len", Value::Uint(hdr.len as u64)),
            ("nlmsg_type", type_v),
            ("nlmsg_flags", nlmsg_flags(own_flags, hdr.flags as u64)),
            ("nlmsg_seq", Value::Uint(hdr.seq as u64)),
            ("nlmsg_pid", Value::Pid(hdr.pid as i32)),
        ],
        false,
    )
}

fn payload(c: &Ctx, family: Option<u32>, hdr: &NlMsgHdr, addr: u64, len: u64) -> Value {
    if hdr.kind == NLMSG_ERROR {
        return error(c, family, hdr, addr, len);
    }
    if (hdr.kind >= NLMSG_MIN_TYPE || hdr.kind == NLMSG_DONE)
        && let Some(f) = payload_decoder(family)
        && let Some(v) = f(c, hdr, addr, len)
    {
        return v;
    }
    if hdr.kind == NLMSG_DONE && len == 4 {
        let mut b = [0u8; 4];
        return if c.mem.read_exact(addr, &mut b) {
            Value::Int(i32::from_le_bytes(b) as i64)
        } else {
            Value::Ptr(addr)
        };
    }
    hex_bytes(c, addr, len)
}

/// `struct nlmsgerr`: the error, the request it answers (the header alone when the kernel
/// capped it) and extended-ack attributes after it.
fn error(c: &Ctx, family: Option<u32>, hdr: &NlMsgHdr, addr: u64, len: u64) -> Value {
    if len < 4 {
        return hex_bytes(c, addr, len);
    }
    let mut b = [0u8; 4];
    if !c.mem.read_exact(addr, &mut b) {
        return Value::Ptr(addr);
    }
    let err = i32::from_le_bytes(b);
    let err_v = match (err < 0)
        .then(|| crate::xlat::errno::errno_name(-(err as i64) as u64))
        .flatten()
    {
        Some(name) => Value::Expr(format!("-{name}")),
        None => Value::Int(err as i64),
    };
    let mut f = vec![("error", err_v)];
    let (maddr, mlen) = (addr + 4, len - 4);
    if mlen == 0 {
        return Value::Struct(f, false);
    }
    let mut h = [0u8; NLMSG_HDRLEN as usize];
    if mlen < NLMSG_HDRLEN {
        f.push(("msg", hex_bytes(c, maddr, mlen)));
    } else if !c.mem.read_exact(maddr, &mut h) {
        f.push(("msg", Value::Ptr(maddr)));
    } else {
        let inner = parse_hdr(&h);
        let shown = if hdr.flags & NLM_F_CAPPED != 0 {
            NLMSG_HDRLEN
        } else {
            inner.len as u64
        }
        .min(mlen);
        f.push(("msg", message(c, family, &inner, maddr, shown)));
        if mlen > shown {
            // Extended-ack attributes follow the request, printed unlabelled.
            let attrs = nlattrs(
                c,
                maddr + shown,
                mlen - shown,
                nl::NLMSGERR_ATTRS,
                "NLMSGERR_ATTR_???",
                &|c, kind, a, l| match kind {
                    1 => Some(nla_str(c, a, l)),
                    2 => nla_u32(c, a, l),
                    _ => None,
                },
            );
            f.push(("", attrs));
        }
    }
    Value::Struct(f, false)
}

/// Decodes one attribute's data (`len` bytes at `addr`) given its type (flags masked off);
/// None prints the data as hex bytes.
pub type NlaData<'a> = &'a dyn Fn(&Ctx, u16, u64, u64) -> Option<Value>;

/// Netlink attributes in `len` bytes at `addr`: `[{nla_len=8, nla_type=IFLA_MTU}, 1500]`,
/// several as an array of such pairs. `table` names the types.
pub fn nlattrs(
    c: &Ctx,
    addr: u64,
    len: u64,
    table: Xlat,
    unknown: &'static str,
    data: NlaData,
) -> Value {
    walk(
        c,
        addr,
        len,
        NLA_HDRLEN,
        |h| u16_at(h, 0) as u64,
        |c, h, addr, len| {
            let nla_len = u16_at(h, 0) as u64;
            let kind = u16_at(h, 2);
            let bare = (kind & !(NLA_F_NESTED | NLA_F_NET_BYTEORDER)) as u64;
            // Without a table (netfilter's attributes) the type is a plain number.
            let base = if unknown.is_empty() {
                Value::Hex(bare)
            } else {
                sym(table, bare, unknown)
            };
            let mut parts = Vec::new();
            if kind & NLA_F_NESTED != 0 {
                parts.push(Value::Sym("NLA_F_NESTED", NLA_F_NESTED as u64));
            }
            if kind & NLA_F_NET_BYTEORDER != 0 {
                parts.push(Value::Sym(
                    "NLA_F_NET_BYTEORDER",
                    NLA_F_NET_BYTEORDER as u64,
                ));
            }
            let type_v = if parts.is_empty() {
                base
            } else {
                parts.push(base);
                Value::Or(parts)
            };
            let h = Value::Struct(
                vec![("nla_len", Value::Uint(nla_len)), ("nla_type", type_v)],
                false,
            );
            let shown = nla_len.min(len);
            if shown <= NLA_HDRLEN {
                return h;
            }
            let (daddr, dlen) = (addr + NLA_HDRLEN, shown - NLA_HDRLEN);
            let kind = kind & !(NLA_F_NESTED | NLA_F_NET_BYTEORDER);
            let d = data(c, kind, daddr, dlen).unwrap_or_else(|| hex_bytes(c, daddr, dlen));
            Value::Array(vec![h, d], false)
        },
    )
}

/// A string attribute: strace expects a trailing NUL and leaves it out; without one (or cut
/// at `-s`) the string is marked as continuing.
pub fn nla_str(c: &Ctx, addr: u64, len: u64) -> Value {
    let size = len.min(c.opts.strsize as u64) as usize;
    let mut b = vec![0u8; size];
    if !c.mem.read_exact(addr, &mut b) {
        return Value::Ptr(addr);
    }
    let terminated = b.last() == Some(&0);
    if terminated {
        b.pop();
    }
    Value::Str(super::QStr {
        bytes: b,
        truncated: !terminated,
        force_hex: false,
        trailing_nul: terminated,
    })
}

/// A little-endian integer attribute of `N` bytes: None (hex bytes) when the data is shorter,
/// the address when it cannot be read.
fn nla_int<const N: usize>(c: &Ctx, addr: u64, len: u64, f: fn([u8; N]) -> Value) -> Option<Value> {
    if len < N as u64 {
        return None;
    }
    let mut b = [0u8; N];
    Some(if c.mem.read_exact(addr, &mut b) {
        f(b)
    } else {
        Value::Ptr(addr)
    })
}

pub fn nla_u8(c: &Ctx, addr: u64, len: u64) -> Option<Value> {
    nla_int::<1>(c, addr, len, |b| Value::Uint(b[0] as u64))
}
pub fn nla_u16(c: &Ctx, addr: u64, len: u64) -> Option<Value> {
    nla_int::<2>(c, addr, len, |b| Value::Uint(u16::from_le_bytes(b) as u64))
}
pub fn nla_u32(c: &Ctx, addr: u64, len: u64) -> Option<Value> {
    nla_int::<4>(c, addr, len, |b| Value::Uint(u32::from_le_bytes(b) as u64))
}
pub fn nla_u64(c: &Ctx, addr: u64, len: u64) -> Option<Value> {
    nla_int::<8>(c, addr, len, |b| Value::Uint(u64::from_le_bytes(b)))
}
pub fn nla_s32(c: &Ctx, addr: u64, len: u64) -> Option<Value> {
    nla_int::<4>(c, addr, len, |b| Value::Int(i32::from_le_bytes(b) as i64))
}

/// Builders of netlink test data and the decoding of it, for the protocol decoders' tests.
#[cfg(test)]
pub mod testbuf {
    use super::super::testmem::{FakeMem, show};
    use super::super::{Ctx, DecodeOpts, Ret};

    /// A message of `kind` with `flags`, sequence 1 and port 0, around `payload`.
    pub fn msg(kind: u16, flags: u16, payload: &[u8]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&(16 + payload.len() as u32).to_le_bytes());
        b.extend_from_slice(&kind.to_le_bytes());
        b.extend_from_slice(&flags.to_le_bytes());
        b.extend_from_slice(&1u32.to_le_bytes());
        b.extend_from_slice(&0u32.to_le_bytes());
        b.extend_from_slice(payload);
        b
    }

    /// An attribute of `kind` around `data`, padded to 4 bytes.
    pub fn nla(kind: u16, data: &[u8]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&(4 + data.len() as u16).to_le_bytes());
        b.extend_from_slice(&kind.to_le_bytes());
        b.extend_from_slice(data);
        while b.len() % 4 != 0 {
            b.push(0);
        }
        b
    }

    /// `len` bytes at `addr` decoded as messages of protocol `family`, as strace text.
    pub fn decode(
        mem: &FakeMem,
        family: Option<u32>,
        addr: u64,
        len: u64,
        o: &DecodeOpts,
    ) -> String {
        let mut out = Vec::new();
        let c = Ctx {
            mem,
            opts: o,
            args: [0; 6],
            sp: 0,
            exiting: true,
            rval: 0,
            out: &mut out,
            more: false,
            ret: Ret::Dec,
        };
        show(&super::messages(&c, family, addr, len))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testmem::{FakeMem, opts, show};
    use super::super::{Ctx, DecodeOpts, Ret};
    use super::testbuf::decode;
    use super::*;

    fn hdr(len: u32, kind: u16, flags: u16, seq: u32, pid: u32) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&len.to_le_bytes());
        b.extend_from_slice(&kind.to_le_bytes());
        b.extend_from_slice(&flags.to_le_bytes());
        b.extend_from_slice(&seq.to_le_bytes());
        b.extend_from_slice(&pid.to_le_bytes());
        b
    }

    #[test]
    fn headers_types_and_flags_per_protocol() {
        // A dump request, then a zeroed header: strace shows both, the second as NLMSG_???.
        let mut b = hdr(24, 22, 0x301, 7, 0);
        b.extend_from_slice(&[0; 8]);
        b.extend_from_slice(&[0; 16]);
        let m = FakeMem::default().with(0x1000, &b);
        assert_eq!(
            decode(&m, Some(NETLINK_ROUTE), 0x1000, 48, &opts()),
            "[[{nlmsg_len=24, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=7, nlmsg_pid=0}, {ifa_family=AF_UNSPEC, ifa_prefixlen=0, ifa_flags=0, ifa_scope=RT_SCOPE_UNIVERSE, ifa_index=0}], {nlmsg_len=0, nlmsg_type=0 /* NLMSG_??? */, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}]"
        );
        // NEW flags for RTM_NEWLINK, an unknown protocol's types, sock_diag's names.
        let m = FakeMem::default().with(0x1000, &hdr(16, 16, 0x605, 1, 2));
        assert_eq!(
            decode(&m, Some(NETLINK_ROUTE), 0x1000, 16, &opts()),
            "{nlmsg_len=16, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK|NLM_F_EXCL|NLM_F_CREATE, nlmsg_seq=1, nlmsg_pid=2}"
        );
        assert_eq!(
            decode(&m, None, 0x1000, 16, &opts()),
            "{nlmsg_len=16, nlmsg_type=0x10 /* NLMSG_??? */, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK|0x600, nlmsg_seq=1, nlmsg_pid=2}"
        );
        let m = FakeMem::default().with(0x1000, &hdr(16, 20, 0x300, 1, 0));
        assert_eq!(
            decode(&m, Some(NETLINK_SOCK_DIAG), 0x1000, 16, &opts()),
            "{nlmsg_len=16, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}"
        );
    }

    #[test]
    fn done_error_and_short_or_unreadable_data() {
        let mut b = hdr(20, 3, 2, 9, 42);
        b.extend_from_slice(&0i32.to_le_bytes());
        let m = FakeMem::default().with(0x1000, &b);
        assert_eq!(
            decode(&m, Some(NETLINK_ROUTE), 0x1000, 20, &opts()),
            "[{nlmsg_len=20, nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=9, nlmsg_pid=42}, 0]"
        );
        // NLMSG_ERROR with the capped request header.
        let mut b = hdr(36, 2, 0x100, 9, 42);
        b.extend_from_slice(&(-2i32).to_le_bytes());
        b.extend_from_slice(&hdr(40, 18, 0x301, 9, 0));
        let m = FakeMem::default().with(0x1000, &b);
        assert_eq!(
            decode(&m, Some(NETLINK_ROUTE), 0x1000, 36, &opts()),
            "[{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=NLM_F_CAPPED, nlmsg_seq=9, nlmsg_pid=42}, {error=-ENOENT, msg={nlmsg_len=40, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=9, nlmsg_pid=0}}]"
        );
        // Too short for a header: hex bytes; unreadable: the address; NULL.
        let m = FakeMem::default().with(0x1000, b"ab");
        assert_eq!(decode(&m, None, 0x1000, 2, &opts()), "\"\\x61\\x62\"");
        assert_eq!(decode(&m, None, 0x5000, 64, &opts()), "0x5000");
        assert_eq!(decode(&m, None, 0, 0, &opts()), "NULL");
        // A second header that cannot be read.
        let m = FakeMem::default().with(0x1000, &hdr(16, 3, 0, 0, 0));
        assert_eq!(
            decode(&m, None, 0x1000, 64, &opts()),
            "[{nlmsg_len=16, nlmsg_type=NLMSG_DONE, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, ... /* 0x1010 */]"
        );
    }

    #[test]
    fn message_count_is_capped_at_strsize_without_v() {
        let mut b = Vec::new();
        for _ in 0..4 {
            b.extend_from_slice(&hdr(16, 1, 0, 0, 0));
        }
        let m = FakeMem::default().with(0x1000, &b);
        let o = DecodeOpts {
            strsize: 2,
            verbose: false,
        };
        let s = decode(&m, None, 0x1000, 64, &o);
        assert_eq!(s.matches("NLMSG_NOOP").count(), 2);
        assert!(s.ends_with(", ...]"), "{s}");
        let o = DecodeOpts {
            strsize: 2,
            verbose: true,
        };
        assert_eq!(
            decode(&m, None, 0x1000, 64, &o)
                .matches("NLMSG_NOOP")
                .count(),
            4
        );
    }

    #[test]
    fn attributes() {
        let mut b = Vec::new();
        b.extend_from_slice(&[7, 0, 3, 0, b'l', b'o', 0, 0]); // "lo\0" + pad
        b.extend_from_slice(&[8, 0, 4, 0x80, 0xdc, 5, 0, 0]); // nested, u32 1500
        b.extend_from_slice(&[5, 0, 9, 0, 1, 0, 0, 0]); // unknown type, 1 byte
        let m = FakeMem::default().with(0x1000, &b);
        let o = opts();
        let mut out = Vec::new();
        let c = Ctx {
            mem: &m,
            opts: &o,
            args: [0; 6],
            sp: 0,
            exiting: true,
            rval: 0,
            out: &mut out,
            more: false,
            ret: Ret::Dec,
        };
        const T: Xlat = &[(3, "T_NAME"), (4, "T_MTU")];
        let v = nlattrs(&c, 0x1000, 24, T, "T_???", &|c, k, a, l| match k {
            3 => Some(nla_str(c, a, l)),
            4 => nla_u32(c, a, l),
            _ => None,
        });
        assert_eq!(
            show(&v),
            "[[{nla_len=7, nla_type=T_NAME}, \"lo\"], [{nla_len=8, nla_type=NLA_F_NESTED|T_MTU}, 1500], [{nla_len=5, nla_type=0x9 /* T_??? */}, \"\\x01\"]]"
        );
    }
}
