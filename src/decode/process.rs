//! Processes, credentials and resources: execve, clone, wait4/waitid, prctl, scheduling,
//! namespaces, pidfds, capabilities, seccomp, futexes, rlimits, uname ...

use super::generic::signal_value;
use super::{Ctx, Ret, Value, flags, read_array, read_cstr, u32_at, u64_at};
use crate::output::text::to_text as text;
use crate::xlat::Xlat;
use crate::xlat::flags as fl;
use crate::xlat::memproc as mp;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("execve", execve),
    ("execveat", execveat),
    ("clone", clone),
    ("clone3", clone3),
    ("wait4", wait4),
    ("waitid", waitid),
    ("getrusage", getrusage),
    ("getpriority", getpriority),
    ("setpriority", setpriority),
    ("prctl", prctl),
    ("personality", personality),
    ("unshare", unshare),
    ("setns", setns),
    ("pidfd_open", pidfd_open),
    ("pidfd_send_signal", pidfd_send_signal),
    ("pidfd_getfd", pidfd_getfd),
    ("sched_getaffinity", sched_getaffinity),
    ("sched_setaffinity", sched_setaffinity),
    ("sched_getscheduler", sched_getscheduler),
    ("sched_setscheduler", sched_setscheduler),
    ("sched_getparam", sched_getparam),
    ("sched_setparam", sched_setparam),
    ("sched_get_priority_max", sched_policy_arg),
    ("sched_get_priority_min", sched_policy_arg),
    ("sched_rr_get_interval", sched_rr_get_interval),
    ("sched_getattr", sched_getattr),
    ("sched_setattr", sched_setattr),
    ("ioprio_get", ioprio_get),
    ("ioprio_set", ioprio_set),
    ("setuid", uid1),
    ("setgid", uid1),
    ("setfsuid", uid1),
    ("setfsgid", uid1),
    ("setreuid", uid2),
    ("setregid", uid2),
    ("setresuid", uid3),
    ("setresgid", uid3),
    ("getresuid", getresuid),
    ("getresgid", getresuid),
    ("setgroups", setgroups),
    ("capget", capget),
    ("capset", capset),
    ("seccomp", seccomp),
    ("kcmp", kcmp),
    ("get_robust_list", get_robust_list),
    ("futex_waitv", futex_waitv),
    ("getcpu", getcpu),
    ("process_vm_readv", process_vm_readv),
    ("process_vm_writev", process_vm_writev),
    ("exit", int_arg),
    ("exit_group", int_arg),
    ("arch_prctl", arch_prctl),
    ("set_tid_address", set_tid_address),
    ("set_robust_list", set_robust_list),
    ("rseq", rseq),
    ("prlimit64", prlimit64),
    ("getrlimit", getrlimit),
    ("setrlimit", setrlimit),
    ("uname", uname),
    ("sysinfo", sysinfo),
    ("getrandom", getrandom),
    ("futex", futex),
    ("kill", kill),
    ("tkill", kill),
    ("tgkill", tgkill),
    ("getgroups", getgroups),
    ("umask", umask),
    ("setpgid", two_ints),
    ("nanosleep", nanosleep),
    ("clock_nanosleep", clock_nanosleep),
    ("clock_gettime", clock_gettime),
    ("clock_getres", clock_gettime),
];

fn int_arg(c: &mut Ctx) {
    if !c.exiting {
        let v = c.int(0);
        c.push(v);
    }
}

fn two_ints(c: &mut Ctx) {
    if !c.exiting {
        let a = c.int(0);
        c.push(a);
        let b = c.int(1);
        c.push(b);
    }
}

/// Count the pointers of a NULL-terminated array; `None` if unreadable.
fn count_ptrs(c: &Ctx, addr: u64) -> Option<usize> {
    let mut n = 0usize;
    loop {
        let b = read_array::<8>(c.mem, addr.checked_add(n as u64 * 8)?)?;
        if u64::from_le_bytes(b) == 0 {
            return Some(n);
        }
        n += 1;
        if n > 1 << 20 {
            return Some(n);
        }
    }
}

/// argv-style string arrays: `["a", "b"]`, cut after `-s` elements with `...`.
fn string_array(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let mut items = Vec::new();
    let max = c.opts.strsize;
    let mut i = 0u64;
    loop {
        let Some(b) = read_array::<8>(c.mem, addr.wrapping_add(i * 8)) else {
            if i == 0 {
                return Value::Unreadable(addr);
            }
            items.push(Value::Unreadable(addr.wrapping_add(i * 8)));
            return Value::Array(items, false);
        };
        let p = u64::from_le_bytes(b);
        if p == 0 {
            return Value::Array(items, false);
        }
        if !c.opts.verbose && items.len() >= max {
            return Value::Array(items, true);
        }
        items.push(read_cstr(c.mem, p, c.opts.strsize));
        i += 1;
    }
}

/// The environment: abbreviated to `0x... /* N vars */` unless `-v`.
fn env_array(c: &Ctx, addr: u64) -> Value {
    if c.opts.verbose || addr == 0 {
        return string_array(c, addr);
    }
    match count_ptrs(c, addr) {
        Some(n) => Value::Commented(Box::new(Value::Ptr(addr)), format!("{n} vars")),
        None => Value::Unreadable(addr),
    }
}

fn execve(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let a = string_array(c, c.args[1]);
        c.push(a);
        let e = env_array(c, c.args[2]);
        c.push(e);
    }
}

fn execveat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        let a = string_array(c, c.args[2]);
        c.push(a);
        let e = env_array(c, c.args[3]);
        c.push(e);
        let f = c.xflags(4, fl::AT_FLAGS, "AT_???");
        c.push(f);
    }
}

/// clone flags with the exit signal in the low byte.
pub fn clone_flags(raw: u64) -> Value {
    let f = Value::Flags(flags(fl::CLONE_FLAGS, raw & !0xff));
    let sig = (raw & 0xff) as u32;
    if sig == 0 {
        return f;
    }
    // The exit signal in the low byte is a part of its own: `0x1200000|17` under -X raw.
    let mut s = String::new();
    crate::xlat::signals::write_signal_name(&mut s, sig);
    let sig = Value::Alt(Box::new(Value::Uint(sig as u64)), Box::new(Value::Expr(s)));
    Value::Or(vec![f, sig])
}

fn clone(c: &mut Ctx) {
    // x86_64: clone(flags, stack, parent_tid, child_tid, tls).
    let fl_raw = c.args[0];
    if !c.exiting {
        let s = c.ptr(1);
        c.push(Value::Named("child_stack", Box::new(s)));
        c.push(Value::Named("flags", Box::new(clone_flags(fl_raw))));
        return;
    }
    if fl_raw & (libc::CLONE_PARENT_SETTID as u64) != 0 {
        let p = c.ptr(2);
        c.push(Value::Named("parent_tid", Box::new(p)));
    }
    if fl_raw & ((libc::CLONE_CHILD_SETTID | libc::CLONE_CHILD_CLEARTID) as u64) != 0 {
        let p = c.ptr(3);
        c.push(Value::Named("child_tidptr", Box::new(p)));
    }
    if fl_raw & (libc::CLONE_SETTLS as u64) != 0 {
        let p = c.ptr(4);
        c.push(Value::Named("tls", Box::new(p)));
    }
}

/// clone3(struct clone_args *, size): the struct at entry, ` => {parent_tid=[N]}` at exit.
fn clone3(c: &mut Ctx) {
    let addr = c.args[0];
    let size = c.args[1];
    let b = if (64..=4096).contains(&size) {
        read_array::<88>(c.mem, addr).or_else(|| {
            read_array::<64>(c.mem, addr).map(|s| {
                let mut b = [0u8; 88];
                b[..64].copy_from_slice(&s);
                b
            })
        })
    } else {
        None
    };
    let Some(b) = b else {
        if !c.exiting {
            let p = c.ptr(0);
            c.push(p);
            let s = c.ulong(1);
            c.push(s);
        }
        return;
    };
    let fl_raw = u64_at(&b, 0);
    const PIDFD: u64 = 0x1000;
    const PARENT_SETTID: u64 = 0x0010_0000;
    const CHILD_TID: u64 = 0x0120_0000; // CHILD_SETTID | CHILD_CLEARTID
    const SETTLS: u64 = 0x0008_0000;
    const INTO_CGROUP: u64 = 0x2_0000_0000;
    if !c.exiting {
        let mut f: Vec<(&'static str, Value)> =
            vec![("flags", Value::Flags(flags(fl::CLONE_FLAGS, fl_raw)))];
        if fl_raw & PIDFD != 0 {
            f.push(("pidfd", Value::Ptr(u64_at(&b, 8))));
        }
        if fl_raw & CHILD_TID != 0 {
            f.push(("child_tid", Value::Ptr(u64_at(&b, 16))));
        }
        if fl_raw & PARENT_SETTID != 0 {
            f.push(("parent_tid", Value::Ptr(u64_at(&b, 24))));
        }
        f.push(("exit_signal", signal_value(u64_at(&b, 32))));
        f.push(("stack", Value::Ptr(u64_at(&b, 40))));
        f.push(("stack_size", Value::Hex(u64_at(&b, 48))));
        if fl_raw & SETTLS != 0 {
            f.push(("tls", Value::Ptr(u64_at(&b, 56))));
        }
        if size >= 80 && u64_at(&b, 72) != 0 {
            f.push(("set_tid", Value::Ptr(u64_at(&b, 64))));
            f.push(("set_tid_size", Value::Uint(u64_at(&b, 72))));
        }
        if size >= 88 && fl_raw & INTO_CGROUP != 0 {
            f.push(("cgroup", Value::Uint(u64_at(&b, 80))));
        }
        c.push(Value::Struct(f, false));
        return;
    }
    if !c.failed() {
        let mut changed = Vec::new();
        if fl_raw & PIDFD != 0
            && let Some(p) = read_array::<4>(c.mem, u64_at(&b, 8))
        {
            changed.push((
                "pidfd",
                Value::Array(vec![Value::Int(i32::from_le_bytes(p) as i64)], false),
            ));
        }
        if fl_raw & PARENT_SETTID != 0
            && let Some(p) = read_array::<4>(c.mem, u64_at(&b, 24))
        {
            changed.push((
                "parent_tid",
                Value::Array(vec![Value::Int(i32::from_le_bytes(p) as i64)], false),
            ));
        }
        if !changed.is_empty() {
            c.push(Value::Changed(Box::new(Value::Struct(changed, false))));
        }
    }
    let s = c.ulong(1);
    c.push(s);
}

/// From linux/ptrace.h: the event in the high half of a ptrace stop status.
const PTRACE_EVENTS: Xlat = &[
    (1, "PTRACE_EVENT_FORK"),
    (2, "PTRACE_EVENT_VFORK"),
    (3, "PTRACE_EVENT_CLONE"),
    (4, "PTRACE_EVENT_EXEC"),
    (5, "PTRACE_EVENT_VFORK_DONE"),
    (6, "PTRACE_EVENT_EXIT"),
    (7, "PTRACE_EVENT_SECCOMP"),
    (0x80, "PTRACE_EVENT_STOP"),
];

/// A wait status as strace prints it: `[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]`,
/// `[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP | 0x80}]`, bits left over after ` | `.
pub fn wait_status(st: i32) -> Value {
    let sig_name = |n: i32| {
        let mut t = String::new();
        crate::xlat::signals::write_signal_name(&mut t, n as u32);
        t
    };
    let mut rest = st as u32;
    let mut s = String::from("[");
    if libc::WIFSTOPPED(st) {
        let sig = libc::WSTOPSIG(st);
        s.push_str(&format!(
            "{{WIFSTOPPED(s) && WSTOPSIG(s) == {}{}}}",
            sig_name(sig & 0x7f),
            if sig & 0x80 != 0 { " | 0x80" } else { "" }
        ));
        rest &= !(((sig as u32) << 8) | 0x7f);
    } else if libc::WIFSIGNALED(st) {
        let sig = libc::WTERMSIG(st);
        s.push_str(&format!(
            "{{WIFSIGNALED(s) && WTERMSIG(s) == {}{}}}",
            sig_name(sig),
            if libc::WCOREDUMP(st) {
                " && WCOREDUMP(s)"
            } else {
                ""
            }
        ));
        rest &= !((sig as u32) | 0x80);
    } else if libc::WIFEXITED(st) {
        s.push_str(&format!(
            "{{WIFEXITED(s) && WEXITSTATUS(s) == {}}}",
            libc::WEXITSTATUS(st)
        ));
        rest &= !((libc::WEXITSTATUS(st) as u32) << 8);
    } else if libc::WIFCONTINUED(st) {
        s.push_str("{WIFCONTINUED(s)}");
        rest &= !0xffff;
    } else {
        s.push_str(&text(&Value::Hex(st as u32 as u64)));
        s.push(']');
        return Value::Expr(s);
    }
    // A ptrace event in the high bits: `}|PTRACE_EVENT_STOP<<16`, styled by -X.
    let mut parts = Vec::new();
    let event = rest >> 16;
    if event != 0 {
        s.push('|');
        parts.push(Value::Expr(std::mem::take(&mut s)));
        parts.push(super::sym(PTRACE_EVENTS, event as u64, "PTRACE_EVENT_???"));
        s.push_str("<<16");
        rest &= 0xffff;
    }
    if rest != 0 {
        s.push('|');
        s.push_str(&text(&Value::Hex(rest as u64)));
    }
    s.push(']');
    if parts.is_empty() {
        return Value::Expr(s);
    }
    parts.push(Value::Expr(s));
    Value::Seq(parts)
}

fn wait4(c: &mut Ctx) {
    if !c.exiting {
        let p = c.pid(0);
        c.push(p);
        c.defer();
        return;
    }
    let st = if c.rval > 0 && c.args[1] != 0 {
        match read_array::<4>(c.mem, c.args[1]) {
            Some(b) => wait_status(i32::from_le_bytes(b)),
            None => c.ptr(1),
        }
    } else {
        c.ptr(1)
    };
    c.push(st);
    c.push(c.xflags(2, fl::WAIT_OPTIONS, "W???"));
    let r = if c.rval > 0 {
        rusage(c, c.args[3])
    } else {
        c.ptr(3)
    };
    c.push(r);
}

/// arch/x86/include/asm/fpu/types.h: XSAVE feature masks (strace xlat/x86_xfeatures.in).
const XFEATURE_MASKS: Xlat = &[
    (3, "XFEATURE_MASK_FPSSE"),
    (1, "XFEATURE_MASK_FP"),
    (2, "XFEATURE_MASK_SSE"),
    (4, "XFEATURE_MASK_YMM"),
    (8, "XFEATURE_MASK_BNDREGS"),
    (0x10, "XFEATURE_MASK_BNDCSR"),
    (0xe0, "XFEATURE_MASK_AVX512"),
    (0x20, "XFEATURE_MASK_OPMASK"),
    (0x40, "XFEATURE_MASK_ZMM_Hi256"),
    (0x80, "XFEATURE_MASK_Hi16_ZMM"),
    (0x100, "XFEATURE_MASK_PT"),
    (0x200, "XFEATURE_MASK_PKRU"),
    (0x400, "XFEATURE_MASK_PASID"),
    (0x8000, "XFEATURE_MASK_LBR"),
    (0x60000, "XFEATURE_MASK_XTILE"),
    (0x20000, "XFEATURE_MASK_XTILE_CFG"),
    (0x40000, "XFEATURE_MASK_XTILE_DATA"),
];

/// XSAVE feature numbers (strace xlat/x86_xfeature_bits.in).
const XFEATURE_BITS: Xlat = &[
    (0, "XFEATURE_FP"),
    (1, "XFEATURE_SSE"),
    (2, "XFEATURE_YMM"),
    (3, "XFEATURE_BNDREGS"),
    (4, "XFEATURE_BNDCSR"),
    (5, "XFEATURE_OPMASK"),
    (6, "XFEATURE_ZMM_Hi256"),
    (7, "XFEATURE_Hi16_ZMM"),
    (8, "XFEATURE_PT_UNIMPLEMENTED_SO_FAR"),
    (9, "XFEATURE_PKRU"),
    (10, "XFEATURE_PASID"),
    (15, "XFEATURE_LBR"),
    (17, "XFEATURE_XTILE_CFG"),
    (18, "XFEATURE_XTILE_DATA"),
];

/// A feature mask in strace's verbose style: `0xe7 /* XFEATURE_MASK_FPSSE|... */`.
fn xfeature_mask(v: u64) -> Value {
    if v == 0 {
        return Value::Hex(0);
    }
    let f = flags(XFEATURE_MASKS, v);
    let comment = if f.names.is_empty() {
        "XFEATURE_MASK_???".to_string()
    } else {
        text(&Value::Flags(f))
    };
    Value::Commented(Box::new(Value::Hex(v)), comment)
}

fn arch_prctl(c: &mut Ctx) {
    let code = c.args[0] as u32 as u64;
    let addr = c.args[1];
    if !c.exiting {
        let v = c.sym(0, fl::ARCH_PRCTL_CODES, "ARCH_???");
        c.push(v);
    }
    match code {
        // ARCH_GET_FS, ARCH_GET_GS: the base at exit.
        0x1003 | 0x1004 => {
            if !c.exiting {
                c.defer();
                return;
            }
            let v = if addr == 0 || c.failed() {
                c.ptr(1)
            } else {
                match read_array::<8>(c.mem, addr) {
                    Some(b) => Value::Array(vec![Value::Hex(u64::from_le_bytes(b))], false),
                    None => c.ptr(1),
                }
            };
            c.push(v);
        }
        // ARCH_GET_CPUID takes no argument.
        0x1011 => {}
        // ARCH_GET_XCOMP_SUPP, ARCH_GET_XCOMP_PERM, ARCH_GET_XCOMP_GUEST_PERM
        0x1021 | 0x1022 | 0x1024 => {
            if !c.exiting {
                c.defer();
                return;
            }
            let v = if addr == 0 || c.failed() {
                c.ptr(1)
            } else {
                match read_array::<8>(c.mem, addr) {
                    Some(b) => Value::Array(vec![xfeature_mask(u64::from_le_bytes(b))], false),
                    None => c.ptr(1),
                }
            };
            c.push(v);
        }
        // ARCH_REQ_XCOMP_PERM, ARCH_REQ_XCOMP_GUEST_PERM
        0x1023 | 0x1025 => {
            if !c.exiting {
                c.push(match crate::xlat::name_of(XFEATURE_BITS, addr) {
                    Some(n) => Value::Commented(Box::new(Value::Hex(addr)), n.to_string()),
                    None => Value::UnknownSym(addr, "XFEATURE_???"),
                });
            } else if c.rval > 0 {
                c.ret = Ret::HexWith(Value::Flags(flags(XFEATURE_MASKS, c.rval as u64)));
            }
        }
        _ => {
            if !c.exiting {
                c.push(Value::Hex(addr));
            }
        }
    }
}

fn set_tid_address(c: &mut Ctx) {
    if !c.exiting {
        let p = c.hex(0);
        c.push(p);
    }
}

fn set_robust_list(c: &mut Ctx) {
    if !c.exiting {
        let p = c.ptr(0);
        c.push(p);
        let l = c.ulong(1);
        c.push(l);
    }
}

/// strace 6.1 has no rseq decoder: the four arguments in hex.
fn rseq(c: &mut Ctx) {
    if !c.exiting {
        for i in 0..4 {
            let v = c.hex(i);
            c.push(v);
        }
    }
}

fn rlim_value(v: u64) -> Value {
    if v == u64::MAX {
        Value::Alt(
            Box::new(Value::Uint(v)),
            Box::new(Value::Expr("RLIM64_INFINITY".into())),
        )
    } else if v > 1024 && v.is_multiple_of(1024) {
        Value::Alt(
            Box::new(Value::Uint(v)),
            Box::new(Value::Expr(format!("{}*1024", v / 1024))),
        )
    } else {
        Value::Uint(v)
    }
}

fn rlimit(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<16>(c.mem, addr) {
        Some(b) => Value::Struct(
            vec![
                ("rlim_cur", rlim_value(u64_at(&b, 0))),
                ("rlim_max", rlim_value(u64_at(&b, 8))),
            ],
            false,
        ),
        None => Value::Ptr(addr),
    }
}

fn prlimit64(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        let r = c.sym(1, fl::RLIMIT_RESOURCES, "RLIMIT_???");
        c.push(r);
        let n = rlimit(c, c.args[2]);
        c.push(n);
        c.defer();
        return;
    }
    let o = c.written(3, rlimit);
    c.push(o);
}

fn getrlimit(c: &mut Ctx) {
    if !c.exiting {
        let r = c.sym(0, fl::RLIMIT_RESOURCES, "RLIMIT_???");
        c.push(r);
        c.defer();
        return;
    }
    let o = c.written(1, rlimit);
    c.push(o);
}

fn setrlimit(c: &mut Ctx) {
    if !c.exiting {
        let r = c.sym(0, fl::RLIMIT_RESOURCES, "RLIMIT_???");
        c.push(r);
        let n = rlimit(c, c.args[1]);
        c.push(n);
    }
}

fn uts_field(b: &[u8], i: usize) -> Value {
    let f = &b[i * 65..(i + 1) * 65];
    let end = f.iter().position(|&x| x == 0).unwrap_or(65);
    Value::str(f[..end].to_vec(), false)
}

fn uname(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    if c.failed() {
        let p = c.ptr(0);
        c.push(p);
        return;
    }
    let v = match read_array::<390>(c.mem, c.args[0]) {
        Some(b) if c.opts.verbose => Value::Struct(
            vec![
                ("sysname", uts_field(&b, 0)),
                ("nodename", uts_field(&b, 1)),
                ("release", uts_field(&b, 2)),
                ("version", uts_field(&b, 3)),
                ("machine", uts_field(&b, 4)),
                ("domainname", uts_field(&b, 5)),
            ],
            false,
        ),
        Some(b) => Value::Struct(
            vec![
                ("sysname", uts_field(&b, 0)),
                ("nodename", uts_field(&b, 1)),
            ],
            true,
        ),
        None => c.ptr(0),
    };
    c.push(v);
}

fn sysinfo(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    let v = match read_array::<112>(c.mem, c.args[0]) {
        Some(b) if !c.failed() => {
            let u = |o| Value::Uint(u64_at(&b, o));
            Value::Struct(
                vec![
                    ("uptime", Value::Int(u64_at(&b, 0) as i64)),
                    ("loads", Value::Array(vec![u(8), u(16), u(24)], false)),
                    ("totalram", u(32)),
                    ("freeram", u(40)),
                    ("sharedram", u(48)),
                    ("bufferram", u(56)),
                    ("totalswap", u(64)),
                    ("freeswap", u(72)),
                    ("procs", Value::Uint(super::u16_at(&b, 80) as u64)),
                    ("totalhigh", u(88)),
                    ("freehigh", u(96)),
                    ("mem_unit", Value::Uint(u32_at(&b, 104) as u64)),
                ],
                false,
            )
        }
        _ => c.ptr(0),
    };
    c.push(v);
}

fn getrandom(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    let v = if c.failed() {
        c.ptr(0)
    } else {
        match c.buf(0, c.rval as u64) {
            Value::Str(mut q) => {
                q.force_hex = true;
                Value::Str(q)
            }
            other => other,
        }
    };
    c.push(v);
    let n = c.ulong(1);
    c.push(n);
    let f = c.xflags(2, fl::GRND_FLAGS, "GRND_???");
    c.push(f);
}

/// `struct timespec` pointer (NULL, address or `{tv_sec=1, tv_nsec=0}`).
pub fn timespec(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<16>(c.mem, addr) {
        Some(b) => Value::Struct(
            vec![
                ("tv_sec", Value::Int(u64_at(&b, 0) as i64)),
                ("tv_nsec", Value::Int(u64_at(&b, 8) as i64)),
            ],
            false,
        ),
        None => Value::Ptr(addr),
    }
}

/// The futex op word: strace's table names whole words (`FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME`);
/// any other word prints as `0x201 /* FUTEX_??? */`.
fn futex_op(raw: u64) -> Value {
    super::sym(fl::FUTEX_OPS, raw as u32 as u64, "FUTEX_???")
}

/// The FUTEX_WAKE_OP operation word, as strace 6.1 prints it:
/// `FUTEX_OP_ADD<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0`.
fn futex_wake_op(v: u32) -> Value {
    let mut s = String::new();
    if (v >> 28) & 8 != 0 {
        s.push_str("FUTEX_OP_OPARG_SHIFT<<28|");
    }
    let op = ((v >> 28) & 7) as u64;
    match crate::xlat::name_of(fl::FUTEX_WAKE_OPS, op) {
        Some(n) => s.push_str(&format!("{n}<<28")),
        None => s.push_str(&format!("{op:#x}<<28 /* FUTEX_OP_??? */")),
    }
    s.push('|');
    s.push_str(&text(&Value::Hex(((v >> 12) & 0xfff) as u64)));
    s.push_str("<<12|");
    let cmp = ((v >> 24) & 0xf) as u64;
    match crate::xlat::name_of(fl::FUTEX_WAKE_CMPS, cmp) {
        Some(n) => s.push_str(&format!("{n}<<24")),
        None => s.push_str(&format!("{} /* FUTEX_OP_CMP_??? */", {
            let mut t = text(&Value::Hex(cmp));
            t.push_str("<<24");
            t
        })),
    }
    s.push('|');
    s.push_str(&text(&Value::Hex((v & 0xfff) as u64)));
    Value::Expr(s)
}

fn futex(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let op = c.args[1];
    let a = c.ptr(0);
    c.push(a);
    c.push(futex_op(op));
    let val = c.uint(2);
    let val2 = c.uint(3);
    let timeout = timespec(c, c.args[3]);
    let uaddr2 = c.ptr(4);
    let val3 = c.args[5] as u32;
    match op & 0x7f {
        // FUTEX_WAIT
        0 => {
            c.push(val);
            c.push(timeout);
        }
        // FUTEX_LOCK_PI, FUTEX_LOCK_PI2
        6 | 13 => c.push(timeout),
        // FUTEX_WAIT_BITSET
        9 => {
            c.push(val);
            c.push(timeout);
            c.push(bitset(val3 as u64));
        }
        // FUTEX_WAKE_BITSET
        10 => {
            c.push(val);
            c.push(bitset(val3 as u64));
        }
        // FUTEX_REQUEUE
        3 => {
            c.push(val);
            c.push(val2);
            c.push(uaddr2);
        }
        // FUTEX_CMP_REQUEUE, FUTEX_CMP_REQUEUE_PI
        4 | 12 => {
            c.push(val);
            c.push(val2);
            c.push(uaddr2);
            c.push(Value::Uint(val3 as u64));
        }
        // FUTEX_WAKE_OP
        5 => {
            c.push(val);
            c.push(val2);
            c.push(uaddr2);
            c.push(futex_wake_op(val3));
        }
        // FUTEX_WAIT_REQUEUE_PI
        11 => {
            c.push(val);
            c.push(timeout);
            c.push(uaddr2);
        }
        // FUTEX_FD, FUTEX_WAKE
        2 | 1 => c.push(val),
        // FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI
        7 | 8 => {}
        _ => {
            c.push(val);
            let t = c.ptr(3);
            c.push(t);
            c.push(uaddr2);
            c.push(Value::Hex(val3 as u64));
        }
    }
}

/// futex_waitv(waiters, nr_futexes, flags, timeout, clockid).
fn futex_waitv(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let addr = c.args[0];
    let n = c.args[1] as u32 as usize;
    let arr = super::memory::elem_array::<24>(c, addr, n as u64, |b| {
        let mut f = vec![
            ("val", Value::Hex(u64_at(&b, 0))),
            ("uaddr", Value::Ptr(u64_at(&b, 8))),
            (
                "flags",
                xflags(mp::FUTEX_WAITV_FLAGS, u32_at(&b, 16) as u64, "FUTEX_???"),
            ),
        ];
        let r = u32_at(&b, 20);
        if r != 0 {
            f.push(("__reserved", Value::Hex(r as u64)));
        }
        Value::Struct(f, false)
    });
    c.push(arr);
    c.push(Value::Uint(n as u64));
    c.push(Value::Hex(c.args[2] as u32 as u64));
    let t = timespec(c, c.args[3]);
    c.push(t);
    let id = clock_id(c, 4);
    c.push(id);
}

fn clock_id(c: &Ctx, i: usize) -> Value {
    c.sym(i, fl::CLOCK_IDS, "CLOCK_???")
}

/// The remaining-time argument: written only when the sleep was interrupted.
fn remaining(c: &Ctx, i: usize) -> Value {
    if c.failed() && c.args[i] != 0 {
        timespec(c, c.args[i])
    } else {
        c.ptr(i)
    }
}

fn nanosleep(c: &mut Ctx) {
    if !c.exiting {
        let t = timespec(c, c.args[0]);
        c.push(t);
        c.defer();
        return;
    }
    let r = remaining(c, 1);
    c.push(r);
}

fn clock_nanosleep(c: &mut Ctx) {
    if !c.exiting {
        let id = clock_id(c, 0);
        c.push(id);
        c.push(c.xflags(1, fl::TIMER_FLAGS, "TIMER_???"));
        let t = timespec(c, c.args[2]);
        c.push(t);
        c.defer();
        return;
    }
    let r = remaining(c, 3);
    c.push(r);
}

fn clock_gettime(c: &mut Ctx) {
    if !c.exiting {
        let id = clock_id(c, 0);
        c.push(id);
        c.defer();
        return;
    }
    let t = c.written(1, timespec);
    c.push(t);
}

fn bitset(v: u64) -> Value {
    if v as u32 == u32::MAX {
        Value::Sym("FUTEX_BITSET_MATCH_ANY", v)
    } else {
        Value::Hex(v as u32 as u64)
    }
}

fn kill(c: &mut Ctx) {
    if !c.exiting {
        let p = c.pid(0);
        c.push(p);
        c.push(signal_value(c.args[1]));
    }
}

fn tgkill(c: &mut Ctx) {
    if !c.exiting {
        let a = c.pid(0);
        c.push(a);
        let b = c.pid(1);
        c.push(b);
        c.push(signal_value(c.args[2]));
    }
}

fn getgroups(c: &mut Ctx) {
    if !c.exiting {
        let n = c.int(0);
        c.push(n);
        c.defer();
        return;
    }
    // strace prints as many groups as the call returned, whatever the size argument.
    let n = if c.failed() { 0 } else { c.rval as u64 };
    let v = if c.failed() {
        c.ptr(1)
    } else {
        super::memory::elem_array::<4>(c, c.args[1], n, |b| uid_value(u32::from_le_bytes(b) as u64))
    };
    c.push(v);
}

fn umask(c: &mut Ctx) {
    if !c.exiting {
        let m = c.mode(0);
        c.push(m);
    } else {
        c.ret = Ret::Oct;
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the decoders below.

/// Flags as strace's `printflags`: names joined by `|`, unknown bits in hex; a value with no
/// known bit at all prints as `0x1000 /* W??? */`.
pub use super::xflags;

/// strace prints some return values as the decimal number followed by a decoded comment,
/// e.g. `= 1 (SUID_DUMP_USER)`. The return printer only knows a hex form with a comment
/// (`Ret::HexWith`), which is the same text for 0; other values are printed as the number
/// alone until the printer has a decimal form.
fn ret_dec_with(c: &mut Ctx, comment: Option<Value>) {
    c.ret = match comment {
        Some(v) => Ret::DecWith(v),
        None => Ret::Dec,
    };
}

/// A uid/gid argument: `-1` for the "unchanged" value, else unsigned.
fn uid_value(raw: u64) -> Value {
    let v = raw as u32;
    if v == u32::MAX {
        Value::Int(-1)
    } else {
        Value::Uint(v as u64)
    }
}

/// An `int` written by the kernel: `[N]`, `NULL`, or the address when unreadable.
fn int_out(c: &Ctx, addr: u64, f: impl Fn(u32) -> Value) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<4>(c.mem, addr) {
        Some(b) => Value::Array(vec![f(u32::from_le_bytes(b))], false),
        None => Value::Ptr(addr),
    }
}

/// An output `int` at exit: the address when the call failed.
fn int_out_exit(c: &Ctx, addr: u64, f: impl Fn(u32) -> Value) -> Value {
    if c.failed() && addr != 0 {
        Value::Ptr(addr)
    } else {
        int_out(c, addr, f)
    }
}

fn timeval_at(b: &[u8], off: usize) -> Value {
    Value::Struct(
        vec![
            ("tv_sec", Value::Int(u64_at(b, off) as i64)),
            ("tv_usec", Value::Int(u64_at(b, off + 8) as i64)),
        ],
        false,
    )
}

/// `struct rusage`: the two times, then `...` unless `-v`.
pub fn rusage(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    if c.exiting && c.failed() {
        return Value::Ptr(addr);
    }
    let Some(b) = read_array::<144>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mut f = vec![
        ("ru_utime", timeval_at(&b, 0)),
        ("ru_stime", timeval_at(&b, 16)),
    ];
    if !c.opts.verbose {
        return Value::Struct(f, true);
    }
    const NAMES: [&str; 14] = [
        "ru_maxrss",
        "ru_ixrss",
        "ru_idrss",
        "ru_isrss",
        "ru_minflt",
        "ru_majflt",
        "ru_nswap",
        "ru_inblock",
        "ru_oublock",
        "ru_msgsnd",
        "ru_msgrcv",
        "ru_nsignals",
        "ru_nvcsw",
        "ru_nivcsw",
    ];
    for (i, n) in NAMES.iter().enumerate() {
        f.push((n, Value::Uint(u64_at(&b, 32 + 8 * i))));
    }
    Value::Struct(f, false)
}

// ---------------------------------------------------------------------------------------------
// wait, resources, priorities.

fn waitid(c: &mut Ctx) {
    if !c.exiting {
        let t = c.sym(0, fl::IDTYPES, "P_???");
        c.push(t);
        let id = c.int(1);
        c.push(id);
        c.defer();
        return;
    }
    let addr = c.args[2];
    let si = if addr == 0 {
        Value::Ptr(0)
    } else if c.failed() {
        Value::Ptr(addr)
    } else {
        match read_array::<128>(c.mem, addr) {
            Some(b) if u32_at(&b, 0) == 0 => Value::Struct(vec![], false),
            Some(b) => super::signal::siginfo_bytes(&b),
            None => Value::Ptr(addr),
        }
    };
    c.push(si);
    c.push(c.xflags(3, fl::WAIT_OPTIONS, "W???"));
    let r = rusage(c, c.args[4]);
    c.push(r);
}

fn getrusage(c: &mut Ctx) {
    if !c.exiting {
        let w = c.sym(0, mp::RUSAGE_WHO, "RUSAGE_???");
        c.push(w);
        c.defer();
        return;
    }
    let r = rusage(c, c.args[1]);
    c.push(r);
}

fn getpriority(c: &mut Ctx) {
    if !c.exiting {
        let w = c.sym(0, mp::PRIO_WHICH, "PRIO_???");
        c.push(w);
        let who = c.int(1);
        c.push(who);
    }
}

fn setpriority(c: &mut Ctx) {
    getpriority(c);
    if !c.exiting {
        let p = c.int(2);
        c.push(p);
    }
}

// ---------------------------------------------------------------------------------------------
// prctl and personality.

/// A capability number: `CAP_SYS_ADMIN` or `0xc8 /* CAP_??? */`.
fn cap_value(v: u64) -> Value {
    match mp::CAPS.get(v as usize) {
        Some(n) => Value::Sym(n, v),
        None => Value::UnknownSym(v, "CAP_???"),
    }
}

/// A value of a 64-bit table (`printxval64`).
fn xval64(table: Xlat, v: u64, unknown: &'static str) -> Value {
    super::sym(table, v, unknown)
}

/// The task name given to PR_SET_NAME: at most 15 bytes.
fn task_comm(c: &Ctx, addr: u64, len: usize) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    if c.opts.strsize < len {
        return super::read_cstr(c.mem, addr, c.opts.strsize);
    }
    match super::read_cstring(c.mem, addr, len) {
        Some((b, term)) => Value::str(b, !term),
        None => Value::Unreadable(addr),
    }
}

/// The code word of a classic BPF instruction: `BPF_LD|BPF_W|BPF_ABS`.
fn bpf_code(code: u16) -> String {
    fn name(table: Xlat, v: u16) -> String {
        match crate::xlat::name_of(table, v as u64) {
            Some(n) => n.to_string(),
            None => format!("{v:#x} /* BPF_??? */"),
        }
    }
    // strace 6.1 falls back to the eBPF names (BPF_DW, BPF_XADD, BPF_JNE ...): the tables of
    // xlat::bpf, with the classic classes (RET and MISC where eBPF has JMP32 and ALU64) and
    // sources without BPF_A.
    use crate::xlat::bpf::{
        BPF_CLASS as CLASS, BPF_MISCOP as MISC, BPF_MODE as MODE, BPF_OP_ALU as ALU,
        BPF_OP_JMP as JMP, BPF_RVAL as RVAL, BPF_SIZE as SIZE,
    };
    const SRC: Xlat = &[(0, "BPF_K"), (8, "BPF_X")];
    let class = code & 7;
    let mut i = code & !7;
    let mut s = name(CLASS, class);
    let rest = |s: &mut String, i: u16| {
        if i != 0 {
            s.push_str(&format!("|{i:#x} /* BPF_??? */"));
        }
    };
    match class {
        2 | 3 => rest(&mut s, i),
        0 | 1 => {
            s.push('|');
            s.push_str(&name(SIZE, code & 0x18));
            s.push('|');
            s.push_str(&name(MODE, code & 0xe0));
        }
        7 => {
            s.push('|');
            s.push_str(&name(MISC, code & 0xf8));
            i &= !(code & 0xf8);
            rest(&mut s, i);
        }
        4 | 5 => {
            s.push('|');
            s.push_str(&name(SRC, code & 8));
            s.push('|');
            s.push_str(&name(if class == 4 { ALU } else { JMP }, code & 0xf0));
        }
        _ => {
            s.push('|');
            s.push_str(&name(RVAL, code & 0x18));
            i &= !(code & 0x18);
            rest(&mut s, i);
        }
    }
    s
}

/// One seccomp filter instruction: `BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW)`.
fn bpf_insn(b: &[u8]) -> String {
    let code = super::u16_at(b, 0);
    let jt = b[2];
    let jf = b[3];
    let k = u32_at(b, 4);
    let hex = |v: u64| text(&Value::Hex(v));
    if jt != 0 || jf != 0 {
        return format!(
            "BPF_JUMP({}, {}, {}, {})",
            bpf_code(code),
            hex(k as u64),
            hex(jt as u64),
            hex(jf as u64)
        );
    }
    let kv = if code & 7 == 6 {
        let action = k & 0xffff_0000;
        let data = k & !action;
        let mut t = text(&super::sym(
            mp::SECCOMP_RET_ACTION,
            action as u64,
            "SECCOMP_RET_???",
        ));
        if data != 0 {
            t.push('|');
            t.push_str(&hex(data as u64));
        }
        t
    } else {
        hex(k as u64)
    };
    format!("BPF_STMT({}, {kv})", bpf_code(code))
}

/// `struct sock_fprog`: `{len=N, filter=0x...}`, the instructions with `-v`.
fn seccomp_fprog(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let Some(b) = read_array::<16>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let len = super::u16_at(&b, 0) as usize;
    let faddr = u64_at(&b, 8);
    let filter = if !c.opts.verbose || faddr == 0 {
        Value::Ptr(faddr)
    } else {
        super::memory::elem_array::<8>(c, faddr, len as u64, |insn| Value::Expr(bpf_insn(&insn)))
    };
    Value::Struct(
        vec![("len", Value::Uint(len as u64)), ("filter", filter)],
        false,
    )
}

/// SVE/SME vector length words: `PR_SVE_VL_INHERIT|0x40`.
fn vl_value(v: u64, table: Xlat) -> String {
    let vl = v & 0xffff;
    let f = flags(table, v & !0xffff);
    let mut s = String::new();
    if v & !0xffff != 0 {
        s = text(&Value::Flags(f));
        s.push('|');
    }
    s.push_str(&text(&Value::Hex(vl)));
    s
}

/// A tagged address control word: `PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC|0x1<<PR_MTE_TAG_SHIFT`.
fn tagged_addr(v: u64) -> String {
    const TCF: Xlat = &[
        (0, "PR_MTE_TCF_NONE"),
        (2, "PR_MTE_TCF_SYNC"),
        (4, "PR_MTE_TCF_ASYNC"),
    ];
    let mut s = String::from(if v & 1 != 0 {
        "PR_TAGGED_ADDR_ENABLE"
    } else {
        "!PR_TAGGED_ADDR_ENABLE"
    });
    s.push('|');
    let tcf = v & 6;
    match crate::xlat::name_of(TCF, tcf) {
        Some(n) => s.push_str(n),
        None => s.push_str(&format!("{tcf:#x}")),
    }
    let tag = v & (0xffff << 3);
    if tag != 0 {
        s.push_str(&format!("|{:#x}<<PR_MTE_TAG_SHIFT", tag >> 3));
    }
    let rest = v & !(1 | 6 | (0xffff << 3));
    if rest != 0 {
        s.push_str(&format!("|{rest:#x}"));
    }
    s
}

const PR_SVE_FLAGS: Xlat = &[
    (1 << 18, "PR_SVE_SET_VL_ONEXEC"),
    (1 << 17, "PR_SVE_VL_INHERIT"),
];
const PR_SME_FLAGS: Xlat = &[
    (1 << 18, "PR_SME_SET_VL_ONEXEC"),
    (1 << 17, "PR_SME_VL_INHERIT"),
];
const PR_PAC_KEYS: Xlat = &[
    (1, "PR_PAC_APIAKEY"),
    (2, "PR_PAC_APIBKEY"),
    (4, "PR_PAC_APDAKEY"),
    (8, "PR_PAC_APDBKEY"),
    (16, "PR_PAC_APGAKEY"),
];

fn prctl(c: &mut Ctx) {
    let option = c.args[0] as u32;
    let a2 = c.args[1];
    let a3 = c.args[2];
    let hex_from = |c: &mut Ctx, first: usize| {
        for i in first..5 {
            let v = c.hex(i);
            c.push(v);
        }
    };
    if !c.exiting {
        let o = c.sym(0, fl::PRCTL_OPTIONS, "PR_???");
        c.push(o);
    }
    match option {
        // PR_GET_KEEPCAPS, PR_GET_SECCOMP, PR_GET_TIMERSLACK, PR_GET_TIMING,
        // PR_TASK_PERF_EVENTS_DISABLE/ENABLE: no arguments.
        7 | 0x15 | 0x1e | 0xd | 0x1f | 0x20 => {}
        // PR_GET_CHILD_SUBREAPER, PR_GET_ENDIAN, PR_GET_FPEMU, PR_GET_FPEXC: [N] at exit.
        0x25 | 0x13 | 9 | 0xb => {
            if !c.exiting {
                c.defer();
            } else {
                let v = int_out_exit(c, a2, |n| Value::Uint(n as u64));
                c.push(v);
            }
        }
        // PR_GET_DUMPABLE
        3 => {
            if c.exiting && !c.failed() {
                let n = crate::xlat::name_of(mp::PR_DUMPABLE, c.rval as u64);
                ret_dec_with(c, n.map(|n| Value::Expr(n.into())));
            }
        }
        // PR_GET_NAME
        0x10 => {
            if !c.exiting {
                c.defer();
            } else {
                let v = if c.failed() {
                    c.ptr(1)
                } else {
                    task_comm(c, a2, 16)
                };
                c.push(v);
            }
        }
        // PR_GET_PDEATHSIG
        2 => {
            if !c.exiting {
                c.defer();
            } else {
                let v = int_out_exit(c, a2, |n| signal_value(n as u64));
                c.push(v);
            }
        }
        // PR_GET_SECUREBITS, PR_GET_FP_MODE, PR_PAC_GET_ENABLED_KEYS: hex with flags.
        0x1b | 0x2e => {
            if c.exiting && !c.failed() && c.rval != 0 {
                let t = if option == 0x1b {
                    mp::SECBITS
                } else {
                    mp::PR_FP_MODE
                };
                c.ret = Ret::HexWith(Value::Flags(flags(t, c.rval as u64)));
            }
        }
        0x3d => {
            if !c.exiting {
                hex_from(c, 1);
            } else if !c.failed() {
                c.ret = Ret::HexWith(Value::Flags(flags(PR_PAC_KEYS, c.rval as u64)));
            }
        }
        // PR_GET_TID_ADDRESS
        0x28 => {
            if !c.exiting {
                c.defer();
            } else {
                let v = if c.failed() && a2 != 0 {
                    c.ptr(1)
                } else if a2 == 0 {
                    Value::Ptr(0)
                } else {
                    match read_array::<8>(c.mem, a2) {
                        Some(b) => Value::Array(vec![Value::Hex(u64::from_le_bytes(b))], false),
                        None => c.ptr(1),
                    }
                };
                c.push(v);
            }
        }
        // PR_GET_TSC
        0x19 => {
            if !c.exiting {
                c.defer();
            } else {
                let v = int_out_exit(c, a2, |n| super::sym(mp::PR_TSC, n as u64, "PR_TSC_???"));
                c.push(v);
            }
        }
        // PR_GET_UNALIGN
        5 => {
            if !c.exiting {
                c.defer();
            } else {
                let v = int_out_exit(c, a2, |n| {
                    xflags(mp::PR_UNALIGN_FLAGS, n as u64, "PR_UNALIGN_???")
                });
                c.push(v);
            }
        }
        // PR_SET_TAGGED_ADDR_CTRL
        0x37 => {
            if !c.exiting {
                c.push(Value::Expr(tagged_addr(a2)));
                hex_from(c, 2);
            }
        }
        // PR_GET_TAGGED_ADDR_CTRL
        0x38 => {
            if !c.exiting {
                hex_from(c, 1);
            } else if !c.failed() {
                c.ret = Ret::HexWith(Value::Expr(tagged_addr(c.rval as u64)));
            }
        }
        // PR_SVE_SET_VL, PR_SME_SET_VL
        0x32 | 0x3f => {
            let t = if option == 0x32 {
                PR_SVE_FLAGS
            } else {
                PR_SME_FLAGS
            };
            if !c.exiting {
                c.push(Value::Expr(vl_value(a2, t)));
            } else if !c.failed() && c.rval != 0 && c.rval as u64 & !0xffff != 0 {
                c.ret = Ret::HexWith(Value::Expr(vl_value(c.rval as u64, t)));
            }
        }
        // PR_SVE_GET_VL, PR_SME_GET_VL
        0x33 | 0x40 => {
            let t = if option == 0x33 {
                PR_SVE_FLAGS
            } else {
                PR_SME_FLAGS
            };
            if c.exiting && !c.failed() && c.rval != 0 && c.rval as u64 & !0xffff != 0 {
                c.ret = Ret::HexWith(Value::Expr(vl_value(c.rval as u64, t)));
            }
        }
        // PR_GET_SPECULATION_CTRL
        0x34 => {
            if !c.exiting {
                c.push(xval64(mp::PR_SPEC_CMDS, a2, "PR_SPEC_???"));
            } else if !c.failed() && a2 <= 2 {
                let f = flags(mp::PR_SPEC_GET_FLAGS, c.rval as u64);
                let s = if c.rval == 0 {
                    Value::Expr("PR_SPEC_NOT_AFFECTED".into())
                } else {
                    Value::Flags(f)
                };
                c.ret = Ret::HexWith(s);
            }
        }
        // PR_SET_CHILD_SUBREAPER, PR_SET_ENDIAN, PR_SET_FPEMU, PR_SET_FPEXC, PR_SET_KEEPCAPS,
        // PR_SET_TIMING
        0x24 | 0x14 | 0xa | 0xc | 8 | 0xe => {
            if !c.exiting {
                c.push(Value::Uint(a2));
            }
        }
        // PR_SET_DUMPABLE
        4 => {
            if !c.exiting {
                c.push(xval64(mp::PR_DUMPABLE, a2, "SUID_DUMP_???"));
            }
        }
        // PR_CAPBSET_DROP, PR_CAPBSET_READ
        0x18 | 0x17 => {
            if !c.exiting {
                c.push(cap_value(a2));
            }
        }
        // PR_CAP_AMBIENT
        0x2f => {
            if !c.exiting {
                c.push(xval64(mp::PR_CAP_AMBIENT, a2, "PR_CAP_AMBIENT_???"));
                if (1..=3).contains(&a2) {
                    c.push(cap_value(a3));
                    hex_from(c, 3);
                } else {
                    hex_from(c, 2);
                }
            }
        }
        // PR_MCE_KILL
        0x21 => {
            if !c.exiting {
                c.push(xval64(mp::PR_MCE_KILL, a2, "PR_MCE_KILL_???"));
                if a2 == 1 {
                    c.push(xval64(mp::PR_MCE_KILL_POLICY, a3, "PR_MCE_KILL_???"));
                } else {
                    c.push(Value::Hex(a3));
                }
                hex_from(c, 3);
            }
        }
        // PR_SET_NAME
        0xf => {
            if !c.exiting {
                let v = task_comm(c, a2, 15);
                c.push(v);
            }
        }
        // PR_SET_VMA
        0x5356_4d41 => {
            if !c.exiting {
                c.push(xval64(mp::PR_SET_VMA, a2, "PR_SET_VMA_???"));
                if a2 == 0 {
                    let a = c.ptr(2);
                    c.push(a);
                    let l = c.ulong(3);
                    c.push(l);
                    let s = super::read_cstr(c.mem, c.args[4], c.opts.strsize);
                    c.push(s);
                } else {
                    hex_from(c, 2);
                }
            }
        }
        // PR_SET_MM
        0x23 => {
            if !c.exiting {
                c.push(super::sym(mp::PR_SET_MM, a2 as u32 as u64, "PR_SET_MM_???"));
                hex_from(c, 2);
            }
        }
        // PR_SET_PDEATHSIG
        1 => {
            if !c.exiting {
                if a2 > 128 {
                    c.push(Value::Uint(a2));
                } else {
                    c.push(signal_value(a2));
                }
            }
        }
        // PR_SET_PTRACER
        0x5961_6d61 => {
            if !c.exiting {
                if a2 as i32 == -1 {
                    c.push(Value::Sym("PR_SET_PTRACER_ANY", a2));
                } else {
                    let p = c.int(1);
                    c.push(p);
                }
            }
        }
        // PR_SET_SECCOMP
        0x16 => {
            if !c.exiting {
                c.push(xval64(mp::SECCOMP_MODE, a2, "SECCOMP_MODE_???"));
                if a2 == 2 {
                    let p = seccomp_fprog(c, a3);
                    c.push(p);
                } else if a2 != 1 {
                    hex_from(c, 2);
                }
            }
        }
        // PR_SET_SECUREBITS
        0x1c => {
            if !c.exiting {
                c.push(xflags(mp::SECBITS, a2, "SECBIT_???"));
            }
        }
        // PR_SET_TIMERSLACK
        0x1d => {
            if !c.exiting {
                c.push(Value::Int(a2 as i64));
            }
        }
        // PR_SET_TSC
        0x1a => {
            if !c.exiting {
                c.push(super::sym(mp::PR_TSC, a2 as u32 as u64, "PR_TSC_???"));
            }
        }
        // PR_SET_UNALIGN
        6 => {
            if !c.exiting {
                c.push(xflags(
                    mp::PR_UNALIGN_FLAGS,
                    a2 as u32 as u64,
                    "PR_UNALIGN_???",
                ));
            }
        }
        // PR_SET_NO_NEW_PRIVS, PR_SET_THP_DISABLE, PR_SET_IO_FLUSHER
        0x26 | 0x29 | 0x39 => {
            if !c.exiting {
                c.push(Value::Uint(a2));
                hex_from(c, 2);
            }
        }
        // PR_MCE_KILL_GET
        0x22 => {
            if !c.exiting {
                hex_from(c, 1);
            } else if !c.failed() {
                let n = crate::xlat::name_of(mp::PR_MCE_KILL_POLICY, c.rval as u64);
                ret_dec_with(c, n.map(|n| Value::Expr(n.into())));
            }
        }
        // PR_SET_FP_MODE
        0x2d => {
            if !c.exiting {
                c.push(xflags(mp::PR_FP_MODE, a2 as u32 as u64, "PR_FP_MODE_???"));
            }
        }
        // PR_SET_SPECULATION_CTRL
        0x35 => {
            if !c.exiting {
                c.push(xval64(mp::PR_SPEC_CMDS, a2, "PR_SPEC_???"));
                if a2 <= 2 {
                    c.push(xval64(mp::PR_SPEC_SET_FLAGS, a3, "PR_SPEC_???"));
                } else {
                    c.push(Value::Hex(a3));
                }
            }
        }
        // PR_PAC_RESET_KEYS
        0x36 => {
            if !c.exiting {
                c.push(xflags(PR_PAC_KEYS, a2, "PR_PAC_???"));
                hex_from(c, 2);
            }
        }
        // PR_PAC_SET_ENABLED_KEYS
        0x3c => {
            if !c.exiting {
                c.push(xflags(PR_PAC_KEYS, a2, "PR_PAC_???"));
                c.push(xflags(PR_PAC_KEYS, a3, "PR_PAC_???"));
                hex_from(c, 3);
            }
        }
        // PR_SET_SYSCALL_USER_DISPATCH
        0x3b => {
            if !c.exiting {
                c.push(xval64(mp::PR_SUD_CMDS, a2, "PR_SYS_DISPATCH_???"));
                let a = c.hex(2);
                c.push(a);
                let b = c.hex(3);
                c.push(b);
                let p = c.ptr(4);
                c.push(p);
            }
        }
        // PR_SCHED_CORE
        0x3e => {
            if !c.exiting {
                c.push(super::sym(
                    mp::PR_SCHED_CORE_CMDS,
                    a2 as u32 as u64,
                    "PR_SCHED_CORE_???",
                ));
                let p = c.int(2);
                c.push(p);
                let t = c.args[3] as u32 as u64;
                c.push(match crate::xlat::name_of(mp::PR_SCHED_CORE_PIDTYPES, t) {
                    Some(n) => Value::Commented(Box::new(Value::Hex(t)), n.to_string()),
                    None => Value::UnknownSym(t, "PIDTYPE_???"),
                });
                if a2 as u32 == 0 {
                    c.defer();
                } else {
                    let p = c.ptr(4);
                    c.push(p);
                }
            } else if a2 as u32 == 0 {
                let addr = c.args[4];
                let v = if c.failed() || addr == 0 {
                    Value::Ptr(addr)
                } else {
                    match read_array::<8>(c.mem, addr) {
                        Some(b) => Value::Array(vec![Value::Hex(u64::from_le_bytes(b))], false),
                        None => Value::Ptr(addr),
                    }
                };
                c.push(v);
            }
        }
        _ => {
            if !c.exiting {
                hex_from(c, 1);
            }
        }
    }
}

/// A personality word: `PER_LINUX32|ADDR_NO_RANDOMIZE`, `0x33 /* PER_??? */`.
fn persona(v: u32) -> Value {
    let ty = super::sym(fl::PERSONALITY_TYPES, (v & 0xff) as u64, "PER_???");
    let rest = (v & !0xff) as u64;
    if rest == 0 {
        return ty;
    }
    let f = flags(fl::PERSONALITY_FLAGS, rest);
    Value::Expr(format!("{}|{}", text(&ty), text(&Value::Flags(f))))
}

fn personality(c: &mut Ctx) {
    let v = c.args[0] as u32;
    if !c.exiting {
        c.push(if v == u32::MAX {
            Value::Hex(v as u64)
        } else {
            persona(v)
        });
        return;
    }
    if !c.failed() {
        c.ret = Ret::HexWith(Value::Expr(text(&persona(c.rval as u32))));
    }
}

// ---------------------------------------------------------------------------------------------
// Namespaces and pidfds.

fn unshare(c: &mut Ctx) {
    if !c.exiting {
        c.push(xflags(fl::UNSHARE_FLAGS, c.args[0], "CLONE_???"));
    }
}

fn setns(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.push(c.xflags(1, mp::SETNS_TYPES, "CLONE_NEW???"));
    }
}

fn pidfd_open(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        c.push(c.xflags(1, mp::PIDFD_FLAGS, "PIDFD_???"));
    }
}

fn pidfd_send_signal(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.push(signal_value(c.args[1]));
        let addr = c.args[2];
        let si = if addr == 0 {
            Value::Ptr(0)
        } else {
            match read_array::<128>(c.mem, addr) {
                Some(b) if u32_at(&b, 0) == 0 => Value::Struct(vec![], false),
                Some(b) => super::signal::siginfo_bytes(&b),
                None => Value::Ptr(addr),
            }
        };
        c.push(si);
        c.push(Value::Hex(c.args[3] as u32 as u64));
    }
}

fn pidfd_getfd(c: &mut Ctx) {
    if !c.exiting {
        let a = c.fd(0);
        c.push(a);
        let b = c.fd(1);
        c.push(b);
        c.push(Value::Hex(c.args[2] as u32 as u64));
    }
}

// ---------------------------------------------------------------------------------------------
// Scheduler.

/// The smallest CPU set size the kernel accepts (strace probes it the same way).
fn cpuset_size() -> usize {
    static SIZE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *SIZE.get_or_init(|| {
        let mut size = 128usize;
        while size <= 1 << 20 {
            // SAFETY: with a NULL mask the kernel only checks the size.
            let r = unsafe { libc::syscall(libc::SYS_sched_getaffinity, 0, size, 0usize) };
            let einval =
                r == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINVAL);
            if !einval {
                return size;
            }
            size <<= 1;
        }
        128
    })
}

/// A CPU set printed as the list of set bits: `[0 1 5]`.
pub fn cpu_list(c: &Ctx, addr: u64, len: u64) -> Value {
    if addr == 0 || (c.exiting && c.failed()) {
        return Value::Ptr(addr);
    }
    if len == 0 {
        return Value::Expr("[]".into());
    }
    let want = (len as usize).min(cpuset_size());
    let size = want.div_ceil(8) * 8;
    let mut b = vec![0u8; size];
    if !c.mem.read_exact(addr, &mut b[..want]) {
        return Value::Ptr(addr);
    }
    let mut s = String::from("[");
    let mut first = true;
    for (i, byte) in b.iter().enumerate() {
        for bit in 0..8 {
            if byte & (1 << bit) != 0 {
                if !first {
                    s.push(' ');
                }
                first = false;
                s.push_str(&(i * 8 + bit).to_string());
            }
        }
    }
    if (size as u64) < len {
        if !first {
            s.push(' ');
        }
        s.push_str("...");
    }
    s.push(']');
    Value::Expr(s)
}

fn sched_getaffinity(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        let l = c.uint(1);
        c.push(l);
        c.defer();
        return;
    }
    let v = cpu_list(c, c.args[2], c.rval as u64);
    c.push(v);
}

fn sched_setaffinity(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        let l = c.uint(1);
        c.push(l);
        let v = cpu_list(c, c.args[2], c.args[1] as u32 as u64);
        c.push(v);
    }
}

fn sched_policy(raw: u64) -> Value {
    super::sym(fl::SCHED_POLICIES, raw as u32 as u64, "SCHED_???")
}

fn sched_getscheduler(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
    } else if !c.failed() {
        let n = crate::xlat::name_of(fl::SCHED_POLICIES, c.rval as u64);
        ret_dec_with(c, n.map(|n| Value::Expr(n.into())));
    }
}

fn sched_policy_arg(c: &mut Ctx) {
    if !c.exiting {
        c.push(sched_policy(c.args[0]));
    }
}

fn sched_param(c: &Ctx, addr: u64) -> Value {
    int_out(c, addr, |n| Value::Int(n as i32 as i64))
}

fn sched_setscheduler(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        c.push(sched_policy(c.args[1]));
        let v = sched_param(c, c.args[2]);
        c.push(v);
    }
}

fn sched_setparam(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        let v = sched_param(c, c.args[1]);
        c.push(v);
    }
}

fn sched_getparam(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        c.defer();
        return;
    }
    let v = c.written(1, sched_param);
    c.push(v);
}

fn sched_rr_get_interval(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        c.defer();
        return;
    }
    let v = c.written(1, timespec);
    c.push(v);
}

const SCHED_ATTR_SIZE_VER0: usize = 48;
const SCHED_ATTR_SIZE_VER1: usize = 56;

/// `struct sched_attr`; `usize` is the getattr size argument (0 for setattr).
fn sched_attr(c: &Ctx, addr: u64, usize_arg: usize) -> Value {
    if addr == 0 || (c.exiting && c.failed()) {
        return Value::Ptr(addr);
    }
    let mut b = [0u8; SCHED_ATTR_SIZE_VER1];
    let is_set = usize_arg == 0;
    let (size, usz);
    if !is_set {
        let n = usize_arg.min(SCHED_ATTR_SIZE_VER1);
        if !c.mem.read_exact(addr, &mut b[..n]) {
            return Value::Ptr(addr);
        }
        size = u32_at(&b, 0) as usize;
        usz = size;
    } else {
        if !c.mem.read_exact(addr, &mut b[..4]) {
            return Value::Ptr(addr);
        }
        let mut u = u32_at(&b, 0) as usize;
        if u == 0 {
            u = SCHED_ATTR_SIZE_VER0;
        }
        usz = u;
        size = u.min(SCHED_ATTR_SIZE_VER1);
        if size >= SCHED_ATTR_SIZE_VER0 && !c.mem.read_exact(addr, &mut b[..size]) {
            return Value::Ptr(addr);
        }
    }
    let mut f = vec![("size", Value::Uint(u32_at(&b, 0) as u64))];
    let shown = if is_set {
        size
    } else {
        size.min(usize_arg.min(SCHED_ATTR_SIZE_VER1))
    };
    if shown >= SCHED_ATTR_SIZE_VER0 {
        let policy = u32_at(&b, 4);
        let sflags = u64_at(&b, 8);
        if !is_set || (policy as i32) < 0 || sflags & 0x18 == 0 {
            f.push(("sched_policy", sched_policy(policy as u64)));
        }
        f.push((
            "sched_flags",
            xflags(fl::SCHED_FLAGS, sflags, "SCHED_FLAG_???"),
        ));
        if !is_set || sflags & 0x10 == 0 {
            f.push(("sched_nice", Value::Int(u32_at(&b, 16) as i32 as i64)));
            f.push(("sched_priority", Value::Uint(u32_at(&b, 20) as u64)));
            f.push(("sched_runtime", Value::Uint(u64_at(&b, 24))));
            f.push(("sched_deadline", Value::Uint(u64_at(&b, 32))));
            f.push(("sched_period", Value::Uint(u64_at(&b, 40))));
        }
        if shown >= SCHED_ATTR_SIZE_VER1 {
            f.push(("sched_util_min", Value::Uint(u32_at(&b, 48) as u64)));
            f.push(("sched_util_max", Value::Uint(u32_at(&b, 52) as u64)));
        }
    }
    let more = usz > shown;
    Value::Struct(f, more)
}

fn sched_setattr(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        let a = sched_attr(c, c.args[1], 0);
        c.push(a);
        return;
    }
    if c.rval == -(libc::E2BIG as i64)
        && let Some(b) = read_array::<4>(c.mem, c.args[1])
    {
        c.push(Value::Changed(Box::new(Value::Struct(
            vec![("size", Value::Uint(u32::from_le_bytes(b) as u64))],
            false,
        ))));
    }
    let f = c.uint(2);
    c.push(f);
}

fn sched_getattr(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        c.defer();
        return;
    }
    let size = c.args[2] as u32 as usize;
    let a = if size != 0 {
        sched_attr(c, c.args[1], size)
    } else {
        c.ptr(1)
    };
    c.push(a);
    let s = c.uint(2);
    c.push(s);
    let f = c.uint(3);
    c.push(f);
}

/// `IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)`.
fn ioprio_value(v: u32) -> String {
    let class = (v >> fl::IOPRIO_CLASS_SHIFT) as u64;
    let data = v as u64 & fl::IOPRIO_PRIO_MASK;
    let cl = super::sym(fl::IOPRIO_CLASS, class, "IOPRIO_CLASS_???");
    format!("IOPRIO_PRIO_VALUE({}, {data})", text(&cl))
}

fn ioprio_get(c: &mut Ctx) {
    if !c.exiting {
        let w = c.sym(0, fl::IOPRIO_WHO, "IOPRIO_WHO_???");
        c.push(w);
        let who = c.int(1);
        c.push(who);
    } else if !c.failed() {
        // strace shows no comment under -X raw, the styled form otherwise: an Alt with an
        // empty raw side (see output::format_result).
        let v = c.rval as u32;
        let class = (v >> fl::IOPRIO_CLASS_SHIFT) as u64;
        let data = v as u64 & fl::IOPRIO_PRIO_MASK;
        let call = Value::Call(
            "IOPRIO_PRIO_VALUE",
            vec![
                super::sym(fl::IOPRIO_CLASS, class, "IOPRIO_CLASS_???"),
                Value::Uint(data),
            ],
        );
        let v = Value::Alt(Box::new(Value::Expr(String::new())), Box::new(call));
        ret_dec_with(c, Some(v));
    }
}

fn ioprio_set(c: &mut Ctx) {
    if !c.exiting {
        let w = c.sym(0, fl::IOPRIO_WHO, "IOPRIO_WHO_???");
        c.push(w);
        let who = c.int(1);
        c.push(who);
        c.push(Value::Expr(ioprio_value(c.args[2] as u32)));
    }
}

// ---------------------------------------------------------------------------------------------
// Credentials.

fn uid1(c: &mut Ctx) {
    if !c.exiting {
        c.push(uid_value(c.args[0]));
    }
}

fn uid2(c: &mut Ctx) {
    if !c.exiting {
        c.push(uid_value(c.args[0]));
        c.push(uid_value(c.args[1]));
    }
}

fn uid3(c: &mut Ctx) {
    if !c.exiting {
        for i in 0..3 {
            c.push(uid_value(c.args[i]));
        }
    }
}

fn getresuid(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    for i in 0..3 {
        let v = int_out_exit(c, c.args[i], |n| uid_value(n as u64));
        c.push(v);
    }
}

fn setgroups(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let n = c.args[0] as u32 as usize;
    c.push(Value::Uint(n as u64));
    let addr = c.args[1];
    if addr == 0 || n == 0 {
        c.push(if addr == 0 {
            Value::Ptr(0)
        } else {
            Value::Array(vec![], false)
        });
        return;
    }
    if n > 65536 {
        c.push(Value::Ptr(addr));
        return;
    }
    let v = super::memory::elem_array::<4>(c, addr, n as u64, |b| {
        uid_value(u32::from_le_bytes(b) as u64)
    });
    c.push(v);
}

/// Capability bits: `1<<CAP_CHOWN|1<<CAP_KILL`; `lo` and `hi` are the two 32-bit words.
fn cap_bits(lo: u32, hi: u32) -> Value {
    let mut parts: Vec<String> = Vec::new();
    let mut word = |w: u32, base: usize| {
        let mut rest = 0u32;
        let mut names = Vec::new();
        for bit in 0..32 {
            if w & (1 << bit) != 0 {
                match mp::CAPS.get(base + bit) {
                    Some(n) => names.push(format!("1<<{n}")),
                    None => rest |= 1 << bit,
                }
            }
        }
        if rest != 0 {
            if names.is_empty() {
                names.push(format!("{rest:#x} /* CAP_??? */"));
            } else {
                names.push(format!("{rest:#x}"));
            }
        }
        if names.is_empty() {
            names.push("0".into());
        }
        parts.push(names.join("|"));
    };
    if lo != 0 || hi == 0 {
        word(lo, 0);
    }
    if hi != 0 {
        word(hi, 32);
    }
    Value::Expr(parts.join("|"))
}

fn cap_header(c: &Ctx, addr: u64) -> Option<[u8; 8]> {
    if addr == 0 {
        None
    } else {
        read_array::<8>(c.mem, addr)
    }
}

fn cap_header_value(addr: u64, h: Option<[u8; 8]>) -> Value {
    match h {
        Some(b) => Value::Struct(
            vec![
                (
                    "version",
                    super::sym(
                        mp::CAP_VERSION,
                        u32_at(&b, 0) as u64,
                        "_LINUX_CAPABILITY_VERSION_???",
                    ),
                ),
                ("pid", Value::Int(u32_at(&b, 4) as i32 as i64)),
            ],
            false,
        ),
        None => Value::Ptr(addr),
    }
}

fn cap_data(c: &Ctx, addr: u64, h: Option<[u8; 8]>) -> Value {
    let Some(h) = h else {
        return Value::Ptr(addr);
    };
    if addr == 0 {
        return Value::Ptr(0);
    }
    let ver = u32_at(&h, 0);
    let two = ver == 0x2007_1026 || ver == 0x2008_0522;
    let mut b = [0u8; 24];
    let n = if two { 24 } else { 12 };
    if !c.mem.read_exact(addr, &mut b[..n]) {
        return Value::Ptr(addr);
    }
    let w = |i: usize, f: usize| u32_at(&b, i * 12 + f * 4);
    let field = |f: usize| cap_bits(w(0, f), if two { w(1, f) } else { 0 });
    Value::Struct(
        vec![
            ("effective", field(0)),
            ("permitted", field(1)),
            ("inheritable", field(2)),
        ],
        false,
    )
}

fn capget(c: &mut Ctx) {
    let h = cap_header(c, c.args[0]);
    if !c.exiting {
        c.push(cap_header_value(c.args[0], h));
        c.defer();
        return;
    }
    let h = if c.failed() { None } else { h };
    let d = cap_data(c, c.args[1], h);
    c.push(d);
}

fn capset(c: &mut Ctx) {
    if !c.exiting {
        let h = cap_header(c, c.args[0]);
        c.push(cap_header_value(c.args[0], h));
        let d = cap_data(c, c.args[1], h);
        c.push(d);
    }
}

// ---------------------------------------------------------------------------------------------
// seccomp, kcmp, robust lists.

fn seccomp(c: &mut Ctx) {
    let op = c.args[0] as u32;
    let fl_raw = c.args[1] as u32 as u64;
    let addr = c.args[2];
    if !c.exiting {
        c.push(super::sym(
            mp::SECCOMP_OPS,
            op as u64,
            "SECCOMP_SET_MODE_???",
        ));
    }
    match op {
        2 => {
            if !c.exiting {
                c.push(Value::Hex(fl_raw));
                c.push(int_out(c, addr, |a| {
                    super::sym(mp::SECCOMP_RET_ACTION, a as u64, "SECCOMP_RET_???")
                }));
            }
        }
        3 => {
            if !c.exiting {
                c.push(Value::Hex(fl_raw));
                c.defer();
                return;
            }
            let v = if addr == 0 || c.failed() {
                Value::Ptr(addr)
            } else {
                match read_array::<6>(c.mem, addr) {
                    Some(b) => Value::Struct(
                        vec![
                            ("seccomp_notif", Value::Uint(super::u16_at(&b, 0) as u64)),
                            (
                                "seccomp_notif_resp",
                                Value::Uint(super::u16_at(&b, 2) as u64),
                            ),
                            ("seccomp_data", Value::Uint(super::u16_at(&b, 4) as u64)),
                        ],
                        false,
                    ),
                    None => Value::Ptr(addr),
                }
            };
            c.push(v);
        }
        1 => {
            if !c.exiting {
                c.push(xflags(
                    mp::SECCOMP_FILTER_FLAGS,
                    fl_raw,
                    "SECCOMP_FILTER_FLAG_???",
                ));
                c.push(seccomp_fprog(c, addr));
            }
        }
        _ => {
            if !c.exiting {
                c.push(Value::Hex(fl_raw));
                c.push(Value::Ptr(addr));
            }
        }
    }
}

fn kcmp(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let p1 = c.int(0);
    c.push(p1);
    let p2 = c.int(1);
    c.push(p2);
    let ty = c.args[2] as u32;
    c.push(super::sym(mp::KCMP_TYPES, ty as u64, "KCMP_???"));
    match ty {
        // KCMP_FILE: two fds.
        0 => {
            let a = c.fd(3);
            c.push(a);
            let b = c.fd(4);
            c.push(b);
        }
        // KCMP_VM .. KCMP_SYSVSEM take no more arguments.
        1..=6 => {}
        // KCMP_EPOLL_TFD: fd and a struct kcmp_epoll_slot.
        7 => {
            let a = c.fd(3);
            c.push(a);
            let addr = c.args[4];
            c.push(match read_array::<12>(c.mem, addr) {
                Some(b) => Value::Struct(
                    vec![
                        ("efd", Value::Int(u32_at(&b, 0) as i32 as i64)),
                        ("tfd", Value::Int(u32_at(&b, 4) as i32 as i64)),
                        ("toff", Value::Uint(u32_at(&b, 8) as u64)),
                    ],
                    false,
                ),
                None => Value::Ptr(addr),
            });
        }
        _ => {
            let a = c.hex(3);
            c.push(a);
            let b = c.hex(4);
            c.push(b);
        }
    }
}

fn get_robust_list(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        c.defer();
        return;
    }
    for i in 1..3 {
        let addr = c.args[i];
        let v = if addr == 0 || c.failed() {
            Value::Ptr(addr)
        } else {
            match read_array::<8>(c.mem, addr) {
                Some(b) => {
                    let n = u64::from_le_bytes(b);
                    Value::Array(
                        vec![if i == 1 {
                            Value::Ptr(n)
                        } else {
                            Value::Uint(n)
                        }],
                        false,
                    )
                }
                None => Value::Ptr(addr),
            }
        };
        c.push(v);
    }
}

// ---------------------------------------------------------------------------------------------
// getcpu, process_vm_readv/writev.

fn getcpu(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    for i in 0..2 {
        let v = int_out_exit(c, c.args[i], |n| Value::Uint(n as u64));
        c.push(v);
    }
    let t = c.ptr(2);
    c.push(t);
}

/// An iovec array: `[{iov_base="data", iov_len=16}]`. With `data` the buffers are shown as
/// strings, at most `limit` bytes in all (the bytes transferred); else as addresses.
fn iovec(c: &Ctx, addr: u64, n: u64, data: bool, limit: Option<u64>) -> Value {
    let left = std::cell::Cell::new(limit);
    super::memory::elem_array_ex::<16>(c, addr, n, true, |b| {
        let base = u64_at(&b, 0);
        let len = u64_at(&b, 8);
        let v = if data && base != 0 {
            let mut shown = len;
            if let Some(l) = left.get() {
                shown = shown.min(l);
                left.set(Some(l - shown));
            }
            super::read_buf(c.mem, base, shown, c.opts.strsize)
        } else {
            Value::Ptr(base)
        };
        Value::Struct(vec![("iov_base", v), ("iov_len", Value::Uint(len))], false)
    })
}

fn process_vm_readv(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        c.defer();
        return;
    }
    let ok = !c.failed();
    let l = iovec(c, c.args[1], c.args[2], ok, Some(c.rval.max(0) as u64));
    c.push(l);
    let n = c.ulong(2);
    c.push(n);
    let r = iovec(c, c.args[3], c.args[4], false, None);
    c.push(r);
    let n = c.ulong(4);
    c.push(n);
    let f = c.ulong(5);
    c.push(f);
}

fn process_vm_writev(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let p = c.int(0);
    c.push(p);
    let l = iovec(c, c.args[1], c.args[2], true, None);
    c.push(l);
    let n = c.ulong(2);
    c.push(n);
    let r = iovec(c, c.args[3], c.args[4], false, None);
    c.push(r);
    let n = c.ulong(4);
    c.push(n);
    let f = c.ulong(5);
    c.push(f);
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::decode::testmem::show as r;

    use crate::decode::testmem::{FakeMem, opts, run_decoder};

    use crate::decode::testmem::run;

    fn run_v(f: crate::decode::DecodeFn, mem: &FakeMem, args: [u64; 6], rval: i64) -> String {
        let mut o = opts();
        o.verbose = true;
        run_decoder(f, mem, args, rval, &o)
    }

    fn le32(v: &[u32]) -> Vec<u8> {
        v.iter().flat_map(|x| x.to_le_bytes()).collect()
    }

    fn le64(v: &[u64]) -> Vec<u8> {
        v.iter().flat_map(|x| x.to_le_bytes()).collect()
    }

    const EFAULT: i64 = -14;

    #[test]
    fn wait4_rusage_abbreviated_and_verbose() {
        let mut ru = le64(&[1, 2, 0, 5]);
        ru.extend(le64(&[7; 14]));
        let m = FakeMem::default()
            .with(0x1000, &(3u32 << 8).to_le_bytes())
            .with(0x2000, &ru);
        let s = run(wait4, &m, [42, 0x1000, 0, 0x2000, 0, 0], 42);
        assert_eq!(
            s,
            "42, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, {ru_utime={tv_sec=1, tv_usec=2}, ru_stime={tv_sec=0, tv_usec=5}, ...}"
        );
        let s = run_v(wait4, &m, [42, 0x1000, 0, 0x2000, 0, 0], 42);
        assert!(s.ends_with("ru_maxrss=7, ru_ixrss=7, ru_idrss=7, ru_isrss=7, ru_minflt=7, ru_majflt=7, ru_nswap=7, ru_inblock=7, ru_oublock=7, ru_msgsnd=7, ru_msgrcv=7, ru_nsignals=7, ru_nvcsw=7, ru_nivcsw=7}"), "{s}");
        // Failure, unknown option bits, bad pointer.
        let s = run(wait4, &m, [u64::MAX, 1, 0x2000, 1, 0, 0], -10);
        assert_eq!(s, "-1, 0x1, 0x2000 /* W??? */, 0x1");
        let s = run(wait4, &m, [42, 0x1000, 1, 0x9000, 0, 0], 42);
        assert!(s.ends_with("WNOHANG, 0x9000"), "{s}");
    }

    #[test]
    fn waitid_siginfo_and_options() {
        let mut si = vec![0u8; 128];
        si[0..4].copy_from_slice(&17u32.to_le_bytes());
        si[8..12].copy_from_slice(&1u32.to_le_bytes());
        si[16..20].copy_from_slice(&99u32.to_le_bytes());
        si[24..28].copy_from_slice(&4u32.to_le_bytes());
        let m = FakeMem::default()
            .with(0x1000, &si)
            .with(0x2000, &[0u8; 128]);
        let s = run(waitid, &m, [1, 99, 0x1000, 4, 0, 0], 0);
        assert_eq!(
            s,
            "P_PID, 99, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=99, si_uid=0, si_status=4, si_utime=0, si_stime=0}, WEXITED, NULL"
        );
        let s = run(waitid, &m, [0, 0, 0x2000, 5, 0, 0], 0);
        assert_eq!(s, "P_ALL, 0, {}, WNOHANG|WEXITED, NULL");
        let s = run(waitid, &m, [7, 0, 1, 0x1000, 1, 0], EFAULT);
        assert_eq!(s, "0x7 /* P_??? */, 0, 0x1, 0x1000 /* W??? */, 0x1");
        let s = run(waitid, &m, [1, 5, 0x9000, 4, 0, 0], 0);
        assert_eq!(s, "P_PID, 5, 0x9000, WEXITED, NULL");
    }

    #[test]
    fn getrusage_times_priority() {
        let m = FakeMem::default().with(0x1000, &le64(&[1, 2, 3, 4]));
        assert_eq!(
            run(crate::decode::time::times, &m, [0x1000, 0, 0, 0, 0, 0], 100),
            "{tms_utime=1 /* 0.01 s */, tms_stime=2 /* 0.02 s */, tms_cutime=3 /* 0.03 s */, tms_cstime=4 /* 0.04 s */}"
        );
        assert_eq!(
            run(crate::decode::time::times, &m, [1, 0, 0, 0, 0, 0], EFAULT),
            "0x1"
        );
        assert_eq!(
            run(crate::decode::time::times, &m, [0x8000, 0, 0, 0, 0, 0], 1),
            "0x8000"
        );
        assert_eq!(
            run(getrusage, &m, [u32::MAX as u64, 0, 0, 0, 0, 0], EFAULT),
            "RUSAGE_CHILDREN, NULL"
        );
        assert_eq!(
            run(getrusage, &m, [5, 1, 0, 0, 0, 0], -22),
            "0x5 /* RUSAGE_??? */, 0x1"
        );
        assert_eq!(
            run(setpriority, &m, [9, 0, (-3i64) as u64, 0, 0, 0], -22),
            "0x9 /* PRIO_??? */, 0, -3"
        );
        assert_eq!(run(getpriority, &m, [2, 0, 0, 0, 0, 0], 40), "PRIO_USER, 0");
    }

    #[test]
    fn prctl_options() {
        let m = FakeMem::default()
            .with(0x1000, b"myname-is-very-long\0")
            .with(0x2000, b"abc\0")
            .with(0x3000, &15u32.to_le_bytes());
        let p = |a: [u64; 6], r: i64| run(prctl, &m, a, r);
        assert_eq!(
            p([15, 0x1000, 0, 0, 0, 0], 0),
            r#"PR_SET_NAME, "myname-is-very-"..."#
        );
        assert_eq!(p([15, 0x2000, 0, 0, 0, 0], 0), r#"PR_SET_NAME, "abc""#);
        assert_eq!(p([15, 0x9000, 0, 0, 0, 0], EFAULT), "PR_SET_NAME, 0x9000");
        assert_eq!(p([16, 0x2000, 0, 0, 0, 0], 0), r#"PR_GET_NAME, "abc""#);
        assert_eq!(p([16, 1, 0, 0, 0, 0], EFAULT), "PR_GET_NAME, 0x1");
        assert_eq!(p([1, 15, 0, 0, 0, 0], 0), "PR_SET_PDEATHSIG, SIGTERM");
        assert_eq!(p([1, 200, 0, 0, 0, 0], -22), "PR_SET_PDEATHSIG, 200");
        assert_eq!(p([2, 0x3000, 0, 0, 0, 0], 0), "PR_GET_PDEATHSIG, [SIGTERM]");
        assert_eq!(p([3, 0, 0, 0, 0, 0], 1), "PR_GET_DUMPABLE");
        assert_eq!(
            p([4, 7, 0, 0, 0, 0], -22),
            "PR_SET_DUMPABLE, 0x7 /* SUID_DUMP_??? */"
        );
        assert_eq!(
            p([0x17, 21, 0, 0, 0, 0], 1),
            "PR_CAPBSET_READ, CAP_SYS_ADMIN"
        );
        assert_eq!(
            p([0x17, 200, 0, 0, 0, 0], -22),
            "PR_CAPBSET_READ, 0xc8 /* CAP_??? */"
        );
        assert_eq!(
            p([0x26, 1, 0, 0, 0, 0], 0),
            "PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0"
        );
        assert_eq!(
            p([0x27, 0, 0, 0, 0, 0], 0),
            "PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0"
        );
        assert_eq!(
            p([0x77777, 1, 2, 3, 4, 0], -22),
            "0x77777 /* PR_??? */, 0x1, 0x2, 0x3, 0x4"
        );
        assert_eq!(
            p([0x1c, 0x11, 0, 0, 0, 0], 0),
            "PR_SET_SECUREBITS, SECBIT_NOROOT|SECBIT_KEEP_CAPS"
        );
        assert_eq!(
            p([0x16, 99, 0, 0, 0, 0], -22),
            "PR_SET_SECCOMP, 0x63 /* SECCOMP_MODE_??? */, 0, 0, 0"
        );
        assert_eq!(
            p([0x16, 1, 1, 0, 0, 0], 0),
            "PR_SET_SECCOMP, SECCOMP_MODE_STRICT"
        );
        assert_eq!(
            p([0x16, 2, 1, 0, 0, 0], EFAULT),
            "PR_SET_SECCOMP, SECCOMP_MODE_FILTER, 0x1"
        );
        assert_eq!(
            p([0x59616d61, u32::MAX as u64, 0, 0, 0, 0], 0),
            "PR_SET_PTRACER, PR_SET_PTRACER_ANY"
        );
        assert_eq!(
            p([0x53564d41, 0, 0x1000, 4096, 0x2000, 0], 0),
            r#"PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x1000, 4096, "abc""#
        );
        assert_eq!(
            p([0x3e, 0, 0, 0, 0, 0], -22),
            "PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0 /* PIDTYPE_PID */, NULL"
        );
    }

    #[test]
    fn clock_ticks() {
        assert_eq!(r(&crate::decode::signal::clock_t_value(0)), "0");
        assert_eq!(
            r(&crate::decode::signal::clock_t_value(14)),
            "14 /* 0.14 s */"
        );
        assert_eq!(
            r(&crate::decode::signal::clock_t_value(1234)),
            "1234 /* 12.34 s */"
        );
    }

    #[test]
    fn personality_words() {
        let m = FakeMem::default();
        assert_eq!(
            run(personality, &m, [0xffff_ffff, 0, 0, 0, 0, 0], 0),
            "0xffffffff"
        );
        assert_eq!(
            run(personality, &m, [0x40000, 0, 0, 0, 0, 0], 0),
            "PER_LINUX|ADDR_NO_RANDOMIZE"
        );
        assert_eq!(
            run(personality, &m, [0x33, 0, 0, 0, 0, 0], 0),
            "0x33 /* PER_??? */"
        );
        assert_eq!(
            run(personality, &m, [0x8000008, 0, 0, 0, 0, 0], 0),
            "PER_LINUX32|ADDR_LIMIT_3GB"
        );
    }

    #[test]
    fn namespaces_and_pidfds() {
        let m = FakeMem::default();
        assert_eq!(
            run(unshare, &m, [0x20200, 0, 0, 0, 0, 0], 0),
            "CLONE_FS|CLONE_NEWNS"
        );
        assert_eq!(
            run(unshare, &m, [1, 0, 0, 0, 0, 0], -22),
            "0x1 /* CLONE_??? */"
        );
        assert_eq!(
            run(setns, &m, [3, 0x4000000, 0, 0, 0, 0], 0),
            "3, CLONE_NEWUTS"
        );
        assert_eq!(
            run(setns, &m, [3, 3, 0, 0, 0, 0], -22),
            "3, 0x3 /* CLONE_NEW??? */"
        );
        assert_eq!(
            run(pidfd_open, &m, [5, 0x800, 0, 0, 0, 0], 3),
            "5, PIDFD_NONBLOCK"
        );
        assert_eq!(
            run(pidfd_open, &m, [5, 1, 0, 0, 0, 0], -22),
            "5, 0x1 /* PIDFD_??? */"
        );
        assert_eq!(
            run(pidfd_send_signal, &m, [4, 18, 1, 1, 0, 0], EFAULT),
            "4, SIGCONT, 0x1, 0x1"
        );
        assert_eq!(run(pidfd_getfd, &m, [4, 0, 5, 0, 0, 0], -22), "4, 0, 0x5");
    }

    #[test]
    fn scheduler() {
        let m = FakeMem::default()
            .with(0x1000, &[0x21, 0, 0, 0, 0, 0, 0, 0])
            .with(0x2000, &0u32.to_le_bytes());
        assert_eq!(
            run(sched_getaffinity, &m, [0, 8, 0x1000, 0, 0, 0], 8),
            "0, 8, [0 5]"
        );
        assert_eq!(
            run(sched_getaffinity, &m, [0, 3, 0x1000, 0, 0, 0], -22),
            "0, 3, 0x1000"
        );
        assert_eq!(
            run(sched_setaffinity, &m, [0, 8, 0x9000, 0, 0, 0], EFAULT),
            "0, 8, 0x9000"
        );
        assert_eq!(
            run(sched_setaffinity, &m, [0, 0, 0x1000, 0, 0, 0], -22),
            "0, 0, []"
        );
        assert_eq!(
            run(sched_getparam, &m, [0, 0x2000, 0, 0, 0, 0], 0),
            "0, [0]"
        );
        assert_eq!(
            run(sched_getparam, &m, [0, 1, 0, 0, 0, 0], EFAULT),
            "0, 0x1"
        );
        assert_eq!(
            run(sched_setscheduler, &m, [0, 0x40000003, 0x2000, 0, 0, 0], 0),
            "0, 0x40000003 /* SCHED_??? */, [0]"
        );
        let mut attr = le32(&[56, 3]);
        attr.extend(le64(&[1]));
        attr.extend(le32(&[0, 0]));
        attr.extend(le64(&[1400000, 0, 0]));
        attr.extend(le32(&[0, 0]));
        let m = m.with(0x3000, &attr);
        assert_eq!(
            run(sched_getattr, &m, [0, 0x3000, 56, 0, 0, 0], 0),
            "0, {size=56, sched_policy=SCHED_BATCH, sched_flags=SCHED_FLAG_RESET_ON_FORK, sched_nice=0, sched_priority=0, sched_runtime=1400000, sched_deadline=0, sched_period=0, sched_util_min=0, sched_util_max=0}, 56, 0"
        );
        assert_eq!(
            run(sched_getattr, &m, [0, 1, 56, 0, 0, 0], EFAULT),
            "0, 0x1, 56, 0"
        );
        assert_eq!(
            run(sched_setattr, &m, [0, 0x9000, 0, 0, 0, 0], EFAULT),
            "0, 0x9000, 0"
        );
        assert_eq!(
            run(ioprio_set, &m, [1, 0, (2 << 13) | 4, 0, 0, 0], 0),
            "IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)"
        );
        assert_eq!(
            run(ioprio_set, &m, [7, 0, (7 << 13) | 4, 0, 0, 0], -22),
            "0x7 /* IOPRIO_WHO_??? */, 0, IOPRIO_PRIO_VALUE(0x7 /* IOPRIO_CLASS_??? */, 4)"
        );
    }

    #[test]
    fn credentials() {
        let m = FakeMem::default().with(0x1000, &le32(&[0, 1, 2, 4, u32::MAX]));
        assert_eq!(run(uid2, &m, [u32::MAX as u64, 0, 0, 0, 0, 0], 0), "-1, 0");
        assert_eq!(
            run(getresuid, &m, [0x1000, 0x1004, 0x1008, 0, 0, 0], 0),
            "[0], [1], [2]"
        );
        assert_eq!(
            run(getresuid, &m, [0x1000, 1, 0, 0, 0, 0], EFAULT),
            "0x1000, 0x1, NULL"
        );
        assert_eq!(
            run(setgroups, &m, [5, 0x1000, 0, 0, 0, 0], 0),
            "5, [0, 1, 2, 4, -1]"
        );
        assert_eq!(run(setgroups, &m, [2, 1, 0, 0, 0, 0], EFAULT), "2, 0x1");
        assert_eq!(run(setgroups, &m, [0, 0, 0, 0, 0, 0], 0), "0, NULL");
        assert_eq!(
            run(getgroups, &m, [0, 0x1000, 0, 0, 0, 0], 3),
            "0, [0, 1, 2]"
        );
        assert_eq!(run(getgroups, &m, [0, 0, 0, 0, 0, 0], 3), "0, NULL");
        assert_eq!(
            run(getgroups, &m, [2, 0x1000, 0, 0, 0, 0], -22),
            "2, 0x1000"
        );
        // An array running into unmapped memory ends with the address of the bad element.
        assert_eq!(
            run(setgroups, &m, [7, 0x1000, 0, 0, 0, 0], 0),
            "7, [0, 1, 2, 4, -1, ... /* 0x1014 */]"
        );
    }

    #[test]
    fn capabilities() {
        let mut d = le32(&[0x21, 1, 0]);
        d.extend(le32(&[0, 0x100, 0]));
        let m = FakeMem::default()
            .with(0x1000, &le32(&[0x2008_0522, 0]))
            .with(0x2000, &d)
            .with(0x3000, &le32(&[0x12345, 0]));
        assert_eq!(
            run(capset, &m, [0x1000, 0x2000, 0, 0, 0, 0], 0),
            "{version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=1<<CAP_CHOWN|1<<CAP_CHECKPOINT_RESTORE, inheritable=0}"
        );
        assert_eq!(
            run(capget, &m, [0x3000, 0x2000, 0, 0, 0, 0], -22),
            "{version=0x12345 /* _LINUX_CAPABILITY_VERSION_??? */, pid=0}, 0x2000"
        );
        assert_eq!(run(capget, &m, [1, 1, 0, 0, 0, 0], EFAULT), "0x1, 0x1");
        assert_eq!(r(&cap_bits(0, 0x200)), "0x200 /* CAP_??? */");
    }

    #[test]
    fn seccomp_kcmp_robust() {
        let prog = [le64(&[2]), le64(&[0x2000])].concat();
        let insns = [[0x20u8, 0, 0, 0, 4, 0, 0, 0], [6, 0, 0, 0, 5, 0, 5, 0]].concat();
        let m = FakeMem::default()
            .with(0x1000, &prog)
            .with(0x2000, &insns)
            .with(0x3000, &0x7fff_0000u32.to_le_bytes())
            .with(0x4000, &le64(&[0x7f00, 24]));
        assert_eq!(
            run(seccomp, &m, [1, 2, 0x1000, 0, 0, 0], 0),
            "SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, {len=2, filter=0x2000}"
        );
        assert_eq!(
            run_v(seccomp, &m, [1, 0, 0x1000, 0, 0, 0], 0),
            "SECCOMP_SET_MODE_FILTER, 0, {len=2, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0x4), BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x5)]}"
        );
        assert_eq!(
            run(seccomp, &m, [2, 0, 0x3000, 0, 0, 0], 0),
            "SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_ALLOW]"
        );
        assert_eq!(
            run(seccomp, &m, [99, 3, 1, 0, 0, 0], -22),
            "0x63 /* SECCOMP_SET_MODE_??? */, 0x3, 0x1"
        );
        assert_eq!(
            run(seccomp, &m, [1, 0, 0x9000, 0, 0, 0], EFAULT),
            "SECCOMP_SET_MODE_FILTER, 0, 0x9000"
        );
        assert_eq!(
            run(kcmp, &m, [1, 2, 0, 3, 4, 0], 0),
            "1, 2, KCMP_FILE, 3, 4"
        );
        assert_eq!(run(kcmp, &m, [1, 2, 1, 3, 4, 0], 0), "1, 2, KCMP_VM");
        assert_eq!(
            run(kcmp, &m, [1, 2, 99, 0, 0, 0], -22),
            "1, 2, 0x63 /* KCMP_??? */, 0, 0"
        );
        assert_eq!(
            run(kcmp, &m, [1, 2, 7, 0, 1, 0], EFAULT),
            "1, 2, KCMP_EPOLL_TFD, 0, 0x1"
        );
        assert_eq!(
            run(get_robust_list, &m, [0, 0x4000, 0x4008, 0, 0, 0], 0),
            "0, [0x7f00], [24]"
        );
        assert_eq!(
            run(get_robust_list, &m, [0, 1, 1, 0, 0, 0], EFAULT),
            "0, 0x1, 0x1"
        );
    }

    #[test]
    fn futex_layouts() {
        let m = FakeMem::default().with(0x2000, &le64(&[0, 1000]));
        let f = |a: [u64; 6]| run(futex, &m, a, 0);
        assert_eq!(
            f([0x1000, 0, 1, 0x2000, 0, 0]),
            "0x1000, FUTEX_WAIT, 1, {tv_sec=0, tv_nsec=1000}"
        );
        assert_eq!(
            f([0x1000, 6, 0, 0x2000, 0, 0]),
            "0x1000, FUTEX_LOCK_PI, {tv_sec=0, tv_nsec=1000}"
        );
        assert_eq!(
            f([0x1000, 135, 0, 0, 0, 0]),
            "0x1000, FUTEX_UNLOCK_PI_PRIVATE"
        );
        assert_eq!(
            f([0x1000, 9, 0, 0x2000, 5, 0xff]),
            "0x1000, FUTEX_WAIT_BITSET, 0, {tv_sec=0, tv_nsec=1000}, 0xff"
        );
        assert_eq!(
            f([0x1000, 5, 1, 1, 0x3000, 0x1400_1000]),
            "0x1000, FUTEX_WAKE_OP, 1, 1, 0x3000, FUTEX_OP_ADD<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0"
        );
        assert_eq!(
            f([0x1000, 133, 1, 1, 0x3000, 0xa000_57ff]),
            "0x1000, FUTEX_WAKE_OP_PRIVATE, 1, 1, 0x3000, FUTEX_OP_OPARG_SHIFT<<28|FUTEX_OP_OR<<28|0x5<<12|FUTEX_OP_CMP_EQ<<24|0x7ff"
        );
        assert_eq!(
            f([0x1000, 5, 1, 1, 0x3000, 0x7f00_0000]),
            "0x1000, FUTEX_WAKE_OP, 1, 1, 0x3000, 0x7<<28 /* FUTEX_OP_??? */|0<<12|0xf<<24 /* FUTEX_OP_CMP_??? */|0"
        );
        assert_eq!(
            f([0x1000, 12, 1, 2, 0x3000, 1]),
            "0x1000, FUTEX_CMP_REQUEUE_PI, 1, 2, 0x3000, 1"
        );
        assert_eq!(
            f([0x1000, 11, 1, 0x2000, 0x3000, 0]),
            "0x1000, FUTEX_WAIT_REQUEUE_PI, 1, {tv_sec=0, tv_nsec=1000}, 0x3000"
        );
        assert_eq!(
            f([0x1000, 14, 1, 2, 0x3000, 1]),
            "0x1000, 0xe /* FUTEX_??? */, 1, 0x2, 0x3000, 0x1"
        );
        assert_eq!(
            f([0x1000, 0x201, 1, 2, 0x3000, 1]),
            "0x1000, 0x201 /* FUTEX_??? */, 1"
        );
        assert_eq!(
            f([0x1000, 0x106, 1, 2, 0, 0]),
            "0x1000, 0x106 /* FUTEX_??? */, 0x2"
        );
    }

    #[test]
    fn getcpu_and_process_vm() {
        let iov = [le64(&[0x1000, 16]), le64(&[0x1100, 4])].concat();
        let m = FakeMem::default()
            .with(0x1000, b"hello world, more")
            .with(0x1100, b"abcd")
            .with(0x2000, &iov)
            .with(0x3000, &le32(&[2, 0]));
        assert_eq!(
            run(getcpu, &m, [0x3000, 0x3004, 0, 0, 0, 0], 0),
            "[2], [0], NULL"
        );
        assert_eq!(
            run(getcpu, &m, [0x3000, 1, 0, 0, 0, 0], EFAULT),
            "0x3000, 0x1, NULL"
        );
        assert_eq!(
            run(process_vm_readv, &m, [9, 0x2000, 2, 0x2000, 1, 0], 18),
            r#"9, [{iov_base="hello world, mor", iov_len=16}, {iov_base="ab", iov_len=4}], 2, [{iov_base=0x1000, iov_len=16}], 1, 0"#
        );
        assert_eq!(
            run(process_vm_readv, &m, [9, 0x2000, 2, 1, 1, 0], EFAULT),
            "9, [{iov_base=0x1000, iov_len=16}, {iov_base=0x1100, iov_len=4}], 2, 0x1, 1, 0"
        );
        assert_eq!(
            run(process_vm_writev, &m, [9, 0x2000, 1, 0x9000, 1, 0], EFAULT),
            r#"9, [{iov_base="hello world, mor", iov_len=16}], 1, 0x9000, 1, 0"#
        );
    }

    #[test]
    fn arch_prctl_codes() {
        let m = FakeMem::default()
            .with(0x1000, &le64(&[0x7f00]))
            .with(0x2000, &le64(&[0xe7]));
        assert_eq!(
            run(arch_prctl, &m, [0x1003, 0x1000, 0, 0, 0, 0], 0),
            "ARCH_GET_FS, [0x7f00]"
        );
        assert_eq!(
            run(arch_prctl, &m, [0x1003, 0, 0, 0, 0, 0], EFAULT),
            "ARCH_GET_FS, NULL"
        );
        assert_eq!(
            run(arch_prctl, &m, [0x1011, 5, 0, 0, 0, 0], 1),
            "ARCH_GET_CPUID"
        );
        assert_eq!(
            run(arch_prctl, &m, [0x1021, 0x2000, 0, 0, 0, 0], 0),
            "ARCH_GET_XCOMP_SUPP, [0xe7 /* XFEATURE_MASK_FPSSE|XFEATURE_MASK_YMM|XFEATURE_MASK_AVX512 */]"
        );
        assert_eq!(
            run(arch_prctl, &m, [0x1023, 18, 0, 0, 0, 0], -95),
            "ARCH_REQ_XCOMP_PERM, 0x12 /* XFEATURE_XTILE_DATA */"
        );
        assert_eq!(
            run(arch_prctl, &m, [0x1023, 99, 0, 0, 0, 0], -22),
            "ARCH_REQ_XCOMP_PERM, 0x63 /* XFEATURE_??? */"
        );
        assert_eq!(
            run(arch_prctl, &m, [0x3001, 0x1234, 0, 0, 0, 0], -22),
            "0x3001 /* ARCH_??? */, 0x1234"
        );
        assert_eq!(
            run(rseq, &m, [0, 0x20, 0, 0x53053053, 0, 0], -22),
            "0, 0x20, 0, 0x53053053"
        );
        assert_eq!(run(set_tid_address, &m, [0, 0, 0, 0, 0, 0], 5), "0");
    }

    #[test]
    fn futex_waitv_array() {
        let w = [
            le64(&[1, 0x1000]),
            le32(&[2, 0]),
            le64(&[0, 0]),
            le32(&[0x82, 5]),
        ]
        .concat();
        let m = FakeMem::default().with(0x5000, &w);
        assert_eq!(
            run(futex_waitv, &m, [0x5000, 2, 0, 0, 1, 0], -11),
            "[{val=0x1, uaddr=0x1000, flags=FUTEX_32}, {val=0, uaddr=NULL, flags=FUTEX_32|FUTEX_PRIVATE_FLAG, __reserved=0x5}], 2, 0, NULL, CLOCK_MONOTONIC"
        );
        assert_eq!(
            run(futex_waitv, &m, [1, 2, 0, 0, 5, 0], EFAULT),
            "0x1, 2, 0, NULL, CLOCK_REALTIME_COARSE"
        );
    }

    #[test]
    fn wait_statuses() {
        assert_eq!(
            r(&wait_status(0)),
            "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]"
        );
        assert_eq!(
            r(&wait_status(3 << 8)),
            "[{WIFEXITED(s) && WEXITSTATUS(s) == 3}]"
        );
        assert_eq!(
            r(&wait_status(9)),
            "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}]"
        );
        assert_eq!(
            r(&wait_status(0x8b)),
            "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}]"
        );
        assert_eq!(
            r(&wait_status(0x857f)),
            "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP | 0x80}]"
        );
        assert_eq!(
            r(&wait_status(0x3057f)),
            "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}|PTRACE_EVENT_CLONE<<16]"
        );
        assert_eq!(r(&wait_status(0xffff)), "[{WIFCONTINUED(s)}]");
    }

    #[test]
    fn clone_flags_with_signal() {
        let raw = (libc::CLONE_CHILD_CLEARTID | libc::CLONE_CHILD_SETTID) as u64 | 17;
        assert_eq!(
            r(&clone_flags(raw)),
            "CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD"
        );
    }

    #[test]
    fn rlimits() {
        assert_eq!(r(&rlim_value(8192 * 1024)), "8192*1024");
        assert_eq!(r(&rlim_value(20000)), "20000");
        assert_eq!(r(&rlim_value(u64::MAX)), "RLIM64_INFINITY");
    }

    #[test]
    fn futex_ops() {
        assert_eq!(r(&futex_op(1 | 128)), "FUTEX_WAKE_PRIVATE");
        assert_eq!(
            r(&futex_op(9 | 128 | 256)),
            "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME"
        );
    }
}
