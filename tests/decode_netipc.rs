//! Networking, IPC and ioctl decoders against strace: each fixture
//! (`tests/fixtures/netipc_*.c`) runs under strace and under rstrace with the
//! same options, and the lines of the syscalls under test must be identical
//! once run-dependent values (addresses, pids, ports, IPC ids, times) are
//! normalised.

mod common;

use common::{RUN_TIMEOUT, TempDir, compile_fixture, rstrace_bin, run_with_timeout, strace_bin};
use std::path::Path;
use std::process::Command;

const NET_CALLS: &[&str] = &[
    "socket",
    "socketpair",
    "bind",
    "connect",
    "listen",
    "accept",
    "accept4",
    "getsockname",
    "getpeername",
    "shutdown",
    "sendto",
    "recvfrom",
    "sendmsg",
    "recvmsg",
    "sendmmsg",
    "recvmmsg",
    "setsockopt",
    "getsockopt",
];

const IPC_CALLS: &[&str] = &[
    "shmget",
    "shmat",
    "shmdt",
    "shmctl",
    "semget",
    "semop",
    "semtimedop",
    "semctl",
    "msgget",
    "msgsnd",
    "msgrcv",
    "msgctl",
    "mq_open",
    "mq_unlink",
    "mq_timedsend",
    "mq_timedreceive",
    "mq_notify",
    "mq_getsetattr",
];

/// Replace the digits following each occurrence of `key` (when at least `min` of them).
fn mask_digits(line: &str, key: &str, min: usize, with: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find(key) {
        let (head, tail) = rest.split_at(i + key.len());
        out.push_str(head);
        let n = tail.bytes().take_while(|b| b.is_ascii_digit()).count();
        if n >= min {
            out.push_str(with);
        } else {
            out.push_str(&tail[..n]);
        }
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

/// `0x` followed by six or more hex digits becomes `0xADDR`.
fn mask_addrs(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && i + 1 < b.len() && b[i + 1] == b'x' {
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

fn syscall_name(line: &str) -> &str {
    let end = line.find('(').unwrap_or(0);
    &line[..end]
}

fn normalise(line: &str) -> String {
    // A -f pid prefix.
    let mut l = line
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    if l.is_empty() {
        l = line;
    }
    let mut s = mask_addrs(l);
    for key in ["pid=", "pid=[", "time="] {
        s = mask_digits(&s, key, 1, "N");
    }
    // Ephemeral ports (five digits).
    s = mask_digits(&s, "htons(", 5, "PORT");
    // Process ids written back by TIOCGPGRP and friends.
    if s.starts_with("ioctl(") && (s.contains("PGRP") || s.contains("TIOCGSID")) {
        s = mask_digits(&s, "[", 2, "PID");
    }
    // The pty number depends on what else holds ptys on the machine.
    if s.starts_with("ioctl(") && s.contains("TIOCGPTN") {
        s = mask_digits(&s, "[", 1, "PTN");
    }
    // recvmmsg's time left depends on scheduling; the argument before it does not.
    if let Some(i) = s.find(" (left {") {
        let left = mask_digits(&mask_digits(&s[i..], "tv_sec=", 1, "N"), "tv_nsec=", 1, "N");
        s = format!("{}{left}", &s[..i]);
    }
    let name = syscall_name(&s).to_string();
    if IPC_CALLS.contains(&name.as_str()) && !name.starts_with("mq_") {
        // IPC ids are system-wide counters.
        if let Some(i) = s.find('(') {
            let n = s[i + 1..]
                .bytes()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if n > 0 && s[i + 1 + n..].starts_with(',') {
                s = format!("{}ID{}", &s[..=i], &s[i + 1 + n..]);
            }
        }
        if (name.ends_with("get") || s.contains("_INFO"))
            && let Some(i) = s.rfind("= ")
        {
            let tail = &s[i + 2..];
            if !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) {
                s = format!("{}= ID", &s[..i]);
            }
        }
    }
    // Alignment of ` = ` depends on the masked widths.
    if let Some(i) = s.rfind(") ") {
        let tail = s[i + 1..].trim_start().to_string();
        if tail.starts_with("= ") {
            s = format!("{}) {}", &s[..i], tail);
        }
    }
    s
}

fn run(tracer: &Path, opts: &[&str], out: &Path, prog: &Path) {
    let mut cmd = Command::new(tracer);
    cmd.args(opts).arg("-o").arg(out).arg(prog);
    let r = run_with_timeout(&mut cmd, RUN_TIMEOUT).expect("cannot run tracer");
    assert!(
        !r.timed_out && r.rust_crash_message().is_none(),
        "{} {:?} failed: {} {}",
        tracer.display(),
        opts,
        r.status_string(),
        r.stderr_str()
    );
}

/// Under -f a call can be split in two by another process's line; join each
/// `<unfinished ...>` with its `<... NAME resumed>` so the race does not show.
fn join_resumed(text: &str) -> Vec<String> {
    let mut pending: std::collections::HashMap<String, (usize, String)> = Default::default();
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let pid = line.split(' ').next().unwrap_or("").to_string();
        if let Some(head) = line.strip_suffix(" <unfinished ...>") {
            pending.insert(pid, (out.len(), head.to_string()));
            out.push(String::new());
        } else if let Some(i) = line.find("<... ").filter(|_| line.contains(" resumed>")) {
            let rest = &line[i..];
            let tail = &rest[rest.find(" resumed>").unwrap() + " resumed>".len()..];
            match pending.remove(&pid) {
                Some((at, head)) => out[at] = format!("{head}{tail}"),
                None => out.push(line.to_string()),
            }
        } else {
            out.push(line.to_string());
        }
    }
    out.into_iter().filter(|l| !l.is_empty()).collect()
}

fn lines_of(path: &Path, calls: &dyn Fn(&str) -> bool) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    join_resumed(&text)
        .iter()
        .map(|l| normalise(l))
        .filter(|l| calls(syscall_name(l)))
        .collect()
}

fn compare(fixture: &str, opts: &[&str], calls: &dyn Fn(&str) -> bool) {
    let dir = TempDir::new("netipc");
    let prog = compile_fixture(fixture, dir.path()).expect("fixture");
    let a = dir.join("strace.out");
    let b = dir.join("rstrace.out");
    run(&strace_bin(), opts, &a, &prog);
    run(&rstrace_bin(), opts, &b, &prog);
    let want = lines_of(&a, calls);
    let got = lines_of(&b, calls);
    assert!(!want.is_empty(), "no lines traced for {fixture}");
    let mut diff = String::new();
    for i in 0..want.len().max(got.len()) {
        let w = want.get(i).map(String::as_str).unwrap_or("<missing>");
        let g = got.get(i).map(String::as_str).unwrap_or("<missing>");
        if w != g {
            diff.push_str(&format!("- {w}\n+ {g}\n"));
        }
    }
    assert!(diff.is_empty(), "{fixture} {opts:?} differs:\n{diff}");
}

#[test]
fn net_calls_match_strace() {
    let calls = |n: &str| NET_CALLS.contains(&n);
    for opts in [&[][..], &["-v"], &["-s", "4"], &["-v", "-s", "3"]] {
        compare("netipc_net", opts, &calls);
    }
}

#[test]
fn ipc_calls_match_strace() {
    let calls = |n: &str| IPC_CALLS.contains(&n);
    for opts in [&[][..], &["-v"], &["-s", "4"]] {
        compare("netipc_ipc", opts, &calls);
    }
}

/// ioctl requests beyond the terminal ones, routed from file.rs's ioctl decoder to
/// `decode::ioctl::decode_arg`.
#[test]
fn ioctl_requests_match_strace() {
    let calls = |n: &str| n == "ioctl";
    for opts in [&["-f"][..], &["-f", "-v"], &["-f", "-s", "2"]] {
        compare("netipc_ioctl", opts, &calls);
    }
}

#[test]
fn normalisation() {
    assert_eq!(
        join_resumed(
            "7 ioctl(6, TIOCNXCL <unfinished ...>\n8 exit_group(0) = ?\n7 <... ioctl resumed>) = 0\n"
        ),
        ["7 ioctl(6, TIOCNXCL) = 0", "8 exit_group(0) = ?"]
    );
    assert_eq!(
        normalise("12345 accept(6, {sin_port=htons(43397)}, [16]) = 8"),
        "accept(6, {sin_port=htons(PORT)}, [16]) = 8"
    );
    assert_eq!(
        normalise("shmget(IPC_PRIVATE, 4096, 0600)    = 17"),
        "shmget(IPC_PRIVATE, 4096, 0600) = ID"
    );
    assert_eq!(normalise("shmdt(0x7f9c579a0000) = 0"), "shmdt(0xADDR) = 0");
}
