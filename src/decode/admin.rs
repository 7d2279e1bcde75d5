//! Administrative syscalls: the key management calls (add_key, request_key, keyctl), kernel
//! modules, reboot, syslog, host and domain names, and ptrace.

use super::desc::{IovData, iov_array};
use super::generic::signal_value;
use super::signal::{siginfo_at, siginfo_bytes, sigset};
use super::{
    Ctx, DecodeFn, Value, read_array, read_buf, read_cstr, sym, u16_at, u32_at, u64_at, xflags,
};
use crate::xlat::admin as t;
use crate::xlat::flags::PTRACE_REQUESTS;

pub static DECODERS: &[(&str, DecodeFn)] = &[
    ("add_key", add_key),
    ("request_key", request_key),
    ("keyctl", keyctl),
    ("init_module", init_module),
    ("finit_module", finit_module),
    ("delete_module", delete_module),
    ("reboot", reboot),
    ("syslog", syslog),
    ("sethostname", sethostname),
    ("setdomainname", sethostname),
    ("ptrace", ptrace),
    ("kexec_load", kexec_load),
    ("kexec_file_load", kexec_file_load),
];

/// kexec_load(entry, nr_segments, segments, flags): up to KEXEC_SEGMENT_MAX (16) segments
/// `{buf, bufsz, mem, memsz}`, the address beyond; the architecture, then the flags.
fn kexec_load(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let entry = c.ptr(0);
    c.push(entry);
    let n = c.ulong(1);
    c.push(n);
    let segs = if c.args[1] > 16 {
        c.ptr(2)
    } else {
        super::array_of(c, c.args[2], c.args[1], 32, |b| {
            Some(Value::Struct(
                vec![
                    ("buf", Value::Ptr(u64_at(b, 0))),
                    ("bufsz", Value::Uint(u64_at(b, 8))),
                    ("mem", Value::Ptr(u64_at(b, 16))),
                    ("memsz", Value::Uint(u64_at(b, 24))),
                ],
                false,
            ))
        })
    };
    c.push(segs);
    let f = c.args[3];
    let arch = sym(t::KEXEC_ARCH, f & 0xffff_0000, "KEXEC_ARCH_???");
    let rest = f & !0xffff_0000;
    c.push(if rest == 0 {
        arch
    } else {
        // A Seq, not an Or: strace prints the default architecture as `0|0x3` under -X raw.
        let rest = xflags(t::KEXEC_LOAD_FLAGS, rest, "KEXEC_???");
        Value::Seq(vec![arch, Value::Expr("|".into()), rest])
    });
}

/// kexec_file_load(kernel_fd, initrd_fd, cmdline_len, cmdline, flags): the command line is
/// `cmdline_len` bytes, its NUL included.
fn kexec_file_load(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let (k, i) = (c.fd(0), c.fd(1));
    c.push(k);
    c.push(i);
    let n = c.ulong(2);
    c.push(n);
    let cmdline = if c.args[3] == 0 {
        Value::Ptr(0)
    } else {
        c.buf(3, c.args[2])
    };
    c.push(cmdline);
    c.push(xflags(t::KEXEC_FILE_FLAGS, c.args[4], "KEXEC_FILE_???"));
}

/// `struct ptrace_syscall_info` as far as both the caller's size and the kernel's answer
/// reach: op, arch, the instruction and stack pointers, then the entry, exit or seccomp part.
fn syscall_info(c: &Ctx, addr: u64, size: u64) -> Value {
    let size = size.min(88) as usize;
    let mut b = [0u8; 88];
    if addr == 0 || size == 0 || !c.mem.read_exact(addr, &mut b[..size]) {
        return Value::Ptr(addr);
    }
    let op = b[0];
    let arch = u32_at(&b, 4);
    let mut f = vec![(
        "op",
        sym(
            t::PTRACE_SYSCALL_INFO_OPS,
            op as u64,
            "PTRACE_SYSCALL_INFO_???",
        ),
    )];
    let fields: [(&'static str, usize, Value); 3] = [
        (
            "arch",
            8,
            sym(
                crate::xlat::sigpoll::AUDIT_ARCHES,
                arch as u64,
                "AUDIT_ARCH_???",
            ),
        ),
        ("instruction_pointer", 16, Value::Hex(u64_at(&b, 8))),
        ("stack_pointer", 24, Value::Hex(u64_at(&b, 16))),
    ];
    for (name, end, v) in fields {
        if size < end {
            return Value::Struct(f, false);
        }
        f.push((name, v));
    }
    let nr = u64_at(&b, 24);
    let nr_v = || {
        let name = match arch {
            0xc000_003e => crate::syscalls::lookup(nr).map(|e| e.name),
            0x4000_0003 => crate::syscalls::i386::name(nr),
            _ => None,
        };
        match name {
            Some(n) => Value::Expr(format!("__NR_{n}")),
            None => Value::Uint(nr),
        }
    };
    let args = || {
        Value::Array(
            (0..6).map(|i| Value::Hex(u64_at(&b, 32 + 8 * i))).collect(),
            false,
        )
    };
    match op {
        1 if size >= 80 => f.push((
            "entry",
            Value::Struct(vec![("nr", nr_v()), ("args", args())], false),
        )),
        2 if size >= 33 => f.push((
            "exit",
            Value::Struct(
                vec![
                    ("rval", Value::Int(u64_at(&b, 24) as i64)),
                    ("is_error", Value::Uint(b[32] as u64)),
                ],
                false,
            ),
        )),
        3 if size >= 84 => f.push((
            "seccomp",
            Value::Struct(
                vec![
                    ("nr", nr_v()),
                    ("args", args()),
                    ("ret_data", Value::Uint(u32_at(&b, 80) as u64)),
                ],
                false,
            ),
        )),
        _ => {}
    }
    Value::Struct(f, false)
}

/// A key serial number: a `KEY_SPEC_*` name (its number under `-X raw`), else in decimal.
fn key_serial(raw: u64) -> Value {
    let id = raw as i32;
    match t::KEY_SPEC.iter().find(|(v, _)| *v == id) {
        Some((_, n)) => Value::SymDec(n, id as i64),
        None => Value::Int(id as i64),
    }
}

/// A uid or gid: `-1`, else unsigned.
fn uid(raw: u64) -> Value {
    let v = raw as u32;
    if v == u32::MAX {
        Value::Int(-1)
    } else {
        Value::Uint(v as u64)
    }
}

/// `len` bytes of data at `addr` (strace's printstrn): `NULL`, the string cut at `-s`, or the
/// address when unreadable.
fn strn(c: &Ctx, addr: u64, len: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    read_buf(c.mem, addr, len, c.opts.strsize)
}

/// A number printed with a comment in every `-X` style (strace's forced verbose style for
/// syslog): `10 /* SYSLOG_ACTION_SIZE_BUFFER */`, `99 /* SYSLOG_ACTION_??? */`.
fn dec_commented(table: crate::xlat::Xlat, v: i32, unknown: &'static str) -> Value {
    let name = crate::xlat::name_of(table, v as u32 as u64).unwrap_or(unknown);
    Value::Commented(Box::new(Value::Int(v as i64)), name.to_string())
}

fn add_key(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let v = c.cstr(0);
    c.push(v);
    let v = c.cstr(1);
    c.push(v);
    let v = strn(c, c.args[2], c.args[3]);
    c.push(v);
    let v = c.ulong(3);
    c.push(v);
    c.push(key_serial(c.args[4]));
}

fn request_key(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    for i in 0..3 {
        let v = c.cstr(i);
        c.push(v);
    }
    c.push(key_serial(c.args[3]));
}

const KEYCTL_DESCRIBE: u32 = 6;
const KEYCTL_READ: u32 = 11;
const KEYCTL_GET_SECURITY: u32 = 17;
const KEYCTL_SESSION_TO_PARENT: u32 = 18;

/// The data a read-like command (DESCRIBE, READ, GET_SECURITY) returned: as many bytes as
/// the call returned, at most the buffer's size; DESCRIBE and GET_SECURITY leave out the
/// string's terminating NUL.
fn key_read_buf(c: &Ctx, addr: u64, len: u64, omit_nul: bool) -> Value {
    if c.failed() {
        return Value::Ptr(addr);
    }
    if addr == 0 {
        return Value::Ptr(0);
    }
    let n = if c.rval >= 0 && c.rval as u64 > len {
        len
    } else {
        c.rval as u64
    };
    let max = c.opts.strsize as u64;
    if n > max {
        // Cut at -s: the `...` is decided on the returned size, the NUL included.
        return read_buf(c.mem, addr, n, c.opts.strsize);
    }
    let mut b = vec![0u8; n as usize];
    if !c.mem.read_exact(addr, &mut b) {
        return Value::Unreadable(addr);
    }
    if omit_nul && b.last() == Some(&0) {
        b.pop();
    }
    Value::str(b, false)
}

/// `struct keyctl_dh_params`: three key serials.
fn dh_params(c: &Ctx, addr: u64) -> Value {
    match read_array::<12>(c.mem, addr) {
        Some(b) => Value::Struct(
            vec![
                ("private", key_serial(u32_at(&b, 0) as u64)),
                ("prime", key_serial(u32_at(&b, 4) as u64)),
                ("base", key_serial(u32_at(&b, 8) as u64)),
            ],
            false,
        ),
        None => Value::Ptr(addr),
    }
}

/// A `__spare` array of 32-bit words in hex, shown only when some word is set.
fn spare(fields: &mut Vec<(&'static str, Value)>, b: &[u8], off: usize, n: usize, strsize: usize) {
    let words: Vec<u32> = (0..n).map(|i| u32_at(b, off + 4 * i)).collect();
    if words.iter().any(|&w| w != 0) {
        // Arrays show at most -s elements.
        let items = words
            .iter()
            .take(strsize)
            .map(|&w| Value::Hex(w as u64))
            .collect();
        fields.push(("__spare", Value::Array(items, n > strsize)));
    }
}

/// `struct keyctl_kdf_params`: hash name, other info (shown when its length is set), spares.
fn kdf_params(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<56>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let otherinfo = u64_at(&b, 8);
    let len = u32_at(&b, 16) as u64;
    let mut f = vec![("hashname", read_cstr(c.mem, u64_at(&b, 0), c.opts.strsize))];
    let other = if len != 0 {
        strn(c, otherinfo, len)
    } else {
        Value::Ptr(otherinfo)
    };
    f.push(("otherinfo", other));
    f.push(("otherinfolen", Value::Uint(len)));
    spare(&mut f, &b, 20, 8, c.opts.strsize);
    Value::Struct(f, false)
}

/// `struct keyctl_pkey_query`, written by KEYCTL_PKEY_QUERY.
fn pkey_query(c: &Ctx, addr: u64) -> Value {
    if c.failed() {
        return Value::Ptr(addr);
    }
    let Some(b) = read_array::<56>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mut f = vec![
        (
            "supported_ops",
            xflags(
                t::KEYCTL_PKEY_OPS,
                u32_at(&b, 0) as u64,
                "KEYCTL_SUPPORTS_???",
            ),
        ),
        ("key_size", Value::Uint(u32_at(&b, 4) as u64)),
        ("max_data_size", Value::Uint(u16_at(&b, 8) as u64)),
        ("max_sig_size", Value::Uint(u16_at(&b, 10) as u64)),
        ("max_enc_size", Value::Uint(u16_at(&b, 12) as u64)),
        ("max_dec_size", Value::Uint(u16_at(&b, 14) as u64)),
    ];
    spare(&mut f, &b, 16, 10, c.opts.strsize);
    Value::Struct(f, false)
}

/// `struct keyctl_pkey_params`: the struct and its three lengths, or None when unreadable.
fn pkey_params(c: &Ctx, addr: u64, out: bool) -> (Value, Option<[u8; 40]>) {
    let Some(b) = read_array::<40>(c.mem, addr) else {
        return (Value::Ptr(addr), None);
    };
    let mut f = vec![
        ("key_id", key_serial(u32_at(&b, 0) as u64)),
        ("in_len", Value::Uint(u32_at(&b, 4) as u64)),
        (
            if out { "out_len" } else { "in2_len" },
            Value::Uint(u32_at(&b, 8) as u64),
        ),
    ];
    spare(&mut f, &b, 12, 7, c.opts.strsize);
    (Value::Struct(f, false), Some(b))
}

/// KEYCTL_CAPABILITIES' bytes: the first two as their flag names, the rest in hex.
fn key_caps(c: &Ctx, addr: u64, len: u64) -> Value {
    if c.failed() {
        return Value::Ptr(addr);
    }
    let n = len.min(c.rval.max(0) as u64);
    if n == 0 {
        return Value::Array(Vec::new(), false);
    }
    let cap = c.opts.strsize as u64;
    let shown = n.min(cap) as usize;
    let mut b = vec![0u8; shown];
    if addr == 0 || !c.mem.structs() || !c.mem.read_exact(addr, &mut b) {
        return Value::Ptr(addr);
    }
    let items = b
        .iter()
        .enumerate()
        .map(|(i, &v)| match i {
            0 => xflags(t::KEYCTL_CAPS0, v as u64, "KEYCTL_CAPS0_???"),
            1 => xflags(t::KEYCTL_CAPS1, v as u64, "KEYCTL_CAPS1_???"),
            _ => Value::Hex(v as u64),
        })
        .collect();
    Value::Array(items, n > cap)
}

fn keyctl(c: &mut Ctx) {
    let cmd = c.args[0] as u32;
    let [_, a2, a3, a4, a5, _] = c.args;
    if !c.exiting {
        c.push(sym(t::KEYCTL_COMMANDS, cmd as u64, "KEYCTL_???"));
    }
    match cmd {
        // Printed at exit: the data the kernel wrote.
        KEYCTL_DESCRIBE | KEYCTL_READ | KEYCTL_GET_SECURITY => {
            if !c.exiting {
                c.push(key_serial(a2));
                c.defer();
            } else {
                let v = key_read_buf(c, a3, a4, cmd != KEYCTL_READ);
                c.push(v);
                c.push(Value::Uint(a4));
            }
            return;
        }
        23 => {
            // KEYCTL_DH_COMPUTE
            if !c.exiting {
                let v = dh_params(c, a2);
                c.push(v);
                c.defer();
            } else {
                let v = if c.failed() {
                    Value::Ptr(a3)
                } else {
                    let n = if c.rval as u64 > a4 {
                        a4
                    } else {
                        c.rval as u64
                    };
                    strn(c, a3, n)
                };
                c.push(v);
                c.push(Value::Uint(a4));
                let v = kdf_params(c, a5);
                c.push(v);
            }
            return;
        }
        24 => {
            // KEYCTL_PKEY_QUERY
            if !c.exiting {
                c.push(key_serial(a2));
                c.push(Value::Hex(a3));
                let v = c.cstr(3);
                c.push(v);
                c.defer();
            } else {
                let v = pkey_query(c, a5);
                c.push(v);
            }
            return;
        }
        25..=28 => {
            // KEYCTL_PKEY_ENCRYPT, DECRYPT, SIGN: the output at exit; VERIFY: two inputs.
            let out = cmd != 28;
            if !c.exiting {
                let (p, b) = pkey_params(c, a2, out);
                c.push(p);
                let v = c.cstr(2);
                c.push(v);
                match b {
                    Some(b) => {
                        let v = strn(c, a4, u32_at(&b, 4) as u64);
                        c.push(v);
                        if out {
                            c.defer();
                        } else {
                            let v = strn(c, a5, u32_at(&b, 8) as u64);
                            c.push(v);
                        }
                    }
                    None => {
                        c.push(Value::Ptr(a4));
                        c.push(Value::Ptr(a5));
                    }
                }
            } else if let (true, Some(b)) = (out, read_array::<40>(c.mem, a2)) {
                // Only when the entry half deferred the output (its params were readable).
                let v = if c.failed() {
                    Value::Ptr(a5)
                } else {
                    strn(c, a5, u32_at(&b, 8) as u64)
                };
                c.push(v);
            }
            return;
        }
        31 => {
            // KEYCTL_CAPABILITIES
            if !c.exiting {
                c.defer();
            } else {
                let v = key_caps(c, a2, a3);
                c.push(v);
                c.push(Value::Uint(a3));
            }
            return;
        }
        _ => {}
    }
    if c.exiting {
        return;
    }
    match cmd {
        0 => {
            c.push(key_serial(a2));
            c.push(Value::Int(a3 as i32 as i64));
        }
        1 => {
            let v = c.cstr(1);
            c.push(v);
        }
        2 => {
            c.push(key_serial(a2));
            let v = strn(c, a3, a4);
            c.push(v);
            c.push(Value::Uint(a4));
        }
        3 | 7 | 16 | 21 => c.push(key_serial(a2)),
        4 => {
            c.push(key_serial(a2));
            c.push(uid(a3));
            c.push(uid(a4));
        }
        5 => {
            c.push(key_serial(a2));
            c.push(xflags(t::KEY_PERMS, a3 as u32 as u64, "KEY_???"));
        }
        8 | 9 => {
            c.push(key_serial(a2));
            c.push(key_serial(a3));
        }
        10 => {
            c.push(key_serial(a2));
            let v = c.cstr(2);
            c.push(v);
            let v = c.cstr(3);
            c.push(v);
            c.push(key_serial(a5));
        }
        12 => {
            c.push(key_serial(a2));
            let v = strn(c, a3, a4);
            c.push(v);
            c.push(Value::Uint(a4));
            c.push(key_serial(a5));
        }
        13 => {
            c.push(key_serial(a2));
            c.push(Value::Uint(a3 as u32 as u64));
            c.push(key_serial(a4));
        }
        14 => {
            let v = a2 as i32;
            match t::KEY_REQKEYS.iter().find(|(k, _)| *k == v) {
                Some((_, n)) => c.push(Value::SymDec(n, v as i64)),
                // `100 /* KEY_REQKEY_DEFL_??? */`; the number alone under -X raw.
                None => c.push(Value::Seq(vec![
                    Value::Int(v as i64),
                    Value::Alt(
                        Box::new(Value::Expr(String::new())),
                        Box::new(Value::Expr(" /* KEY_REQKEY_DEFL_??? */".into())),
                    ),
                ])),
            }
        }
        15 => {
            c.push(key_serial(a2));
            c.push(Value::Uint(a3 as u32 as u64));
        }
        KEYCTL_SESSION_TO_PARENT => {}
        19 => {
            c.push(key_serial(a2));
            c.push(Value::Uint(a3 as u32 as u64));
            let e = a4 as u32 as u64;
            c.push(match crate::xlat::errno::errno_name(e) {
                Some(n) => Value::SymDec(n, e as i64),
                None => Value::Uint(e),
            });
            c.push(key_serial(a5));
        }
        20 => {
            c.push(key_serial(a2));
            let v = iov_array(c, a3, a4, IovData::All);
            c.push(v);
            c.push(Value::Uint(a4));
            c.push(key_serial(a5));
        }
        22 => {
            c.push(uid(a2));
            c.push(key_serial(a3));
        }
        29 => {
            c.push(key_serial(a2));
            let v = c.cstr(2);
            c.push(v);
            let v = c.cstr(3);
            c.push(v);
        }
        30 => {
            c.push(key_serial(a2));
            c.push(key_serial(a3));
            c.push(key_serial(a4));
            c.push(xflags(
                t::KEYCTL_MOVE_FLAGS,
                a5 as u32 as u64,
                "KEYCTL_MOVE_???",
            ));
        }
        _ => {
            for a in [a2, a3, a4, a5] {
                c.push(Value::Hex(a));
            }
        }
    }
}

fn init_module(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let v = c.ptr(0);
    c.push(v);
    let v = c.ulong(1);
    c.push(v);
    let v = c.cstr(2);
    c.push(v);
}

fn finit_module(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let v = c.fd(0);
    c.push(v);
    let v = c.cstr(1);
    c.push(v);
    c.push(c.xflags(2, t::MODULE_INIT_FLAGS, "MODULE_INIT_???"));
}

fn delete_module(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let v = c.cstr(0);
    c.push(v);
    c.push(c.xflags(1, t::DELETE_MODULE_FLAGS, "O_???"));
}

fn reboot(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let v = c.sym(0, t::REBOOT_MAGIC1, "LINUX_REBOOT_MAGIC_???");
    c.push(v);
    let v = c.sym(1, t::REBOOT_MAGIC2, "LINUX_REBOOT_MAGIC_???");
    c.push(v);
    let v = c.sym(2, t::REBOOT_CMDS, "LINUX_REBOOT_CMD_???");
    c.push(v);
    if c.args[2] as u32 as u64 == t::LINUX_REBOOT_CMD_RESTART2 {
        // The kernel copies at most 255 bytes of the argument.
        let v = read_cstr(c.mem, c.args[3], c.opts.strsize.min(255));
        let v = match v {
            Value::Str(mut s) if c.opts.strsize > 255 && s.bytes.len() >= 255 => {
                s.truncated = true;
                Value::Str(s)
            }
            v => v,
        };
        c.push(v);
    }
}

fn syslog(c: &mut Ctx) {
    let ty = c.args[0] as i32;
    let len = c.args[2] as i32;
    if !c.exiting {
        c.push(dec_commented(t::SYSLOG_ACTIONS, ty, "SYSLOG_ACTION_???"));
    }
    match ty {
        // close, open, clear, console off/on, size unread/buffer: no buffer, no length.
        0 | 1 | 5 | 6 | 7 | 9 | 10 => {}
        // The reads: the data at exit.
        2..=4 => {
            if !c.exiting {
                c.defer();
            } else {
                let v = if c.failed() {
                    c.ptr(1)
                } else {
                    strn(c, c.args[1], c.rval as u64)
                };
                c.push(v);
                c.push(Value::Int(len as i64));
            }
        }
        8 => {
            if !c.exiting {
                let v = c.ptr(1);
                c.push(v);
                c.push(dec_commented(t::SYSLOG_CONSOLE_LEVELS, len, "LOGLEVEL_???"));
            }
        }
        _ => {
            if !c.exiting {
                let v = c.ptr(1);
                c.push(v);
                c.push(Value::Int(len as i64));
            }
        }
    }
}

/// sethostname, setdomainname: the name (its address when longer than the kernel's 64-byte
/// limit), then the length.
fn sethostname(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let len = c.args[1] as u32 as u64;
    let v = if len > 64 {
        c.ptr(0)
    } else {
        strn(c, c.args[0], len)
    };
    c.push(v);
    c.push(Value::Uint(len));
}

const PTRACE_TRACEME: u64 = 0;
const PTRACE_PEEKTEXT: u64 = 1;
const PTRACE_PEEKDATA: u64 = 2;
const PTRACE_PEEKUSER: u64 = 3;
const PTRACE_POKEUSER: u64 = 6;
const PTRACE_CONT: u64 = 7;
const PTRACE_KILL: u64 = 8;
const PTRACE_SINGLESTEP: u64 = 9;
const PTRACE_GETREGS: u64 = 12;
const PTRACE_SETREGS: u64 = 13;
const PTRACE_ATTACH: u64 = 16;
const PTRACE_DETACH: u64 = 17;
const PTRACE_OLDSETOPTIONS: u64 = 21;
const PTRACE_SYSCALL: u64 = 24;
const PTRACE_SYSEMU: u64 = 31;
const PTRACE_SYSEMU_SINGLESTEP: u64 = 32;
const PTRACE_SINGLEBLOCK: u64 = 33;
const PTRACE_SETOPTIONS: u64 = 0x4200;
const PTRACE_GETEVENTMSG: u64 = 0x4201;
const PTRACE_GETSIGINFO: u64 = 0x4202;
const PTRACE_SETSIGINFO: u64 = 0x4203;
const PTRACE_GETREGSET: u64 = 0x4204;
const PTRACE_SETREGSET: u64 = 0x4205;
const PTRACE_SEIZE: u64 = 0x4206;
const PTRACE_INTERRUPT: u64 = 0x4207;
const PTRACE_LISTEN: u64 = 0x4208;
const PTRACE_PEEKSIGINFO: u64 = 0x4209;
const PTRACE_GETSIGMASK: u64 = 0x420a;
const PTRACE_SETSIGMASK: u64 = 0x420b;
const PTRACE_SECCOMP_GET_FILTER: u64 = 0x420c;
const PTRACE_SECCOMP_GET_METADATA: u64 = 0x420d;
const PTRACE_GET_SYSCALL_INFO: u64 = 0x420e;

const NT_PRSTATUS: u64 = 1;
const USER_REGS_SIZE: usize = 27 * 8;

/// A PEEKUSER/POKEUSER offset: `8*RAX`, `offsetof(struct user, u_debugreg)+8`; the number
/// under `-X raw`, both under `-X verbose`; past `struct user`, only the number.
fn user_offset(addr: u64) -> Value {
    let Some(&(base, name)) = t::USER_OFFSETS.iter().rev().find(|(o, _)| *o <= addr) else {
        return Value::Ptr(addr);
    };
    let last = t::USER_OFFSETS.last().map_or(0, |e| e.0);
    if addr > base && base == last {
        return Value::Ptr(addr);
    }
    let text = if addr == base {
        name.to_string()
    } else {
        format!("{name}+{}", addr - base)
    };
    Value::Alt(Box::new(Value::Ptr(addr)), Box::new(Value::Expr(text)))
}

/// x86_64 `struct user_regs_struct`, every register in hex.
fn user_regs_bytes(b: &[u8]) -> Value {
    let fields = t::USER_REGS_FIELDS
        .iter()
        .enumerate()
        .map(|(i, &n)| (n, Value::Hex(u64_at(b, i * 8))))
        .collect();
    Value::Struct(fields, false)
}

fn user_regs(c: &Ctx, addr: u64) -> Value {
    match read_array::<USER_REGS_SIZE>(c.mem, addr) {
        Some(b) => user_regs_bytes(&b),
        None => Value::Ptr(addr),
    }
}

/// The one iovec of GETREGSET/SETREGSET: `{iov_base=..., iov_len=N}`, the registers decoded
/// for NT_PRSTATUS (when the call did not fail).
fn regset_iov(c: &Ctx, nt: u64, addr: u64, decode: bool) -> Value {
    let Some(b) = read_array::<16>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let base = u64_at(&b, 0);
    let len = u64_at(&b, 8);
    let data = if decode && nt == NT_PRSTATUS && len as usize >= USER_REGS_SIZE {
        user_regs(c, base)
    } else {
        Value::Ptr(base)
    };
    Value::Struct(
        vec![("iov_base", data), ("iov_len", Value::Uint(len))],
        false,
    )
}

/// A sigset of `len` bytes at `addr` (PTRACE_GETSIGMASK/SETSIGMASK).
fn sigmask_at(c: &Ctx, addr: u64, len: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    if len != 8 {
        return Value::Ptr(addr);
    }
    match read_array::<8>(c.mem, addr) {
        Some(b) => sigset(u64::from_le_bytes(b)),
        None => Value::Ptr(addr),
    }
}

/// `[value]` of a word the kernel stored at `addr` (PEEK*, GETEVENTMSG).
fn word_at(c: &Ctx, addr: u64, ptr: bool) -> Value {
    if c.failed() {
        return Value::Ptr(addr);
    }
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<8>(c.mem, addr) {
        Some(b) => {
            let v = u64::from_le_bytes(b);
            let v = if ptr { Value::Ptr(v) } else { Value::Uint(v) };
            Value::Array(vec![v], false)
        }
        None => Value::Ptr(addr),
    }
}

/// PTRACE_PEEKSIGINFO's result: `n` siginfo structs.
fn siginfo_array(c: &Ctx, addr: u64, n: i64) -> Value {
    if c.failed() || n < 0 {
        return Value::Ptr(addr);
    }
    if addr == 0 {
        return Value::Ptr(0);
    }
    let cap = c.opts.strsize as i64;
    let mut items = Vec::new();
    for i in 0..n.min(cap) {
        let a = addr.wrapping_add(i as u64 * 128);
        match read_array::<128>(c.mem, a) {
            Some(b) => items.push(siginfo_bytes(&b)),
            None => {
                if i == 0 {
                    return Value::Ptr(addr);
                }
                items.push(Value::Expr(format!("... /* {a:#x} */")));
                return Value::Array(items, false);
            }
        }
    }
    Value::Array(items, n > cap)
}

fn ptrace(c: &mut Ctx) {
    let [req, pid, addr, data, _, _] = c.args;
    if c.exiting {
        let v = match req {
            PTRACE_PEEKTEXT | PTRACE_PEEKDATA | PTRACE_PEEKUSER => word_at(c, data, true),
            PTRACE_GETEVENTMSG => word_at(c, data, false),
            PTRACE_GETREGSET => {
                let ok = !c.failed();
                regset_iov(c, addr, data, ok)
            }
            PTRACE_GETREGS => {
                if c.failed() {
                    Value::Ptr(data)
                } else {
                    user_regs(c, data)
                }
            }
            PTRACE_GETSIGINFO => {
                if c.failed() {
                    Value::Ptr(data)
                } else {
                    siginfo_at(c, data)
                }
            }
            PTRACE_GETSIGMASK => {
                if c.failed() {
                    Value::Ptr(data)
                } else {
                    sigmask_at(c, data, addr)
                }
            }
            // An unreadable request struct was printed whole at entry.
            PTRACE_PEEKSIGINFO if read_array::<16>(c.mem, addr).is_none() => return,
            PTRACE_PEEKSIGINFO => siginfo_array(c, data, c.rval),
            // The filter program is shown by its address.
            PTRACE_SECCOMP_GET_FILTER => Value::Ptr(data),
            PTRACE_GET_SYSCALL_INFO if c.failed() => Value::Ptr(data),
            PTRACE_GET_SYSCALL_INFO => syscall_info(c, data, addr.min(c.rval as u64)),
            _ => return,
        };
        c.push(v);
        return;
    }
    c.push(sym(PTRACE_REQUESTS, req, "PTRACE_???"));
    if req == PTRACE_TRACEME {
        return;
    }
    c.push(Value::Pid(pid as i32));
    match req {
        PTRACE_ATTACH | PTRACE_INTERRUPT | PTRACE_KILL | PTRACE_LISTEN => return,
        // strace 6.1 prints the registers right after the pid, without addr.
        PTRACE_GETREGS => return c.defer(),
        PTRACE_SETREGS => {
            let v = user_regs(c, data);
            c.push(v);
            return;
        }
        PTRACE_PEEKUSER | PTRACE_POKEUSER => c.push(user_offset(addr)),
        PTRACE_GETREGSET | PTRACE_SETREGSET => {
            c.push(sym(t::NT_TYPES, addr as u32 as u64, "NT_???"))
        }
        PTRACE_GETSIGMASK
        | PTRACE_SETSIGMASK
        | PTRACE_SECCOMP_GET_FILTER
        | PTRACE_SECCOMP_GET_METADATA
        | PTRACE_GET_SYSCALL_INFO => c.push(Value::Uint(addr)),
        PTRACE_PEEKSIGINFO => match read_array::<16>(c.mem, addr) {
            Some(b) => c.push(Value::Struct(
                vec![
                    ("off", Value::Uint(u64_at(&b, 0))),
                    (
                        "flags",
                        xflags(
                            t::PTRACE_PEEKSIGINFO_FLAGS,
                            u32_at(&b, 8) as u64,
                            "PTRACE_PEEKSIGINFO_???",
                        ),
                    ),
                    ("nr", Value::Uint(u32_at(&b, 12) as u64)),
                ],
                false,
            )),
            None => {
                c.push(Value::Ptr(addr));
                c.push(Value::Ptr(data));
                return;
            }
        },
        _ => c.push(Value::Ptr(addr)),
    }
    match req {
        PTRACE_CONT
        | PTRACE_DETACH
        | PTRACE_SYSCALL
        | PTRACE_SINGLESTEP
        | PTRACE_SINGLEBLOCK
        | PTRACE_SYSEMU
        | PTRACE_SYSEMU_SINGLESTEP => c.push(signal_value(data)),
        PTRACE_SEIZE | PTRACE_SETOPTIONS | PTRACE_OLDSETOPTIONS => {
            c.push(xflags(t::PTRACE_OPTIONS, data, "PTRACE_O_???"))
        }
        PTRACE_SETSIGINFO => {
            let v = siginfo_at(c, data);
            c.push(v);
        }
        PTRACE_SETSIGMASK => {
            let v = sigmask_at(c, data, addr);
            c.push(v);
        }
        PTRACE_SETREGSET => {
            let v = regset_iov(c, addr, data, true);
            c.push(v);
        }
        PTRACE_PEEKTEXT
        | PTRACE_PEEKDATA
        | PTRACE_PEEKUSER
        | PTRACE_GETEVENTMSG
        | PTRACE_GETREGSET
        | PTRACE_GETSIGINFO
        | PTRACE_GETSIGMASK
        | PTRACE_PEEKSIGINFO
        | PTRACE_SECCOMP_GET_FILTER
        | PTRACE_GET_SYSCALL_INFO => c.defer(),
        _ => c.push(Value::Ptr(data)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testmem::{FakeMem, run, run_decoder};
    use super::*;

    const M1: u64 = u64::MAX; // -1 as a register

    #[test]
    fn keyctl_ids_perms_and_unknowns() {
        let m = FakeMem::default().with(0x1000, b"payload\0user\0");
        assert_eq!(
            run(keyctl, &m, [0, M1 - 6, 0, 0, 0, 0], -126),
            "KEYCTL_GET_KEYRING_ID, KEY_SPEC_REQKEY_AUTH_KEY, 0"
        );
        assert_eq!(
            run(keyctl, &m, [2, M1, 0x1000, 7, 0, 0], -95),
            "KEYCTL_UPDATE, KEY_SPEC_THREAD_KEYRING, \"payload\", 7"
        );
        assert_eq!(
            run(keyctl, &m, [4, M1, M1, M1, 0, 0], 0),
            "KEYCTL_CHOWN, KEY_SPEC_THREAD_KEYRING, -1, -1"
        );
        assert_eq!(
            run(keyctl, &m, [5, M1, 0x3f3f_0000, 0, 0, 0], 0),
            "KEYCTL_SETPERM, KEY_SPEC_THREAD_KEYRING, KEY_POS_VIEW|KEY_POS_READ|KEY_POS_WRITE|\
             KEY_POS_SEARCH|KEY_POS_LINK|KEY_POS_SETATTR|KEY_USR_VIEW|KEY_USR_READ|KEY_USR_WRITE|\
             KEY_USR_SEARCH|KEY_USR_LINK|KEY_USR_SETATTR"
        );
        assert_eq!(
            run(keyctl, &m, [5, 0, 0xc000_0000, 0, 0, 0], -22),
            "KEYCTL_SETPERM, 0, 0xc0000000 /* KEY_??? */"
        );
        assert_eq!(
            run(keyctl, &m, [14, M1, 0, 0, 0, 0], 0),
            "KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_NO_CHANGE"
        );
        assert_eq!(
            run(keyctl, &m, [14, 100, 0, 0, 0, 0], -22),
            "KEYCTL_SET_REQKEY_KEYRING, 100 /* KEY_REQKEY_DEFL_??? */"
        );
        assert_eq!(
            run(keyctl, &m, [19, 0, 60, 129, M1, 0], -1),
            "KEYCTL_REJECT, 0, 60, EKEYREJECTED, KEY_SPEC_THREAD_KEYRING"
        );
        assert_eq!(
            run(keyctl, &m, [30, M1 - 99, 0, 0, 6, 0], -22),
            "KEYCTL_MOVE, -100, 0, 0, 0x6 /* KEYCTL_MOVE_??? */"
        );
        assert_eq!(
            run(keyctl, &m, [99, 1, 2, 3, 4, 0], -95),
            "0x63 /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4"
        );
        assert_eq!(
            run(keyctl, &m, [18, 0, 0, 0, 0, 0], 0),
            "KEYCTL_SESSION_TO_PARENT"
        );
        assert_eq!(
            run(keyctl, &m, [10, M1, 0x1008, 0x1000, 0, 0], -126),
            "KEYCTL_SEARCH, KEY_SPEC_THREAD_KEYRING, \"user\", \"payload\", 0"
        );
    }

    #[test]
    fn keyctl_read_like_commands() {
        let m = FakeMem::default().with(0x1000, b"keyring;0;0;3f3f0000;_tid\0");
        assert_eq!(
            run(keyctl, &m, [6, M1, 0x1000, 256, 0, 0], 26),
            "KEYCTL_DESCRIBE, KEY_SPEC_THREAD_KEYRING, \"keyring;0;0;3f3f0000;_tid\", 256"
        );
        assert_eq!(
            run(keyctl, &m, [6, M1, 0x1000, 4, 0, 0], 26),
            "KEYCTL_DESCRIBE, KEY_SPEC_THREAD_KEYRING, \"keyr\", 4"
        );
        assert_eq!(
            run(keyctl, &m, [6, M1, 0, 0, 0, 0], 26),
            "KEYCTL_DESCRIBE, KEY_SPEC_THREAD_KEYRING, NULL, 0"
        );
        assert_eq!(
            run(keyctl, &m, [11, 0, 0x1000, 256, 0, 0], -126),
            "KEYCTL_READ, 0, 0x1000, 256"
        );
        let o = crate::decode::DecodeOpts {
            strsize: 25,
            verbose: false,
        };
        assert_eq!(
            run_decoder(keyctl, &m, [6, M1, 0x1000, 256, 0, 0], 26, &o),
            "KEYCTL_DESCRIBE, KEY_SPEC_THREAD_KEYRING, \"keyring;0;0;3f3f0000;_tid\"..., 256"
        );
    }

    #[test]
    fn keyctl_structs_and_capabilities() {
        let mut dh = Vec::new();
        for v in [0i32, -1, -100] {
            dh.extend_from_slice(&v.to_le_bytes());
        }
        let mut kdf = vec![0u8; 56];
        kdf[0..8].copy_from_slice(&0x3000u64.to_le_bytes());
        kdf[8..16].copy_from_slice(&0x3010u64.to_le_bytes());
        kdf[16..20].copy_from_slice(&7u32.to_le_bytes());
        kdf[24..28].copy_from_slice(&0xdeadu32.to_le_bytes());
        let m = FakeMem::default()
            .with(0x1000, &dh)
            .with(0x2000, &kdf)
            .with(0x3000, b"sha256\0")
            .with(0x3010, b"payload")
            .with(0x4000, &[0xeb, 0x03]);
        assert_eq!(
            run(keyctl, &m, [23, 0x1000, 0x5000, 256, 0x2000, 0], -95),
            "KEYCTL_DH_COMPUTE, {private=0, prime=KEY_SPEC_THREAD_KEYRING, base=-100}, 0x5000, \
             256, {hashname=\"sha256\", otherinfo=\"payload\", otherinfolen=7, \
             __spare=[0, 0xdead, 0, 0, 0, 0, 0, 0]}"
        );
        assert_eq!(
            run(keyctl, &m, [31, 0x4000, 4, 0, 0, 0], 2),
            "KEYCTL_CAPABILITIES, [KEYCTL_CAPS0_CAPABILITIES|KEYCTL_CAPS0_PERSISTENT_KEYRINGS|\
             KEYCTL_CAPS0_PUBLIC_KEY|KEYCTL_CAPS0_INVALIDATE|KEYCTL_CAPS0_RESTRICT_KEYRING|\
             KEYCTL_CAPS0_MOVE, KEYCTL_CAPS1_NS_KEYRING_NAME|KEYCTL_CAPS1_NS_KEY_TAG], 4"
        );
        let mut p = vec![0u8; 40];
        p[0..4].copy_from_slice(&(-1i32).to_le_bytes());
        p[4..8].copy_from_slice(&4u32.to_le_bytes());
        p[8..12].copy_from_slice(&8u32.to_le_bytes());
        let m = m.with(0x6000, &p).with(0x7000, b"enc=pkcs1\0");
        assert_eq!(
            run(keyctl, &m, [25, 0x6000, 0x7000, 0x3010, 0x8000, 0], -95),
            "KEYCTL_PKEY_ENCRYPT, {key_id=KEY_SPEC_THREAD_KEYRING, in_len=4, out_len=8}, \
             \"enc=pkcs1\", \"payl\", 0x8000"
        );
        assert_eq!(
            run(keyctl, &m, [27, 0x9000, 0x7000, 0x3010, 0x8000, 0], -14),
            "KEYCTL_PKEY_SIGN, 0x9000, \"enc=pkcs1\", 0x3010, 0x8000"
        );
    }

    #[test]
    fn add_key_request_key() {
        let m = FakeMem::default().with(0x1000, b"user\0desc\0payload");
        assert_eq!(
            run(add_key, &m, [0x1000, 0x1005, 0x100a, 7, M1, 0], -22),
            "\"user\", \"desc\", \"payload\", 7, KEY_SPEC_THREAD_KEYRING"
        );
        assert_eq!(
            run(add_key, &m, [0x1000, 0x1005, 0, 0, 12345, 0], -126),
            "\"user\", \"desc\", NULL, 0, 12345"
        );
        assert_eq!(
            run(request_key, &m, [0x1000, 0x1005, 0, M1 - 2, 0, 0], -126),
            "\"user\", \"desc\", NULL, KEY_SPEC_SESSION_KEYRING"
        );
    }

    #[test]
    fn modules_reboot_syslog_hostname() {
        let m = FakeMem::default().with(0x1000, b"mod\0");
        assert_eq!(
            run(delete_module, &m, [0x1000, 0o4000 | 0o1000, 0, 0, 0, 0], -2),
            "\"mod\", O_NONBLOCK|O_TRUNC"
        );
        assert_eq!(
            run(delete_module, &m, [0x1000, 1, 0, 0, 0, 0], -2),
            "\"mod\", 0x1 /* O_??? */"
        );
        assert_eq!(
            run(finit_module, &m, [M1, 0x1000, 3, 0, 0, 0], -9),
            "-1, \"mod\", MODULE_INIT_IGNORE_MODVERSIONS|MODULE_INIT_IGNORE_VERMAGIC"
        );
        assert_eq!(
            run(init_module, &m, [0x5000, 16, 0x1000, 0, 0, 0], -14),
            "0x5000, 16, \"mod\""
        );
        assert_eq!(
            run(reboot, &m, [0xfee1_dead, 1, 0xa1b2_c3d4, 0x1000, 0, 0], -22),
            "LINUX_REBOOT_MAGIC1, 0x1 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_CMD_RESTART2, \
             \"mod\""
        );
        assert_eq!(
            run(reboot, &m, [0, 85_072_278, 0x1234, 0, 0, 0], -22),
            "0 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2A, 0x1234 /* LINUX_REBOOT_CMD_??? */"
        );
        assert_eq!(
            run(syslog, &m, [10, 0, 0, 0, 0, 0], 131072),
            "10 /* SYSLOG_ACTION_SIZE_BUFFER */"
        );
        assert_eq!(
            run(syslog, &m, [3, 0x1000, 0, 0, 0, 0], 0),
            "3 /* SYSLOG_ACTION_READ_ALL */, \"\", 0"
        );
        assert_eq!(
            run(syslog, &m, [8, 0, 9, 0, 0, 0], -22),
            "8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 9 /* LOGLEVEL_??? */"
        );
        assert_eq!(
            run(syslog, &m, [M1, 0x1000, M1 - 4, 0, 0, 0], -22),
            "-1 /* SYSLOG_ACTION_??? */, 0x1000, -5"
        );
        assert_eq!(
            run(sethostname, &m, [0x1000, M1, 0, 0, 0, 0], -22),
            "0x1000, 4294967295"
        );
        assert_eq!(
            run(sethostname, &m, [0x1000, 3, 0, 0, 0, 0], 0),
            "\"mod\", 3"
        );
    }

    #[test]
    fn ptrace_requests() {
        let mut regs = vec![0u8; USER_REGS_SIZE];
        regs[15 * 8..16 * 8].copy_from_slice(&0x22u64.to_le_bytes());
        let mut iov = Vec::new();
        iov.extend_from_slice(&0x2000u64.to_le_bytes());
        iov.extend_from_slice(&216u64.to_le_bytes());
        let m = FakeMem::default()
            .with(0x1000, &0x1234567u64.to_le_bytes())
            .with(0x2000, &regs)
            .with(0x3000, &iov)
            .with(0x4000, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
        assert_eq!(run(ptrace, &m, [0, 0, 0, 0, 0, 0], -1), "PTRACE_TRACEME");
        assert_eq!(run(ptrace, &m, [16, 9, 0, 0, 0, 0], -3), "PTRACE_ATTACH, 9");
        assert_eq!(
            run(ptrace, &m, [0x4206, 9, 0, 0x10_0001, 0, 0], 0),
            "PTRACE_SEIZE, 9, NULL, PTRACE_O_TRACESYSGOOD|PTRACE_O_EXITKILL"
        );
        assert_eq!(
            run(ptrace, &m, [0x4200, 9, 0, 0x818, 0, 0], -22),
            "PTRACE_SETOPTIONS, 9, NULL, PTRACE_O_TRACECLONE|PTRACE_O_TRACEEXEC|0x800"
        );
        assert_eq!(
            run(ptrace, &m, [2, 9, 0x5000, 0x1000, 0, 0], 0),
            "PTRACE_PEEKDATA, 9, 0x5000, [0x1234567]"
        );
        assert_eq!(
            run(ptrace, &m, [3, 9, 856, 0x1000, 0, 0], 0),
            "PTRACE_PEEKUSER, 9, offsetof(struct user, u_debugreg)+8, [0x1234567]"
        );
        assert_eq!(
            run(ptrace, &m, [3, 9, 83, 0x1000, 0, 0], -5),
            "PTRACE_PEEKUSER, 9, 8*RAX+3, 0x1000"
        );
        assert_eq!(
            run(ptrace, &m, [3, 9, 920, 0x1000, 0, 0], 0),
            "PTRACE_PEEKUSER, 9, 0x398, [0x1234567]"
        );
        assert_eq!(
            run(ptrace, &m, [0x4201, 9, 0, 0x1000, 0, 0], 0),
            "PTRACE_GETEVENTMSG, 9, NULL, [19088743]"
        );
        let regs_text = "{r15=0, r14=0, r13=0, r12=0, rbp=0, rbx=0, r11=0, r10=0, r9=0, \
                         r8=0, rax=0, rcx=0, rdx=0, rsi=0, rdi=0, orig_rax=0x22, rip=0, cs=0, \
                         eflags=0, rsp=0, ss=0, fs_base=0, gs_base=0, ds=0, es=0, fs=0, gs=0}";
        assert_eq!(
            run(ptrace, &m, [0x4204, 9, 1, 0x3000, 0, 0], 0),
            format!("PTRACE_GETREGSET, 9, NT_PRSTATUS, {{iov_base={regs_text}, iov_len=216}}")
        );
        assert_eq!(
            run(ptrace, &m, [0x4204, 9, 0x999, 0x3000, 0, 0], -22),
            "PTRACE_GETREGSET, 9, 0x999 /* NT_??? */, {iov_base=0x2000, iov_len=216}"
        );
        assert_eq!(
            run(ptrace, &m, [12, 9, 0, 0x2000, 0, 0], 0),
            format!("PTRACE_GETREGS, 9, {regs_text}")
        );
        assert_eq!(
            run(ptrace, &m, [0x4209, 9, 0x4000, 0x5000, 0, 0], 0),
            "PTRACE_PEEKSIGINFO, 9, {off=0, flags=PTRACE_PEEKSIGINFO_SHARED, nr=1}, []"
        );
        assert_eq!(
            run(ptrace, &m, [0x4209, 9, 0x9000, 0x5000, 0, 0], -14),
            "PTRACE_PEEKSIGINFO, 9, 0x9000, 0x5000"
        );
        assert_eq!(
            run(ptrace, &m, [7, 9, 0, 0x40, 0, 0], -3),
            "PTRACE_CONT, 9, NULL, SIGRT_32"
        );
        assert_eq!(
            run(ptrace, &m, [17, 9, 0, 10, 0, 0], -3),
            "PTRACE_DETACH, 9, NULL, SIGUSR1"
        );
        assert_eq!(
            run(ptrace, &m, [0x420e, 9, 0, 0x5000, 0, 0], 24),
            "PTRACE_GET_SYSCALL_INFO, 9, 0, 0x5000"
        );
        // The exit and entry forms, as strace printed them for strace's own stops.
        let mut info = vec![2u8, 0, 0, 0];
        info.extend(0xc000_003eu32.to_le_bytes());
        info.extend(0x7f1b_1c1f_5829u64.to_le_bytes());
        info.extend(0x7ffe_6b25_7e18u64.to_le_bytes());
        info.extend(10119u64.to_le_bytes());
        info.extend([0u8; 56]);
        let mi = FakeMem::default().with(0x6000, &info);
        assert_eq!(
            run(ptrace, &mi, [0x420e, 9, 88, 0x6000, 0, 0], 33),
            "PTRACE_GET_SYSCALL_INFO, 9, 88, {op=PTRACE_SYSCALL_INFO_EXIT, arch=AUDIT_ARCH_X86_64, \
             instruction_pointer=0x7f1b1c1f5829, stack_pointer=0x7ffe6b257e18, \
             exit={rval=10119, is_error=0}}"
        );
        info[0] = 1;
        info[24..32].copy_from_slice(&110u64.to_le_bytes());
        info[32..40].copy_from_slice(&0x7f1bu64.to_le_bytes());
        let mi = FakeMem::default().with(0x6000, &info);
        assert_eq!(
            run(ptrace, &mi, [0x420e, 9, 88, 0x6000, 0, 0], 80),
            "PTRACE_GET_SYSCALL_INFO, 9, 88, {op=PTRACE_SYSCALL_INFO_ENTRY, arch=AUDIT_ARCH_X86_64, \
             instruction_pointer=0x7f1b1c1f5829, stack_pointer=0x7ffe6b257e18, \
             entry={nr=__NR_getppid, args=[0x7f1b, 0, 0, 0, 0, 0]}}"
        );
        assert_eq!(
            run(ptrace, &m, [0x1234, 9, 1, 2, 0, 0], -3),
            "0x1234 /* PTRACE_??? */, 9, 0x1, 0x2"
        );
    }
}
