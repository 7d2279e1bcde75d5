//! `-c`, `-C`, `-w`, `-S`, `-U`, `-O` against strace on the same workloads: the calls and
//! errors columns, the row set and (for sort keys that do not depend on time) the row order
//! must match; times differ by nature and are only checked for shape. Percentile columns are
//! checked against a fixture with known sleep times.

mod common;

use common::{RUN_TIMEOUT, TempDir, compile_fixture, rstrace_bin, run_with_timeout, strace_bin};
use std::path::Path;
use std::process::{Command, Stdio};

/// One parsed summary row: name -> (calls, errors), in table order.
#[derive(Debug, PartialEq)]
struct Table {
    header: String,
    rows: Vec<(String, u64, u64)>,
    total: (u64, u64),
}

/// Run `tracer -o FILE args...` and parse the summary table from FILE.
fn summary(
    tracer: &Path,
    opts: &[&str],
    cmd: &[&str],
    dir: &TempDir,
    tag: &str,
) -> (String, Table) {
    let out = dir.join(format!("{tag}.txt"));
    let mut c = Command::new(tracer);
    c.arg("-o").arg(&out).args(opts).args(cmd);
    c.stdin(Stdio::null())
        .stdout(Stdio::null())
        .current_dir("/");
    let r = run_with_timeout(&mut c, RUN_TIMEOUT).expect("run tracer");
    assert!(!r.timed_out, "{} timed out", tracer.display());
    let text = std::fs::read_to_string(&out).expect("summary written");
    let table = parse(&text);
    (text, table)
}

/// Parse the table at the end of `text` (after any trace lines, for -C).
fn parse(text: &str) -> Table {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .rposition(|l| l.contains("syscall") && (l.contains("calls") || l.contains("seconds")))
        .expect("a summary header");
    let header = lines[start].to_string();
    let mut rows = Vec::new();
    let mut total = (0, 0);
    let mut dividers = 0;
    for l in &lines[start + 1..] {
        if l.starts_with('-') {
            dividers += 1;
            continue;
        }
        let (name, calls, errors) = (
            cell_name(l),
            cell_number(&header, l, "calls"),
            cell_number(&header, l, "errors"),
        );
        if dividers >= 2 {
            total = (calls, errors);
            break;
        }
        rows.push((name, calls, errors));
    }
    Table {
        header,
        rows,
        total,
    }
}

/// The syscall name: the one token that starts with a letter.
fn cell_name(line: &str) -> String {
    line.split_whitespace()
        .find(|t| t.starts_with(|c: char| c.is_ascii_alphabetic()))
        .unwrap_or_default()
        .to_string()
}

/// A right-aligned number column: the digits ending at the header word's right edge
/// (blank, as strace prints zero errors, reads as 0).
fn cell_number(header: &str, line: &str, word: &str) -> u64 {
    let Some(pos) = header
        .split(' ')
        .scan(0usize, |off, w| {
            let here = *off;
            *off += w.len() + 1;
            Some((here, w))
        })
        .find(|(_, w)| *w == word)
        .map(|(p, w)| p + w.len())
    else {
        return 0;
    };
    let b = line.as_bytes();
    let end = pos.min(b.len());
    let begin = b[..end]
        .iter()
        .rposition(|c| !c.is_ascii_digit())
        .map_or(0, |p| p + 1);
    line[begin..end].parse().unwrap_or(0)
}

fn compare(opts: &[&str], cmd: &[&str], ordered: bool) {
    let dir = TempDir::new("summary");
    let (st, s) = summary(&strace_bin(), opts, cmd, &dir, "s");
    let (rt, r) = summary(&rstrace_bin(), opts, cmd, &dir, "r");
    eprintln!("strace {opts:?} {cmd:?}:\n{st}\nrstrace:\n{rt}");
    assert_eq!(s.header, r.header, "header");
    assert!(!s.rows.is_empty(), "strace printed no rows");
    if ordered {
        assert_eq!(s.rows, r.rows, "rows in order");
    } else {
        let mut a = s.rows;
        let mut b = r.rows;
        a.sort();
        b.sort();
        assert_eq!(a, b, "row set");
    }
    assert_eq!(s.total, r.total, "total calls/errors");
}

#[test]
fn c_default_table() {
    compare(&["-c"], &["ls", "-l", "/usr/share/common-licenses"], false);
}

#[test]
fn c_sorted_by_calls_and_name() {
    compare(&["-c", "-S", "calls"], &["ls", "-l", "/"], true);
    compare(&["-c", "-S", "name"], &["ls", "-l", "/"], true);
    compare(&["-c", "-S", "errors"], &["ls", "-l", "/"], false);
    compare(&["-c", "-S", "nothing"], &["ls", "-l", "/"], true);
}

#[test]
fn c_follow_forks_aggregates() {
    // A fixture that blocks SIGCHLD, so no call is restarted by a signal in one run only.
    let dir = TempDir::new("summary-f");
    let exe = compile_fixture("fork_wait", dir.path()).expect("fixture");
    compare(
        &["-c", "-f", "-S", "calls"],
        &[exe.to_str().unwrap()],
        false,
    );
}

#[test]
fn c_thirty_two_bit_calls_get_their_own_table() {
    // The last table parsed is the 32-bit one; the 64-bit one must be there too.
    let dir = TempDir::new("summary-32");
    let exe = compile_fixture("int80", dir.path()).expect("fixture");
    compare(&["-c", "-S", "name"], &[exe.to_str().unwrap()], true);
    let (_, r) = summary(
        &rstrace_bin(),
        &["-c"],
        &[exe.to_str().unwrap()],
        &dir,
        "r2",
    );
    assert!(
        r.rows.iter().any(|(n, _, _)| n == "setuid32"),
        "{:?}",
        r.rows
    );
    let (text, _) = summary(
        &rstrace_bin(),
        &["-c"],
        &[exe.to_str().unwrap()],
        &dir,
        "r3",
    );
    assert_eq!(
        text.matches("System call usage summary for 32 bit mode:\n")
            .count(),
        1,
        "{text}"
    );
    assert!(text.contains(" getppid\n"), "{text}");
}

#[test]
fn c_wall_clock() {
    compare(
        &["-c", "-w", "-S", "name"],
        &["sh", "-c", "/bin/true"],
        true,
    );
}

#[test]
fn c_columns() {
    compare(&["-c", "-U", "calls,name"], &["ls", "/"], false);
    compare(
        &[
            "-c",
            "-S",
            "name",
            "-U",
            "name,calls,errors,min-time,max-time,avg-time,total-time,time-percent",
        ],
        &["ls", "/"],
        true,
    );
    compare(&["-c", "-O", "1ms", "-S", "calls"], &["ls", "/"], false);
}

#[test]
fn big_c_prints_trace_and_table() {
    let dir = TempDir::new("summary-C");
    for (tag, t) in [("s", strace_bin()), ("r", rstrace_bin())] {
        let (text, table) = summary(&t, &["-C", "-e", "trace=close"], &["true"], &dir, tag);
        assert!(text.starts_with("close(3)"), "{tag}: {text}");
        assert!(text.contains("+++ exited with 0 +++"), "{tag}: {text}");
        assert_eq!(table.total.0, 2, "{tag}");
    }
}

#[test]
fn option_errors_match_strace() {
    for args in [
        vec!["-c", "-S", "foo", "true"],
        vec!["-c", "-U", "foo", "true"],
        vec!["-c", "-U", "calls,calls", "true"],
        vec!["-c", "-O", "xx", "true"],
    ] {
        let run = |t: &Path| {
            let mut c = Command::new(t);
            c.args(&args).stdin(Stdio::null());
            run_with_timeout(&mut c, RUN_TIMEOUT).expect("run")
        };
        let s = run(&strace_bin());
        let r = run(&rstrace_bin());
        let tail = |o: &common::RunOutput| -> Vec<String> {
            o.stderr_str()
                .lines()
                .map(|l| l.split_once(": ").map_or(l, |x| x.1).to_string())
                .collect()
        };
        assert_eq!(tail(&s)[0], tail(&r)[0], "{args:?}");
        assert_eq!(
            s.status.map(|s| s.code()),
            r.status.map(|s| s.code()),
            "{args:?}"
        );
    }
}

/// p50/p99 of nanosleep over a fixture sleeping 90 x 1 ms and 10 x 10 ms (wall clock).
#[test]
fn percentiles_of_known_sleeps() {
    let dir = TempDir::new("summary-pct");
    let exe = compile_fixture("summary_sleeps", dir.path()).expect("fixture");
    let (text, _) = summary(
        &rstrace_bin(),
        &[
            "-c",
            "-w",
            "-U",
            "name,calls,p50-time,p99-time",
            "-e",
            "trace=clock_nanosleep,nanosleep",
        ],
        &[exe.to_str().unwrap()],
        &dir,
        "p",
    );
    eprintln!("{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with("clock_nanosleep") || l.starts_with("nanosleep"))
        .expect("sleep row");
    let f: Vec<u64> = row
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().unwrap())
        .collect();
    let (calls, p50, p99) = (f[0], f[1], f[2]);
    assert_eq!(calls, 100);
    assert!((1000..1600).contains(&p50), "p50 {p50} us");
    assert!((10_000..13_000).contains(&p99), "p99 {p99} us");
}
