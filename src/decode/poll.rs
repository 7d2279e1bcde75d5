//! Polling and event descriptors: poll/select/epoll, eventfd, timerfd, aio, io_uring.

use super::process::timespec;
use super::signal::xflags;
use super::time::{itimerspec, timeval};
use super::{Ctx, Ret, Value, flags, read_array, read_buf, u16_at, u32_at, u64_at};
use crate::xlat::flags as fl;
use crate::xlat::sigpoll as sp;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("poll", poll),
    ("ppoll", ppoll),
    ("select", select),
    ("pselect6", pselect6),
    ("epoll_create", int_arg),
    ("epoll_create1", epoll_create1),
    ("epoll_ctl", epoll_ctl),
    ("epoll_wait", epoll_wait),
    ("epoll_pwait", epoll_pwait),
    ("epoll_pwait2", epoll_pwait2),
    ("eventfd", eventfd),
    ("eventfd2", eventfd2),
    ("timerfd_create", timerfd_create),
    ("timerfd_settime", timerfd_settime),
    ("timerfd_gettime", timerfd_gettime),
    ("io_setup", io_setup),
    ("io_destroy", io_destroy),
    ("io_submit", io_submit),
    ("io_cancel", io_cancel),
    ("io_getevents", io_getevents),
    ("io_uring_setup", io_uring_setup),
    ("io_uring_enter", io_uring_enter),
    ("io_uring_register", io_uring_register),
];

/// An array of `n` elements of `size` bytes at `addr`, every element decoded by `f`: see
/// [`super::array_of`].
pub fn array(c: &Ctx, addr: u64, n: u64, size: usize, mut f: impl FnMut(&[u8]) -> Value) -> Value {
    super::array_of(c, addr, n, size as u64, |b| Some(f(b)))
}

fn i32_at(b: &[u8], off: usize) -> i32 {
    u32_at(b, off) as i32
}

fn poll_flags_text(v: u64) -> String {
    let f = flags(fl::POLL_EVENTS, v);
    let mut s = String::new();
    crate::output::text::render(&mut s, &Value::Flags(f), Default::default());
    s
}

/// `[{fd=3, events=POLLIN}, {fd=-1}]`
fn pollfds(c: &Ctx) -> Value {
    array(c, c.args[0], c.args[1] as u32 as u64, 8, |b| {
        let fd = i32_at(b, 0);
        let mut f = vec![("fd", Value::Int(fd as i64))];
        if fd >= 0 {
            f.push((
                "events",
                xflags(fl::POLL_EVENTS, u16_at(b, 4) as u64, "POLL???"),
            ));
        }
        Value::Struct(f, false)
    })
}

/// The poll result: `Timeout`, or the descriptors with events and the time left, as strace
/// builds it in a 1024-byte buffer.
fn poll_result(c: &mut Ctx, left: Option<u64>) {
    if c.failed() {
        return;
    }
    if c.rval == 0 {
        c.ret = Ret::DecWith(Value::Expr("Timeout".into()));
        return;
    }
    const OUTSTR: usize = 1024;
    let n = c.args[1] as u32 as u64;
    let start = c.args[0];
    let mut out = String::new();
    // Where each revents sits in `out` (offset, text length, value): they are put back as
    // flags values at the end, so that -X styles them like strace.
    let mut revents_at: Vec<(usize, usize, u64)> = Vec::new();
    let mut printed = 0u64;
    if start != 0 && n != 0 {
        for i in 0..n {
            let cur = start.wrapping_add(i * 8);
            let Some(b) = read_array::<8>(c.mem, cur) else {
                out.push_str(if out.is_empty() { "[" } else { ", " });
                out.push_str(&format!("{cur:#x}"));
                break;
            };
            let revents = u16_at(&b, 6) as u64;
            if revents == 0 {
                continue;
            }
            out.push_str(if out.is_empty() { "[" } else { ", " });
            if !c.opts.verbose && printed + 1 > c.opts.strsize as u64 {
                out.push_str("...");
                break;
            }
            let fdstr = format!("{{fd={}, revents=", i32_at(&b, 0));
            let flagstr = poll_flags_text(revents);
            if out.len() + fdstr.len() + flagstr.len() + 1 >= OUTSTR - (2 + 16 + 8) {
                out.push_str("...");
                break;
            }
            out.push_str(&fdstr);
            revents_at.push((out.len(), flagstr.len(), revents));
            out.push_str(&flagstr);
            out.push('}');
            printed += 1;
        }
        if !out.is_empty() {
            out.push(']');
        }
    }
    if let Some(ts) = left {
        let mut t = String::new();
        crate::output::text::render(&mut t, &timespec(c, ts), Default::default());
        if out.len() + 8 + t.len() < OUTSTR {
            out.push_str(if out.is_empty() { "left " } else { ", left " });
            out.push_str(&t);
        } else {
            out.push_str(", ...");
        }
    }
    if !out.is_empty() {
        let mut parts = Vec::new();
        let mut prev = 0;
        for (at, len, revents) in revents_at {
            parts.push(Value::Expr(out[prev..at].to_string()));
            parts.push(Value::Flags(flags(fl::POLL_EVENTS, revents)));
            prev = at + len;
        }
        parts.push(Value::Expr(out[prev..].to_string()));
        c.ret = Ret::DecWith(Value::Seq(parts));
    }
}

fn poll(c: &mut Ctx) {
    if !c.exiting {
        let a = pollfds(c);
        c.push(a);
        let n = c.uint(1);
        c.push(n);
        let t = c.int(2);
        c.push(t);
        return;
    }
    poll_result(c, None);
}

/// A `sigset_t *` with its size argument (`[USR1]`, `NULL`, or the address).
fn sigset_arg(c: &Ctx, addr: u64, size: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    if size != 8 {
        return Value::Ptr(addr);
    }
    match read_array::<8>(c.mem, addr) {
        Some(b) => super::signal::sigset(u64::from_le_bytes(b)),
        None => Value::Ptr(addr),
    }
}

fn ppoll(c: &mut Ctx) {
    if !c.exiting {
        let a = pollfds(c);
        c.push(a);
        let n = c.uint(1);
        c.push(n);
        let t = timespec(c, c.args[2]);
        c.push(t);
        let s = sigset_arg(c, c.args[3], c.args[4]);
        c.push(s);
        let z = c.ulong(4);
        c.push(z);
        return;
    }
    let ts = c.args[2];
    poll_result(c, (ts != 0).then_some(ts));
}

/// Bits set in an fd_set of `nfds` bits: `[0 3 4]`; `None` if unreadable.
fn fd_bits(c: &Ctx, addr: u64, nfds: usize) -> Option<Vec<usize>> {
    let size = nfds.div_ceil(8).div_ceil(8) * 8;
    let mut b = vec![0u8; size];
    if !c.mem.read_exact(addr, &mut b) {
        return None;
    }
    Some(
        (0..nfds)
            .filter(|&i| b[i / 8] & (1 << (i % 8)) != 0)
            .collect(),
    )
}

/// Kernel truncates nfds to int; strace bounds it to [0, 1M].
fn select_nfds(c: &Ctx) -> usize {
    (c.args[0] as i32).clamp(0, 1024 * 1024) as usize
}

fn select_common(c: &mut Ctx, tv: bool) {
    let nfds = select_nfds(c);
    if !c.exiting {
        let n = c.int(0);
        c.push(n);
        for i in 1..4 {
            let addr = c.args[i];
            let v = if addr == 0 {
                Value::Ptr(0)
            } else if nfds == 0 {
                Value::Ptr(addr)
            } else {
                match fd_bits(c, addr, nfds) {
                    Some(bits) => {
                        let s: Vec<String> = bits.iter().map(|b| b.to_string()).collect();
                        Value::Expr(format!("[{}]", s.join(" ")))
                    }
                    None => Value::Ptr(addr),
                }
            };
            c.push(v);
        }
        let t = if tv {
            timeval(c, c.args[4])
        } else {
            timespec(c, c.args[4])
        };
        c.push(t);
        return;
    }
    if c.failed() {
        return;
    }
    if c.rval == 0 {
        c.ret = Ret::DecWith(Value::Expr("Timeout".into()));
        return;
    }
    const OUTSTR: usize = 1024;
    let mut ready = c.rval;
    let mut out = String::new();
    let mut sep = "";
    for i in 0..3 {
        if ready <= 0 {
            break;
        }
        let addr = c.args[i + 1];
        if nfds == 0 || addr == 0 {
            continue;
        }
        let Some(bits) = fd_bits(c, addr, nfds) else {
            continue;
        };
        let mut first = true;
        for j in bits {
            if out.len() < OUTSTR - (11 + 12 + 2) {
                if first {
                    let name = ["in", "out", "except"][i];
                    out.push_str(&format!("{sep}{name} [{j}"));
                    first = false;
                    sep = ", ";
                } else {
                    out.push_str(&format!(" {j}"));
                }
            }
            ready -= 1;
            if ready == 0 {
                break;
            }
        }
        if !out.is_empty() {
            out.push(']');
        }
    }
    if c.args[4] != 0 {
        let v = if tv {
            timeval(c, c.args[4])
        } else {
            timespec(c, c.args[4])
        };
        let mut t = String::new();
        crate::output::text::render(&mut t, &v, Default::default());
        if out.len() + 6 + t.len() < OUTSTR {
            out.push_str(&format!("{sep}left {t}"));
        }
    }
    c.ret = Ret::DecWith(Value::Expr(out));
}

fn select(c: &mut Ctx) {
    select_common(c, true);
}

fn pselect6(c: &mut Ctx) {
    select_common(c, false);
    if !c.exiting {
        let addr = c.args[5];
        let v = if addr == 0 {
            Value::Ptr(0)
        } else {
            match read_array::<16>(c.mem, addr) {
                Some(b) => Value::Struct(
                    vec![
                        ("sigmask", sigset_arg(c, u64_at(&b, 0), u64_at(&b, 8))),
                        ("sigsetsize", Value::Uint(u64_at(&b, 8))),
                    ],
                    false,
                ),
                None => Value::Ptr(addr),
            }
        };
        c.push(v);
    }
}

/// A single `int` argument (the kernel takes 32 bits).
pub fn int_arg(c: &mut Ctx) {
    if !c.exiting {
        let v = c.int(0);
        c.push(v);
    }
}

fn epoll_create1(c: &mut Ctx) {
    if !c.exiting {
        c.push(c.xflags(0, fl::EPOLL_CREATE_FLAGS, "EPOLL_???"));
    }
}

/// `struct epoll_event` (packed, 12 bytes on x86_64).
fn epoll_event(b: &[u8]) -> Value {
    let data = u64_at(b, 4);
    Value::Struct(
        vec![
            (
                "events",
                xflags(fl::EPOLL_EVENTS, u32_at(b, 0) as u64, "EPOLL???"),
            ),
            (
                "data",
                Value::Struct(
                    vec![
                        ("u32", Value::Uint(data as u32 as u64)),
                        ("u64", Value::Uint(data)),
                    ],
                    false,
                ),
            ),
        ],
        false,
    )
}

fn epoll_ctl(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let e = c.fd(0);
    c.push(e);
    let op = c.sym(1, fl::EPOLL_CTL_OPS, "EPOLL_CTL_???");
    c.push(op);
    let fd = c.fd(2);
    c.push(fd);
    let addr = c.args[3];
    let v = if c.args[1] as u32 == 2 || addr == 0 {
        c.ptr(3)
    } else {
        match read_array::<12>(c.mem, addr) {
            Some(b) => epoll_event(&b),
            None => c.ptr(3),
        }
    };
    c.push(v);
}

/// epoll_wait and friends: the descriptor at entry, everything else at exit.
fn epoll_wait_common(c: &mut Ctx) -> bool {
    if !c.exiting {
        let e = c.fd(0);
        c.push(e);
        c.defer();
        return false;
    }
    let ev = if c.failed() {
        c.ptr(1)
    } else {
        array(c, c.args[1], c.rval as u64, 12, epoll_event)
    };
    c.push(ev);
    let m = c.int(2);
    c.push(m);
    true
}

fn epoll_wait(c: &mut Ctx) {
    if epoll_wait_common(c) {
        let t = c.int(3);
        c.push(t);
    }
}

fn epoll_pwait(c: &mut Ctx) {
    if epoll_wait_common(c) {
        let t = c.int(3);
        c.push(t);
        let s = sigset_arg(c, c.args[4], c.args[5]);
        c.push(s);
        let z = c.ulong(5);
        c.push(z);
    }
}

fn epoll_pwait2(c: &mut Ctx) {
    if epoll_wait_common(c) {
        let t = timespec(c, c.args[3]);
        c.push(t);
        let s = sigset_arg(c, c.args[4], c.args[5]);
        c.push(s);
        let z = c.ulong(5);
        c.push(z);
    }
}

fn eventfd(c: &mut Ctx) {
    if !c.exiting {
        let v = c.uint(0);
        c.push(v);
    }
}

fn eventfd2(c: &mut Ctx) {
    if !c.exiting {
        let v = c.uint(0);
        c.push(v);
        c.push(c.xflags(1, fl::EFD_FLAGS, "EFD_???"));
    }
}

fn timerfd_create(c: &mut Ctx) {
    if !c.exiting {
        let id = c.sym(0, fl::CLOCK_IDS, "CLOCK_???");
        c.push(id);
        c.push(c.xflags(1, fl::TIMERFD_FLAGS, "TFD_???"));
    }
}

fn timerfd_settime(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.push(c.xflags(1, fl::TIMERFD_FLAGS, "TFD_TIMER_???"));
        let n = itimerspec(c, c.args[2]);
        c.push(n);
        c.defer();
        return;
    }
    let o = c.written(3, itimerspec);
    c.push(o);
}

fn timerfd_gettime(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.defer();
        return;
    }
    let o = c.written(1, itimerspec);
    c.push(o);
}

fn io_setup(c: &mut Ctx) {
    if !c.exiting {
        let n = c.uint(0);
        c.push(n);
        c.defer();
        return;
    }
    let v = if c.failed() {
        c.ptr(1)
    } else {
        match read_array::<8>(c.mem, c.args[1]) {
            Some(b) => Value::Array(vec![Value::Hex(u64::from_le_bytes(b))], false),
            None => c.ptr(1),
        }
    };
    c.push(v);
}

fn io_destroy(c: &mut Ctx) {
    if !c.exiting {
        let p = c.ptr(0);
        c.push(p);
    }
}

/// The common head of a `struct iocb`; returns the fields and the opcode.
fn iocb_header(b: &[u8]) -> Vec<(&'static str, Value)> {
    let mut f = vec![("aio_data", Value::Hex(u64_at(b, 0)))];
    let key = u32_at(b, 8);
    if key != 0 {
        f.push(("aio_key", Value::Uint(key as u64)));
    }
    let rw = u32_at(b, 12);
    if rw != 0 {
        f.push(("aio_rw_flags", xflags(fl::RWF_FLAGS, rw as u64, "RWF_???")));
    }
    let op = u16_at(b, 16) as u64;
    f.push((
        "aio_lio_opcode",
        match crate::xlat::name_of(sp::AIO_CMDS, op) {
            Some(n) => Value::Sym(n, op),
            None => Value::Commented(Box::new(Value::Uint(op)), "IOCB_CMD_???".into()),
        },
    ));
    let prio = u16_at(b, 18) as i16;
    let aio_flags = u32_at(b, 56);
    if aio_flags & 2 != 0 {
        f.push(("aio_reqprio", Value::Uint(prio as u16 as u64)));
    } else if prio != 0 {
        f.push(("aio_reqprio", Value::Int(prio as i64)));
    }
    f.push(("aio_fildes", Value::Int(i32_at(b, 20) as i64)));
    f
}

fn iocb_common_flags(b: &[u8], f: &mut Vec<(&'static str, Value)>) {
    let aio_flags = u32_at(b, 56);
    if aio_flags != 0 {
        f.push((
            "aio_flags",
            xflags(sp::AIO_IOCB_FLAGS, aio_flags as u64, "IOCB_FLAG_???"),
        ));
    }
    let resfd = u32_at(b, 60);
    if aio_flags & 1 != 0 {
        f.push(("aio_resfd", Value::Int(resfd as i32 as i64)));
    } else if resfd != 0 {
        f.push(("aio_resfd", Value::Hex(resfd as u64)));
    }
}

fn iovec_array(c: &Ctx, addr: u64, n: u64, strings: bool) -> Value {
    array(c, addr, n, 16, |e| {
        let base = u64_at(e, 0);
        let len = u64_at(e, 8);
        let b = if strings {
            read_buf(c.mem, base, len, c.opts.strsize)
        } else {
            Value::Ptr(base)
        };
        Value::Struct(vec![("iov_base", b), ("iov_len", Value::Uint(len))], false)
    })
}

fn iocb(c: &Ctx, b: &[u8]) -> Value {
    let mut f = iocb_header(b);
    let op = u16_at(b, 16);
    let buf = u64_at(b, 24);
    let nbytes = u64_at(b, 32);
    let offset = Value::Int(u64_at(b, 40) as i64);
    let valid = (nbytes as i64) >= 0;
    match op {
        0 | 1 => {
            if op == 1 && valid {
                f.push(("aio_buf", read_buf(c.mem, buf, nbytes, c.opts.strsize)));
            } else {
                f.push(("aio_buf", Value::Hex(buf)));
            }
            f.push(("aio_nbytes", Value::Uint(nbytes)));
            f.push(("aio_offset", offset));
            iocb_common_flags(b, &mut f);
        }
        7 | 8 => {
            if valid {
                f.push(("aio_buf", iovec_array(c, buf, nbytes, op == 8)));
            } else {
                f.push(("aio_buf", Value::Hex(buf)));
                f.push(("aio_nbytes", Value::Uint(nbytes)));
            }
            f.push(("aio_offset", offset));
            iocb_common_flags(b, &mut f);
        }
        5 => {
            f.push(("aio_buf", xflags(fl::POLL_EVENTS, buf, "POLL???")));
            iocb_common_flags(b, &mut f);
        }
        _ => {}
    }
    Value::Struct(f, false)
}

fn io_submit(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let p = c.ptr(0);
    c.push(p);
    let nr = c.args[1] as i64;
    c.push(Value::Int(nr));
    let v = if nr < 0 {
        c.ptr(2)
    } else {
        array(c, c.args[2], nr as u64, 8, |e| {
            let addr = u64_at(e, 0);
            match read_array::<64>(c.mem, addr) {
                Some(b) if addr != 0 => iocb(c, &b),
                _ => Value::Ptr(addr),
            }
        })
    };
    c.push(v);
}

fn io_event(b: &[u8]) -> Value {
    Value::Struct(
        vec![
            ("data", Value::Hex(u64_at(b, 0))),
            ("obj", Value::Hex(u64_at(b, 8))),
            ("res", Value::Int(u64_at(b, 16) as i64)),
            ("res2", Value::Int(u64_at(b, 24) as i64)),
        ],
        false,
    )
}

fn io_cancel(c: &mut Ctx) {
    if !c.exiting {
        let p = c.ptr(0);
        c.push(p);
        let v = match read_array::<64>(c.mem, c.args[1]) {
            Some(b) => Value::Struct(iocb_header(&b), false),
            None => c.ptr(1),
        };
        c.push(v);
        c.defer();
        return;
    }
    let v = match read_array::<32>(c.mem, c.args[2]) {
        Some(b) if !c.failed() => io_event(&b),
        _ => c.ptr(2),
    };
    c.push(v);
}

fn io_getevents(c: &mut Ctx) {
    if !c.exiting {
        let p = c.ptr(0);
        c.push(p);
        let a = c.long(1);
        c.push(a);
        let b = c.long(2);
        c.push(b);
        c.defer();
        return;
    }
    let ev = if c.failed() {
        c.ptr(3)
    } else {
        array(c, c.args[3], c.rval as u64, 32, io_event)
    };
    c.push(ev);
    // The timeout was read at entry: printed the same way whether the call failed or not.
    let t = timespec(c, c.args[4]);
    c.push(t);
}

fn sqring_offsets(b: &[u8], names: [&'static str; 7]) -> Value {
    let mut f: Vec<(&'static str, Value)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (*n, Value::Uint(u32_at(b, i * 4) as u64)))
        .collect();
    if u32_at(b, 28) != 0 {
        f.push(("resv1", Value::Hex(u32_at(b, 28) as u64)));
    }
    if u64_at(b, 32) != 0 {
        f.push(("resv2", Value::Hex(u64_at(b, 32))));
    }
    Value::Struct(f, false)
}

/// io_uring_setup: the input part of the params at entry, the kernel's answer at exit.
/// strace prints the struct in two halves; the whole struct is printed at exit here.
fn io_uring_setup(c: &mut Ctx) {
    if !c.exiting {
        let n = c.uint(0);
        c.push(n);
        c.defer();
        return;
    }
    let Some(b) = read_array::<120>(c.mem, c.args[1]) else {
        let p = c.ptr(1);
        c.push(p);
        return;
    };
    let setup = u32_at(&b, 8) as u64;
    let mut f = vec![
        (
            "flags",
            xflags(sp::IORING_SETUP_FLAGS, setup, "IORING_SETUP_???"),
        ),
        ("sq_thread_cpu", Value::Hex(u32_at(&b, 12) as u64)),
        ("sq_thread_idle", Value::Uint(u32_at(&b, 16) as u64)),
    ];
    if setup & 0x20 != 0 {
        f.push(("wq_fd", Value::Int(i32_at(&b, 24) as i64)));
    }
    if (0..3).any(|i| u32_at(&b, 28 + 4 * i) != 0) {
        f.push((
            "resv",
            Value::Array(
                (0..3)
                    .map(|i| Value::Hex(u32_at(&b, 28 + 4 * i) as u64))
                    .collect(),
                false,
            ),
        ));
    }
    if !c.failed() {
        f.push(("sq_entries", Value::Uint(u32_at(&b, 0) as u64)));
        f.push(("cq_entries", Value::Uint(u32_at(&b, 4) as u64)));
        f.push((
            "features",
            xflags(
                sp::IORING_FEATURES,
                u32_at(&b, 20) as u64,
                "IORING_FEAT_???",
            ),
        ));
        f.push((
            "sq_off",
            sqring_offsets(
                &b[40..80],
                [
                    "head",
                    "tail",
                    "ring_mask",
                    "ring_entries",
                    "flags",
                    "dropped",
                    "array",
                ],
            ),
        ));
        f.push((
            "cq_off",
            sqring_offsets(
                &b[80..120],
                [
                    "head",
                    "tail",
                    "ring_mask",
                    "ring_entries",
                    "overflow",
                    "cqes",
                    "flags",
                ],
            ),
        ));
    }
    c.push(Value::Struct(f, false));
}

fn io_uring_enter(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let fd = c.fd(0);
    c.push(fd);
    let a = c.uint(1);
    c.push(a);
    let b = c.uint(2);
    c.push(b);
    c.push(c.xflags(3, sp::IORING_ENTER_FLAGS, "IORING_ENTER_???"));
    let s = sigset_arg(c, c.args[4], c.args[5]);
    c.push(s);
    let z = c.ulong(5);
    c.push(z);
}

/// A reserved `__u32` array, shown only when some word is set, cut at `-s` elements.
fn resv_words(c: &Ctx, b: &[u8]) -> Option<Value> {
    resv_list(c, b.chunks_exact(4).map(|w| u32_at(w, 0) as u64).collect())
}

/// Reserved words, shown only when some word is set, cut at `-s` elements.
fn resv_list(c: &Ctx, words: Vec<u64>) -> Option<Value> {
    if words.iter().all(|&v| v == 0) {
        return None;
    }
    let n = words.len();
    let limit = if c.opts.verbose {
        n
    } else {
        c.opts.strsize.min(n)
    };
    let items = words.into_iter().take(limit).map(Value::Hex).collect();
    Some(Value::Array(items, limit < n))
}

/// One struct io_uring_rsrc_update for RING_FDS: registering passes an fd (printed as an int)
/// and a slot; unregistering a slot, with `data` in hex and left out when 0.
fn ring_fd_update(e: &[u8], register: bool) -> Value {
    let offset = u32_at(e, 0);
    let resv = u32_at(e, 4) as u64;
    let data = u64_at(e, 8);
    let mut f = vec![(
        "offset",
        if register {
            Value::Int(offset as i32 as i64)
        } else {
            Value::Uint(offset as u64)
        },
    )];
    if resv != 0 {
        f.push(("resv", Value::Hex(resv)));
    }
    if register {
        f.push(("data", Value::Int(data as i32 as i64)));
    } else if data != 0 {
        f.push(("data", Value::Hex(data)));
    }
    Value::Struct(f, false)
}

/// struct io_uring_rsrc_register or io_uring_rsrc_update2 (both 32 bytes, `size` is the
/// syscall's length argument): `data` holds fds or iovecs, `tags` u64 tags, `nr` of each.
fn rsrc(c: &Ctx, addr: u64, size: u64, buffers: bool, update: bool) -> Value {
    let b = match read_array::<32>(c.mem, addr) {
        Some(b) if size >= 32 => b,
        _ => return Value::Ptr(addr),
    };
    let (nr, data, tags) = if update {
        (u32_at(&b, 24) as u64, u64_at(&b, 8), u64_at(&b, 16))
    } else {
        (u32_at(&b, 0) as u64, u64_at(&b, 16), u64_at(&b, 24))
    };
    let data = if buffers {
        iovec_array(c, data, nr, false)
    } else {
        array(c, data, nr, 4, |e| Value::Int(i32_at(e, 0) as i64))
    };
    let tags = array(c, tags, nr, 8, |e| Value::Hex(u64_at(e, 0)));
    let mut f = Vec::new();
    if update {
        f.push(("offset", Value::Uint(u32_at(&b, 0) as u64)));
        let resv = u32_at(&b, 4) as u64;
        if resv != 0 {
            f.push(("resv", Value::Hex(resv)));
        }
        f.push(("data", data));
        f.push(("tags", tags));
        f.push(("nr", Value::Uint(nr)));
        let resv2 = u32_at(&b, 28) as u64;
        if resv2 != 0 {
            f.push(("resv2", Value::Hex(resv2)));
        }
    } else {
        f.push(("nr", Value::Uint(nr)));
        let flags = u32_at(&b, 4) as u64;
        f.push((
            "flags",
            super::xflags(sp::IORING_RSRC_FLAGS, flags, "IORING_RSRC_REGISTER_???"),
        ));
        let resv2 = u64_at(&b, 8);
        if resv2 != 0 {
            f.push(("resv2", Value::Hex(resv2)));
        }
        f.push(("data", data));
        f.push(("tags", tags));
    }
    if let Some(t) = super::fsops::tail_bytes(c, addr, 32, size) {
        f.push(("", t));
    }
    Value::Struct(f, false)
}

/// struct io_uring_buf_reg (40 bytes): the ring, its size and group; padding when set.
fn buf_reg(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<40>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mut f = vec![
        ("ring_addr", Value::Ptr(u64_at(&b, 0))),
        ("ring_entries", Value::Uint(u32_at(&b, 8) as u64)),
        ("bgid", Value::Uint(u16_at(&b, 12) as u64)),
    ];
    let pad = u16_at(&b, 14) as u64;
    if pad != 0 {
        f.push(("pad", Value::Hex(pad)));
    }
    if let Some(v) = resv_list(c, (0..3).map(|i| u64_at(&b, 16 + i * 8)).collect()) {
        f.push(("resv", v));
    }
    Value::Struct(f, false)
}

/// One struct io_uring_restriction (16 bytes): the opcode selects the union member; an
/// unknown opcode gets the raw union byte as a comment; reserved fields only when set.
fn restriction(c: &Ctx, e: &[u8]) -> Value {
    let opcode = u16_at(e, 0) as u64;
    let arg = e[2] as u64;
    let op = super::sym(sp::IORING_RESTRICTION_OPS, opcode, "IORING_RESTRICTION_???");
    let mut f = Vec::new();
    match opcode {
        0 => {
            f.push(("opcode", op));
            f.push((
                "register_op",
                super::sym(sp::IORING_REGISTER_OPS, arg, "IORING_REGISTER_???"),
            ));
        }
        1 => {
            f.push(("opcode", op));
            f.push(("sqe_op", super::sym(sp::IORING_OPS, arg, "IORING_OP_???")));
        }
        2 | 3 => {
            f.push(("opcode", op));
            f.push((
                "sqe_flags",
                super::xflags(sp::IOSQE_FLAGS, arg, "IOSQE_???"),
            ));
        }
        _ => {
            let raw = if arg == 0 {
                "0".to_string()
            } else {
                format!("{arg:#x}")
            };
            f.push((
                "opcode",
                Value::Commented(Box::new(op), format!("op: {raw}")),
            ));
        }
    }
    if e[3] != 0 {
        f.push(("resv", Value::Hex(e[3] as u64)));
    }
    if let Some(v) = resv_words(c, &e[4..16]) {
        f.push(("resv2", v));
    }
    Value::Struct(f, false)
}

/// An io_uring opcode byte: its name, or the number in decimal with a comment.
fn uring_op(v: u64) -> Value {
    match crate::xlat::name_of(sp::IORING_OPS, v) {
        Some(n) => Value::Sym(n, v),
        None => Value::Commented(Box::new(Value::Int(v as i64)), "IORING_OP_???".into()),
    }
}

/// struct io_uring_probe with `nr` ops (IORING_REGISTER_PROBE); reserved fields only when
/// set. `None` when the memory cannot be read.
fn probe(c: &Ctx, addr: u64, nr: u64) -> Option<Value> {
    let h = read_array::<16>(c.mem, addr)?;
    let mut f = vec![
        ("last_op", uring_op(h[0] as u64)),
        ("ops_len", Value::Uint(h[1] as u64)),
    ];
    let resv = u16_at(&h, 2) as u64;
    if resv != 0 {
        f.push(("resv", Value::Hex(resv)));
    }
    if let Some(v) = resv_words(c, &h[4..16]) {
        f.push(("resv2", v));
    }
    let ops = array(c, addr + 16, nr, 8, |e| {
        let mut o = vec![("op", uring_op(e[0] as u64))];
        if e[1] != 0 {
            o.push(("resv", Value::Hex(e[1] as u64)));
        }
        o.push((
            "flags",
            super::xflags(
                sp::IO_URING_OP_FLAGS,
                u16_at(e, 2) as u64,
                "IO_URING_OP_???",
            ),
        ));
        let r2 = u32_at(e, 4) as u64;
        if r2 != 0 {
            o.push(("resv2", Value::Hex(r2)));
        }
        Value::Struct(o, false)
    });
    f.push(("ops", ops));
    Some(Value::Struct(f, false))
}

/// Whether the probe header and its `nr` ops are all zero (what the kernel expects as input).
fn probe_is_zero(c: &Ctx, addr: u64, nr: u64) -> bool {
    let mut buf = vec![0u8; 16 + nr as usize * 8];
    c.mem.read_exact(addr, &mut buf) && buf.iter().all(|&b| b == 0)
}

/// `[[IO_WQ_BOUND]=4, [IO_WQ_UNBOUND]=8]` (IORING_REGISTER_IOWQ_MAX_WORKERS).
fn iowq_counts(c: &Ctx, addr: u64, n: u64) -> Value {
    let mut idx = 0u64;
    array(c, addr, n, 4, |e| {
        let name = match idx {
            0 => "IO_WQ_BOUND".to_string(),
            1 => "IO_WQ_UNBOUND".to_string(),
            i => format!("{i} /* IO_WQ_??? */"),
        };
        idx += 1;
        Value::Expr(format!("[{name}]={}", u32_at(e, 0)))
    })
}

fn io_uring_register(c: &mut Ctx) {
    let op = c.args[1] as u32;
    let nr = c.args[3] as u32 as u64;
    const IOWQ_MAX_WORKERS: u32 = 19;
    // IOWQ_MAX_WORKERS: the kernel writes the old counts back, printed ` => [...]` at exit
    // (the address when the call failed) when the array could be printed at entry.
    let iowq_exit = op == IOWQ_MAX_WORKERS
        && nr != 0
        && c.args[2] != 0
        && read_array::<4>(c.mem, c.args[2]).is_some();
    const PROBE: u32 = 8;
    if c.exiting {
        if op == PROBE && super::net::unstash(c).is_some() {
            // The probe was all zeros at entry: the kernel's answer, or the address.
            let v = if c.failed() {
                None
            } else {
                probe(c, c.args[2], nr)
            };
            c.push(v.unwrap_or(Value::Ptr(c.args[2])));
            c.push(Value::Uint(nr));
            return;
        }
        if iowq_exit {
            let v = if c.failed() {
                c.ptr(2)
            } else {
                iowq_counts(c, c.args[2], nr)
            };
            c.push(Value::Changed(Box::new(v)));
            c.push(Value::Uint(nr));
        }
        return;
    }
    let fd = c.fd(0);
    c.push(fd);
    let o = c.sym(1, sp::IORING_REGISTER_OPS, "IORING_REGISTER_???");
    c.push(o);
    if op == PROBE && nr <= 256 && c.args[2] != 0 {
        // An all-zero probe is input the kernel fills in: shown at exit. Anything else the
        // kernel rejects, so it is shown as passed.
        if probe_is_zero(c, c.args[2], nr) {
            super::net::stash(c, vec![1]);
            c.defer();
            return;
        }
        let v = probe(c, c.args[2], nr).unwrap_or(Value::Ptr(c.args[2]));
        c.push(v);
        c.push(Value::Uint(nr));
        return;
    }
    let arg = match op {
        // REGISTER_BUFFERS: iovecs.
        0 => iovec_array(c, c.args[2], nr, false),
        // REGISTER_FILES, REGISTER_EVENTFD, REGISTER_EVENTFD_ASYNC: int arrays.
        2 | 4 | 7 => array(c, c.args[2], nr, 4, |e| Value::Int(i32_at(e, 0) as i64)),
        6 => files_update(c, c.args[2], nr),
        // REGISTER_RESTRICTIONS
        11 => array(c, c.args[2], nr, 16, |e| restriction(c, e)),
        // REGISTER_FILES2, REGISTER_BUFFERS2: struct io_uring_rsrc_register.
        13 | 15 => rsrc(c, c.args[2], nr, op == 15, false),
        // REGISTER_FILES_UPDATE2, REGISTER_BUFFERS_UPDATE: struct io_uring_rsrc_update2.
        14 | 16 => rsrc(c, c.args[2], nr, op == 16, true),
        // REGISTER_IOWQ_AFF: a CPU mask of `nr` bytes.
        17 => super::process::cpu_list(c, c.args[2], nr),
        // REGISTER_RING_FDS, UNREGISTER_RING_FDS: struct io_uring_rsrc_update arrays.
        20 | 21 => array(c, c.args[2], nr, 16, |e| ring_fd_update(e, op == 20)),
        // REGISTER_PBUF_RING, UNREGISTER_PBUF_RING: struct io_uring_buf_reg.
        22 | 23 => buf_reg(c, c.args[2]),
        IOWQ_MAX_WORKERS => iowq_counts(c, c.args[2], nr),
        _ => c.ptr(2),
    };
    c.push(arg);
    if !iowq_exit {
        c.push(Value::Uint(nr));
    }
}

/// `struct io_uring_files_update`: `{offset=0, fds=[3, IORING_REGISTER_FILES_SKIP]}`.
fn files_update(c: &Ctx, addr: u64, n: u64) -> Value {
    let Some(b) = read_array::<16>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mut f = vec![("offset", Value::Uint(u32_at(&b, 0) as u64))];
    if u32_at(&b, 4) != 0 {
        f.push(("resv", Value::Hex(u32_at(&b, 4) as u64)));
    }
    f.push((
        "fds",
        array(c, u64_at(&b, 8), n, 4, |e| match i32_at(e, 0) {
            -2 => Value::Sym("IORING_REGISTER_FILES_SKIP", -2i64 as u64),
            fd => Value::Int(fd as i64),
        }),
    ));
    Value::Struct(f, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::testmem::{FakeMem, opts, run_decoder};

    fn pollfd(fd: i32, events: u16, revents: u16) -> Vec<u8> {
        let mut v = fd.to_le_bytes().to_vec();
        v.extend_from_slice(&events.to_le_bytes());
        v.extend_from_slice(&revents.to_le_bytes());
        v
    }

    /// Run a decoder and return (arguments, result) as strace prints them.
    fn run(f: super::super::DecodeFn, m: &FakeMem, args: [u64; 6], rval: i64) -> (String, String) {
        let o = opts();
        let mut out = Vec::new();
        let mut c = Ctx {
            mem: m,
            opts: &o,
            args,
            sp: 0,
            exiting: false,
            rval: 0,
            out: &mut out,
            more: false,
            ret: Ret::Dec,
        };
        f(&mut c);
        c.exiting = true;
        c.rval = rval;
        f(&mut c);
        let mut r = String::new();
        crate::output::format_result(&mut r, rval, &c.ret, false, Default::default());
        (run_decoder(f, m, args, rval, &o), r)
    }

    #[test]
    fn poll_entry_and_result() {
        let mut fds = pollfd(3, 1, 1);
        fds.extend(pollfd(-1, 1, 0));
        fds.extend(pollfd(4, 0x4001, 0x20));
        let m = FakeMem::default().with(0x1000, &fds);
        let (a, r) = run(poll, &m, [0x1000, 3, 0, 0, 0, 0], 2);
        assert_eq!(
            a,
            "[{fd=3, events=POLLIN}, {fd=-1}, {fd=4, events=POLLIN|0x4000}], 3, 0"
        );
        assert_eq!(r, "2 ([{fd=3, revents=POLLIN}, {fd=4, revents=POLLNVAL}])");
        let (_, r) = run(poll, &m, [0x1000, 3, 0, 0, 0, 0], 0);
        assert_eq!(r, "0 (Timeout)");
        // Bad pointers: the address; a later unreadable element: `... /* addr */`.
        let (a, _) = run(poll, &m, [0x9000, 1, 0, 0, 0, 0], -14);
        assert_eq!(a, "0x9000, 1, 0");
        let (a, _) = run(poll, &m, [0x1000, 4, 0, 0, 0, 0], -14);
        assert_eq!(
            a,
            "[{fd=3, events=POLLIN}, {fd=-1}, {fd=4, events=POLLIN|0x4000}, ... /* 0x1018 */], 4, 0"
        );
        let (a, _) = run(poll, &m, [0, 0, 0, 0, 0, 0], 0);
        assert_eq!(a, "NULL, 0, 0");
    }

    #[test]
    fn select_sets_and_result() {
        let mut set = [0u8; 8];
        set[0] = 0b11000;
        let mut tv = 2u64.to_le_bytes().to_vec();
        tv.extend_from_slice(&500u64.to_le_bytes());
        let m = FakeMem::default().with(0x1000, &set).with(0x2000, &tv);
        let (a, r) = run(select, &m, [5, 0x1000, 0, 0x9000, 0x2000, 0], 1);
        assert_eq!(a, "5, [3 4], NULL, 0x9000, {tv_sec=2, tv_usec=500}");
        assert_eq!(r, "1 (in [3], left {tv_sec=2, tv_usec=500})");
        let (_, r) = run(select, &m, [5, 0x1000, 0, 0, 0, 0], 0);
        assert_eq!(r, "0 (Timeout)");
    }

    #[test]
    fn epoll_events() {
        let mut ev = (1u32 | 0x8000_0000).to_le_bytes().to_vec();
        ev.extend_from_slice(&0x1_0000_0003u64.to_le_bytes());
        let m = FakeMem::default().with(0x1000, &ev);
        assert_eq!(
            run_decoder(epoll_ctl, &m, [5, 1, 3, 0x1000, 0, 0], 0, &opts()),
            "5, EPOLL_CTL_ADD, 3, {events=EPOLLIN|EPOLLET, data={u32=3, u64=4294967299}}"
        );
        assert_eq!(
            run_decoder(epoll_ctl, &m, [5, 9, 3, 0x9000, 0, 0], -22, &opts()),
            "5, 0x9 /* EPOLL_CTL_??? */, 3, 0x9000"
        );
        assert_eq!(
            run_decoder(epoll_wait, &m, [5, 0x1000, 4, 0, 0, 0], 1, &opts()),
            "5, [{events=EPOLLIN|EPOLLET, data={u32=3, u64=4294967299}}], 4, 0"
        );
        assert_eq!(
            run_decoder(epoll_wait, &m, [5, 0x9000, 4, 0, 0, 0], -14, &opts()),
            "5, 0x9000, 4, 0"
        );
    }

    #[test]
    fn timerfd_and_aio() {
        let mut its = Vec::new();
        for v in [1u64, 2, 100, 0] {
            its.extend_from_slice(&v.to_le_bytes());
        }
        let m = FakeMem::default().with(0x1000, &its);
        assert_eq!(
            run_decoder(
                timerfd_settime,
                &m,
                [6, 1, 0x1000, 0x9000, 0, 0],
                -14,
                &opts()
            ),
            "6, TFD_TIMER_ABSTIME, {it_interval={tv_sec=1, tv_nsec=2}, it_value={tv_sec=100, tv_nsec=0}}, 0x9000"
        );
        let mut cb = vec![0u8; 64];
        cb[0] = 0x42;
        cb[16] = 1; // PWRITE
        cb[20] = 3;
        cb[24..32].copy_from_slice(&0x3000u64.to_le_bytes());
        cb[32] = 2;
        let m = FakeMem::default()
            .with(0x1000, &0x2000u64.to_le_bytes())
            .with(0x2000, &cb)
            .with(0x3000, b"hi");
        assert_eq!(
            run_decoder(io_submit, &m, [0x7000, 1, 0x1000, 0, 0, 0], 1, &opts()),
            "0x7000, 1, [{aio_data=0x42, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=3, aio_buf=\"hi\", aio_nbytes=2, aio_offset=0}]"
        );
        assert_eq!(
            run_decoder(io_submit, &m, [0x7000, 1, 0x9000, 0, 0, 0], -14, &opts()),
            "0x7000, 1, 0x9000"
        );
    }

    #[test]
    fn io_uring_params() {
        let mut p = vec![0u8; 120];
        p[0] = 4;
        p[4] = 8;
        p[20] = 3;
        let m = FakeMem::default().with(0x1000, &p);
        assert_eq!(
            run_decoder(io_uring_setup, &m, [4, 0x1000, 0, 0, 0, 0], 3, &opts()),
            "4, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=4, cq_entries=8, features=IORING_FEAT_SINGLE_MMAP|IORING_FEAT_NODROP, sq_off={head=0, tail=0, ring_mask=0, ring_entries=0, flags=0, dropped=0, array=0}, cq_off={head=0, tail=0, ring_mask=0, ring_entries=0, overflow=0, cqes=0, flags=0}}"
        );
        assert_eq!(
            run_decoder(io_uring_setup, &m, [4, 0x9000, 0, 0, 0, 0], -14, &opts()),
            "4, 0x9000"
        );
    }

    #[test]
    fn io_uring_register_args() {
        let mut fu = 0u64.to_le_bytes().to_vec();
        fu.extend_from_slice(&0x2000u64.to_le_bytes());
        let mut fds = 4i32.to_le_bytes().to_vec();
        fds.extend_from_slice(&(-2i32).to_le_bytes());
        let m = FakeMem::default()
            .with(0x1000, &fu)
            .with(0x2000, &fds)
            .with(0x3000, &[0u8; 8]);
        assert_eq!(
            run_decoder(io_uring_register, &m, [6, 6, 0x1000, 2, 0, 0], 2, &opts()),
            "6, IORING_REGISTER_FILES_UPDATE, {offset=0, fds=[4, IORING_REGISTER_FILES_SKIP]}, 2"
        );
        assert_eq!(
            run_decoder(io_uring_register, &m, [6, 6, 0x9000, 2, 0, 0], -14, &opts()),
            "6, IORING_REGISTER_FILES_UPDATE, 0x9000, 2"
        );
        assert_eq!(
            run_decoder(
                io_uring_register,
                &m,
                [6, 19, 0x3000, 2, 0, 0],
                -22,
                &opts()
            ),
            "6, IORING_REGISTER_IOWQ_MAX_WORKERS, [[IO_WQ_BOUND]=0, [IO_WQ_UNBOUND]=0] => 0x3000, 2"
        );
    }
}
