//! Conformance suite: runs real workloads under `/usr/bin/strace` and under
//! rstrace with the same options (always `-o FILE`, or `-ff -o PREFIX`),
//! normalises what legitimately differs between two runs (addresses, pids,
//! random bytes, times, inode numbers, interleaving of processes), splits
//! the traces per process and compares them line by line with a
//! longest-common-subsequence.
//!
//! Score of a workload = strace lines reproduced exactly by rstrace / strace
//! lines.  The overall score (total matched / total strace lines) must be at
//! least [`THRESHOLD`].  Any workload that cannot be run at all (rstrace
//! missing, a Rust panic on its stderr, a timeout, processes left behind)
//! fails the test regardless of the score, and so does an exit status of
//! rstrace that differs from strace's on the same workload.
//!
//! Run it with the report visible:
//!
//! ```text
//! cargo test --test conformance -- --nocapture
//! ```
//!
//! Environment:
//! * `RSTRACE_BIN=/usr/bin/strace` — self-check of the harness (compares
//!   strace with itself; should be ~100%).
//! * `CONFORMANCE_FILTER=sub1,sub2` — only workloads whose name contains one
//!   of the substrings.
//! * `CONFORMANCE_DIFFS=N` — differing hunks shown per workload (default 6).
//! * `CONFORMANCE_KEEP=1` — keep the raw traces (their directory is printed).
//! * `CONFORMANCE_DUMP=DIR` — write the normalised traces to DIR
//!   (`<workload>.strace`, `<workload>.rstrace`) for use with diff(1).
//!
//! The full report is also written to
//! `$CARGO_TARGET_TMPDIR/conformance-report.txt`.

mod common;

use common::{RUN_TIMEOUT, RunOutput, TempDir, compile_fixture, rstrace_bin, strace_bin};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Minimum overall score (matched / strace lines) for the test to pass.
const THRESHOLD: f64 = 0.98;

use common::workloads::*;

// ---------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------

#[test]
fn conformance() {
    let strace = strace_bin();
    let rstrace = rstrace_bin();
    assert!(
        strace.exists(),
        "reference tracer {} not found (apt-get install strace)",
        strace.display()
    );
    let filter: Vec<String> = std::env::var("CONFORMANCE_FILTER")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let max_hunks: usize = std::env::var("CONFORMANCE_DIFFS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6);
    let keep = std::env::var_os("CONFORMANCE_KEEP").is_some();

    let root = TempDir::new("conformance");
    let fixtures = root.join("fixtures");
    std::fs::create_dir_all(&fixtures).unwrap();
    let mut results = Vec::new();
    for (i, w) in WORKLOADS.iter().enumerate() {
        if !filter.is_empty() && !filter.iter().any(|f| w.name.contains(f.as_str())) {
            continue;
        }
        let dir = root.join(format!("w{i:02}"));
        std::fs::create_dir_all(&dir).unwrap();
        results.push(run_workload(
            w, &strace, &rstrace, &dir, &fixtures, max_hunks,
        ));
    }
    assert!(!results.is_empty(), "no workload selected");

    let mut report = String::new();
    let _ = writeln!(
        report,
        "conformance: strace = {}, rstrace = {}",
        strace.display(),
        rstrace.display()
    );
    report.push_str(&format_report(&results));
    let total_s: usize = results.iter().map(|r| r.strace_lines).sum();
    let total_m: usize = results.iter().map(|r| r.matched).sum();
    let overall = if total_s == 0 {
        0.0
    } else {
        total_m as f64 / total_s as f64
    };
    let _ = writeln!(
        report,
        "\nOVERALL: {total_m}/{total_s} = {:.2}% (threshold {:.2}%)",
        overall * 100.0,
        THRESHOLD * 100.0
    );
    if keep {
        let kept = root.path().to_path_buf();
        std::mem::forget(root);
        let _ = writeln!(report, "raw traces kept in {}", kept.display());
    }
    println!("{report}");
    let report_path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("conformance-report.txt");
    if std::fs::write(&report_path, &report).is_ok() {
        println!("report written to {}", report_path.display());
    }

    let mut failures = Vec::new();
    for r in &results {
        if let Some(e) = &r.fatal {
            failures.push(format!("{}: {e}", r.name));
        }
        if r.strace_status != r.rstrace_status {
            failures.push(format!(
                "{}: exit status differs: strace {} vs rstrace {}",
                r.name, r.strace_status, r.rstrace_status
            ));
        }
    }
    if overall < THRESHOLD {
        failures.push(format!(
            "overall score {:.2}% below threshold {:.2}%",
            overall * 100.0,
            THRESHOLD * 100.0
        ));
    }
    assert!(
        failures.is_empty(),
        "conformance failed:\n  {}",
        failures.join("\n  ")
    );
}

/// Outcome of one workload.
struct WorkloadResult {
    name: String,
    strace_lines: usize,
    matched: usize,
    rstrace_lines: usize,
    strace_status: String,
    rstrace_status: String,
    /// Reasons the workload could not be run at all (fails the test).
    fatal: Option<String>,
    /// Informational notes (stdout/stderr differences, ...).
    notes: Vec<String>,
    /// Rendered differing hunks.
    diffs: Vec<String>,
}

fn run_workload(
    w: &Workload,
    strace: &Path,
    rstrace: &Path,
    dir: &Path,
    fixtures: &Path,
    max_hunks: usize,
) -> WorkloadResult {
    let mut res = WorkloadResult {
        name: w.name.to_string(),
        strace_lines: 0,
        matched: 0,
        rstrace_lines: 0,
        strace_status: String::new(),
        rstrace_status: String::new(),
        fatal: None,
        notes: Vec::new(),
        diffs: Vec::new(),
    };
    let argv = match resolve_cmd(w.cmd, fixtures) {
        Ok(a) => a,
        Err(e) => {
            res.fatal = Some(e);
            return res;
        }
    };
    let ff = w.opts.contains(&"-ff");

    let s_dir = dir.join("strace");
    let r_dir = dir.join("rstrace");
    let s_run = run_tracer(strace, w.opts, &argv, &s_dir);
    let r_run = run_tracer(rstrace, w.opts, &argv, &r_dir);

    let s_out = match s_run {
        Ok(o) => o,
        Err(e) => {
            res.fatal = Some(format!("strace could not be run: {e}"));
            return res;
        }
    };
    res.strace_status = s_out.status_string();
    if s_out.timed_out || s_out.lingering {
        res.fatal = Some(format!(
            "strace itself timed out or left processes behind: {}",
            s_out.stderr_str()
        ));
        return res;
    }
    let s_trace = read_trace(&s_dir, ff);
    let s_norm = normalize_trace(&s_trace, w.masks);
    res.strace_lines = s_norm.values().map(Vec::len).sum();

    let r_out = match r_run {
        Ok(o) => o,
        Err(e) => {
            res.fatal = Some(format!("rstrace could not be run: {e}"));
            res.rstrace_status = "not run".into();
            return res;
        }
    };
    res.rstrace_status = r_out.status_string();
    let mut fatal = Vec::new();
    if r_out.timed_out {
        fatal.push(format!(
            "rstrace timed out after {}s (killed)",
            RUN_TIMEOUT.as_secs()
        ));
    }
    if r_out.lingering {
        fatal.push("rstrace exited but left processes holding its stdout/stderr".to_string());
    }
    if let Some(m) = r_out.rust_crash_message() {
        fatal.push(format!("rstrace crashed: {m}"));
    }
    if !fatal.is_empty() {
        res.fatal = Some(fatal.join("; "));
    }

    let r_trace = read_trace(&r_dir, ff);
    let r_norm = normalize_trace(&r_trace, w.masks);
    res.rstrace_lines = r_norm.values().map(Vec::len).sum();

    if let Some(d) = std::env::var_os("CONFORMANCE_DUMP") {
        dump_normalized(Path::new(&d), w.name, "strace", &s_norm);
        dump_normalized(Path::new(&d), w.name, "rstrace", &r_norm);
    }
    let cmp = compare_traces(&s_norm, &r_norm, max_hunks);
    res.matched = cmp.matched;
    res.diffs = cmp.hunks;

    if res.strace_status != res.rstrace_status {
        res.notes.push(format!(
            "exit status differs: strace {} vs rstrace {}",
            res.strace_status, res.rstrace_status
        ));
    }
    if !w.masks.contains(&Mask::StdoutWrites) && s_out.stdout != r_out.stdout {
        res.notes.push(format!(
            "tracee stdout differs: strace run {:?} vs rstrace run {:?}",
            clip(&s_out.stdout_str(), 120),
            clip(&r_out.stdout_str(), 120)
        ));
    }
    let s_err = normalize_stderr(&s_out);
    let r_err = normalize_stderr(&r_out);
    if s_err != r_err {
        res.notes.push(format!(
            "tracer stderr differs: strace {:?} vs rstrace {:?}",
            clip(&s_err.join("\n"), 300),
            clip(&r_err.join("\n"), 300)
        ));
    }
    if !keep_everything() {
        let _ = std::fs::remove_dir_all(&s_dir);
        let _ = std::fs::remove_dir_all(&r_dir);
    }
    res
}

/// Writes a normalised trace to `DIR/<workload>.<tracer>` (one
/// `== label` header per process) for inspection with diff(1).
fn dump_normalized(dir: &Path, workload: &str, tracer: &str, t: &NormTrace) {
    let _ = std::fs::create_dir_all(dir);
    let name: String = workload
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut s = String::new();
    for (label, lines) in t {
        let _ = writeln!(s, "== {label}");
        for l in lines {
            let _ = writeln!(s, "{l}");
        }
    }
    let _ = std::fs::write(dir.join(format!("{name}.{tracer}")), s);
}

fn keep_everything() -> bool {
    std::env::var_os("CONFORMANCE_KEEP").is_some()
}

/// Stderr lines without the `prog: ` prefix, addresses masked.
fn normalize_stderr(out: &RunOutput) -> Vec<String> {
    out.stderr_str()
        .lines()
        .map(|l| mask_hex(common::strip_prog_prefix(l)))
        .collect()
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push_str("...");
        t
    }
}

/// Replaces `@NAME` by the fixture compiled into `fixtures`.
fn resolve_cmd(cmd: &[&str], fixtures: &Path) -> Result<Vec<String>, String> {
    let mut argv: Vec<String> = cmd.iter().map(|s| s.to_string()).collect();
    if let Some(name) = argv.first().and_then(|a| a.strip_prefix('@')) {
        let exe = compile_fixture(name, fixtures)?;
        argv[0] = exe.to_string_lossy().into_owned();
    }
    Ok(argv)
}

/// The environment of the traced runs: fixed and small, so traces do not
/// depend on the caller's environment (cargo's LD_LIBRARY_PATH would make
/// every dynamic program search target/ for its libraries).
const WORKLOAD_ENV: &[(&str, &str)] = &[
    (
        "PATH",
        "/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin",
    ),
    ("HOME", "/root"),
    ("LANG", "C.UTF-8"),
];

/// Runs `tracer OPTS -o DIR/trace ARGV` with cwd `/` (so both runs see the
/// same working directory), the environment [`WORKLOAD_ENV`], stdin from
/// /dev/null, stdout/stderr captured.
fn run_tracer(
    tracer: &Path,
    opts: &[&str],
    argv: &[String],
    dir: &Path,
) -> std::io::Result<RunOutput> {
    std::fs::create_dir_all(dir)?;
    let mut cmd = Command::new(tracer);
    cmd.args(opts)
        .arg("-o")
        .arg(dir.join("trace"))
        .args(argv)
        .current_dir("/")
        .env_clear()
        .envs(WORKLOAD_ENV.iter().copied())
        .stdin(Stdio::null());
    common::run_with_timeout(&mut cmd, RUN_TIMEOUT)
}

// ---------------------------------------------------------------------------
// Reading traces
// ---------------------------------------------------------------------------

/// One line of a trace file with its pid prefix split off.
#[derive(Clone, Debug, PartialEq)]
struct RawLine {
    /// `None` when the line has no pid prefix (single-process traces).
    pid: Option<u32>,
    /// Width of the prefix (`"1234  "` = 6), used for the column check.
    width: usize,
    text: String,
}

/// Reads `DIR/trace` (prefixes parsed per line) or, with `-ff`, every
/// `DIR/trace.PID` (the pid comes from the file name).
fn read_trace(dir: &Path, ff: bool) -> Vec<RawLine> {
    let mut out = Vec::new();
    if ff {
        let mut files: Vec<(u32, PathBuf)> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        let pid = name.strip_prefix("trace.")?.parse().ok()?;
                        Some((pid, e.path()))
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        for (pid, path) in files {
            let text = read_lossy(&path);
            for l in text.lines() {
                out.push(RawLine {
                    pid: Some(pid),
                    width: 0,
                    text: l.to_string(),
                });
            }
        }
    } else {
        let text = read_lossy(&dir.join("trace"));
        out.extend(text.lines().map(parse_prefix));
    }
    out
}

fn read_lossy(p: &Path) -> String {
    std::fs::read(p)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

/// Splits a `PID  ` or `[pid PID] ` prefix off a trace line. A `-Y` command name in the prefix
/// (`PID<comm> `) is dropped here; the CLI tests check it.
fn parse_prefix(line: &str) -> RawLine {
    let owned;
    let line = match strip_prefix_comm(line) {
        Some(l) => {
            owned = l;
            owned.as_str()
        }
        None => line,
    };
    let plain = RawLine {
        pid: None,
        width: 0,
        text: line.to_string(),
    };
    if let Some(rest) = line.strip_prefix("[pid ") {
        if let Some(close) = rest.find(']')
            && let Ok(pid) = rest[..close].trim().parse()
        {
            let mut w = 5 + close + 1;
            let bytes = line.as_bytes();
            while w < bytes.len() && bytes[w] == b' ' {
                w += 1;
            }
            return RawLine {
                pid: Some(pid),
                width: w,
                text: line[w..].to_string(),
            };
        }
        return plain;
    }
    let bytes = line.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits >= bytes.len() || bytes[digits] != b' ' {
        return plain;
    }
    let mut w = digits;
    while w < bytes.len() && bytes[w] == b' ' {
        w += 1;
    }
    match line[..digits].parse() {
        Ok(pid) => RawLine {
            pid: Some(pid),
            width: w,
            text: line[w..].to_string(),
        },
        Err(_) => plain,
    }
}

// ---------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------

const UNFINISHED: &str = " <unfinished ...>";
/// Marker appended to a line whose return value is not aligned the way
/// strace aligns it (column 40), so such lines never match.
const BADPAD: &str = "   <== misaligned return value";

/// Normalised trace: process label (`P0`, `P0.1`, ...) -> lines.
type NormTrace = BTreeMap<String, Vec<String>>;

/// Full normalisation of a raw trace.
fn normalize_trace(raw: &[RawLine], masks: &[Mask]) -> NormTrace {
    // 1. Split per process, keeping file order.
    let mut order: Vec<Option<u32>> = Vec::new();
    let mut per: HashMap<Option<u32>, Vec<(usize, String)>> = HashMap::new();
    for l in raw {
        let stripped = strip_leader(strip_timestamp(&l.text));
        let extra = l.text.len() - stripped.len();
        let text = canon_padding(stripped, l.width + extra);
        per.entry(l.pid)
            .or_insert_with(|| {
                order.push(l.pid);
                Vec::new()
            })
            .push((l.width, text));
    }
    // 2. Merge unfinished/resumed pairs of each process.
    let mut procs: HashMap<Option<u32>, Vec<String>> = HashMap::new();
    for (pid, lines) in per {
        let texts: Vec<String> = lines.into_iter().map(|(_, t)| t).collect();
        procs.insert(pid, merge_resumed(&texts));
    }
    // 3. Labels.
    let labels = assign_labels(&order, &procs);
    // 4. Normalise lines, processes in label order.
    let mut by_label: Vec<(String, Option<u32>)> = order
        .iter()
        .map(|p| (labels.label_of_proc(*p), *p))
        .collect();
    by_label.sort();
    let mut ctx = PidCtx {
        known: labels.pids.clone(),
        unknown: HashMap::new(),
    };
    let mut out = NormTrace::new();
    for (label, pid) in by_label {
        let lines = &procs[&pid];
        let norm: Vec<String> = lines
            .iter()
            .map(|l| normalize_line(l, &mut ctx, masks))
            .collect();
        out.entry(label).or_default().extend(norm);
    }
    out
}

/// Removes the `-n` (`[ 257] `) and `-i` (`[00007f...] `) leader fields: instruction pointers
/// differ between runs (ASLR) and syscall numbers are checked by the CLI tests.
fn strip_leader(text: &str) -> &str {
    let mut t = text;
    while let Some(rest) = t.strip_prefix('[') {
        let Some(end) = rest.find("] ") else { break };
        let inner = &rest[..end];
        let numeric = !inner.is_empty()
            && inner
                .trim_start()
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == '?');
        if !numeric || inner.starts_with("pid") {
            break;
        }
        t = &rest[end + 2..];
    }
    t
}

/// `-Y` names after pids (`kill(123<sh>, ...)`) become `123#sh#` so the pid rules still see a
/// bare number and relabel it; the name itself stays compared. Descriptor annotations
/// (`3</path>`, `3<pipe:[1]>`) hold `/`, `:` or `[` and are left alone.
fn retag_comms(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'<'
            && i > 0
            && b[i - 1].is_ascii_digit()
            && let Some(len) = line[i + 1..].find('>')
        {
            let inner = &line[i + 1..i + 1 + len];
            if (1..=15).contains(&inner.len())
                && !inner.contains(['/', ':', '[', ']', '<', ' ', '"'])
            {
                out.push('#');
                out.push_str(inner);
                out.push('#');
                i += len + 2;
                continue;
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

/// `1234<sh> read(...)` -> `1234 read(...)`, `[pid 1234<sh>] ` -> `[pid 1234] `.
fn strip_prefix_comm(line: &str) -> Option<String> {
    let (head, digits_from) = match line.strip_prefix("[pid ") {
        Some(rest) => ("[pid ", 5 + rest.len() - rest.trim_start().len()),
        None => ("", 0),
    };
    let b = line.as_bytes();
    let d = b[digits_from..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if d == 0 || b.get(digits_from + d) != Some(&b'<') {
        return None;
    }
    let close = line[digits_from + d..].find('>')? + digits_from + d;
    let _ = head;
    Some(format!(
        "{}{}",
        &line[..digits_from + d],
        &line[close + 1..]
    ))
}

/// Removes a leading `-t`/`-tt`/`-ttt`/`-r` timestamp.
fn strip_timestamp(text: &str) -> &str {
    let t = text.trim_start();
    let end = t
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b':' || *b == b'.')
        .count();
    if end > 0 && t.as_bytes().get(end) == Some(&b' ') && t[..end].bytes().any(|b| b != b'.') {
        let stamp = &t[..end];
        if stamp.contains(':') || stamp.contains('.') {
            return t[end..].trim_start();
        }
    }
    text
}

/// For each byte of `s`: is it inside a `"..."` string literal (quotes
/// included)?
fn string_mask(s: &str) -> Vec<bool> {
    let b = s.as_bytes();
    let mut m = vec![false; b.len()];
    let mut i = 0;
    let mut in_str = false;
    while i < b.len() {
        if in_str {
            m[i] = true;
            if b[i] == b'\\' && i + 1 < b.len() {
                m[i + 1] = true;
                i += 2;
                continue;
            }
            if b[i] == b'"' {
                in_str = false;
            }
        } else if b[i] == b'"' {
            in_str = true;
            m[i] = true;
        }
        i += 1;
    }
    m
}

/// Position of the `=` of the return value (`...) = 0`), if any: the last
/// `= ` outside strings that follows `)` and one or more spaces.
fn find_return_eq(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mask = string_mask(s);
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        if b[i] == b'=' && !mask[i] && b.get(i + 1) == Some(&b' ') {
            let mut j = i;
            while j > 0 && b[j - 1] == b' ' {
                j -= 1;
            }
            if j < i && j > 0 && b[j - 1] == b')' && !mask[j - 1] {
                return Some(i);
            }
        }
    }
    None
}

/// Collapses the padding before the return value to one space, checking it
/// against strace's rule (the `=` is at column 40 or, for longer calls, one
/// space after the call).  `width` is the pid prefix width.  Misaligned
/// lines get [`BADPAD`] appended.
fn canon_padding(text: &str, width: usize) -> String {
    let Some(eq) = find_return_eq(text) else {
        return text.to_string();
    };
    let b = text.as_bytes();
    let mut j = eq;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    let col = width + text[..j].chars().count();
    let spaces = eq - j;
    let expected = if col < 40 { 40 - col } else { 1 };
    let mut out = format!("{} {}", &text[..j], &text[eq..]);
    if spaces != expected {
        out.push_str(BADPAD);
    }
    out
}

/// Name of the system call a line starts with (`name(`), if it does.
fn syscall_name(line: &str) -> Option<&str> {
    let end = line
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    if end > 0 && line.as_bytes().get(end) == Some(&b'(') {
        Some(&line[..end])
    } else {
        None
    }
}

/// Merges `NAME(args <unfinished ...>` with the following
/// `<... NAME resumed>rest` line (of the same process) into `NAME(argsrest`.
fn merge_resumed(lines: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        if let (Some(head), Some(next)) = (l.strip_suffix(UNFINISHED), lines.get(i + 1))
            && let Some(name) = syscall_name(head)
        {
            let marker = format!("<... {name} resumed>");
            if let Some(rest) = next.strip_prefix(&marker) {
                out.push(format!("{head}{rest}"));
                i += 2;
                continue;
            }
        }
        out.push(l.clone());
        i += 1;
    }
    out
}

/// Process labels: raw pid -> label.
struct Labels {
    pids: HashMap<u32, String>,
    /// Label of the process whose lines had no pid prefix.
    none_label: String,
}

impl Labels {
    fn label_of_proc(&self, pid: Option<u32>) -> String {
        match pid {
            None => self.none_label.clone(),
            Some(p) => self
                .pids
                .get(&p)
                .cloned()
                .unwrap_or_else(|| format!("?{p}")),
        }
    }
}

const CLONE_CALLS: &[&str] = &["clone", "clone3", "fork", "vfork"];
const SELF_PID_CALLS: &[&str] = &["getpid", "gettid", "set_tid_address"];

/// Leading decimal integer of a return value (`= 123 ...`).
fn return_value(line: &str) -> Option<i64> {
    let eq = find_return_eq(line)?;
    let rest = &line[eq + 2..];
    let end = rest
        .bytes()
        .enumerate()
        .take_while(|(i, b)| b.is_ascii_digit() || (*i == 0 && *b == b'-'))
        .count();
    rest[..end].parse().ok()
}

/// Labels processes: the root is `P0`; the k-th child returned by a
/// fork/clone/vfork/clone3 of process L is `L.k`.  Processes not reached
/// that way are `U1`, `U2`, ... in order of first appearance.
fn assign_labels(order: &[Option<u32>], procs: &HashMap<Option<u32>, Vec<String>>) -> Labels {
    let mut labels = Labels {
        pids: HashMap::new(),
        none_label: "P0".to_string(),
    };
    // Children returned by each process, in order.
    let children = |lines: &[String]| -> Vec<u32> {
        lines
            .iter()
            .filter(|l| syscall_name(l).is_some_and(|n| CLONE_CALLS.contains(&n)))
            .filter_map(|l| return_value(l))
            .filter(|&v| v > 0)
            .map(|v| v as u32)
            .collect()
    };
    let all_children: Vec<u32> = procs.values().flat_map(|l| children(l)).collect();
    // Root: the unprefixed process, else the first pid that is nobody's
    // child (normally the first line of the file).
    let root = if procs.contains_key(&None) {
        None
    } else {
        order
            .iter()
            .copied()
            .find(|p| p.is_some_and(|p| !all_children.contains(&p)))
            .or_else(|| order.first().copied())
            .flatten()
    };
    let mut queue: VecDeque<(Option<u32>, String)> = VecDeque::new();
    if let Some(r) = root {
        labels.pids.insert(r, "P0".to_string());
    } else if procs.contains_key(&None) {
        // Learn the root's pid from the first getpid/gettid/set_tid_address.
        if let Some(v) = procs[&None]
            .iter()
            .filter(|l| syscall_name(l).is_some_and(|n| SELF_PID_CALLS.contains(&n)))
            .find_map(|l| return_value(l))
            && v > 0
        {
            labels.pids.insert(v as u32, "P0".to_string());
        }
    }
    if procs.contains_key(&None) || root.is_some() {
        queue.push_back((root, "P0".to_string()));
    }
    while let Some((pid, label)) = queue.pop_front() {
        let Some(lines) = procs.get(&pid) else {
            continue;
        };
        for (k, child) in children(lines).into_iter().enumerate() {
            if labels.pids.contains_key(&child) {
                continue;
            }
            let cl = format!("{label}.{}", k + 1);
            labels.pids.insert(child, cl.clone());
            queue.push_back((Some(child), cl));
        }
    }
    let mut u = 0;
    for p in order.iter().flatten() {
        if !labels.pids.contains_key(p) {
            u += 1;
            labels.pids.insert(*p, format!("U{u}"));
        }
    }
    labels
}

/// Pid relabelling state shared by all lines of a trace.
struct PidCtx {
    known: HashMap<u32, String>,
    /// Pids seen in pid positions that are not processes of the trace
    /// (e.g. the tracer itself as the root's parent): `X1`, `X2`, ...
    unknown: HashMap<u32, String>,
}

impl PidCtx {
    /// Label for a pid-valued number.  `hard`: the position certainly holds
    /// a pid, so unknown pids get an `X` label; otherwise only pids of the
    /// trace are relabelled.  Negative values (process groups) keep the
    /// sign; 0 and -1 are left alone.
    fn label(&mut self, n: i64, hard: bool) -> Option<String> {
        if n == 0 || n == -1 || n.unsigned_abs() > u32::MAX as u64 {
            return None;
        }
        let p = n.unsigned_abs() as u32;
        let l = if let Some(l) = self.known.get(&p) {
            l.clone()
        } else if hard {
            let k = self.unknown.len() + 1;
            self.unknown
                .entry(p)
                .or_insert_with(|| format!("X{k}"))
                .clone()
        } else {
            return None;
        };
        Some(if n < 0 { format!("-{l}") } else { l })
    }
}

/// Syscalls whose return value is a pid.
const PID_RETURNS: &[&str] = &[
    "getpid",
    "getppid",
    "gettid",
    "set_tid_address",
    "clone",
    "clone3",
    "fork",
    "vfork",
    "getpgrp",
    "getpgid",
    "getsid",
    "setsid",
    "wait4",
    "waitpid",
];

/// Syscalls whose return value may be a pid (relabelled only if it is one
/// of the trace's processes).
const SOFT_PID_RETURNS: &[&str] = &["rt_sigreturn"];

/// Syscalls with pid-valued arguments (0-based positions).
const PID_ARGS: &[(&str, &[usize])] = &[
    ("kill", &[0]),
    ("tkill", &[0]),
    ("tgkill", &[0, 1]),
    ("wait4", &[0]),
    ("waitpid", &[0]),
    ("waitid", &[1]),
    ("getpgid", &[0]),
    ("setpgid", &[0, 1]),
    ("getsid", &[0]),
    ("sched_getaffinity", &[0]),
    ("sched_setaffinity", &[0]),
    ("sched_getparam", &[0]),
    ("sched_setparam", &[0]),
    ("sched_getscheduler", &[0]),
    ("sched_setscheduler", &[0]),
    ("sched_getattr", &[0]),
    ("sched_setattr", &[0]),
    ("sched_rr_get_interval", &[0]),
    ("prlimit64", &[0]),
    ("pidfd_open", &[0]),
    ("process_vm_readv", &[0]),
    ("process_vm_writev", &[0]),
    ("rt_sigqueueinfo", &[0]),
    ("rt_tgsigqueueinfo", &[0, 1]),
    ("ptrace", &[1]),
    ("get_robust_list", &[0]),
    ("kcmp", &[0, 1]),
    ("migrate_pages", &[0]),
    ("move_pages", &[0]),
    ("ioprio_get", &[1]),
    ("ioprio_set", &[1]),
    ("perf_event_open", &[1]),
];

/// Fields (`key=value`) whose values differ between runs; the value (and a
/// following `/* ... */` comment) is replaced by `_`.
const VOLATILE_FIELDS: &[&str] = &[
    "st_ino",
    "st_atime",
    "st_atime_nsec",
    "st_mtime",
    "st_mtime_nsec",
    "st_ctime",
    "st_ctime_nsec",
    "stx_ino",
    "stx_atime",
    "stx_btime",
    "stx_ctime",
    "stx_mtime",
    "si_utime",
    "si_stime",
    "ru_utime",
    "ru_stime",
    "ru_maxrss",
    "ru_minflt",
    "ru_majflt",
    "ru_nvcsw",
    "ru_nivcsw",
    "ru_inblock",
    "ru_oublock",
    // Directory entries of a directory made afresh in each run.
    "d_ino",
    // statfs: free space changes between the two runs.
    "f_bfree",
    "f_bavail",
    "f_ffree",
];

/// Fields of `sysinfo` that change all the time.
const SYSINFO_FIELDS: &[&str] = &[
    "uptime",
    "loads",
    "freeram",
    "sharedram",
    "bufferram",
    "freeswap",
    "procs",
    "freehigh",
];

/// Syscalls that report the current time.
const TIME_CALLS: &[&str] = &[
    "clock_gettime",
    "clock_gettime64",
    "gettimeofday",
    "time",
    "times",
];
const TIME_FIELDS: &[&str] = &[
    "tv_sec",
    "tv_nsec",
    "tv_usec",
    "tms_utime",
    "tms_stime",
    "tms_cutime",
    "tms_cstime",
];

/// Hex numbers at or above this value are treated as addresses.
const ADDR_MIN: u64 = 0x100_0000;
const ADDR: &str = "0xADDR";

/// A replacement of `text[start..end]`.
struct Edit {
    start: usize,
    end: usize,
    with: String,
}

fn apply_edits(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for e in edits {
        if e.start < pos {
            continue; // overlapping edit: keep the first
        }
        out.push_str(&text[pos..e.start]);
        out.push_str(&e.with);
        pos = e.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Byte range `start..end` of a piece of a line.
type Span = (usize, usize);

/// Top-level arguments of `name(...)`: byte ranges (trimmed) and the
/// position of the closing parenthesis, if present.
fn split_args(line: &str) -> Option<(Vec<Span>, Option<usize>)> {
    let name = syscall_name(line)?;
    let b = line.as_bytes();
    let mask = string_mask(line);
    let start = name.len() + 1;
    let mut depth = 0i32;
    let mut args = Vec::new();
    let mut arg_start = start;
    let mut i = start;
    let mut close = None;
    while i < b.len() {
        if mask[i] {
            i += 1;
            continue;
        }
        // Comments like /* 39 vars */ are opaque.
        if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            match line[i + 2..].find("*/") {
                Some(e) => {
                    i = i + 2 + e + 2;
                    continue;
                }
                None => break,
            }
        }
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b']' | b'}' => depth -= 1,
            b')' => {
                if depth == 0 {
                    close = Some(i);
                    break;
                }
                depth -= 1;
            }
            b',' if depth == 0 => {
                args.push((arg_start, i));
                arg_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    let end = close.unwrap_or(b.len());
    if end > arg_start || !args.is_empty() {
        args.push((arg_start, end));
    }
    let args = args
        .into_iter()
        .map(|(s, e)| {
            let t = &line[s..e];
            let s2 = s + (t.len() - t.trim_start().len());
            let e2 = e - (t.len() - t.trim_end().len());
            (s2, e2.max(s2))
        })
        .collect();
    Some((args, close))
}

fn parse_int(s: &str) -> Option<i64> {
    if s.is_empty() {
        return None;
    }
    s.parse().ok()
}

/// Leading integer of `text[start..]` and its end position.
fn int_at(text: &str, start: usize) -> Option<(i64, usize)> {
    let b = text.as_bytes();
    // `-e raw=` prints values in hex.
    if text[start..].starts_with("0x") {
        let e = start
            + 2
            + b[start + 2..]
                .iter()
                .take_while(|c| c.is_ascii_hexdigit())
                .count();
        return i64::from_str_radix(&text[start + 2..e], 16)
            .ok()
            .map(|v| (v, e));
    }
    let mut e = start;
    if b.get(e) == Some(&b'-') {
        e += 1;
    }
    let d0 = e;
    while e < b.len() && b[e].is_ascii_digit() {
        e += 1;
    }
    if e == d0 {
        return None;
    }
    // Not part of a larger token (e.g. hex or an identifier).
    if b.get(e)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    {
        return None;
    }
    text[start..e].parse().ok().map(|v| (v, e))
}

/// Occurrences of `key` outside strings that start a field (preceded by a
/// non-identifier character).
fn find_keys(text: &str, key: &str, mask: &[bool]) -> Vec<usize> {
    let b = text.as_bytes();
    let mut v = Vec::new();
    let mut from = 0;
    while let Some(p) = text[from..].find(key) {
        let at = from + p;
        from = at + key.len();
        if mask[at] {
            continue;
        }
        if at > 0 && (b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'_') {
            continue;
        }
        v.push(at);
    }
    v
}

/// End of a field value starting at `start`: a bracketed group, or up to
/// the next `,`, `}` or `]` at depth 0; then a following ` /* ... */`.
fn field_value_end(text: &str, start: usize, mask: &[bool]) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    let mut depth = 0i32;
    while i < b.len() {
        if mask[i] {
            i += 1;
            continue;
        }
        match b[i] {
            b'{' | b'[' | b'(' => depth += 1,
            b'}' | b']' | b')' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
                if depth == 0 {
                    i += 1;
                    break;
                }
            }
            b',' if depth == 0 => break,
            _ => {}
        }
        i += 1;
    }
    if text[i..].starts_with(" /*")
        && let Some(e) = text[i..].find("*/")
    {
        i += e + 2;
    }
    i
}

fn mask_fields(text: &str, keys: &[&str], edits: &mut Vec<Edit>, mask: &[bool]) {
    for key in keys {
        let k = format!("{key}=");
        for at in find_keys(text, &k, mask) {
            let vs = at + k.len();
            let ve = field_value_end(text, vs, mask);
            edits.push(Edit {
                start: vs,
                end: ve,
                with: "_".to_string(),
            });
        }
    }
}

/// Replaces hex numbers >= [`ADDR_MIN`] outside strings by [`ADDR`].
fn mask_hex(text: &str) -> String {
    let mask = string_mask(text);
    let mut edits = Vec::new();
    hex_edits(text, &mask, &mut edits);
    apply_edits(text, edits)
}

fn hex_edits(text: &str, mask: &[bool], edits: &mut Vec<Edit>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        if b[i] == b'0'
            && b[i + 1] == b'x'
            && !mask[i]
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
        {
            let mut e = i + 2;
            while e < b.len() && b[e].is_ascii_hexdigit() {
                e += 1;
            }
            if e > i + 2 {
                let v = u64::from_str_radix(&text[i + 2..e], 16).unwrap_or(u64::MAX);
                if v >= ADDR_MIN {
                    edits.push(Edit {
                        start: i,
                        end: e,
                        with: ADDR.to_string(),
                    });
                }
                i = e;
                continue;
            }
        }
        i += 1;
    }
}

/// Normalises one merged line (no pid prefix).
fn normalize_line(line: &str, ctx: &mut PidCtx, masks: &[Mask]) -> String {
    let retagged = retag_comms(line);
    let line = retagged.as_str();
    let mask = string_mask(line);
    let mut edits: Vec<Edit> = Vec::new();
    let name = syscall_name(line);
    let args = split_args(line);

    if let (Some(name), Some((args, _close))) = (name, args.as_ref()) {
        // pid-valued arguments
        if let Some((_, pos)) = PID_ARGS.iter().find(|(n, _)| *n == name) {
            for &p in pos.iter() {
                if let Some(&(s, e)) = args.get(p) {
                    if name == "waitid" && !line[args[0].0..args[0].1].starts_with("P_P") {
                        continue;
                    }
                    // A -Y name (`#comm#`, see retag_comms) may follow the number.
                    let e = line[s..e].find('#').map_or(e, |h| s + h);
                    if let Some(v) = parse_int(&line[s..e])
                        && let Some(l) = ctx.label(v, true)
                    {
                        edits.push(Edit {
                            start: s,
                            end: e,
                            with: l,
                        });
                    }
                }
            }
        }
        // futex(addr, FUTEX_WAIT..., <tid>, ...): pthread_join waits on a tid
        if name == "futex" && args.len() > 2 {
            let (s, e) = args[2];
            if let Some(v) = parse_int(&line[s..e])
                && let Some(l) = ctx.label(v, false)
            {
                edits.push(Edit {
                    start: s,
                    end: e,
                    with: l,
                });
            }
        }
        // pid-valued return values
        let hard = PID_RETURNS.contains(&name);
        if (hard || SOFT_PID_RETURNS.contains(&name))
            && let Some(eq) = find_return_eq(line)
            && let Some((v, e)) = int_at(line, eq + 2)
            && v > 0
            && let Some(l) = ctx.label(v, hard)
        {
            edits.push(Edit {
                start: eq + 2,
                end: e,
                with: l,
            });
        }
        // random bytes
        if name == "getrandom"
            && let Some(&(s, e)) = args.first()
        {
            edits.push(Edit {
                start: s,
                end: e,
                with: "<random>".to_string(),
            });
        }
        if name == "sysinfo" {
            mask_fields(line, SYSINFO_FIELDS, &mut edits, &mask);
        }
        if TIME_CALLS.contains(&name) {
            mask_fields(line, TIME_FIELDS, &mut edits, &mask);
            if name == "time" || name == "times" {
                if let Some(eq) = find_return_eq(line)
                    && let Some((_, e)) = int_at(line, eq + 2)
                {
                    edits.push(Edit {
                        start: eq + 2,
                        end: e,
                        with: "_".to_string(),
                    });
                }
                if name == "time" {
                    // time(&t) also stores the time: time([1700000000])
                    if let Some(&(s, e)) = args.first()
                        && line[s..e].starts_with('[')
                    {
                        edits.push(Edit {
                            start: s,
                            end: e,
                            with: "[_]".to_string(),
                        });
                    }
                }
            }
        }
        if masks.contains(&Mask::StdoutWrites)
            && (name == "write" || name == "writev")
            && let (Some(&(fs, fe)), Some(&(bs, be))) = (args.first(), args.get(1))
            && &line[fs..fe] == "1"
        {
            edits.push(Edit {
                start: bs,
                end: be,
                with: "<stdout>".to_string(),
            });
        }
    }

    // pid-valued fields: si_pid=, pid=, l_pid=, parent_tid=[N], child_tid=[N], and
    // "+++ superseded by execve in pid N +++"
    for key in [
        "si_pid=",
        "pid=",
        "l_pid=",
        "parent_tid=[",
        "child_tid=[",
        "execve in pid ",
    ] {
        for at in find_keys(line, key, &mask) {
            let vs = at + key.len();
            if let Some((v, e)) = int_at(line, vs)
                && let Some(l) = ctx.label(v, true)
            {
                edits.push(Edit {
                    start: vs,
                    end: e,
                    with: l,
                });
            }
        }
    }
    // Netlink port ids: the process's pid for its first socket, a random negative number
    // for the others (the kernel's autobind).
    for key in ["nl_pid=", "nlmsg_pid="] {
        for at in find_keys(line, key, &mask) {
            let vs = at + key.len();
            if let Some((v, e)) = int_at(line, vs)
                && v != 0
            {
                let with = ctx.label(v, true).unwrap_or_else(|| "_".to_string());
                edits.push(Edit {
                    start: vs,
                    end: e,
                    with,
                });
            }
        }
    }
    // "/proc/N/..." inside strings
    let mut from = 0;
    while let Some(p) = line[from..].find("/proc/") {
        let vs = from + p + "/proc/".len();
        from = vs;
        if let Some((v, e)) = int_at(line, vs)
            && v > 0
            && matches!(line.as_bytes().get(e), Some(b'/') | Some(b'"'))
            && let Some(l) = ctx.label(v, true)
        {
            edits.push(Edit {
                start: vs,
                end: e,
                with: l,
            });
        }
    }
    mask_fields(line, VOLATILE_FIELDS, &mut edits, &mask);
    hex_edits(line, &mask, &mut edits);
    // -T: <0.000123>
    if line.ends_with('>')
        && let Some(p) = line.rfind(" <")
    {
        let inner = &line[p + 2..line.len() - 1];
        if !inner.is_empty() && inner.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
            edits.push(Edit {
                start: p + 2,
                end: line.len() - 1,
                with: "T".to_string(),
            });
        }
    }
    // -Y names the tracer itself in some values (getppid's result): the names differ.
    let out = mask_inodes(&apply_edits(line, edits)).replace("#rstrace#", "#strace#");
    // -yy pidfds: `<pid:1234>` names a process of this run.
    let out = mask_pidfd(&out);
    let out = mask_ephemeral_ports(&out);
    // The heap of a non-PIE program can sit below the address threshold (ASLR): brk's
    // values are addresses whatever their size.
    if out.starts_with("brk(") {
        return mask_all_hex(&out);
    }
    out
}

/// Ports the kernel picks for a client (32768 and up) differ between runs: `htons(40312)` and
/// `127.0.0.1:40312` in a -yy endpoint become `EPH`.
fn mask_ephemeral_ports(line: &str) -> String {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"(htons\(|[0-9\]]:)([0-9]{5})\b").unwrap());
    re.replace_all(line, |c: &regex::Captures| {
        let port: u32 = c[2].parse().unwrap_or(0);
        if (32768..=65535).contains(&port) {
            format!("{}EPH", &c[1])
        } else {
            c[0].to_string()
        }
    })
    .into_owned()
}

/// `<pid:1234>` (a pidfd under -yy) becomes `<pid:PID>`.
fn mask_pidfd(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find("<pid:") {
        out.push_str(&rest[..i + 5]);
        rest = &rest[i + 5..];
        let d = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
        if d > 0 {
            out.push_str("PID");
            rest = &rest[d..];
        }
    }
    out.push_str(rest);
    out
}

/// Every `0x...` number becomes `0xADDR`.
fn mask_all_hex(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && b.get(i + 1) == Some(&b'x') {
            let e = i
                + 2
                + b[i + 2..]
                    .iter()
                    .take_while(|c| c.is_ascii_hexdigit())
                    .count();
            if e > i + 2 {
                out.push_str("0xADDR");
                i = e;
                continue;
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

/// `-y`/`-yy` annotations carry inode numbers (`<pipe:[123]>`, `<UNIX-STREAM:[1->2]>`,
/// `<TCP:[123]>`) that differ between runs: each becomes `INO`.
fn mask_inodes(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        let after_open = i >= 2 && &b[i - 2..i] == b":[";
        let after_arrow = i >= 2 && &b[i - 2..i] == b"->" && out.contains(":[");
        if (after_open || after_arrow) && b[i].is_ascii_digit() {
            let e = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if matches!(b.get(e), Some(b']') | Some(b',') | Some(b'-')) {
                out.push_str("INO");
                i = e;
                continue;
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

struct Comparison {
    matched: usize,
    hunks: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Same,
    /// Only in strace.
    Del,
    /// Only in rstrace.
    Ins,
}

/// Edit script of a longest common subsequence of `a` and `b`, or `None`
/// if the inputs are too large for the quadratic table (then only the
/// length is computed, see [`lcs_len`]).
fn lcs_ops(a: &[String], b: &[String]) -> Option<Vec<Op>> {
    // Trim the common prefix and suffix first.
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let am = &a[pre..a.len() - suf];
    let bm = &b[pre..b.len() - suf];
    let (n, m) = (am.len(), bm.len());
    if n.saturating_mul(m) > 60_000_000 {
        return None;
    }
    // dp[i][j] = LCS of am[i..], bm[j..]
    let w = m + 1;
    let mut dp = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i * w + j] = if am[i] == bm[j] {
                dp[(i + 1) * w + j + 1] + 1
            } else {
                dp[(i + 1) * w + j].max(dp[i * w + j + 1])
            };
        }
    }
    let mut ops = vec![Op::Same; pre];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if am[i] == bm[j] {
            ops.push(Op::Same);
            i += 1;
            j += 1;
        } else if dp[(i + 1) * w + j] >= dp[i * w + j + 1] {
            ops.push(Op::Del);
            i += 1;
        } else {
            ops.push(Op::Ins);
            j += 1;
        }
    }
    ops.extend(std::iter::repeat_n(Op::Del, n - i));
    ops.extend(std::iter::repeat_n(Op::Ins, m - j));
    ops.extend(std::iter::repeat_n(Op::Same, suf));
    Some(ops)
}

/// LCS length in linear space.
fn lcs_len(a: &[String], b: &[String]) -> usize {
    let m = b.len();
    let mut prev = vec![0usize; m + 1];
    let mut cur = vec![0usize; m + 1];
    for x in a {
        for j in 0..m {
            cur[j + 1] = if *x == b[j] {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m]
}

/// Compares two normalised traces process by process.
fn compare_traces(s: &NormTrace, r: &NormTrace, max_hunks: usize) -> Comparison {
    let empty = Vec::new();
    let mut matched = 0;
    let mut hunks = Vec::new();
    for (label, s_lines) in s {
        let r_lines = r.get(label).unwrap_or(&empty);
        match lcs_ops(s_lines, r_lines) {
            Some(ops) => {
                matched += ops.iter().filter(|o| **o == Op::Same).count();
                if hunks.len() < max_hunks {
                    render_hunks(label, s_lines, r_lines, &ops, max_hunks, &mut hunks);
                }
            }
            None => {
                let l = lcs_len(s_lines, r_lines);
                matched += l;
                if l < s_lines.len() && hunks.len() < max_hunks {
                    hunks.push(format!("  [{label}] (too large for a line diff)"));
                }
            }
        }
    }
    for label in r.keys() {
        if !s.contains_key(label) && hunks.len() < max_hunks {
            hunks.push(format!(
                "  [{label}] process only in rstrace's trace ({} lines)",
                r[label].len()
            ));
        }
    }
    Comparison { matched, hunks }
}

/// Appends up to `max` hunks of differing lines.
fn render_hunks(
    label: &str,
    s: &[String],
    r: &[String],
    ops: &[Op],
    max: usize,
    out: &mut Vec<String>,
) {
    const LINES_PER_SIDE: usize = 4;
    let (mut i, mut j, mut k) = (0, 0, 0);
    while k < ops.len() && out.len() < max {
        if ops[k] == Op::Same {
            i += 1;
            j += 1;
            k += 1;
            continue;
        }
        let (si, rj) = (i, j);
        while k < ops.len() && ops[k] != Op::Same {
            match ops[k] {
                Op::Del => i += 1,
                Op::Ins => j += 1,
                Op::Same => {}
            }
            k += 1;
        }
        let mut h = format!(
            "  [{label}] strace line {} / rstrace line {}:",
            si + 1,
            rj + 1
        );
        if si == i {
            h.push_str("\n    - (nothing)");
        }
        for (n, l) in s[si..i].iter().enumerate() {
            if n == LINES_PER_SIDE {
                let _ = write!(h, "\n    - ... ({} more)", i - si - n);
                break;
            }
            let _ = write!(h, "\n    - {}", clip(l, 300));
        }
        if rj == j {
            h.push_str("\n    + (nothing)");
        }
        for (n, l) in r[rj..j].iter().enumerate() {
            if n == LINES_PER_SIDE {
                let _ = write!(h, "\n    + ... ({} more)", j - rj - n);
                break;
            }
            let _ = write!(h, "\n    + {}", clip(l, 300));
        }
        out.push(h);
    }
}

fn format_report(results: &[WorkloadResult]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "\n{:<24} {:>7} {:>7} {:>7} {:>8}  exit (strace / rstrace)",
        "workload", "strace", "rstrace", "matched", "%"
    );
    let _ = writeln!(s, "{}", "-".repeat(84));
    for r in results {
        let pct = if r.strace_lines == 0 {
            0.0
        } else {
            100.0 * r.matched as f64 / r.strace_lines as f64
        };
        let _ = writeln!(
            s,
            "{:<24} {:>7} {:>7} {:>7} {:>7.1}%  {} / {}{}",
            r.name,
            r.strace_lines,
            r.rstrace_lines,
            r.matched,
            pct,
            r.strace_status,
            r.rstrace_status,
            if r.fatal.is_some() { "  FAILED" } else { "" }
        );
    }
    let total_s: usize = results.iter().map(|r| r.strace_lines).sum();
    let total_r: usize = results.iter().map(|r| r.rstrace_lines).sum();
    let total_m: usize = results.iter().map(|r| r.matched).sum();
    let _ = writeln!(s, "{}", "-".repeat(84));
    let _ = writeln!(
        s,
        "{:<24} {:>7} {:>7} {:>7} {:>7.1}%",
        "TOTAL",
        total_s,
        total_r,
        total_m,
        if total_s == 0 {
            0.0
        } else {
            100.0 * total_m as f64 / total_s as f64
        }
    );
    for r in results {
        if r.fatal.is_none() && r.notes.is_empty() && r.diffs.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n== {}", r.name);
        if let Some(f) = &r.fatal {
            let _ = writeln!(s, "  FAILED: {f}");
        }
        for n in &r.notes {
            let _ = writeln!(s, "  note: {n}");
        }
        for d in &r.diffs {
            let _ = writeln!(s, "{d}");
        }
    }
    s
}

// ---------------------------------------------------------------------------
// Unit tests of the normaliser
// ---------------------------------------------------------------------------

#[cfg(test)]
mod normaliser_tests {
    use super::*;

    fn raw(lines: &[&str]) -> Vec<RawLine> {
        lines.iter().map(|l| parse_prefix(l)).collect()
    }

    #[test]
    fn prefix_parsing() {
        let l = parse_prefix("3326  brk(NULL)                         = 0x559eb62c4000");
        assert_eq!(l.pid, Some(3326));
        assert_eq!(l.width, 6);
        assert!(l.text.starts_with("brk(NULL)"));
        let l = parse_prefix("[pid  3327] write(1, \"a\\n\", 2) = 2");
        assert_eq!(l.pid, Some(3327));
        assert_eq!(l.text, "write(1, \"a\\n\", 2) = 2");
        let l = parse_prefix("brk(NULL)                               = 0x1000");
        assert_eq!(l.pid, None);
        assert_eq!(l.width, 0);
    }

    #[test]
    fn padding_is_checked_and_collapsed() {
        // column rule without prefix
        assert_eq!(
            canon_padding("brk(NULL)                               = 0x1000", 0),
            "brk(NULL) = 0x1000"
        );
        // with a 6-column pid prefix
        assert_eq!(
            canon_padding("brk(NULL)                         = 0x1000", 6),
            "brk(NULL) = 0x1000"
        );
        // long lines: one space
        let long = format!("write(1, \"{}\", 40) = 40", "x".repeat(40));
        assert_eq!(canon_padding(&long, 0), long);
        // misaligned
        assert!(canon_padding("brk(NULL) = 0x1000", 0).ends_with(BADPAD));
        // " = " inside a string is not the return value
        assert_eq!(
            canon_padding("write(1, \"a) = b\", 6 <unfinished ...>", 0),
            "write(1, \"a) = b\", 6 <unfinished ...>"
        );
        // lines without a return value are untouched
        assert_eq!(
            canon_padding("+++ exited with 0 +++", 0),
            "+++ exited with 0 +++"
        );
    }

    #[test]
    fn unfinished_resumed_merge() {
        let lines: Vec<String> = [
            "close(4 <unfinished ...>",
            "<... close resumed>) = 0",
            "newfstatat(AT_FDCWD, \"/x\",  <unfinished ...>",
            "<... newfstatat resumed>0x7ffd64e7e710, 0) = -1 ENOENT (No such file or directory)",
            "wait4(-1,  <unfinished ...>",
            "+++ exited with 0 +++",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let m = merge_resumed(&lines);
        assert_eq!(
            m,
            vec![
                "close(4) = 0",
                "newfstatat(AT_FDCWD, \"/x\", 0x7ffd64e7e710, 0) = -1 ENOENT (No such file or directory)",
                "wait4(-1,  <unfinished ...>",
                "+++ exited with 0 +++",
            ]
        );
    }

    #[test]
    fn interleaving_does_not_matter() {
        // The same two processes, interleaved differently and with the
        // pids of another run.
        let a = raw(&[
            "100   execve(\"/bin/sh\", [\"sh\"], 0x7ffc0 /* 3 vars */) = 0",
            "100   clone(child_stack=NULL, flags=SIGCHLD <unfinished ...>",
            "101   getpid( <unfinished ...>",
            "100   <... clone resumed>)              = 101",
            "101   <... getpid resumed>)             = 101",
            "100   wait4(-1,  <unfinished ...>",
            "101   exit_group(0)                     = ?",
            "101   +++ exited with 0 +++",
            "100   <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 101",
            "100   --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=101, si_uid=0, si_status=0, si_utime=0, si_stime=1 /* 0.01 s */} ---",
            "100   exit_group(0)                     = ?",
            "100   +++ exited with 0 +++",
        ]);
        let b = raw(&[
            "7000  execve(\"/bin/sh\", [\"sh\"], 0x7ffc0 /* 3 vars */) = 0",
            "7000  clone(child_stack=NULL, flags=SIGCHLD) = 7005",
            "7005  getpid()                          = 7005",
            "7005  exit_group(0 <unfinished ...>",
            "7000  wait4(-1,  <unfinished ...>",
            "7005  <... exit_group resumed>)         = ?",
            "7005  +++ exited with 0 +++",
            "7000  <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 7005",
            "7000  --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=7005, si_uid=0, si_status=0, si_utime=2, si_stime=0} ---",
            "7000  exit_group(0)                     = ?",
            "7000  +++ exited with 0 +++",
        ]);
        let na = normalize_trace(&a, &[]);
        let nb = normalize_trace(&b, &[]);
        assert_eq!(na, nb);
        assert_eq!(na["P0"][1], "clone(child_stack=NULL, flags=SIGCHLD) = P0.1");
        assert_eq!(na["P0.1"][0], "getpid() = P0.1");
        assert_eq!(
            na["P0"][2],
            "wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = P0.1"
        );
        assert!(na["P0"][3].contains("si_pid=P0.1,"));
        assert!(na["P0"][3].contains("si_utime=_, si_stime=_}"));
    }

    #[test]
    fn children_are_labelled_by_fork_order() {
        let t = raw(&[
            "50    clone(child_stack=NULL, flags=SIGCHLD) = 52",
            "50    clone(child_stack=NULL, flags=SIGCHLD) = 51",
            "51    clone3({flags=CLONE_VM, child_tid=0x7f0000001000} => {parent_tid=[53]}, 88) = 53",
            "53    gettid()                          = 53",
            "52    kill(50, SIGUSR1)                 = 0",
            "51    getppid()                         = 50",
            "50    getppid()                         = 49",
            "50    tgkill(50, 50, SIGABRT)           = 0",
            "50    wait4(52, NULL, 0, NULL)          = 52",
        ]);
        let n = normalize_trace(&t, &[]);
        let keys: Vec<&str> = n.keys().map(String::as_str).collect();
        assert_eq!(keys, vec!["P0", "P0.1", "P0.2", "P0.2.1"]);
        assert_eq!(n["P0"][0], "clone(child_stack=NULL, flags=SIGCHLD) = P0.1");
        assert_eq!(n["P0"][1], "clone(child_stack=NULL, flags=SIGCHLD) = P0.2");
        assert_eq!(n["P0"][2], "getppid() = X1");
        assert_eq!(n["P0"][3], "tgkill(P0, P0, SIGABRT) = 0");
        assert_eq!(n["P0"][4], "wait4(P0.1, NULL, 0, NULL) = P0.1");
        assert_eq!(n["P0.1"][0], "kill(P0, SIGUSR1) = 0");
        assert_eq!(
            n["P0.2"][0],
            "clone3({flags=CLONE_VM, child_tid=0xADDR} => {parent_tid=[P0.2.1]}, 88) = P0.2.1"
        );
        assert_eq!(n["P0.2"][1], "getppid() = P0");
        assert_eq!(n["P0.2.1"][0], "gettid() = P0.2.1");
    }

    #[test]
    fn single_process_root_pid_is_learnt() {
        let t = raw(&[
            "set_tid_address(0x7f1234567890)         = 4242",
            "getpid()                                = 4242",
            "kill(4242, SIGUSR1)                     = 0",
            "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=4242, si_uid=0} ---",
            "clone(child_stack=NULL, flags=SIGCHLD, child_tidptr=0x7f1234567890) = 4243",
            "wait4(4243, NULL, 0, NULL)              = 4243",
            "getppid()                               = 4000",
        ]);
        let n = normalize_trace(&t, &[]);
        assert_eq!(n.len(), 1);
        let p = &n["P0"];
        assert_eq!(p[0], "set_tid_address(0xADDR) = P0");
        assert_eq!(p[1], "getpid() = P0");
        assert_eq!(p[2], "kill(P0, SIGUSR1) = 0");
        assert_eq!(
            p[3],
            "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=P0, si_uid=0} ---"
        );
        assert_eq!(
            p[4],
            "clone(child_stack=NULL, flags=SIGCHLD, child_tidptr=0xADDR) = P0.1"
        );
        assert_eq!(p[5], "wait4(P0.1, NULL, 0, NULL) = P0.1");
        assert_eq!(p[6], "getppid() = X1");
    }

    #[test]
    fn ff_files_are_split_by_pid() {
        let t = vec![
            RawLine {
                pid: Some(900),
                width: 0,
                text: "getpid()                                = 900".into(),
            },
            RawLine {
                pid: Some(901),
                width: 0,
                text: "exit_group(3)                           = ?".into(),
            },
            RawLine {
                pid: Some(900),
                width: 0,
                text: "vfork()                                 = 901".into(),
            },
        ];
        let n = normalize_trace(&t, &[]);
        assert_eq!(n["P0"], vec!["getpid() = P0", "vfork() = P0.1"]);
        assert_eq!(n["P0.1"], vec!["exit_group(3) = ?"]);
    }

    #[test]
    fn addresses_random_and_times_are_masked() {
        let mut ctx = PidCtx {
            known: HashMap::new(),
            unknown: HashMap::new(),
        };
        let n = |l: &str, ctx: &mut PidCtx| normalize_line(l, ctx, &[]);
        assert_eq!(
            n(
                "mmap(0x7f2dfcaa7000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f2dfcaa7000",
                &mut ctx
            ),
            "mmap(0xADDR, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0xADDR"
        );
        // small hex values (bad pointers, offsets) are kept
        assert_eq!(
            n("read(0, 0x8, 10) = -1 EFAULT (Bad address)", &mut ctx),
            "read(0, 0x8, 10) = -1 EFAULT (Bad address)"
        );
        // hex-looking text inside strings is kept
        assert_eq!(
            n("write(1, \"0x7fffffffe000\\n\", 15) = 15", &mut ctx),
            "write(1, \"0x7fffffffe000\\n\", 15) = 15"
        );
        assert_eq!(
            n(
                "getrandom(\"\\x7d\\x39\\x16\\xef\\xff\\xe6\\x04\\x25\", 8, GRND_NONBLOCK) = 8",
                &mut ctx
            ),
            "getrandom(<random>, 8, GRND_NONBLOCK) = 8"
        );
        assert_eq!(
            n(
                "getrandom(\"\\x7d\\x39\\x16\\xef\"..., 24, GRND_NONBLOCK) = 24",
                &mut ctx
            ),
            "getrandom(<random>, 24, GRND_NONBLOCK) = 24"
        );
        assert_eq!(
            n(
                "newfstatat(3, \"\", {st_dev=makedev(0xfe, 0), st_ino=672, st_mode=S_IFREG|0644, st_nlink=1, st_size=33699, st_atime=1796654935 /* 2026-12-07T14:48:55.305267704+0000 */, st_atime_nsec=305267704, st_mtime=1790052689 /* 2026-09-22T04:51:29+0000 */, st_mtime_nsec=0, st_ctime=1790052689 /* 2026-09-22T04:51:29+0000 */, st_ctime_nsec=0}, AT_EMPTY_PATH) = 0",
                &mut ctx
            ),
            "newfstatat(3, \"\", {st_dev=makedev(0xfe, 0), st_ino=_, st_mode=S_IFREG|0644, st_nlink=1, st_size=33699, st_atime=_, st_atime_nsec=_, st_mtime=_, st_mtime_nsec=_, st_ctime=_, st_ctime_nsec=_}, AT_EMPTY_PATH) = 0"
        );
        assert_eq!(
            n(
                "statx(AT_FDCWD, \"/x\", 0, STATX_MODE, {stx_mask=STATX_BASIC_STATS, stx_ino=330534, stx_size=4096, stx_atime={tv_sec=1796655244, tv_nsec=983921702} /* 2026-12-07T14:54:04.983921702+0000 */, stx_mnt_id=0x1b}) = 0",
                &mut ctx
            ),
            "statx(AT_FDCWD, \"/x\", 0, STATX_MODE, {stx_mask=STATX_BASIC_STATS, stx_ino=_, stx_size=4096, stx_atime=_, stx_mnt_id=0x1b}) = 0"
        );
        assert_eq!(
            n(
                "sysinfo({uptime=315, loads=[0, 1600, 0], totalram=25276182528, freeram=24854110208, sharedram=10551296, bufferram=1691648, totalswap=0, freeswap=0, procs=118, totalhigh=0, freehigh=0, mem_unit=1}) = 0",
                &mut ctx
            ),
            "sysinfo({uptime=_, loads=_, totalram=25276182528, freeram=_, sharedram=_, bufferram=_, totalswap=0, freeswap=_, procs=_, totalhigh=0, freehigh=_, mem_unit=1}) = 0"
        );
        assert_eq!(
            n(
                "clock_gettime(CLOCK_REALTIME, {tv_sec=1796654935, tv_nsec=305267704}) = 0",
                &mut ctx
            ),
            "clock_gettime(CLOCK_REALTIME, {tv_sec=_, tv_nsec=_}) = 0"
        );
        // a nanosleep request is deterministic and kept
        assert_eq!(
            n(
                "clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=200000000}, NULL) = 0",
                &mut ctx
            ),
            "clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=200000000}, NULL) = 0"
        );
        assert_eq!(n("time(NULL) = 1796654935", &mut ctx), "time(NULL) = _");
        // vars comment stays
        assert_eq!(
            n(
                "execve(\"/usr/bin/true\", [\"true\"], 0x7ffdd2404ed8 /* 39 vars */) = 0",
                &mut ctx
            ),
            "execve(\"/usr/bin/true\", [\"true\"], 0xADDR /* 39 vars */) = 0"
        );
    }

    #[test]
    fn stdout_mask() {
        let mut ctx = PidCtx {
            known: HashMap::new(),
            unknown: HashMap::new(),
        };
        assert_eq!(
            normalize_line(
                "write(1, \"Mon Dec  7 14:52:13 UTC 2026\\n\", 29) = 29",
                &mut ctx,
                &[Mask::StdoutWrites]
            ),
            "write(1, <stdout>, 29) = 29"
        );
        assert_eq!(
            normalize_line("write(2, \"x\", 1) = 1", &mut ctx, &[Mask::StdoutWrites]),
            "write(2, \"x\", 1) = 1"
        );
    }

    #[test]
    fn proc_paths_and_futex() {
        let t = raw(&[
            "10    clone3({flags=CLONE_VM|CLONE_THREAD} => {parent_tid=[11]}, 88) = 11",
            "10    openat(AT_FDCWD, \"/proc/10/status\", O_RDONLY) = 3",
            "10    futex(0x7f0000001000, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 11, NULL, FUTEX_BITSET_MATCH_ANY) = 0",
            "10    futex(0x7f0000001000, FUTEX_WAKE_PRIVATE, 2147483647) = 0",
            "11    exit(0)                           = ?",
        ]);
        let n = normalize_trace(&t, &[]);
        assert_eq!(
            n["P0"][1],
            "openat(AT_FDCWD, \"/proc/P0/status\", O_RDONLY) = 3"
        );
        assert_eq!(
            n["P0"][2],
            "futex(0xADDR, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, P0.1, NULL, FUTEX_BITSET_MATCH_ANY) = 0"
        );
        assert_eq!(
            n["P0"][3],
            "futex(0xADDR, FUTEX_WAKE_PRIVATE, 2147483647) = 0"
        );
    }

    #[test]
    fn inode_numbers_are_masked() {
        assert_eq!(
            mask_inodes("close(4<UNIX-STREAM:[97658->97659]>) = 0"),
            "close(4<UNIX-STREAM:[INO->INO]>) = 0"
        );
        assert_eq!(
            mask_inodes("read(3<pipe:[123]>, \"x\", 1) = 1"),
            "read(3<pipe:[INO]>, \"x\", 1) = 1"
        );
        assert_eq!(mask_inodes("x = 1 -> 2"), "x = 1 -> 2");
    }

    #[test]
    fn timestamps_are_stripped() {
        assert_eq!(strip_timestamp("14:52:13 brk(NULL) = 0"), "brk(NULL) = 0");
        assert_eq!(
            strip_timestamp("14:52:13.123456 brk(NULL) = 0"),
            "brk(NULL) = 0"
        );
        assert_eq!(
            strip_timestamp("1796654935.123456 brk(NULL) = 0"),
            "brk(NULL) = 0"
        );
        assert_eq!(strip_timestamp("brk(NULL) = 0"), "brk(NULL) = 0");
    }

    #[test]
    fn lcs_scores_and_hunks() {
        let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let a = v(&["a", "b", "c", "d", "e"]);
        let b = v(&["a", "x", "c", "e", "f"]);
        let ops = lcs_ops(&a, &b).unwrap();
        assert_eq!(ops.iter().filter(|o| **o == Op::Same).count(), 3);
        assert_eq!(lcs_len(&a, &b), 3);
        let mut s = NormTrace::new();
        s.insert("P0".into(), a.clone());
        let mut r = NormTrace::new();
        r.insert("P0".into(), b);
        let c = compare_traces(&s, &r, 10);
        assert_eq!(c.matched, 3);
        assert!(c.hunks[0].contains("- b") && c.hunks[0].contains("+ x"));
        // a missing process counts as unmatched
        s.insert("P0.1".into(), v(&["exit_group(0) = ?"]));
        let c = compare_traces(&s, &r, 10);
        assert_eq!(c.matched, 3);
    }

    #[test]
    fn split_args_handles_nesting_and_strings() {
        let l = "wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 5";
        let (args, close) = split_args(l).unwrap();
        let texts: Vec<&str> = args.iter().map(|&(s, e)| &l[s..e]).collect();
        assert_eq!(
            texts,
            vec!["-1", "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]", "0", "NULL"]
        );
        assert_eq!(&l[close.unwrap()..close.unwrap() + 1], ")");
        let l = "write(1, \"a, (b\", 6) = 6";
        let (args, _) = split_args(l).unwrap();
        assert_eq!(args.len(), 3);
    }
}
