//! Signals: rt_sigaction, rt_sigprocmask, rt_sigreturn, and siginfo for `--- SIG... ---` lines.

use super::generic::signal_value;
use super::{Ctx, Value, flags, read_array, u32_at, u64_at};
use crate::xlat::{flags as fl, signals as sg};

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("rt_sigaction", rt_sigaction),
    ("rt_sigprocmask", rt_sigprocmask),
    ("rt_sigreturn", rt_sigreturn),
    ("rt_sigsuspend", rt_sigsuspend),
    ("rt_sigpending", rt_sigpending),
];

/// A 64-signal mask: `[INT TERM]`, or `~[...]` when more than half the signals are set.
pub fn sigset(mask: u64) -> Value {
    let set: Vec<u32> = (1..=64).filter(|s| mask & (1u64 << (s - 1)) != 0).collect();
    if set.len() > 32 {
        let clear: Vec<u32> = (1..=64).filter(|s| mask & (1u64 << (s - 1)) == 0).collect();
        Value::SigSet(clear, true)
    } else {
        Value::SigSet(set, false)
    }
}

fn sigset_at(c: &Ctx, addr: u64, size: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    // The kernel uses 8-byte sets; any other size makes the call fail, printed as an address.
    if size != 8 {
        return Value::Ptr(addr);
    }
    match read_array::<8>(c.mem, addr) {
        Some(b) => sigset(u64::from_le_bytes(b)),
        None => Value::Ptr(addr),
    }
}

/// `struct kernel_sigaction` on x86_64: handler, flags, restorer, mask.
fn sigaction_struct(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let Some(b) = read_array::<32>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let handler = u64_at(&b, 0);
    let sa_flags = u64_at(&b, 8);
    let restorer = u64_at(&b, 16);
    let mask = u64_at(&b, 24);
    let h = match handler {
        0 => Value::Sym("SIG_DFL", 0),
        1 => Value::Sym("SIG_IGN", 1),
        _ => Value::Hex(handler),
    };
    let mut fields = vec![
        ("sa_handler", h),
        ("sa_mask", sigset(mask)),
        ("sa_flags", Value::Flags(flags(fl::SA_FLAGS, sa_flags))),
    ];
    if sa_flags & 0x0400_0000 != 0 {
        fields.push(("sa_restorer", Value::Hex(restorer)));
    }
    Value::Struct(fields, false)
}

fn rt_sigaction(c: &mut Ctx) {
    if !c.exiting {
        c.push(signal_value(c.args[0]));
        let a = sigaction_struct(c, c.args[1]);
        c.push(a);
        c.defer();
        return;
    }
    let o = if c.failed() {
        c.ptr(2)
    } else {
        sigaction_struct(c, c.args[2])
    };
    c.push(o);
    let n = c.ulong(3);
    c.push(n);
}

fn rt_sigprocmask(c: &mut Ctx) {
    if !c.exiting {
        let h = c.sym(0, fl::SIGPROCMASK_HOW, "SIG_???");
        c.push(h);
        let s = sigset_at(c, c.args[1], c.args[3]);
        c.push(s);
        c.defer();
        return;
    }
    let o = if c.failed() {
        c.ptr(2)
    } else {
        sigset_at(c, c.args[2], c.args[3])
    };
    c.push(o);
    let n = c.ulong(3);
    c.push(n);
}

fn rt_sigsuspend(c: &mut Ctx) {
    if !c.exiting {
        let s = sigset_at(c, c.args[0], c.args[1]);
        c.push(s);
        let n = c.ulong(1);
        c.push(n);
    }
}

fn rt_sigpending(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    let s = if c.failed() {
        c.ptr(0)
    } else {
        sigset_at(c, c.args[0], c.args[1])
    };
    c.push(s);
    let n = c.ulong(1);
    c.push(n);
}

/// Offset of `uc.uc_sigmask` from the stack pointer at rt_sigreturn entry (x86_64: the return
/// address was popped, so the stack points at `struct ucontext`).
const UC_SIGMASK_OFFSET: u64 = 8 + 8 + 24 + 256;

fn rt_sigreturn(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let mask = match read_array::<8>(c.mem, c.sp.wrapping_add(UC_SIGMASK_OFFSET)) {
        Some(b) => sigset(u64::from_le_bytes(b)),
        None => Value::Ptr(c.sp.wrapping_add(UC_SIGMASK_OFFSET)),
    };
    c.push(Value::Struct(vec![("mask", mask)], false));
}

fn i32_at(b: &[u8], off: usize) -> i32 {
    u32_at(b, off) as i32
}

fn code_name(table: crate::xlat::Xlat, code: i32) -> Option<&'static str> {
    crate::xlat::name_of(table, code as i64 as u64)
        .or_else(|| crate::xlat::name_of(table, code as u32 as u64))
}

/// Decode a siginfo for a `--- SIGX {...} ---` line.
pub fn siginfo(si: &libc::siginfo_t) -> Value {
    // SAFETY: siginfo_t is 128 bytes of plain data.
    let b: [u8; 128] = unsafe { std::mem::transmute_copy(si) };
    siginfo_bytes(&b)
}

pub fn siginfo_bytes(b: &[u8; 128]) -> Value {
    let signo = i32_at(b, 0);
    let errno = i32_at(b, 4);
    let code = i32_at(b, 8);
    let mut f: Vec<(&'static str, Value)> = vec![("si_signo", signal_value(signo as u64))];
    if errno != 0 {
        let v = match crate::xlat::errno::errno_name(errno as u64) {
            Some(n) => Value::Sym(n, errno as u64),
            None => Value::Int(errno as i64),
        };
        f.push(("si_errno", v));
    }
    let specific = match signo {
        libc::SIGCHLD => code_name(sg::CLD_CODES, code),
        libc::SIGSEGV => code_name(sg::SEGV_CODES, code),
        libc::SIGBUS => code_name(sg::BUS_CODES, code),
        libc::SIGFPE => code_name(sg::FPE_CODES, code),
        libc::SIGILL => code_name(sg::ILL_CODES, code),
        libc::SIGTRAP => code_name(sg::TRAP_CODES, code),
        libc::SIGIO => code_name(sg::POLL_CODES, code),
        libc::SIGSYS => code_name(sg::SYS_CODES, code),
        _ => None,
    };
    // Kernel-generated codes are positive and signal specific; SI_* codes are <= 0 or SI_KERNEL.
    let name = if code > 0 && code != 0x80 {
        specific.or_else(|| code_name(sg::SI_CODES, code))
    } else {
        code_name(sg::SI_CODES, code)
    };
    f.push((
        "si_code",
        match name {
            Some(n) => Value::Sym(n, code as u64),
            None => Value::Int(code as i64),
        },
    ));
    let pid = Value::Int(i32_at(b, 16) as i64);
    let uid = Value::Uint(u32_at(b, 20) as u64);
    match (code, specific.is_some() && code > 0 && code != 0x80) {
        (0, _) | (-6, _) => {
            // SI_USER, SI_TKILL
            f.push(("si_pid", pid));
            f.push(("si_uid", uid));
        }
        (-1, _) | (-3, _) => {
            // SI_QUEUE, SI_MESGQ
            f.push(("si_pid", pid));
            f.push(("si_uid", uid));
            f.push(("si_int", Value::Int(i32_at(b, 24) as i64)));
            f.push(("si_ptr", Value::Ptr(u64_at(b, 24))));
        }
        (-2, _) => {
            // SI_TIMER
            f.push(("si_timerid", Value::Hex(u32_at(b, 16) as u64)));
            f.push(("si_overrun", Value::Int(i32_at(b, 20) as i64)));
            f.push(("si_int", Value::Int(i32_at(b, 24) as i64)));
            f.push(("si_ptr", Value::Ptr(u64_at(b, 24))));
        }
        (_, true) => match signo {
            libc::SIGCHLD => {
                f.push(("si_pid", pid));
                f.push(("si_uid", uid));
                let st = i32_at(b, 24);
                let status = if code == 1 {
                    Value::Int(st as i64) // CLD_EXITED: an exit code
                } else {
                    signal_value(st as u64)
                };
                f.push(("si_status", status));
                f.push(("si_utime", Value::Int(u64_at(b, 32) as i64)));
                f.push(("si_stime", Value::Int(u64_at(b, 40) as i64)));
            }
            libc::SIGIO => {
                f.push(("si_band", Value::Int(u64_at(b, 16) as i64)));
                f.push(("si_fd", Value::Int(i32_at(b, 24) as i64)));
            }
            libc::SIGSYS => {
                f.push(("si_call_addr", Value::Ptr(u64_at(b, 16))));
                let nr = u32_at(b, 24) as u64;
                f.push((
                    "si_syscall",
                    match crate::syscalls::lookup(nr) {
                        Some(e) => Value::Expr(format!("__NR_{}", e.name)),
                        None => Value::Uint(nr),
                    },
                ));
                let arch = u32_at(b, 28);
                f.push((
                    "si_arch",
                    if arch == 0xc000_003e {
                        Value::Sym("AUDIT_ARCH_X86_64", arch as u64)
                    } else {
                        Value::Hex(arch as u64)
                    },
                ));
            }
            _ => f.push(("si_addr", Value::Ptr(u64_at(b, 16)))),
        },
        _ => {
            if matches!(
                signo,
                libc::SIGSEGV | libc::SIGBUS | libc::SIGFPE | libc::SIGILL | libc::SIGTRAP
            ) {
                f.push(("si_addr", Value::Ptr(u64_at(b, 16))));
            }
        }
    }
    Value::Struct(f, false)
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

    fn si(signo: i32, code: i32, words: &[(usize, u64)]) -> [u8; 128] {
        let mut b = [0u8; 128];
        b[0..4].copy_from_slice(&signo.to_le_bytes());
        b[8..12].copy_from_slice(&code.to_le_bytes());
        for &(off, v) in words {
            b[off..off + 8].copy_from_slice(&v.to_le_bytes());
        }
        b
    }

    #[test]
    fn sigsets() {
        assert_eq!(r(&sigset(0)), "[]");
        assert_eq!(r(&sigset((1 << 1) | (1 << 14))), "[INT TERM]");
        assert_eq!(r(&sigset(!((1u64 << 31) | (1u64 << 32)))), "~[RTMIN RT_1]");
    }

    #[test]
    fn siginfo_layouts() {
        let b = si(libc::SIGCHLD, 1, &[(16, 1690), (24, 0), (32, 0), (40, 0)]);
        assert_eq!(
            r(&siginfo_bytes(&b)),
            "{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=1690, si_uid=0, si_status=0, si_utime=0, si_stime=0}"
        );
        let b = si(libc::SIGSEGV, 1, &[(16, 0)]);
        assert_eq!(
            r(&siginfo_bytes(&b)),
            "{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL}"
        );
        let b = si(libc::SIGINT, 0, &[(16, 3725)]);
        assert_eq!(
            r(&siginfo_bytes(&b)),
            "{si_signo=SIGINT, si_code=SI_USER, si_pid=3725, si_uid=0}"
        );
    }
}
