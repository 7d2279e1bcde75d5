//! Signal, polling and time decoders against strace: each fixture
//! `tests/fixtures/sigpoll_*.c` is traced by strace and by rstrace with
//! `-o FILE`; the lines of the syscalls under test (and `--- SIG` lines) must
//! be identical once addresses, pids and run-dependent times are normalised.

mod common;

use common::{RUN_TIMEOUT, TempDir, compile_fixture, rstrace_bin, run_with_timeout, strace_bin};
use std::path::Path;
use std::process::Command;

/// Replace `0x` followed by 6 or more hex digits with `0xADDR`.
fn mask_addrs(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && b.get(i + 1) == Some(&b'x') {
            let n = b[i + 2..]
                .iter()
                .take_while(|c| c.is_ascii_hexdigit())
                .count();
            if n >= 6 {
                out.push_str("0xADDR");
                i += 2 + n;
                continue;
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

/// Replace whole decimal numbers found in `nums` with `PID`.
fn mask_numbers(line: &str, nums: &[String]) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let word = &line[i..i + n];
            let next_alnum = b.get(i + n).is_some_and(|c| c.is_ascii_alphanumeric());
            if !next_alnum && nums.iter().any(|p| p == word) {
                out.push_str("PID");
            } else {
                out.push_str(word);
            }
            i += n;
            continue;
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

/// Replace the value after each `key` (up to `,`, `}` or `)`; up to `}` when the key ends
/// with `{`) with `N`.
fn mask_field(line: &str, key: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(p) = rest.find(key) {
        out.push_str(&rest[..p + key.len()]);
        rest = &rest[p + key.len()..];
        let end = if key.ends_with('{') {
            rest.find('}').unwrap_or(rest.len())
        } else {
            rest.find([',', '}', ')', ']']).unwrap_or(rest.len())
        };
        out.push('N');
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Every run of digits replaced with `N` (values that change from run to run).
fn mask_digits(line: &str) -> String {
    let mut out = String::new();
    let mut in_num = false;
    for ch in line.chars() {
        if ch.is_ascii_digit() {
            if !in_num {
                out.push('N');
            }
            in_num = true;
        } else {
            in_num = false;
            out.push(ch);
        }
    }
    out
}

/// The result (after the last ` = `) of lines starting with one of `calls`.
fn results_of(lines: &[String], calls: &[&str]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| calls.iter().any(|c| l.starts_with(&format!("{c}("))))
        .filter_map(|l| l.rsplit(" = ").next())
        .map(|r| r.split_whitespace().next().unwrap_or("").to_string())
        .filter(|r| r.len() >= 2 && r.bytes().all(|c| c.is_ascii_digit()))
        .collect()
}

fn normalize(raw: &str, wanted: &[&str], masks: &[&str]) -> Vec<String> {
    let lines: Vec<String> = raw.lines().map(str::to_string).collect();
    let pids = results_of(&lines, &["getpid", "gettid", "clone", "fork"]);
    lines
        .iter()
        .filter(|l| {
            l.starts_with("--- SIG") || wanted.iter().any(|w| l.starts_with(&format!("{w}(")))
        })
        .map(|l| {
            // Timing fields first, so that one equal to a pid by chance reads `N` in both.
            let mut s = mask_addrs(l);
            for m in masks {
                s = match m.strip_prefix("line:") {
                    Some(call) if s.starts_with(&format!("{call}(")) => mask_digits(&s),
                    Some(_) => s,
                    None => mask_field(&s, m),
                };
            }
            let mut s = mask_numbers(&s, &pids);
            // The result column depends on the line's length before it.
            while s.contains("  =") {
                s = s.replace("  =", " =");
            }
            s
        })
        .collect()
}

fn trace(tracer: &Path, opts: &[&str], prog: &Path, out: &Path) -> String {
    let mut cmd = Command::new(tracer);
    cmd.args(opts).arg("-o").arg(out).arg(prog);
    let r = run_with_timeout(&mut cmd, RUN_TIMEOUT).expect("run tracer");
    assert!(
        !r.timed_out,
        "{} timed out on {}",
        tracer.display(),
        prog.display()
    );
    if let Some(m) = r.rust_crash_message() {
        panic!("{} crashed: {m}", tracer.display());
    }
    std::fs::read_to_string(out).unwrap_or_default()
}

/// Trace `fixture` with both tracers and compare the lines of `wanted` calls.
fn check(fixture: &str, opts: &[&str], wanted: &[&str], masks: &[&str]) {
    let dir = TempDir::new("sigpoll");
    let prog = compile_fixture(fixture, dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let want = normalize(
        &trace(&strace_bin(), opts, &prog, &dir.join("strace.out")),
        wanted,
        masks,
    );
    let got = normalize(
        &trace(&rstrace_bin(), opts, &prog, &dir.join("rstrace.out")),
        wanted,
        masks,
    );
    assert!(!want.is_empty(), "strace printed none of {wanted:?}");
    if want != got {
        let mut msg = format!("{fixture} {opts:?}: traces differ\n");
        let n = want.len().max(got.len());
        for i in 0..n {
            let a = want.get(i).map(String::as_str).unwrap_or("<none>");
            let b = got.get(i).map(String::as_str).unwrap_or("<none>");
            if a != b {
                msg.push_str(&format!("- {a}\n+ {b}\n"));
            }
        }
        panic!("{msg}");
    }
}

const SIGNAL_CALLS: &[&str] = &[
    "sigaltstack",
    "rt_sigtimedwait",
    "rt_sigqueueinfo",
    "rt_tgsigqueueinfo",
    "signalfd4",
    "signalfd",
    "alarm",
    "pause",
    "rt_sigsuspend",
    "rt_sigaction",
    "rt_sigprocmask",
    "rt_sigreturn",
];

#[test]
fn signals_match_strace() {
    check("sigpoll_signals", &[], SIGNAL_CALLS, &[]);
}

#[test]
fn signals_verbose_match_strace() {
    check("sigpoll_signals", &["-v"], SIGNAL_CALLS, &[]);
}

const POLL_CALLS: &[&str] = &[
    "poll",
    "ppoll",
    "select",
    "pselect6",
    "epoll_create",
    "epoll_create1",
    "epoll_ctl",
    "epoll_wait",
    "epoll_pwait",
    "epoll_pwait2",
    "eventfd",
    "eventfd2",
    "timerfd_create",
    "timerfd_settime",
    "timerfd_gettime",
    "io_setup",
    "io_destroy",
    "io_submit",
    "io_cancel",
    "io_getevents",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
];

#[test]
fn poll_match_strace() {
    check("sigpoll_poll", &[], POLL_CALLS, &["left {"]);
}

#[test]
fn poll_verbose_short_strings_match_strace() {
    check("sigpoll_poll", &["-v", "-s", "3"], POLL_CALLS, &["left {"]);
    check("sigpoll_poll", &["-s", "5"], POLL_CALLS, &["left {"]);
}

const TIME_CALLS: &[&str] = &[
    "gettimeofday",
    "settimeofday",
    "time",
    "times",
    "getitimer",
    "setitimer",
    "timer_create",
    "timer_settime",
    "timer_gettime",
    "timer_getoverrun",
    "timer_delete",
    "clock_settime",
    "adjtimex",
    "clock_adjtime",
    "alarm",
];

/// Values read from the clocks differ between the two runs.
const TIME_MASKS: &[&str] = &["line:gettimeofday", "line:time", "line:times", "time={"];

#[test]
fn time_match_strace() {
    check("sigpoll_time", &[], TIME_CALLS, TIME_MASKS);
    check("sigpoll_time", &["-v"], TIME_CALLS, TIME_MASKS);
}

#[test]
fn masks() {
    assert_eq!(
        mask_digits("time([17 /* 2026-12 */])"),
        "time([N /* N-N */])"
    );
    assert_eq!(
        mask_field("= 1 (left {tv_sec=0, tv_nsec=9})", "left {"),
        "= 1 (left {N})"
    );
    assert_eq!(mask_addrs("f(0x7ffd1234, 0x10)"), "f(0xADDR, 0x10)");
    assert_eq!(
        mask_numbers("kill(1234, SIGRT_12345) = 12345", &["1234".into()]),
        "kill(PID, SIGRT_12345) = 12345"
    );
    assert_eq!(
        mask_field("{tv_sec=17, tv_usec=3}", "tv_sec="),
        "{tv_sec=N, tv_usec=3}"
    );
}
