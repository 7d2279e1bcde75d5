//! Signal names as strace 6.1 prints them on x86_64, and the siginfo si_code tables.
//!
//! Signals 1..31 use the kernel's names (asm/signal.h); for aliases strace prints SIGABRT (not
//! SIGIOT), SIGIO (not SIGPOLL), SIGCHLD (not SIGCLD) and SIGSYS (not SIGUNUSED). Real-time signals
//! are numbered from the kernel's SIGRTMIN (32, not glibc's 34): 32 prints as `SIGRTMIN` and 32+n as
//! `SIGRT_n`, up to 64 = `SIGRT_32`. Any other number prints as a plain decimal number (`kill(1, 65)`,
//! `kill(1, 0)`, `kill(1, -1)`). In signal sets strace drops the `SIG` prefix: `[HUP RTMIN RT_2]`.
//! Checked with strace 6.1 on kill(2), `--- SIG... ---` lines, rt_sigaction and rt_sigprocmask.

use super::Xlat;

/// First real-time signal as the kernel numbers them (asm-generic `__SIGRTMIN`).
pub const SIGRTMIN: u32 = 32;
/// Last real-time signal, and the highest signal number on x86_64 (`_NSIG`).
pub const SIGRTMAX: u32 = 64;

/// Names of signals 1..=64: `SIGNAL_NAMES[sig - 1]`.
pub static SIGNAL_NAMES: [&str; 64] = [
    "SIGHUP",
    "SIGINT",
    "SIGQUIT",
    "SIGILL",
    "SIGTRAP",
    "SIGABRT",
    "SIGBUS",
    "SIGFPE",
    "SIGKILL",
    "SIGUSR1",
    "SIGSEGV",
    "SIGUSR2",
    "SIGPIPE",
    "SIGALRM",
    "SIGTERM",
    "SIGSTKFLT",
    "SIGCHLD",
    "SIGCONT",
    "SIGSTOP",
    "SIGTSTP",
    "SIGTTIN",
    "SIGTTOU",
    "SIGURG",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGVTALRM",
    "SIGPROF",
    "SIGWINCH",
    "SIGIO",
    "SIGPWR",
    "SIGSYS",
    "SIGRTMIN",
    "SIGRT_1",
    "SIGRT_2",
    "SIGRT_3",
    "SIGRT_4",
    "SIGRT_5",
    "SIGRT_6",
    "SIGRT_7",
    "SIGRT_8",
    "SIGRT_9",
    "SIGRT_10",
    "SIGRT_11",
    "SIGRT_12",
    "SIGRT_13",
    "SIGRT_14",
    "SIGRT_15",
    "SIGRT_16",
    "SIGRT_17",
    "SIGRT_18",
    "SIGRT_19",
    "SIGRT_20",
    "SIGRT_21",
    "SIGRT_22",
    "SIGRT_23",
    "SIGRT_24",
    "SIGRT_25",
    "SIGRT_26",
    "SIGRT_27",
    "SIGRT_28",
    "SIGRT_29",
    "SIGRT_30",
    "SIGRT_31",
    "SIGRT_32",
];

/// The name strace prints for signal `sig` (1..=64), e.g. `SIGINT`, `SIGRTMIN`, `SIGRT_3`.
pub fn signal_name(sig: u32) -> Option<&'static str> {
    let i = usize::try_from(sig).ok()?.checked_sub(1)?;
    SIGNAL_NAMES.get(i).copied()
}

/// The name without its `SIG` prefix, as strace writes it inside a signal set (`HUP`, `RT_1`).
pub fn signal_short_name(sig: u32) -> Option<&'static str> {
    signal_name(sig).map(|n| &n[3..])
}

/// Write what strace prints for a signal number: the name, or the decimal number when there is
/// none (0, 65, ...).
pub fn write_signal_name(out: &mut String, sig: u32) {
    match signal_name(sig) {
        Some(name) => out.push_str(name),
        None => out.push_str(&sig.to_string()),
    }
}

/// Like [`write_signal_name`] for a signed argument (kill's `int sig`): negative values print as
/// negative decimal numbers (`-1`).
pub fn write_signal_name_signed(out: &mut String, sig: i64) {
    match u32::try_from(sig).ok().and_then(signal_name) {
        Some(name) => out.push_str(name),
        None => out.push_str(&sig.to_string()),
    }
}

/// Write a signal as strace does inside a signal set: the name without `SIG`, or the number.
pub fn write_signal_short_name(out: &mut String, sig: u32) {
    match signal_short_name(sig) {
        Some(name) => out.push_str(name),
        None => out.push_str(&sig.to_string()),
    }
}

/// Parse a signal the way strace's `-e signal=` does: a decimal number from 0 to 255, or a name,
/// case-insensitive, with or without the `SIG` prefix (`SIGINT`, `int`, `RTMIN`, `SIGRT_3`).
/// Aliases such as SIGIOT, SIGPOLL, SIGCLD and SIGRTMAX are not accepted (strace rejects them).
pub fn signal_by_name(name: &str) -> Option<u32> {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        if !name.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let digits = name.trim_start_matches('0');
        if digits.len() > 3 {
            return None;
        }
        let n: u32 = if digits.is_empty() {
            0
        } else {
            digits.parse().ok()?
        };
        return (n <= 255).then_some(n);
    }
    let short = match name.get(..3) {
        Some(p) if p.eq_ignore_ascii_case("SIG") => &name[3..],
        _ => name,
    };
    (1..=SIGRTMAX).find(|&s| signal_short_name(s).is_some_and(|n| n.eq_ignore_ascii_case(short)))
}

/// Key under which a (signed, 32-bit) si_code is stored in the tables below: the value
/// sign-extended to 64 bits, so SI_QUEUE (-1) is `u64::MAX` and SI_ASYNCNL (-60) is
/// `(-60i64) as u64`. Use it to look a raw `si_code` up with `super::name_of`.
pub fn si_code_key(code: i32) -> u64 {
    i64::from(code) as u64
}

const fn neg(code: i64) -> u64 {
    code as u64
}

/// Generic si_code values, valid for any signal (asm-generic/siginfo.h).
/// Negative codes are stored sign-extended, see [`si_code_key`].
/// strace tries these first and then the signal's own table below for positive codes.
pub static SI_CODES: Xlat = &[
    (0, "SI_USER"),
    (0x80, "SI_KERNEL"),
    (neg(-1), "SI_QUEUE"),
    (neg(-2), "SI_TIMER"),
    (neg(-3), "SI_MESGQ"),
    (neg(-4), "SI_ASYNCIO"),
    (neg(-5), "SI_SIGIO"),
    (neg(-6), "SI_TKILL"),
    (neg(-7), "SI_DETHREAD"),
    (neg(-60), "SI_ASYNCNL"),
];

/// SIGCHLD si_code values (asm-generic/siginfo.h).
pub static CLD_CODES: Xlat = &[
    (1, "CLD_EXITED"),
    (2, "CLD_KILLED"),
    (3, "CLD_DUMPED"),
    (4, "CLD_TRAPPED"),
    (5, "CLD_STOPPED"),
    (6, "CLD_CONTINUED"),
];

/// SIGSEGV si_code values (asm-generic/siginfo.h).
pub static SEGV_CODES: Xlat = &[
    (1, "SEGV_MAPERR"),
    (2, "SEGV_ACCERR"),
    (3, "SEGV_BNDERR"),
    (4, "SEGV_PKUERR"),
    (5, "SEGV_ACCADI"),
    (6, "SEGV_ADIDERR"),
    (7, "SEGV_ADIPERR"),
    (8, "SEGV_MTEAERR"),
    (9, "SEGV_MTESERR"),
];

/// SIGBUS si_code values (asm-generic/siginfo.h).
pub static BUS_CODES: Xlat = &[
    (1, "BUS_ADRALN"),
    (2, "BUS_ADRERR"),
    (3, "BUS_OBJERR"),
    (4, "BUS_MCEERR_AR"),
    (5, "BUS_MCEERR_AO"),
];

/// SIGFPE si_code values (asm-generic/siginfo.h).
pub static FPE_CODES: Xlat = &[
    (1, "FPE_INTDIV"),
    (2, "FPE_INTOVF"),
    (3, "FPE_FLTDIV"),
    (4, "FPE_FLTOVF"),
    (5, "FPE_FLTUND"),
    (6, "FPE_FLTRES"),
    (7, "FPE_FLTINV"),
    (8, "FPE_FLTSUB"),
    (14, "FPE_FLTUNK"),
    (15, "FPE_CONDTRAP"),
];

/// SIGILL si_code values (asm-generic/siginfo.h).
pub static ILL_CODES: Xlat = &[
    (1, "ILL_ILLOPC"),
    (2, "ILL_ILLOPN"),
    (3, "ILL_ILLADR"),
    (4, "ILL_ILLTRP"),
    (5, "ILL_PRVOPC"),
    (6, "ILL_PRVREG"),
    (7, "ILL_COPROC"),
    (8, "ILL_BADSTK"),
    (9, "ILL_BADIADDR"),
];

/// SIGTRAP si_code values (asm-generic/siginfo.h).
pub static TRAP_CODES: Xlat = &[
    (1, "TRAP_BRKPT"),
    (2, "TRAP_TRACE"),
    (3, "TRAP_BRANCH"),
    (4, "TRAP_HWBKPT"),
    (5, "TRAP_UNK"),
    (6, "TRAP_PERF"),
];

/// SIGIO/SIGPOLL si_code values (asm-generic/siginfo.h).
pub static POLL_CODES: Xlat = &[
    (1, "POLL_IN"),
    (2, "POLL_OUT"),
    (3, "POLL_MSG"),
    (4, "POLL_ERR"),
    (5, "POLL_PRI"),
    (6, "POLL_HUP"),
];

/// SIGSYS si_code values (asm-generic/siginfo.h).
pub static SYS_CODES: Xlat = &[(1, "SYS_SECCOMP"), (2, "SYS_USER_DISPATCH")];

/// The signal-specific si_code table for `sig`, if it has one (used for positive si_codes that
/// are not SI_KERNEL).
pub fn si_codes_for_signal(sig: u32) -> Option<Xlat> {
    match sig {
        4 => Some(ILL_CODES),
        5 => Some(TRAP_CODES),
        7 => Some(BUS_CODES),
        8 => Some(FPE_CODES),
        11 => Some(SEGV_CODES),
        17 => Some(CLD_CODES),
        29 => Some(POLL_CODES),
        31 => Some(SYS_CODES),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::name_of;
    use super::*;

    #[test]
    fn names() {
        assert_eq!(signal_name(0), None);
        assert_eq!(signal_name(1), Some("SIGHUP"));
        assert_eq!(signal_name(6), Some("SIGABRT"));
        assert_eq!(signal_name(7), Some("SIGBUS"));
        assert_eq!(signal_name(17), Some("SIGCHLD"));
        assert_eq!(signal_name(29), Some("SIGIO"));
        assert_eq!(signal_name(31), Some("SIGSYS"));
        assert_eq!(signal_name(32), Some("SIGRTMIN"));
        assert_eq!(signal_name(33), Some("SIGRT_1"));
        assert_eq!(signal_name(64), Some("SIGRT_32"));
        assert_eq!(signal_name(65), None);
        assert_eq!(signal_short_name(35), Some("RT_3"));
        for s in 33..=64 {
            assert_eq!(signal_name(s).unwrap(), format!("SIGRT_{}", s - 32));
        }
    }

    #[test]
    fn matches_libc() {
        for (n, name) in [
            (libc::SIGHUP, "SIGHUP"),
            (libc::SIGABRT, "SIGABRT"),
            (libc::SIGIOT, "SIGABRT"),
            (libc::SIGBUS, "SIGBUS"),
            (libc::SIGUSR1, "SIGUSR1"),
            (libc::SIGSTKFLT, "SIGSTKFLT"),
            (libc::SIGCHLD, "SIGCHLD"),
            (libc::SIGPOLL, "SIGIO"),
            (libc::SIGPWR, "SIGPWR"),
            (libc::SIGSYS, "SIGSYS"),
        ] {
            assert_eq!(signal_name(n as u32), Some(name));
        }
        assert_eq!(si_code_key(libc::SI_QUEUE), u64::MAX);
        assert_eq!(name_of(SI_CODES, si_code_key(-60)), Some("SI_ASYNCNL"));
        assert_eq!(
            name_of(CLD_CODES, libc::CLD_CONTINUED as u64),
            Some("CLD_CONTINUED")
        );
    }

    #[test]
    fn writing() {
        let mut s = String::new();
        write_signal_name(&mut s, 9);
        s.push(' ');
        write_signal_name(&mut s, 0);
        s.push(' ');
        write_signal_name(&mut s, 65);
        s.push(' ');
        write_signal_name_signed(&mut s, -1);
        s.push(' ');
        write_signal_short_name(&mut s, 32);
        assert_eq!(s, "SIGKILL 0 65 -1 RTMIN");
    }

    #[test]
    fn parsing() {
        assert_eq!(signal_by_name("SIGINT"), Some(2));
        assert_eq!(signal_by_name("int"), Some(2));
        assert_eq!(signal_by_name("SiGhUp"), Some(1));
        assert_eq!(signal_by_name("9"), Some(9));
        assert_eq!(signal_by_name("010"), Some(10));
        assert_eq!(signal_by_name("0"), Some(0));
        assert_eq!(signal_by_name("255"), Some(255));
        assert_eq!(signal_by_name("256"), None);
        assert_eq!(signal_by_name("-1"), None);
        assert_eq!(signal_by_name("0x10"), None);
        assert_eq!(signal_by_name("RTMIN"), Some(32));
        assert_eq!(signal_by_name("sigrt_3"), Some(35));
        assert_eq!(signal_by_name("RT_32"), Some(64));
        assert_eq!(signal_by_name("SIGRT_0"), None);
        assert_eq!(signal_by_name("SIGRT_33"), None);
        assert_eq!(signal_by_name("SIGRTMAX"), None);
        assert_eq!(signal_by_name("SIGIOT"), None);
        assert_eq!(signal_by_name("SIG"), None);
        assert_eq!(signal_by_name(""), None);
    }

    #[test]
    fn per_signal_tables() {
        assert_eq!(
            si_codes_for_signal(libc::SIGSEGV as u32).and_then(|t| name_of(t, 1)),
            Some("SEGV_MAPERR")
        );
        assert!(si_codes_for_signal(libc::SIGINT as u32).is_none());
    }
}
