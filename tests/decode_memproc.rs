//! The process, credential, resource, futex and memory decoders against strace: each
//! `tests/fixtures/memproc_*.c` program is traced by both tracers (default, `-v`, `-s 3`)
//! and the lines of the syscalls these decoders handle must be identical once addresses,
//! pids and timings are masked.

mod common;

use common::{RUN_TIMEOUT, TempDir, compile_fixture, rstrace_bin, run_with_timeout, strace_bin};
use std::path::Path;
use std::process::Command;

/// The syscalls whose lines are compared.
const SYSCALLS: &[&str] = &[
    "wait4",
    "waitid",
    "getrusage",
    "times",
    "getsid",
    "setpgid",
    "getpriority",
    "setpriority",
    "prctl",
    "personality",
    "unshare",
    "setns",
    "pidfd_open",
    "pidfd_send_signal",
    "pidfd_getfd",
    "sched_getaffinity",
    "sched_setaffinity",
    "sched_yield",
    "sched_getparam",
    "sched_setparam",
    "sched_setscheduler",
    "sched_getscheduler",
    "sched_get_priority_max",
    "sched_get_priority_min",
    "sched_getattr",
    "sched_setattr",
    "ioprio_set",
    "setresuid",
    "setreuid",
    "getresuid",
    "getresgid",
    "setgroups",
    "getgroups",
    "capget",
    "capset",
    "kcmp",
    "get_robust_list",
    "seccomp",
    "getcpu",
    "process_vm_readv",
    "process_vm_writev",
    "futex",
    "futex_waitv",
    "mlock2",
    "mlockall",
    "munlockall",
    "mincore",
    "membarrier",
    "process_madvise",
    "mbind",
    "set_mempolicy",
    "get_mempolicy",
    "migrate_pages",
    "move_pages",
    "remap_file_pages",
    "memfd_secret",
    "userfaultfd",
    "pkey_alloc",
    "pkey_free",
];

fn trace(tracer: &Path, opts: &[&str], prog: &Path, out: &Path) -> String {
    let mut cmd = Command::new(tracer);
    cmd.args(opts).arg("-o").arg(out).arg(prog);
    let r = run_with_timeout(&mut cmd, RUN_TIMEOUT).expect("tracer runs");
    assert!(!r.timed_out, "{} timed out", tracer.display());
    std::fs::read_to_string(out).unwrap_or_else(|e| panic!("{}: {e}", out.display()))
}

/// The value after `= ` at the end of a line, if it is a number.
fn result_number(line: &str) -> Option<&str> {
    let r = line.rsplit_once(" = ")?.1.trim();
    (!r.is_empty() && r.bytes().all(|b| b.is_ascii_digit())).then_some(r)
}

/// Replace every maximal run of ASCII digits equal to one of `pids` by `PID`.
fn mask_pids(line: &str, pids: &[String]) -> String {
    let mut out = String::new();
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let j = (i..b.len())
                .find(|&k| !b[k].is_ascii_digit())
                .unwrap_or(b.len());
            let num = &line[i..j];
            let word_end = j == b.len() || !b[j].is_ascii_alphanumeric();
            if word_end && pids.iter().any(|p| p == num) {
                out.push_str("PID");
            } else {
                out.push_str(num);
            }
            i = j;
        } else {
            let ch = line[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// `0x` followed by six or more hex digits becomes `0xADDR`; the numbers after the keys
/// that carry timings become `N`; the padding before ` = ` is collapsed.
fn mask_line(line: &str) -> String {
    let mut s = String::new();
    let b = line.as_bytes();
    let mut i = 0;
    const TIMED: &[&str] = &["tv_sec=", "tv_usec=", "si_utime=", "si_stime=", "ru_"];
    while i < b.len() {
        if line[i..].starts_with("0x") {
            let j = (i + 2..b.len())
                .find(|&k| !b[k].is_ascii_hexdigit())
                .unwrap_or(b.len());
            if j - (i + 2) >= 6 {
                s.push_str("0xADDR");
                i = j;
                continue;
            }
        }
        if let Some(key) = TIMED.iter().find(|k| line[i..].starts_with(**k)) {
            // ru_ fields: copy the name up to '='.
            let eq = line[i..]
                .find('=')
                .map(|e| i + e + 1)
                .unwrap_or(i + key.len());
            s.push_str(&line[i..eq]);
            let j = (eq..b.len())
                .find(|&k| !b[k].is_ascii_digit())
                .unwrap_or(b.len());
            if j > eq {
                s.push('N');
            }
            i = j;
            continue;
        }
        let ch = line[i..].chars().next().unwrap();
        s.push(ch);
        i += ch.len_utf8();
    }
    match s.find(")  ") {
        Some(p)
            if s[p..]
                .trim_start_matches(')')
                .trim_start()
                .starts_with("= ") =>
        {
            let rest = s[p + 1..].trim_start().to_string();
            format!("{} {rest}", &s[..=p])
        }
        _ => s,
    }
}

/// The compared lines of a trace, masked.
fn selected(trace: &str) -> Vec<String> {
    let mut pids: Vec<String> = Vec::new();
    for l in trace.lines() {
        if (l.starts_with("clone(") || l.starts_with("getpid(") || l.starts_with("getsid("))
            && let Some(n) = result_number(l)
            && n != "0"
        {
            pids.push(n.to_string());
        }
    }
    trace
        .lines()
        .filter(|l| {
            l.split_once('(')
                .is_some_and(|(name, _)| SYSCALLS.contains(&name))
        })
        // Timings first: a time field that happens to equal a pid (or a session id of 0
        // in a container) must read `N` in both traces.
        .map(|l| mask_pids(&mask_line(l), &pids))
        .collect()
}

fn diff(a: &[String], b: &[String]) -> String {
    let mut s = String::new();
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).map(String::as_str).unwrap_or("<none>");
        let y = b.get(i).map(String::as_str).unwrap_or("<none>");
        if x != y {
            s.push_str(&format!("line {i}:\n  strace:  {x}\n  rstrace: {y}\n"));
        }
    }
    s
}

fn check(fixture: &str) {
    let dir = TempDir::new("memproc");
    let prog = compile_fixture(fixture, dir.path()).expect("fixture compiles");
    for opts in [&[][..], &["-v"][..], &["-s", "3"][..]] {
        let tag = opts.join("");
        let s = trace(&strace_bin(), opts, &prog, &dir.join(format!("s{tag}")));
        let r = trace(&rstrace_bin(), opts, &prog, &dir.join(format!("r{tag}")));
        let (a, b) = (selected(&s), selected(&r));
        assert!(
            !a.is_empty(),
            "no compared lines in the strace output:\n{s}"
        );
        assert!(
            a == b,
            "{fixture} {opts:?}: rstrace differs from strace\n{}",
            diff(&a, &b)
        );
    }
}

#[test]
fn process_credentials_resources() {
    check("memproc_proc");
}

#[test]
fn futex_operations() {
    check("memproc_futex");
}

#[test]
fn memory_management() {
    check("memproc_mem");
}

#[test]
fn masking() {
    assert_eq!(
        mask_line("wait4(7, NULL, 0, {ru_utime={tv_sec=0, tv_usec=174}, ...})   = 7"),
        "wait4(7, NULL, 0, {ru_utime={tv_sec=N, tv_usec=N}, ...}) = 7"
    );
    assert_eq!(
        mask_line("mmap(0x7f0011223344, 0x10)"),
        "mmap(0xADDR, 0x10)"
    );
    assert_eq!(
        mask_pids("kill(1234, SIGTERM) = 12345", &["1234".into()]),
        "kill(PID, SIGTERM) = 12345"
    );
}
