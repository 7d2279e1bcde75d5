//! bpf(2) and perf_event_open(2): `union bpf_attr` per command and `struct perf_event_attr`,
//! as strace 6.1 prints them.

use super::{Ctx, DecodeFn, QStr, Value, read_cstr, sym, u16_at, u32_at, u64_at, xflags};
use crate::xlat::bpf::*;

pub static DECODERS: &[(&str, DecodeFn)] = &[("bpf", bpf), ("perf_event_open", perf_event_open)];

/// strace reads at most a page of attr.
const PAGE: usize = 4096;

type Fields = Vec<(&'static str, Value)>;

/// The attr bytes (zero-padded to the page) and the size the caller gave.
struct Attr {
    b: Vec<u8>,
    size: usize,
}

impl Attr {
    fn u32(&self, off: usize) -> u32 {
        u32_at(&self.b, off)
    }
    fn u64(&self, off: usize) -> u64 {
        u64_at(&self.b, off)
    }
    fn fd(&self, off: usize) -> Value {
        Value::Fd(self.u32(off) as i32)
    }
    fn uint(&self, off: usize) -> Value {
        Value::Uint(self.u32(off) as u64)
    }
    fn ptr(&self, off: usize) -> Value {
        Value::Ptr(self.u64(off))
    }
    /// A field exists when the given size reaches past its start.
    fn has(&self, off: usize) -> bool {
        self.size > off
    }
}

/// A char array of `n` bytes (cut at the size given): the string up to its NUL.
fn char_array(b: &[u8]) -> Value {
    match b.iter().position(|&x| x == 0) {
        Some(n) => Value::str(b[..n].to_vec(), false),
        // strace keeps the last byte for the terminator it did not find.
        None => Value::str(b[..b.len().saturating_sub(1)].to_vec(), true),
    }
}

/// A string of at most `len` bytes that may end early at a NUL (log buffers).
fn str0(c: &Ctx, addr: u64, len: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let n = len.min(c.opts.strsize as u64) as usize;
    let mut b = vec![0u8; n];
    if !c.mem.read_exact(addr, &mut b) {
        return Value::Unreadable(addr);
    }
    match b.iter().position(|&x| x == 0) {
        Some(z) => Value::str(b[..z].to_vec(), false),
        None => Value::str(b, true),
    }
}

/// `len` bytes of data (the BTF blob), cut at `-s`.
fn strn(c: &Ctx, addr: u64, len: u64) -> Value {
    super::read_buf(c.mem, addr, len, c.opts.strsize)
}

fn ifindex(v: u32) -> Value {
    if v == 0 {
        Value::Uint(0)
    } else {
        super::net::ifindex(v)
    }
}

/// Bytes past the command's structure: `...` without `-v` when any is non-zero, else all
/// of them in hex with their offsets.
fn extra_data(c: &Ctx, a: &Attr, known: usize, f: &mut Fields) -> bool {
    if a.size <= known {
        return false;
    }
    let tail = &a.b[known..a.size];
    if tail.iter().all(|&x| x == 0) {
        return false;
    }
    if !c.opts.verbose {
        return true;
    }
    let s = Value::Str(QStr {
        bytes: tail.to_vec(),
        truncated: false,
        force_hex: true,
        trailing_nul: false,
    });
    f.push((
        "extra_data",
        Value::Commented(Box::new(s), format!("bytes {}..{}", known, a.size - 1)),
    ));
    false
}

/// The fields of one command, and the size of its structure as strace 6.1 knows it.
fn decode_cmd(c: &Ctx, cmd: u32, a: &Attr) -> Option<(Fields, usize)> {
    let mut f: Fields = Vec::new();
    let known = match cmd {
        0 => {
            f.push((
                "map_type",
                sym(BPF_MAP_TYPES, a.u32(0) as u64, "BPF_MAP_TYPE_???"),
            ));
            f.push(("key_size", a.uint(4)));
            f.push(("value_size", a.uint(8)));
            f.push(("max_entries", a.uint(12)));
            let flags = a.u32(16);
            'm: {
                if !a.has(16) {
                    break 'm;
                }
                f.push((
                    "map_flags",
                    xflags(BPF_MAP_FLAGS, flags as u64, "BPF_F_???"),
                ));
                if !a.has(20) {
                    break 'm;
                }
                f.push(("inner_map_fd", a.fd(20)));
                if !a.has(24) {
                    break 'm;
                }
                if flags & 4 != 0 {
                    let n = a.u32(24);
                    let v = if n == u32::MAX {
                        Value::Commented(Box::new(Value::Uint(n as u64)), "NUMA_NO_NODE".into())
                    } else {
                        Value::Uint(n as u64)
                    };
                    f.push(("numa_node", v));
                }
                if !a.has(28) {
                    break 'm;
                }
                let end = a.size.min(44);
                f.push(("map_name", char_array(&a.b[28..end])));
                if !a.has(44) {
                    break 'm;
                }
                f.push(("map_ifindex", ifindex(a.u32(44))));
                if !a.has(48) {
                    break 'm;
                }
                f.push(("btf_fd", a.fd(48)));
                f.push(("btf_key_type_id", a.uint(52)));
                f.push(("btf_value_type_id", a.uint(56)));
                if !a.has(60) {
                    break 'm;
                }
                f.push(("btf_vmlinux_value_type_id", a.uint(60)));
                if !a.has(64) {
                    break 'm;
                }
                f.push(("map_extra", Value::Uint(a.u64(64))));
            }
            72
        }
        1 | 21 => {
            f.push(("map_fd", a.fd(0)));
            f.push(("key", a.ptr(8)));
            f.push(("value", a.ptr(16)));
            if a.has(24) {
                f.push(("flags", lookup_flags(a.u64(24))));
            }
            32
        }
        2 => {
            f.push(("map_fd", a.fd(0)));
            f.push(("key", a.ptr(8)));
            f.push(("value", a.ptr(16)));
            f.push((
                "flags",
                sym(BPF_MAP_UPDATE_ELEM_FLAGS, a.u64(24), "BPF_???"),
            ));
            32
        }
        3 => {
            f.push(("map_fd", a.fd(0)));
            f.push(("key", a.ptr(8)));
            16
        }
        4 => {
            f.push(("map_fd", a.fd(0)));
            f.push(("key", a.ptr(8)));
            f.push(("next_key", a.ptr(16)));
            24
        }
        5 => {
            prog_load(c, a, &mut f);
            128
        }
        6 | 7 => {
            f.push(("pathname", super::read_path(c.mem, a.u64(0))));
            f.push(("bpf_fd", a.fd(8)));
            if a.has(12) {
                f.push((
                    "file_flags",
                    xflags(BPF_FILE_FLAGS, a.u32(12) as u64, "BPF_F_???"),
                ));
            }
            16
        }
        8 => {
            f.push(("target_fd", a.fd(0)));
            f.push(("attach_bpf_fd", a.fd(4)));
            f.push((
                "attach_type",
                sym(BPF_ATTACH_TYPES, a.u32(8) as u64, "BPF_???"),
            ));
            f.push((
                "attach_flags",
                xflags(BPF_ATTACH_FLAGS, a.u32(12) as u64, "BPF_F_???"),
            ));
            if a.has(16) {
                f.push(("replace_bpf_fd", a.fd(16)));
            }
            20
        }
        9 => {
            f.push(("target_fd", a.fd(0)));
            f.push((
                "attach_type",
                sym(BPF_ATTACH_TYPES, a.u32(8) as u64, "BPF_???"),
            ));
            12
        }
        10 => {
            let mut t: Fields = vec![
                ("prog_fd", a.fd(0)),
                ("retval", a.uint(4)),
                ("data_size_in", a.uint(8)),
                ("data_size_out", a.uint(12)),
                ("data_in", a.ptr(16)),
                ("data_out", a.ptr(24)),
                ("repeat", a.uint(32)),
                ("duration", a.uint(36)),
            ];
            if a.has(40) {
                t.push(("ctx_size_in", a.uint(40)));
                t.push(("ctx_size_out", a.uint(44)));
                t.push(("ctx_in", a.ptr(48)));
                t.push(("ctx_out", a.ptr(56)));
            }
            if a.has(64) {
                t.push((
                    "flags",
                    xflags(BPF_TEST_RUN_FLAGS, a.u32(64) as u64, "BPF_F_???"),
                ));
                t.push(("cpu", a.uint(68)));
            }
            if a.has(72) {
                t.push(("batch_size", a.uint(72)));
            }
            f.push(("test", Value::Struct(t, false)));
            76
        }
        11 | 12 | 23 | 31 => {
            f.push(("start_id", a.uint(0)));
            f.push(("next_id", a.uint(4)));
            f.push((
                "open_flags",
                xflags(BPF_FILE_FLAGS, a.u32(8) as u64, "BPF_F_???"),
            ));
            12
        }
        13 | 14 => {
            f.push((if cmd == 13 { "prog_id" } else { "map_id" }, a.uint(0)));
            f.push(("next_id", a.uint(4)));
            f.push((
                "open_flags",
                xflags(BPF_FILE_FLAGS, a.u32(8) as u64, "BPF_F_???"),
            ));
            12
        }
        15 => {
            let info = vec![
                ("bpf_fd", a.fd(0)),
                ("info_len", a.uint(4)),
                ("info", a.ptr(8)),
            ];
            f.push(("info", Value::Struct(info, false)));
            16
        }
        16 => {
            let q = vec![
                ("target_fd", a.fd(0)),
                (
                    "attach_type",
                    sym(BPF_ATTACH_TYPES, a.u32(4) as u64, "BPF_???"),
                ),
                (
                    "query_flags",
                    xflags(BPF_QUERY_FLAGS, a.u32(8) as u64, "BPF_F_QUERY_???"),
                ),
                (
                    "attach_flags",
                    xflags(BPF_ATTACH_FLAGS, a.u32(12) as u64, "BPF_F_???"),
                ),
                ("prog_ids", prog_ids(c, a)),
                ("prog_cnt", a.uint(24)),
            ];
            f.push(("query", Value::Struct(q, false)));
            28
        }
        17 => {
            let name = a.u64(0);
            let t = vec![("name", str0(c, name, 128)), ("prog_fd", a.fd(8))];
            f.push(("raw_tracepoint", Value::Struct(t, false)));
            12
        }
        18 => {
            f.push(("btf", strn(c, a.u64(0), a.u32(16) as u64)));
            f.push(("btf_log_buf", a.ptr(8)));
            f.push(("btf_size", a.uint(16)));
            f.push(("btf_log_size", a.uint(20)));
            f.push(("btf_log_level", a.uint(24)));
            28
        }
        19 => {
            f.push(("btf_id", a.uint(0)));
            4
        }
        22 => {
            f.push(("map_fd", a.fd(0)));
            4
        }
        28 => {
            let at = a.u32(8);
            let mut l: Fields = vec![
                ("prog_fd", a.fd(0)),
                ("target_fd", a.fd(4)),
                ("attach_type", sym(BPF_ATTACH_TYPES, at as u64, "BPF_???")),
                (
                    "flags",
                    xflags(BPF_ATTACH_FLAGS, a.u32(12) as u64, "BPF_F_???"),
                ),
            ];
            let mut known = 16;
            if a.has(16)
                && (at <= 3
                    || (6..=22).contains(&at) && at != 7 && at != 16 && at != 17
                    || (29..=32).contains(&at)
                    || at == 34)
            {
                if a.u32(16) != 0 {
                    l.push(("target_btf_id", a.uint(16)));
                }
                known = 20;
            }
            f.push(("link_create", Value::Struct(l, false)));
            known
        }
        29 => {
            let flags = a.u32(8);
            let mut l: Fields = vec![
                ("link_fd", a.fd(0)),
                ("new_prog_fd", a.fd(4)),
                ("flags", xflags(BPF_ATTACH_FLAGS, flags as u64, "BPF_F_???")),
            ];
            if flags & 4 != 0 {
                l.push(("old_prog_fd", a.fd(12)));
            }
            f.push(("link_update", Value::Struct(l, false)));
            16
        }
        30 => {
            f.push(("link_id", a.uint(0)));
            4
        }
        24..=27 => {
            let mut t: Fields = Vec::new();
            if cmd <= 25 {
                t.push(("in_batch", a.ptr(0)));
                t.push(("out_batch", a.ptr(8)));
            }
            t.push(("keys", a.ptr(16)));
            if cmd != 27 {
                t.push(("values", a.ptr(24)));
            }
            t.push(("count", a.uint(32)));
            t.push(("map_fd", a.fd(36)));
            t.push(("elem_flags", lookup_flags(a.u64(40))));
            t.push(("flags", Value::Hex(a.u64(48))));
            f.push(("batch", Value::Struct(t, false)));
            56
        }
        _ => return None,
    };
    Some((f, known))
}

/// Flags of lookups: `BPF_ANY` when none is set.
fn lookup_flags(v: u64) -> Value {
    let mut v = xflags(BPF_MAP_LOOKUP_ELEM_FLAGS, v, "BPF_???");
    if let Value::Flags(fl) = &mut v {
        fl.zero = "BPF_ANY";
    }
    v
}

fn prog_ids(c: &Ctx, a: &Attr) -> Value {
    let addr = a.u64(16);
    let cnt = a.u32(24) as u64;
    if addr == 0 || cnt == 0 || !c.exiting {
        return Value::Ptr(addr);
    }
    let mut v = Vec::new();
    let max = cnt.min(c.opts.strsize as u64);
    for i in 0..max {
        let mut b = [0u8; 4];
        if !c.mem.read_exact(addr.wrapping_add(i * 4), &mut b) {
            if i == 0 {
                return Value::Unreadable(addr);
            }
            break;
        }
        v.push(Value::Uint(u32::from_le_bytes(b) as u64));
    }
    Value::Array(v, cnt > max)
}

/// Most instructions strace shows (BPF_MAXINSNS).
const BPF_MAXINSNS: u32 = 4096;

/// An eBPF opcode: `class|src|op` for arithmetic and jumps, `class|size|mode` for loads and
/// stores.
fn insn_code(code: u8) -> Value {
    let class = (code & 7) as u64;
    let mut parts = vec![sym(EBPF_CLASS, class, "BPF_???")];
    let bar = || Value::Expr("|".into());
    match class {
        4..=7 => {
            parts.push(bar());
            parts.push(sym(BPF_SRC, (code & 0x08) as u64, "BPF_???"));
            parts.push(bar());
            let ops = if class == 4 || class == 7 {
                BPF_OP_ALU
            } else {
                BPF_OP_JMP
            };
            parts.push(sym(ops, (code & 0xf0) as u64, "BPF_???"));
        }
        _ => {
            parts.push(bar());
            parts.push(sym(BPF_SIZE, (code & 0x18) as u64, "BPF_???"));
            parts.push(bar());
            parts.push(sym(BPF_MODE, (code & 0xe0) as u64, "BPF_???"));
        }
    }
    Value::Seq(parts)
}

/// The program: its address without `-v`, else the instructions.
fn insns(c: &Ctx, addr: u64, cnt: u32) -> Value {
    if !c.opts.verbose || addr == 0 || cnt == 0 {
        return Value::Ptr(addr);
    }
    let shown = cnt.min(BPF_MAXINSNS);
    let mut v = Vec::new();
    for i in 0..shown as u64 {
        let mut b = [0u8; 8];
        if !c.mem.read_exact(addr.wrapping_add(i * 8), &mut b) {
            if i == 0 {
                return Value::Unreadable(addr);
            }
            return Value::Array(v, true);
        }
        v.push(Value::Struct(
            vec![
                ("code", insn_code(b[0])),
                (
                    "dst_reg",
                    sym(EBPF_REGS, (b[1] & 0xf) as u64, "BPF_REG_???"),
                ),
                ("src_reg", sym(EBPF_REGS, (b[1] >> 4) as u64, "BPF_REG_???")),
                ("off", Value::Int(i16::from_le_bytes([b[2], b[3]]) as i64)),
                (
                    "imm",
                    Value::Hex(u32::from_le_bytes([b[4], b[5], b[6], b[7]]) as u64),
                ),
            ],
            false,
        ));
    }
    Value::Array(v, cnt > shown)
}

fn prog_load(c: &Ctx, a: &Attr, f: &mut Fields) {
    f.push((
        "prog_type",
        sym(BPF_PROG_TYPES, a.u32(0) as u64, "BPF_PROG_TYPE_???"),
    ));
    f.push(("insn_cnt", a.uint(4)));
    f.push(("insns", insns(c, a.u64(8), a.u32(4))));
    f.push(("license", read_cstr(c.mem, a.u64(16), c.opts.strsize)));
    if !a.has(24) {
        return;
    }
    f.push(("log_level", a.uint(24)));
    f.push(("log_size", a.uint(28)));
    f.push(("log_buf", str0(c, a.u64(32), a.u32(28) as u64)));
    if !a.has(40) {
        return;
    }
    let v = a.u32(40);
    let call = Value::Call(
        "KERNEL_VERSION",
        vec![
            Value::Uint((v >> 16) as u64),
            Value::Uint(((v >> 8) & 0xff) as u64),
            Value::Uint((v & 0xff) as u64),
        ],
    );
    f.push((
        "kern_version",
        Value::Alt(Box::new(Value::Hex(v as u64)), Box::new(call)),
    ));
    if !a.has(44) {
        return;
    }
    f.push((
        "prog_flags",
        xflags(BPF_PROG_FLAGS, a.u32(44) as u64, "BPF_F_???"),
    ));
    if !a.has(48) {
        return;
    }
    let end = a.size.min(64);
    f.push(("prog_name", char_array(&a.b[48..end])));
    if !a.has(64) {
        return;
    }
    f.push(("prog_ifindex", ifindex(a.u32(64))));
    if !a.has(68) {
        return;
    }
    f.push((
        "expected_attach_type",
        sym(BPF_ATTACH_TYPES, a.u32(68) as u64, "BPF_???"),
    ));
    if !a.has(72) {
        return;
    }
    f.push(("prog_btf_fd", a.fd(72)));
    f.push(("func_info_rec_size", a.uint(76)));
    f.push(("func_info", a.ptr(80)));
    f.push(("func_info_cnt", a.uint(88)));
    f.push(("line_info_rec_size", a.uint(92)));
    f.push(("line_info", a.ptr(96)));
    f.push(("line_info_cnt", a.uint(104)));
    if !a.has(108) {
        return;
    }
    f.push(("attach_btf_id", a.uint(108)));
    if !a.has(112) {
        return;
    }
    f.push(("attach_prog_fd", a.fd(112)));
    if !a.has(120) {
        return;
    }
    f.push(("fd_array", a.ptr(120)));
}

fn bpf(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let cmd = c.args[0] as u32;
    let addr = c.args[1];
    let size = c.args[2] as u32;
    c.push(sym(BPF_COMMANDS, cmd as u64, "BPF_???"));
    let decodable = size > 0 && size as usize <= PAGE && cmd <= 31 && cmd != 20;
    let v = if decodable {
        let mut b = vec![0u8; PAGE];
        if !c.mem.structs() || !c.mem.read_exact(addr, &mut b[..size as usize]) {
            Value::Ptr(addr)
        } else {
            let a = Attr {
                b,
                size: size as usize,
            };
            match decode_cmd(c, cmd, &a) {
                Some((mut f, known)) => {
                    let more = extra_data(c, &a, known, &mut f);
                    Value::Struct(f, more)
                }
                None => Value::Ptr(addr),
            }
        }
    } else {
        Value::Ptr(addr)
    };
    c.push(v);
    c.push(Value::Uint(size as u64));
}

// perf_event_open

const PERF_ATTR_SIZE_VER0: u32 = 64;
/// sizeof(struct perf_event_attr) as strace 6.1 knows it (PERF_ATTR_SIZE_VER7).
const PERF_ATTR_SIZE_KNOWN: u32 = 128;

fn bit(flags: u64, n: u32) -> Value {
    Value::Uint((flags >> n) & 1)
}

fn perf_config(typ: u32, config: u64) -> Value {
    match typ {
        0 | 3 => {
            let hi = config >> 32;
            let mut parts = Vec::new();
            if hi != 0 {
                parts.push(Value::Hex(hi));
                parts.push(Value::Expr("<<32|".into()));
            }
            if typ == 0 {
                parts.push(sym(PERF_HW_ID, config & 0xffff_ffff, "PERF_COUNT_HW_???"));
            } else {
                let top = (config >> 24) & 0xff;
                if top != 0 {
                    parts.push(Value::Hex(top));
                    parts.push(Value::Expr("<<24|".into()));
                }
                parts.push(sym(
                    PERF_HW_CACHE_OP_RESULT_ID,
                    (config >> 16) & 0xff,
                    "PERF_COUNT_HW_CACHE_RESULT_???",
                ));
                parts.push(Value::Expr("<<16|".into()));
                parts.push(sym(
                    PERF_HW_CACHE_OP_ID,
                    (config >> 8) & 0xff,
                    "PERF_COUNT_HW_CACHE_OP_???",
                ));
                parts.push(Value::Expr("<<8|".into()));
                parts.push(sym(
                    PERF_HW_CACHE_ID,
                    config & 0xff,
                    "PERF_COUNT_HW_CACHE_???",
                ));
            }
            if parts.len() == 1 {
                parts.pop().unwrap()
            } else {
                Value::Seq(parts)
            }
        }
        1 => sym(PERF_SW_IDS, config, "PERF_COUNT_SW_???"),
        2 => Value::Uint(config),
        _ => Value::Hex(config),
    }
}

/// The flag bits of perf_event_attr before precise_ip (bits 0..14).
const PERF_BITS: [&str; 15] = [
    "disabled",
    "inherit",
    "pinned",
    "exclusive",
    "exclude_user",
    "exclude_kernel",
    "exclude_hv",
    "exclude_idle",
    "mmap",
    "comm",
    "freq",
    "inherit_stat",
    "enable_on_exec",
    "task",
    "watermark",
];

/// The flag bits after precise_ip (bits 17..37).
const PERF_BITS2: [&str; 21] = [
    "mmap_data",
    "sample_id_all",
    "exclude_host",
    "exclude_guest",
    "exclude_callchain_kernel",
    "exclude_callchain_user",
    "mmap2",
    "comm_exec",
    "use_clockid",
    "context_switch",
    "write_backward",
    "namespaces",
    "ksymbol",
    "bpf_event",
    "aux_output",
    "cgroup",
    "text_poke",
    "build_id",
    "inherit_thread",
    "remove_on_exec",
    "sigtrap",
];

const PRECISE_IP: [&str; 4] = [
    "arbitrary skid",
    "constant skid",
    "requested to have 0 skid",
    "must have 0 skid",
];

/// `struct perf_event_attr` of which `size` bytes were read into `b` (zero-padded).
fn perf_attr(c: &Ctx, b: &[u8], size: u32) -> Value {
    let typ = u32_at(b, 0);
    let attr_size = u32_at(b, 4);
    let config = u64_at(b, 8);
    let mut f: Fields = vec![
        ("type", sym(PERF_TYPE_ID, typ as u64, "PERF_TYPE_???")),
        (
            "size",
            sym(PERF_ATTR_SIZE, attr_size as u64, "PERF_ATTR_SIZE_???"),
        ),
        ("config", perf_config(typ, config)),
    ];
    let more =
        (attr_size != 0 && attr_size > size) || (attr_size == 0 && size < PERF_ATTR_SIZE_VER0);
    let flags = u64_at(b, 40);
    let freq = (flags >> 10) & 1 != 0;
    f.push((
        if freq { "sample_freq" } else { "sample_period" },
        Value::Uint(u64_at(b, 16)),
    ));
    f.push((
        "sample_type",
        xflags(PERF_SAMPLE_FORMAT, u64_at(b, 24), "PERF_SAMPLE_???"),
    ));
    f.push((
        "read_format",
        xflags(PERF_READ_FORMAT, u64_at(b, 32), "PERF_FORMAT_???"),
    ));
    let precise = ((flags >> 15) & 3) as usize;
    let verbose = c.opts.verbose;
    // Without -v strace 6.1 shows only the bits that are set, and precise_ip.
    for (i, n) in PERF_BITS.iter().enumerate() {
        if verbose || (flags >> i) & 1 != 0 {
            f.push((n, bit(flags, i as u32)));
        }
    }
    f.push((
        "precise_ip",
        Value::Commented(
            Box::new(Value::Uint(precise as u64)),
            PRECISE_IP[precise].into(),
        ),
    ));
    for (i, n) in PERF_BITS2.iter().enumerate() {
        if verbose || (flags >> (17 + i)) & 1 != 0 {
            f.push((n, bit(flags, 17 + i as u32)));
        }
    }
    if !verbose {
        return Value::Struct(f, true);
    }
    let reserved = flags >> 38;
    if reserved != 0 {
        f.push((
            "__reserved_1",
            Value::Commented(Box::new(Value::Hex(reserved)), "Bits 63..38".into()),
        ));
    }
    let watermark = (flags >> 14) & 1 != 0;
    f.push((
        if watermark {
            "wakeup_watermark"
        } else {
            "wakeup_events"
        },
        Value::Uint(u32_at(b, 48) as u64),
    ));
    let bp = typ == 5;
    if bp {
        let t = u32_at(b, 52) as u64;
        let unk = if t <= 7 {
            "HW_BREAKPOINT_INVALID"
        } else {
            "HW_BREAKPOINT_???"
        };
        f.push(("bp_type", sym(HW_BREAKPOINT_TYPE, t, unk)));
    }
    f.push((
        if bp { "bp_addr" } else { "config1" },
        Value::Hex(u64_at(b, 56)),
    ));
    let sample_type = u64_at(b, 24);
    let use_clockid = (flags >> 25) & 1 != 0;
    'o: {
        if size <= 64 {
            break 'o;
        }
        if bp {
            f.push(("bp_len", Value::Uint(u64_at(b, 64))));
        } else {
            f.push(("config2", Value::Hex(u64_at(b, 64))));
        }
        if size <= 72 {
            break 'o;
        }
        if sample_type & (1 << 11) != 0 {
            f.push((
                "branch_sample_type",
                xflags(
                    PERF_BRANCH_SAMPLE_TYPE,
                    u64_at(b, 72),
                    "PERF_SAMPLE_BRANCH_???",
                ),
            ));
        }
        if size <= 80 {
            break 'o;
        }
        f.push(("sample_regs_user", Value::Hex(u64_at(b, 80))));
        if size <= 88 {
            break 'o;
        }
        if sample_type & (1 << 13) != 0 {
            f.push(("sample_stack_user", Value::Hex(u32_at(b, 88) as u64)));
        }
        if use_clockid {
            if size <= 92 {
                break 'o;
            }
            f.push((
                "clockid",
                sym(
                    crate::xlat::flags::CLOCK_IDS,
                    u32_at(b, 92) as u64,
                    "CLOCK_???",
                ),
            ));
        }
        if size <= 96 {
            break 'o;
        }
        f.push(("sample_regs_intr", Value::Hex(u64_at(b, 96))));
        if size <= 104 {
            break 'o;
        }
        f.push(("aux_watermark", Value::Uint(u32_at(b, 104) as u64)));
        if size <= 108 {
            break 'o;
        }
        f.push(("sample_max_stack", Value::Uint(u16_at(b, 108) as u64)));
        if size <= 112 {
            break 'o;
        }
        f.push(("aux_sample_size", Value::Uint(u32_at(b, 112) as u64)));
        if size <= 120 {
            break 'o;
        }
        f.push(("sig_data", Value::Hex(u64_at(b, 120))));
    }
    Value::Struct(f, more)
}

fn perf_event_open(c: &mut Ctx) {
    let addr = c.args[0];
    if !c.exiting {
        // The structure is read at entry but printed at exit; an unreadable one prints its
        // address and the rest at once.
        if perf_read(c, addr).is_some() {
            c.defer();
            return;
        }
        c.push(Value::Ptr(addr));
    } else if c.out.is_empty() {
        let v = match perf_read(c, addr) {
            Some((b, size)) => perf_attr(c, &b, size),
            None => Value::Ptr(addr),
        };
        c.push(v);
    } else {
        return;
    }
    c.push(Value::Int(c.args[1] as i32 as i64));
    c.push(Value::Int(c.args[2] as i32 as i64));
    c.push(c.fd(3));
    c.push(xflags(PERF_EVENT_OPEN_FLAGS, c.args[4], "PERF_FLAG_???"));
}

/// The bytes of the attr strace reads, and how many that is.
fn perf_read(c: &Ctx, addr: u64) -> Option<(Vec<u8>, u32)> {
    if !c.mem.structs() {
        return None;
    }
    let mut sz = [0u8; 4];
    if !c.mem.read_exact(addr.wrapping_add(4), &mut sz) {
        return None;
    }
    let mut size = u32::from_le_bytes(sz).min(PERF_ATTR_SIZE_KNOWN);
    if size == 0 {
        size = PERF_ATTR_SIZE_VER0;
    }
    if size < PERF_ATTR_SIZE_VER0 {
        return None;
    }
    let mut b = vec![0u8; PERF_ATTR_SIZE_KNOWN as usize];
    if !c.mem.read_exact(addr, &mut b[..size as usize]) {
        return None;
    }
    Some((b, size))
}

#[cfg(test)]
mod tests {
    use super::super::testmem::{FakeMem, opts, run, run_decoder};
    use super::*;

    fn verbose() -> super::super::DecodeOpts {
        let mut o = opts();
        o.verbose = true;
        o
    }

    #[test]
    fn map_create_short_and_trailing() {
        let mut b = vec![0u8; 144];
        b[0] = 2;
        b[4] = 4;
        b[8] = 8;
        b[12] = 2;
        b[28..35].copy_from_slice(b"rst_map");
        let m = FakeMem::default().with(0x1000, &b);
        assert_eq!(
            run(bpf, &m, [0, 0x1000, 144, 0, 0, 0], 3),
            "BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, \
             max_entries=2, map_flags=0, inner_map_fd=0, map_name=\"rst_map\", map_ifindex=0, \
             btf_fd=0, btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_value_type_id=0, \
             map_extra=0}, 144"
        );
        assert_eq!(
            run(bpf, &m, [0, 0x1000, 30, 0, 0, 0], -22),
            "BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, \
             max_entries=2, map_flags=0, inner_map_fd=0, map_name=\"r\"...}, 30"
        );
        b[143] = 1;
        let m = FakeMem::default().with(0x1000, &b);
        let s = run(bpf, &m, [3, 0x1000, 144, 0, 0, 0], -22);
        assert_eq!(
            s,
            "BPF_MAP_DELETE_ELEM, {map_fd=2, key=0x200000008, ...}, 144"
        );
        let s = run_decoder(bpf, &m, [22, 0x1000, 20, 0, 0, 0], -22, &verbose());
        assert_eq!(
            s,
            "BPF_MAP_FREEZE, {map_fd=2, extra_data=\"\\x04\\x00\\x00\\x00\\x08\\x00\\x00\\x00\
             \\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\" /* bytes 4..19 */}, 20"
        );
    }

    #[test]
    fn unknown_commands_bad_pointers_and_sizes() {
        let m = FakeMem::default().with(0x1000, &[0u8; 16]);
        assert_eq!(
            run(bpf, &m, [0xbad, 0x1000, 16, 0, 0, 0], -22),
            "0xbad /* BPF_??? */, 0x1000, 16"
        );
        assert_eq!(
            run(bpf, &m, [0, 8, 144, 0, 0, 0], -14),
            "BPF_MAP_CREATE, 0x8, 144"
        );
        assert_eq!(
            run(bpf, &m, [0, 0, 0, 0, 0, 0], -22),
            "BPF_MAP_CREATE, NULL, 0"
        );
        assert_eq!(
            run(bpf, &m, [0, 0x1000, 5000, 0, 0, 0], -7),
            "BPF_MAP_CREATE, 0x1000, 5000"
        );
        assert_eq!(
            run(bpf, &m, [1, 0x1000, 16, 0, 0, 0], -9),
            "BPF_MAP_LOOKUP_ELEM, {map_fd=0, key=NULL, value=NULL}, 16"
        );
    }

    #[test]
    fn prog_load_with_and_without_v() {
        let mut b = vec![0u8; 144];
        b[0] = 1;
        b[4] = 2;
        b[8..16].copy_from_slice(&0x2000u64.to_le_bytes());
        b[16..24].copy_from_slice(&0x3000u64.to_le_bytes());
        b[40..44].copy_from_slice(&((5u32 << 16) | (10 << 8) | 3).to_le_bytes());
        let insns = [0xb7u8, 0, 0, 0, 0, 0, 0, 0, 0x95, 0, 0, 0, 0, 0, 0, 0];
        let m = FakeMem::default()
            .with(0x1000, &b)
            .with(0x2000, &insns)
            .with(0x3000, b"GPL\0");
        assert_eq!(
            run(bpf, &m, [5, 0x1000, 48, 0, 0, 0], 4),
            "BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=2, insns=0x2000, \
             license=\"GPL\", log_level=0, log_size=0, log_buf=NULL, \
             kern_version=KERNEL_VERSION(5, 10, 3), prog_flags=0}, 48"
        );
        assert_eq!(
            run_decoder(bpf, &m, [5, 0x1000, 20, 0, 0, 0], 4, &verbose()),
            "BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=2, \
             insns=[{code=BPF_ALU64|BPF_K|BPF_MOV, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, \
             off=0, imm=0}, {code=BPF_JMP|BPF_K|BPF_EXIT, dst_reg=BPF_REG_0, \
             src_reg=BPF_REG_0, off=0, imm=0}], license=\"GPL\"}, 20"
        );
    }

    fn perf_attr_bytes() -> Vec<u8> {
        let mut p = vec![0u8; 128];
        p[0] = 1; // PERF_TYPE_SOFTWARE
        p[4] = 128;
        p[8] = 1; // PERF_COUNT_SW_TASK_CLOCK
        p[32] = 5; // read_format
        p[40] = 0x61; // disabled, exclude_kernel, exclude_hv
        p
    }

    #[test]
    fn perf_event_open_abbreviated_and_verbose() {
        let m = FakeMem::default().with(0x1000, &perf_attr_bytes());
        assert_eq!(
            run(
                perf_event_open,
                &m,
                [0x1000, 0, u64::MAX, u64::MAX, 8, 0],
                3
            ),
            "{type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER7, \
             config=PERF_COUNT_SW_TASK_CLOCK, sample_period=0, sample_type=0, \
             read_format=PERF_FORMAT_TOTAL_TIME_ENABLED|PERF_FORMAT_ID, disabled=1, \
             exclude_kernel=1, exclude_hv=1, precise_ip=0 /* arbitrary skid */, ...}, \
             0, -1, -1, PERF_FLAG_FD_CLOEXEC"
        );
        let s = run_decoder(
            perf_event_open,
            &m,
            [0x1000, 0, u64::MAX, u64::MAX, 0x80, 0],
            3,
            &verbose(),
        );
        assert!(s.ends_with(
            "build_id=0, inherit_thread=0, remove_on_exec=0, sigtrap=0, wakeup_events=0, \
             config1=0, config2=0, sample_regs_user=0, sample_regs_intr=0, aux_watermark=0, \
             sample_max_stack=0, aux_sample_size=0, sig_data=0}, 0, -1, -1, \
             0x80 /* PERF_FLAG_??? */"
        ));
    }

    #[test]
    fn perf_event_open_bad_sizes_and_pointers() {
        let mut p = perf_attr_bytes();
        p[4] = 8;
        let m = FakeMem::default().with(0x1000, &p);
        assert_eq!(
            run(
                perf_event_open,
                &m,
                [0x1000, 0, u64::MAX, u64::MAX, 0, 0],
                -7
            ),
            "0x1000, 0, -1, -1, 0"
        );
        assert_eq!(
            run(perf_event_open, &m, [0x8, 0, u64::MAX, u64::MAX, 0, 0], -14),
            "0x8, 0, -1, -1, 0"
        );
        let mut p = perf_attr_bytes();
        p[0] = 3;
        p[8..16].copy_from_slice(&0x0001_0102u64.to_le_bytes());
        let m = FakeMem::default().with(0x1000, &p);
        let s = run(perf_event_open, &m, [0x1000, 0, 0, u64::MAX, 0, 0], 3);
        assert!(s.starts_with(
            "{type=PERF_TYPE_HW_CACHE, size=PERF_ATTR_SIZE_VER7, \
             config=PERF_COUNT_HW_CACHE_RESULT_MISS<<16|PERF_COUNT_HW_CACHE_OP_WRITE<<8|\
             PERF_COUNT_HW_CACHE_LL, "
        ));
    }
}
