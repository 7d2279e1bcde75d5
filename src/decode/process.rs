//! Processes, credentials and resources: execve, clone, wait4, prlimit64, uname ...

use super::generic::signal_value;
use super::{Ctx, Ret, Value, flags, read_array, read_cstr, u32_at, u64_at};
use crate::xlat::flags as fl;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("execve", execve),
    ("execveat", execveat),
    ("clone", clone),
    ("clone3", clone3),
    ("wait4", wait4),
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
        let f = c.flags(4, fl::AT_FLAGS);
        c.push(f);
    }
}

/// clone flags with the exit signal in the low byte.
pub fn clone_flags(raw: u64) -> Value {
    let mut f = flags(fl::CLONE_FLAGS, raw & !0xff);
    let sig = (raw & 0xff) as u32;
    if sig != 0 {
        let mut s = String::new();
        crate::xlat::signals::write_signal_name(&mut s, sig);
        f.extra.push(s);
    }
    f.raw = raw;
    Value::Flags(f)
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

/// A wait status as strace prints it: `[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]`.
pub fn wait_status(st: i32) -> Value {
    let mut s = String::from("[{");
    let sig_name = |n: i32| {
        let mut t = String::new();
        crate::xlat::signals::write_signal_name(&mut t, n as u32);
        t
    };
    if libc::WIFEXITED(st) {
        s.push_str(&format!(
            "WIFEXITED(s) && WEXITSTATUS(s) == {}",
            libc::WEXITSTATUS(st)
        ));
    } else if libc::WIFSIGNALED(st) {
        s.push_str(&format!(
            "WIFSIGNALED(s) && WTERMSIG(s) == {}",
            sig_name(libc::WTERMSIG(st))
        ));
        if libc::WCOREDUMP(st) {
            s.push_str(" && WCOREDUMP(s)");
        }
    } else if libc::WIFSTOPPED(st) {
        s.push_str(&format!(
            "WIFSTOPPED(s) && WSTOPSIG(s) == {}",
            sig_name(libc::WSTOPSIG(st))
        ));
    } else if libc::WIFCONTINUED(st) {
        s.push_str("WIFCONTINUED(s)");
    } else {
        s.push_str(&format!("{st:#x}"));
    }
    s.push('}');
    let event = (st as u32) >> 16;
    if event != 0 && libc::WIFSTOPPED(st) {
        s.push_str(&format!(" | {:#x}", event << 16));
    }
    s.push(']');
    Value::Expr(s)
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
    let mut o = flags(fl::WAIT_OPTIONS, c.args[2] as u32 as u64);
    o.zero = "0";
    c.push(Value::Flags(o));
    let r = c.ptr(3);
    c.push(r);
}

fn arch_prctl(c: &mut Ctx) {
    let code = c.args[0] as u32 as u64;
    let is_get = matches!(code, 0x1003 | 0x1004 | 0x1011);
    if !c.exiting {
        let v = c.sym(0, fl::ARCH_PRCTL_CODES, "ARCH_???");
        c.push(v);
        if !is_get {
            let a = c.hex(1);
            c.push(a);
        } else {
            c.defer();
        }
        return;
    }
    if is_get {
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
}

fn set_tid_address(c: &mut Ctx) {
    if !c.exiting {
        let p = c.ptr(0);
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

fn rseq(c: &mut Ctx) {
    if !c.exiting {
        let p = c.ptr(0);
        c.push(p);
        let l = c.hex(1);
        c.push(l);
        let f = c.int(2);
        c.push(f);
        let s = c.hex(3);
        c.push(s);
    }
}

fn rlim_value(v: u64) -> Value {
    if v == u64::MAX {
        Value::Alt(Box::new(Value::Uint(v)), "RLIM64_INFINITY".into())
    } else if v > 1024 && v.is_multiple_of(1024) {
        Value::Alt(Box::new(Value::Uint(v)), format!("{}*1024", v / 1024))
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
    let o = if c.failed() {
        c.ptr(3)
    } else {
        rlimit(c, c.args[3])
    };
    c.push(o);
}

fn getrlimit(c: &mut Ctx) {
    if !c.exiting {
        let r = c.sym(0, fl::RLIMIT_RESOURCES, "RLIMIT_???");
        c.push(r);
        c.defer();
        return;
    }
    let o = if c.failed() {
        c.ptr(1)
    } else {
        rlimit(c, c.args[1])
    };
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
    let f = c.flags(2, fl::GRND_FLAGS);
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
/// other words print as their flag bits plus the command in hex.
fn futex_op(raw: u64) -> Value {
    let raw = raw as u32 as u64;
    match crate::xlat::name_of(fl::FUTEX_OPS, raw) {
        Some(n) => Value::Sym(n, raw),
        None => {
            let mut f = flags(fl::FUTEX_OP_FLAGS, raw & !0x7f);
            f.extra.push(format!("{:#x} /* FUTEX_??? */", raw & 0x7f));
            Value::Flags(f)
        }
    }
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
    match op & 0x7f {
        0 => {
            // FUTEX_WAIT: uaddr, op, val, timeout
            c.push(val);
            let t = timespec(c, c.args[3]);
            c.push(t);
        }
        9 => {
            // FUTEX_WAIT_BITSET: uaddr, op, val, timeout, uaddr2 (ignored), val3
            c.push(val);
            let t = timespec(c, c.args[3]);
            c.push(t);
            let u2 = c.ptr(4);
            c.push(u2);
            c.push(bitset(c.args[5]));
        }
        10 => {
            c.push(val);
            c.push(bitset(c.args[5]));
        }
        1 | 7 | 8 => c.push(val), // WAKE, UNLOCK_PI, TRYLOCK_PI
        3 | 4 => {
            // REQUEUE / CMP_REQUEUE: val, val2 (as count), uaddr2, [val3]
            c.push(val);
            let v2 = c.uint(3);
            c.push(v2);
            let u2 = c.ptr(4);
            c.push(u2);
            if op & 0x7f == 4 {
                let v3 = c.uint(5);
                c.push(v3);
            }
        }
        _ => {
            c.push(val);
            for i in 3..6 {
                let v = c.hex(i);
                c.push(v);
            }
        }
    }
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
        let mut f = flags(fl::TIMER_FLAGS, c.args[1] as u32 as u64);
        f.zero = "0";
        c.push(Value::Flags(f));
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
    let t = if c.failed() {
        c.ptr(1)
    } else {
        timespec(c, c.args[1])
    };
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
    if c.failed() || c.args[1] == 0 {
        let p = c.ptr(1);
        c.push(p);
        return;
    }
    let n = (c.rval as usize).min(c.args[0] as u32 as usize);
    let shown = n.min(c.opts.strsize);
    let mut items = Vec::with_capacity(shown);
    for i in 0..shown {
        match read_array::<4>(c.mem, c.args[1] + 4 * i as u64) {
            Some(b) => items.push(Value::Uint(u32::from_le_bytes(b) as u64)),
            None => {
                let p = c.ptr(1);
                c.push(p);
                return;
            }
        }
    }
    c.push(Value::Array(items, n > shown));
}

fn umask(c: &mut Ctx) {
    if !c.exiting {
        let m = c.mode(0);
        c.push(m);
    } else {
        c.ret = Ret::Oct;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::text::{TextOpts, render};

    fn r(v: &Value) -> String {
        let mut s = String::new();
        render(&mut s, v, TextOpts::default());
        s
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
