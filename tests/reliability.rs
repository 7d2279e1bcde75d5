//! Reliability under load, faults and hostile input.
//!
//! Every case is bounded (process counts, syscall counts, timeouts) so that
//! the whole file runs in CI in well under three minutes on two cores
//! (`cargo test --release --test reliability`).  Each case asserts what was
//! lost (nothing), what hung (nothing: every wait has a deadline) and what
//! changed for the tracee (nothing), and compares with `/usr/bin/strace` in
//! the same setup where the behaviour is a matter of compatibility.  Each
//! case prints the figure it measured with `eprintln!` (`--nocapture` shows
//! them).
//!
//! `RSTRACE_BIN=/usr/bin/strace cargo test --test reliability` runs the
//! suite against strace itself (a self-check of the harness); every case
//! passes except `fault_tracer_sigkilled_launched` (strace 6.1 does not
//! use PTRACE_O_EXITKILL, so its launched command survives it).
//! `REL_GETPPID_COUNT=N` changes the size of the long-run RSS case
//! (300,000 syscalls by default; 1,000,000 takes 17-60+ s on 2 cores);
//! `REL_FUZZ_CASES=N` and `REL_FUZZ_SEED=N` the fuzz cases.

mod common;

use common::{
    RunOutput, TempDir, compile_fixture, kill_group, prepare_command, proc_state, prog_name,
    rstrace_bin, run_with_timeout, send_signal, status_string, strace_bin, strip_prog_prefix,
    wait_until, wait_with_timeout,
};
use regex::Regex;
use std::collections::BTreeMap;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const T_RUN: Duration = Duration::from_secs(30);

/// Fixtures are compiled once into `CARGO_TARGET_TMPDIR/rel-fixtures/<hash
/// of the source>/` (compiled in a private directory, then renamed into
/// place, so concurrent test runs never execute a half-written binary and
/// nothing is left in /tmp).
fn fixture(name: &str) -> PathBuf {
    use std::hash::{Hash, Hasher};
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let src = std::fs::read(common::fixtures_src_dir().join(format!("{name}.c"))).unwrap();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    src.hash(&mut h);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("rel-fixtures")
        .join(format!("{:016x}", h.finish()));
    let out = dir.join(name);
    if out.exists() {
        return out;
    }
    std::fs::create_dir_all(&dir).unwrap();
    let tmp = TempDir::new("rel-cc");
    let built = compile_fixture(name, tmp.path()).unwrap_or_else(|e| panic!("{e}"));
    let staged = dir.join(format!(".{name}.{}", std::process::id()));
    std::fs::copy(&built, &staged).unwrap();
    std::fs::rename(&staged, &out).unwrap();
    out
}

/// Runs `tracer args` with a timeout; panics on timeout or a Rust crash.
fn run(tracer: &Path, args: &[&str]) -> RunOutput {
    run_in(tracer, args, Path::new("/"))
}

fn run_in(tracer: &Path, args: &[&str], cwd: &Path) -> RunOutput {
    let mut c = Command::new(tracer);
    c.args(args).current_dir(cwd).stdin(Stdio::null());
    let out = run_with_timeout(&mut c, T_RUN)
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", tracer.display()));
    assert!(
        !out.timed_out,
        "{} {args:?} timed out (hung); stderr tail: {}",
        tracer.display(),
        tail(&out.stderr_str(), 800)
    );
    if let Some(m) = out.rust_crash_message() {
        panic!("{} {args:?} crashed: {m}", tracer.display());
    }
    out
}

fn tail(s: &str, n: usize) -> String {
    let start = s.len().saturating_sub(n);
    let mut i = start;
    while !s.is_char_boundary(i) {
        i += 1;
    }
    s[i..].to_string()
}

/// A tracer (or other process) running in the background with its stdout
/// and stderr going to files, in its own process group.
struct Bg {
    child: Child,
    out: PathBuf,
    err: PathBuf,
    done: Option<(Option<ExitStatus>, bool)>,
}

impl Bg {
    fn spawn(prog: &Path, args: &[&str], dir: &TempDir, tag: &str) -> Bg {
        let out = dir.join(format!("{tag}.stdout"));
        let err = dir.join(format!("{tag}.stderr"));
        let mut c = Command::new(prog);
        c.args(args)
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(std::fs::File::create(&err).unwrap());
        prepare_command(&mut c);
        let child = c
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", prog.display()));
        Bg {
            child,
            out,
            err,
            done: None,
        }
    }
    fn pid(&self) -> u32 {
        self.child.id()
    }
    /// Exited within `t`?
    fn wait_for(&mut self, t: Duration) -> Option<ExitStatus> {
        if let Some((s, false)) = self.done {
            return s;
        }
        let deadline = Instant::now() + t;
        loop {
            if let Ok(Some(s)) = self.child.try_wait() {
                self.done = Some((Some(s), false));
                return Some(s);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    /// Waits at most `t`, then kills the group.  Returns (status, timed_out).
    fn finish(&mut self, t: Duration) -> (Option<ExitStatus>, bool) {
        if let Some(d) = self.done {
            return d;
        }
        let r = wait_with_timeout(&mut self.child, t);
        self.done = Some(r);
        r
    }
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&std::fs::read(&self.out).unwrap_or_default()).into_owned()
    }
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&std::fs::read(&self.err).unwrap_or_default()).into_owned()
    }
}

impl Drop for Bg {
    fn drop(&mut self) {
        if self.done.is_none() {
            kill_group(self.child.id());
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A process started directly by the test (the tracee of `-p` cases),
/// killed and reaped on drop.
struct Victim(Child);

impl Victim {
    fn sleep(secs: &str) -> Victim {
        let mut c = Command::new("sleep");
        c.arg(secs)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        prepare_command(&mut c);
        let v = Victim(c.spawn().expect("cannot run sleep"));
        // Wait until it has exec'd sleep (comm changed).
        // Wait until it has exec'd sleep and blocks in its nanosleep.
        assert!(wait_until(Duration::from_secs(5), || comm(v.pid())
            .as_deref()
            == Some("sleep")
            && proc_state(v.pid()) == Some('S')));
        v
    }
    fn pid(&self) -> u32 {
        self.0.id()
    }
}

impl Drop for Victim {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn comm(pid: u32) -> Option<String> {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .ok()
        .map(|s| s.trim_end().to_string())
}

fn status_field(pid: u32, field: &str) -> Option<String> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    s.lines()
        .find(|l| l.starts_with(field) && l[field.len()..].starts_with(':'))
        .map(|l| l[field.len() + 1..].trim().to_string())
}

fn tracer_pid(pid: u32) -> Option<u32> {
    status_field(pid, "TracerPid").and_then(|s| s.parse().ok())
}

/// VmRSS of `pid` in KiB.
fn vm_rss_kib(pid: u32) -> Option<u64> {
    status_field(pid, "VmRSS").and_then(|s| s.trim_end_matches(" kB").trim().parse().ok())
}

/// Direct children of `pid` (all its threads).
fn children_of(pid: u32) -> Vec<u32> {
    let mut v = Vec::new();
    if let Ok(rd) = std::fs::read_dir(format!("/proc/{pid}/task")) {
        for t in rd.flatten() {
            if let Ok(s) = std::fs::read_to_string(t.path().join("children")) {
                v.extend(s.split_whitespace().filter_map(|x| x.parse::<u32>().ok()));
            }
        }
    }
    v
}

/// The first descendant of `pid` whose comm is `name`.
fn find_descendant(pid: u32, name: &str) -> Option<u32> {
    let mut todo = children_of(pid);
    while let Some(p) = todo.pop() {
        if comm(p).as_deref() == Some(name) {
            return Some(p);
        }
        todo.extend(children_of(p));
    }
    None
}

/// What became of a process: `running` (R/S/D), `stopped` (T/t), `dead`
/// (gone or zombie).
fn fate(pid: u32) -> &'static str {
    match proc_state(pid) {
        None | Some('Z') | Some('X') => "dead",
        Some('T') | Some('t') => "stopped",
        Some(_) => "running",
    }
}

fn kill_pid(pid: u32) {
    send_signal(pid, libc::SIGKILL);
}

fn status_opt(s: Option<ExitStatus>) -> String {
    s.map(status_string)
        .unwrap_or_else(|| "still running".into())
}

/// Stderr lines with the `prog: ` prefix removed and the tracer's name
/// replaced by `PROG`, pids replaced by `PID`.
fn diag(stderr: &str, tracer: &Path) -> Vec<String> {
    let full = tracer.to_string_lossy().into_owned();
    let base = prog_name(tracer);
    let pid_re = Regex::new(r"\b\d{2,}\b").unwrap();
    stderr
        .lines()
        .map(|l| {
            let body = if l.starts_with(&full) || l.starts_with(&format!("{base}:")) {
                strip_prog_prefix(l)
            } else {
                l
            };
            pid_re
                .replace_all(&body.replace(&full, "PROG"), "PID")
                .into_owned()
        })
        .collect()
}

fn both() -> [PathBuf; 2] {
    [strace_bin(), rstrace_bin()]
}

/// A simple deterministic PRNG (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len())]
    }
}

// ---------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------

/// `-f` over 300 short-lived children: every child's `+++ exited with N +++`
/// line is present with N = i % 256, none is lost or duplicated, and
/// rstrace's exit status is the fixture's (7).
#[test]
fn load_fork_300_children_all_exits_reported() {
    let fx = fixture("rel_forks");
    let t0 = Instant::now();
    let out = run(
        &rstrace_bin(),
        &[
            "-f",
            "-q",
            "-e",
            "trace=exit_group",
            fx.to_str().unwrap(),
            "300",
        ],
    );
    let el = t0.elapsed();
    let err = out.stderr_str();
    let re = Regex::new(r"^\[pid +(\d+)\] \+\+\+ exited with (\d+) \+\+\+$").unwrap();
    let mut codes: Vec<u32> = Vec::new();
    for l in err.lines() {
        if let Some(c) = re.captures(l) {
            codes.push(c[2].parse().unwrap());
        }
    }
    eprintln!(
        "load_fork_300: {} child exit lines, status {}, {:.2?}",
        codes.len(),
        out.status_string(),
        el
    );
    let expect: Vec<u32> = (0..300).map(|i| i % 256).collect();
    assert_eq!(codes, expect, "child exit lines lost or wrong");
    assert_eq!(out.status_string(), "exit 7");
    assert!(
        err.ends_with("+++ exited with 7 +++\n"),
        "{}",
        tail(&err, 300)
    );
}

/// 16 threads x 2000 getppid each under `-f`: every thread's 2000 calls are
/// all in the trace (none lost), each has a result, and the process exits 0.
#[test]
fn load_16_threads_x_2000_syscalls_none_lost() {
    let fx = fixture("rel_threads");
    let dir = TempDir::new("rel-thr");
    let log = dir.join("trace");
    let t0 = Instant::now();
    let out = run(
        &rstrace_bin(),
        &[
            "-f",
            "-q",
            "-e",
            "trace=getppid",
            "-o",
            log.to_str().unwrap(),
            fx.to_str().unwrap(),
            "16",
            "2000",
        ],
    );
    let el = t0.elapsed();
    assert_eq!(out.status_string(), "exit 0", "{}", out.stderr_str());
    let trace = std::fs::read_to_string(&log).unwrap();
    let mut calls: BTreeMap<String, usize> = BTreeMap::new();
    let mut results: BTreeMap<String, usize> = BTreeMap::new();
    // With -o FILE each line starts with the bare tid.
    let re = Regex::new(r"^(?:\[pid +)?(\d+)\]? +(.*)$").unwrap();
    for l in trace.lines() {
        let Some(c) = re.captures(l) else { continue };
        let pid = c[1].to_string();
        let body = &c[2];
        if body.starts_with("getppid(") {
            *calls.entry(pid.clone()).or_default() += 1;
        }
        if (body.starts_with("getppid()") || body.starts_with("<... getppid resumed>"))
            && body.contains(" = ")
        {
            *results.entry(pid).or_default() += 1;
        }
    }
    let counts: Vec<usize> = calls.values().copied().collect();
    eprintln!(
        "load_16_threads: {} threads, per-thread call lines {:?}, {:.2?}",
        calls.len(),
        counts,
        el
    );
    assert_eq!(calls.len(), 16, "threads seen: {calls:?}");
    assert!(calls.values().all(|&n| n == 2000), "{calls:?}");
    assert_eq!(calls, results, "calls without a result line");
}

/// A signal storm that cannot coalesce: 2000 SIGUSR1 sent one at a time
/// (each acknowledged by the handler through a pipe).  Traced with `-f`,
/// the handler runs exactly 2000 times (as in the untraced run, which
/// prints the same count) and every delivery is shown as a
/// `--- SIGUSR1 ... ---` line.
#[test]
fn load_signal_storm_2000_sigusr1_all_delivered() {
    let fx = fixture("rel_sigstorm");
    let dir = TempDir::new("rel-sig");
    let log = dir.join("trace");
    let untraced = run(&fx, &["2000"]);
    assert_eq!(untraced.stdout_str(), "handled 2000\n");
    let t0 = Instant::now();
    let out = run(
        &rstrace_bin(),
        &[
            "-f",
            "-q",
            "-e",
            "trace=none",
            "-o",
            log.to_str().unwrap(),
            fx.to_str().unwrap(),
            "2000",
        ],
    );
    let el = t0.elapsed();
    let trace = std::fs::read_to_string(&log).unwrap();
    let sig_lines = trace
        .lines()
        .filter(|l| l.contains("--- SIGUSR1 {"))
        .count();
    eprintln!(
        "load_signal_storm: untraced {:?}, traced stdout {:?}, {} SIGUSR1 lines, status {}, {:.2?}",
        untraced.stdout_str().trim(),
        out.stdout_str().trim(),
        sig_lines,
        out.status_string(),
        el
    );
    assert_eq!(out.stdout_str(), untraced.stdout_str());
    assert_eq!(out.status_string(), "exit 0");
    assert_eq!(sig_lines, 2000);
}

/// A long run of getppid under `rstrace -o /dev/null` (300,000 in CI:
/// 5-30 s depending on the host; `REL_GETPPID_COUNT=1000000` is the issue's
/// full size, 17 s on an idle 2-core box but over 60 s on a busy one):
/// rstrace's
/// VmRSS sampled near the start and near the end stays flat (end < start
/// + 8 MiB), and the tracee exits 0.
#[test]
fn load_long_run_getppid_rss_flat() {
    let n: u64 = std::env::var("REL_GETPPID_COUNT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300_000);
    let fx = fixture("rel_getppid");
    let dir = TempDir::new("rel-rss");
    let ns = n.to_string();
    let t0 = Instant::now();
    let mut bg = Bg::spawn(
        &rstrace_bin(),
        &["-o", "/dev/null", fx.to_str().unwrap(), &ns],
        &dir,
        "r",
    );
    let pid = bg.pid();
    // Start sample: once the fixture runs its loop (a few ms in).
    assert!(wait_until(Duration::from_secs(10), || comm(pid).is_some()
        && find_descendant(pid, "rel_getppid").is_some()));
    std::thread::sleep(Duration::from_millis(300));
    let start = vm_rss_kib(pid).expect("VmRSS at start");
    let mut last = start;
    let mut max = start;
    while bg.wait_for(Duration::from_millis(100)).is_none() {
        if t0.elapsed() > Duration::from_secs(120) {
            break;
        }
        if let Some(r) = vm_rss_kib(pid) {
            last = r;
            max = max.max(r);
        }
    }
    let (st, to) = bg.finish(Duration::from_secs(1));
    eprintln!(
        "load_long_run: {n} getppid, VmRSS start {start} KiB, end {last} KiB, max {max} KiB, {:.2?}, status {}",
        t0.elapsed(),
        status_opt(st)
    );
    assert!(!to, "timed out");
    assert_eq!(status_opt(st), "exit 0", "{}", bg.stderr());
    assert!(
        last < start + 8 * 1024,
        "RSS grew from {start} to {last} KiB"
    );
    assert!(
        max < start + 8 * 1024,
        "RSS peaked at {max} KiB (start {start})"
    );
}

// ---------------------------------------------------------------------------
// Process-model corner cases
// ---------------------------------------------------------------------------

/// Lines of a `-f` trace reduced to their shape: pids replaced by PID and
/// addresses by ADDR.
fn shape(s: &str) -> Vec<String> {
    let pid = Regex::new(r"\[pid +\d+\]").unwrap();
    let num = Regex::new(r"\b(pid|thread) \d+").unwrap();
    let addr = Regex::new(r"0x[0-9a-f]{6,}").unwrap();
    let sp = Regex::new(r"\s+").unwrap();
    s.lines()
        .map(|l| {
            let l = pid.replace_all(l, "[pid PID]");
            let l = num.replace_all(&l, "$1 PID");
            let l = addr.replace_all(&l, "ADDR");
            sp.replace_all(&l, " ").into_owned()
        })
        .collect()
}

/// Runs the same command under both tracers and returns (strace, rstrace).
fn run_both(args: &[&str]) -> (RunOutput, RunOutput) {
    let s = run(&strace_bin(), args);
    let r = run(&rstrace_bin(), args);
    (s, r)
}

/// execve from a non-leader thread under `-f`: the exec'd program runs
/// (its output and exit status are right), the trace has the
/// `+++ superseded by execve in pid N +++` line, the resumed execve and the
/// exit line, and nothing hangs.
#[test]
fn model_exec_from_non_leader_thread() {
    let fx = fixture("rel_nonleader_exec");
    let r = run(
        &rstrace_bin(),
        &["-f", "-e", "trace=execve,exit_group", fx.to_str().unwrap()],
    );
    let sh = shape(&r.stderr_str());
    eprintln!(
        "model_exec_non_leader: status {}, trace {:?}",
        r.status_string(),
        sh
    );
    assert_eq!(r.stdout_str(), "after-exec\n");
    assert_eq!(r.status_string(), "exit 0");
    assert!(
        sh.iter()
            .any(|l| l.ends_with("+++ superseded by execve in pid PID +++"))
    );
    assert!(sh.iter().any(|l| l == "<... execve resumed>) = 0"));
    assert_eq!(sh.last().map(String::as_str), Some("+++ exited with 0 +++"));
}

/// The same, line for line against strace: the execve of the non-leader
/// ends with `<pid changed to N ...>` and the superseded line has no
/// `[pid N]` prefix.
#[test]
fn model_exec_from_non_leader_thread_matches_strace() {
    let fx = fixture("rel_nonleader_exec");
    let (s, r) = run_both(&["-f", "-e", "trace=execve,exit_group", fx.to_str().unwrap()]);
    let norm = |o: &RunOutput| -> Vec<String> {
        let pc = Regex::new(r"<pid changed to \d+ \.\.\.>").unwrap();
        shape(&o.stderr_str())
            .into_iter()
            .skip(1) // the first execve shows each tracer's own envp address
            .filter(|l| !l.contains(" attached"))
            .map(|l| pc.replace_all(&l, "<pid changed to PID ...>").into_owned())
            .collect()
    };
    assert_eq!(norm(&r), norm(&s));
}

/// vfork (child `_exit`s, then a child that execs): both children appear
/// with their exit codes, the parent's status is 7, as with strace.
#[test]
fn model_vfork() {
    let fx = fixture("rel_vfork");
    let (s, r) = run_both(&[
        "-f",
        "-q",
        "-e",
        "trace=vfork,exit_group",
        fx.to_str().unwrap(),
    ]);
    let exits = |o: &RunOutput| -> Vec<String> {
        shape(&o.stderr_str())
            .into_iter()
            .filter(|l| l.contains("+++"))
            .collect()
    };
    eprintln!(
        "model_vfork: strace {:?} {} / rstrace {:?} {}",
        exits(&s),
        s.status_string(),
        exits(&r),
        r.status_string()
    );
    assert_eq!(r.status_string(), "exit 7");
    assert_eq!(r.status_string(), s.status_string());
    assert_eq!(exits(&r), exits(&s));
}

/// A daemon (double fork + setsid) that outlives its parent: with `-f`
/// rstrace waits for it (its `+++ exited with 5 +++` is traced and its
/// marker file written before rstrace exits), and exits with the top
/// process's status, as strace does.
#[test]
fn model_daemon_outlives_parent() {
    let fx = fixture("rel_daemon");
    for t in both() {
        let dir = TempDir::new("rel-daemon");
        let mark = dir.join("mark");
        let t0 = Instant::now();
        let o = run(
            &t,
            &[
                "-f",
                "-q",
                "-e",
                "trace=exit_group",
                fx.to_str().unwrap(),
                mark.to_str().unwrap(),
            ],
        );
        let el = t0.elapsed();
        let marker = std::fs::read_to_string(&mark).unwrap_or_default();
        let err = o.stderr_str();
        eprintln!(
            "model_daemon [{}]: {:.2?}, status {}, marker {:?}",
            prog_name(&t),
            el,
            o.status_string(),
            marker.trim()
        );
        assert_eq!(
            marker,
            "daemon-done\n",
            "{} exited before the daemon",
            t.display()
        );
        assert!(err.contains("+++ exited with 5 +++"), "{err}");
        assert_eq!(o.status_string(), "exit 0");
        assert!(!o.lingering);
    }
}

/// A tracee SIGKILLed in the middle of a syscall (sleep in nanosleep):
/// `+++ killed by SIGKILL +++` and the tracer exits as strace does
/// (killed by SIGKILL itself).
#[test]
fn model_tracee_sigkilled_mid_syscall() {
    let mut res = Vec::new();
    for t in both() {
        let dir = TempDir::new("rel-kill");
        let mut bg = Bg::spawn(&t, &["sleep", "100"], &dir, "t");
        let tracee = wait_for_descendant(bg.pid(), "sleep");
        // in nanosleep
        assert!(wait_until(Duration::from_secs(5), || proc_state(tracee) == Some('S')));
        std::thread::sleep(Duration::from_millis(50));
        kill_pid(tracee);
        let (st, to) = bg.finish(Duration::from_secs(10));
        assert!(!to, "{} hung after its tracee was killed", t.display());
        let err = bg.stderr();
        let last = err.lines().last().unwrap_or("").to_string();
        eprintln!(
            "model_sigkill [{}]: status {}, last line {last:?}",
            prog_name(&t),
            status_opt(st)
        );
        res.push((status_opt(st), last));
    }
    assert_eq!(res[1].1, "+++ killed by SIGKILL +++");
    assert_eq!(res[1], res[0]);
}

fn wait_for_descendant(pid: u32, name: &str) -> u32 {
    let mut found = None;
    assert!(
        wait_until(Duration::from_secs(10), || {
            found = find_descendant(pid, name);
            found.is_some()
        }),
        "no {name} under {pid}"
    );
    found.unwrap()
}

/// `-p` of a SIGSTOPped process, then SIGCONT: the process keeps running
/// (not left stopped), the tracer prints what strace prints for the stop
/// (`--- stopped by SIGSTOP ---` after attaching, then `--- SIGCONT ...`).
#[test]
#[allow(clippy::regex_creation_in_loops)] // two iterations: strace, then rstrace
fn model_attach_to_stopped_then_sigcont() {
    let mut shapes = Vec::new();
    for t in both() {
        let v = Victim::sleep("100");
        send_signal(v.pid(), libc::SIGSTOP);
        assert!(wait_until(Duration::from_secs(5), || proc_state(v.pid()) == Some('T')));
        let dir = TempDir::new("rel-stopped");
        let ps = v.pid().to_string();
        let mut bg = Bg::spawn(&t, &["-p", &ps], &dir, "t");
        assert!(wait_until(Duration::from_secs(5), || tracer_pid(v.pid())
            == Some(bg.pid())));
        std::thread::sleep(Duration::from_millis(200));
        send_signal(v.pid(), libc::SIGCONT);
        let running = wait_until(Duration::from_secs(3), || proc_state(v.pid()) == Some('S'));
        std::thread::sleep(Duration::from_millis(200));
        let state_after = proc_state(v.pid());
        send_signal(bg.pid(), libc::SIGINT);
        let (st, to) = bg.finish(Duration::from_secs(5));
        assert!(!to);
        let still = wait_until(Duration::from_secs(2), || proc_state(v.pid()) == Some('S'));
        let (uid_re, addr_re, ws_re, resume_re) = (
            Regex::new(r"si_uid=\d+").unwrap(),
            Regex::new(r"0x[0-9a-f]{6,}").unwrap(),
            Regex::new(r"\s+").unwrap(),
            Regex::new(r"resuming interrupted \w+").unwrap(),
        );
        let lines: Vec<String> = diag(&bg.stderr(), &t)
            .into_iter()
            .map(|l| uid_re.replace_all(&l, "si_uid=U").into_owned())
            .map(|l| addr_re.replace_all(&l, "ADDR").into_owned())
            .map(|l| ws_re.replace_all(&l, " ").into_owned())
            // strace 6.1 names the syscall it last saw for this tcb (none
            // after attaching, so "read"); rstrace names the interrupted
            // one.  Not compared (see the report).
            .map(|l| {
                resume_re
                    .replace_all(&l, "resuming interrupted SYSCALL")
                    .into_owned()
            })
            .collect();
        eprintln!(
            "model_attach_stopped [{}]: running after SIGCONT {running} (state {state_after:?}), after detach {still}, status {}, lines {lines:?}",
            prog_name(&t),
            status_opt(st)
        );
        assert!(
            running,
            "{} left the process stopped after SIGCONT",
            t.display()
        );
        assert!(still, "process not running after detach");
        shapes.push((lines, status_opt(st)));
    }
    assert_eq!(shapes[1], shapes[0]);
}

/// Job control: `kill -STOP $$` inside a traced sh stops the shell (state
/// T); SIGCONT from the test resumes it, it prints and exits 3 normally,
/// and the tracer exits 3, as with strace.
#[test]
#[allow(clippy::regex_creation_in_loops)] // two iterations: strace, then rstrace
fn model_job_control_stop_cont() {
    let mut res = Vec::new();
    for t in both() {
        let dir = TempDir::new("rel-job");
        let mut bg = Bg::spawn(
            &t,
            &[
                "-qq",
                "-e",
                "trace=kill",
                "sh",
                "-c",
                "kill -STOP $$; echo continued; exit 3",
            ],
            &dir,
            "t",
        );
        let sh = wait_for_descendant(bg.pid(), "sh");
        let stopped = wait_until(Duration::from_secs(5), || {
            matches!(proc_state(sh), Some('T' | 't'))
        });
        std::thread::sleep(Duration::from_millis(100));
        send_signal(sh, libc::SIGCONT);
        let (st, to) = bg.finish(Duration::from_secs(10));
        eprintln!(
            "model_job_control [{}]: stopped {stopped}, status {}, stdout {:?}",
            prog_name(&t),
            status_opt(st),
            bg.stdout()
        );
        assert!(!to, "{} hung", t.display());
        let digits = Regex::new(r"\d{2,}").unwrap();
        let tr: Vec<String> = shape(&bg.stderr())
            .iter()
            .map(|l| digits.replace_all(l, "N").into_owned())
            .collect();
        res.push((stopped, status_opt(st), bg.stdout(), tr));
    }
    assert!(res[1].0, "shell never stopped under rstrace");
    assert_eq!(res[1].1, "exit 3");
    assert_eq!(res[1].2, "continued\n");
    assert_eq!(res[1], res[0]);
}

/// Attaching to a process another tracer holds: a clear EPERM message and
/// exit 1, the same as strace's (after the prefix).
#[test]
fn model_attach_already_traced() {
    let v = Victim::sleep("100");
    let dir = TempDir::new("rel-twice");
    let ps = v.pid().to_string();
    let mut holder = Bg::spawn(&strace_bin(), &["-p", &ps], &dir, "holder");
    assert!(wait_until(Duration::from_secs(5), || tracer_pid(v.pid())
        == Some(holder.pid())));
    let mut res = Vec::new();
    for t in both() {
        let o = run(&t, &["-p", &ps]);
        let d = diag(&o.stderr_str(), &t);
        eprintln!(
            "model_attach_twice [{}]: {} {:?}",
            prog_name(&t),
            o.status_string(),
            d
        );
        res.push((o.status_string(), d));
    }
    send_signal(holder.pid(), libc::SIGINT);
    holder.finish(Duration::from_secs(5));
    assert_eq!(res[1].0, "exit 1");
    assert!(
        res[1]
            .1
            .iter()
            .any(|l| l.contains("Operation not permitted"))
    );
    // rstrace adds a line naming the holder after strace's message.
    assert_eq!(res[1].0, res[0].0);
    assert!(
        res[1].1.starts_with(&res[0].1),
        "strace's lines are not a prefix of rstrace's"
    );
}

/// `-p` of a zombie: the same message and exit status as strace.
#[test]
fn model_attach_zombie() {
    let mut c = Command::new("true");
    c.stdout(Stdio::null()).stderr(Stdio::null());
    let mut z = c.spawn().unwrap();
    assert!(wait_until(Duration::from_secs(5), || proc_state(z.id()) == Some('Z')));
    let ps = z.id().to_string();
    let mut res = Vec::new();
    for t in both() {
        let o = run(&t, &["-p", &ps]);
        let d = diag(&o.stderr_str(), &t);
        eprintln!(
            "model_attach_zombie [{}]: {} {:?}",
            prog_name(&t),
            o.status_string(),
            d
        );
        res.push((o.status_string(), d));
    }
    let _ = z.wait();
    // rstrace adds a hint line after strace's message (see report).
    assert_eq!(res[1].0, res[0].0);
    assert!(
        res[1].1.starts_with(&res[0].1),
        "strace's lines are not a prefix of rstrace's"
    );
}

/// `-p` of the tracer's own pid (`sh -c 'exec TRACER -p $$'`): the same
/// refusal and exit status as strace.  (Attaching to the test process
/// itself would stop the test harness's threads, so that is not tested.)
#[test]
fn model_attach_self() {
    let mut res = Vec::new();
    for t in both() {
        let o = run(
            Path::new("/bin/sh"),
            &["-c", &format!("exec {} -p $$", t.display())],
        );
        let d = diag(&o.stderr_str(), &t);
        eprintln!(
            "model_attach_self [{}]: {} {:?}",
            prog_name(&t),
            o.status_string(),
            d
        );
        res.push((o.status_string(), d));
    }
    assert_eq!(res[1], res[0]);
}

/// A tracee that closes its stdout and stderr then keeps making syscalls:
/// the `-o FILE` trace is complete (all 500 getppid, the failing write and
/// the exit line), the exit status is the fixture's (6).
#[test]
fn model_tracee_closes_stdout_stderr() {
    let fx = fixture("rel_closefds");
    let dir = TempDir::new("rel-closefds");
    let log = dir.join("trace");
    let o = run(
        &rstrace_bin(),
        &["-o", log.to_str().unwrap(), fx.to_str().unwrap(), "500"],
    );
    let tr = std::fs::read_to_string(&log).unwrap();
    let n = tr.lines().filter(|l| l.starts_with("getppid()")).count();
    eprintln!(
        "model_closefds: {n} getppid lines, status {}",
        o.status_string()
    );
    assert_eq!(n, 500);
    assert!(
        shape(&tr)
            .iter()
            .any(|l| l == "write(1, \"gone\\n\", 5) = -1 EBADF (Bad file descriptor)"),
        "{}",
        tail(&tr, 300)
    );
    assert!(tr.ends_with("+++ exited with 6 +++\n"));
    assert_eq!(o.status_string(), "exit 6");
}

/// clone(CLONE_PARENT) from the launched process: the child's parent is
/// the tracer itself; with `-f` it is traced (getppid, exit 9) and the
/// tracer exits with the top process's status 0, like strace.
#[test]
fn model_clone_parent() {
    let fx = fixture("rel_clone_parent");
    let (s, r) = run_both(&[
        "-f",
        "-q",
        "-e",
        "trace=getppid,exit_group",
        fx.to_str().unwrap(),
    ]);
    let keep = |o: &RunOutput| -> Vec<String> {
        let mut v: Vec<String> = shape(&o.stderr_str())
            .into_iter()
            .filter(|l| l.contains("+++") || l.contains("exit_group"))
            .collect();
        v.sort();
        v
    };
    eprintln!(
        "model_clone_parent: strace {:?} {} / rstrace {:?} {}",
        keep(&s),
        s.status_string(),
        keep(&r),
        r.status_string()
    );
    assert!(r.stderr_str().contains("+++ exited with 9 +++"));
    assert_eq!(r.status_string(), s.status_string());
    assert_eq!(keep(&r), keep(&s));
}

/// Without `-f`, a multi-threaded tracee (here: two threads making 10
/// syscalls each) must run to completion as under strace.  The launched
/// child stops itself with SIGSTOP before the tracer seizes it; unless the
/// tracer then sends SIGCONT (strace does), the thread group stays marked
/// as stopped and every new, untraced thread stops at once.
#[test]
fn model_threads_without_follow() {
    let fx = fixture("rel_threads");
    for t in both() {
        let mut c = Command::new(&t);
        c.args(["-o", "/dev/null", fx.to_str().unwrap(), "2", "10"])
            .stdin(Stdio::null());
        let o = run_with_timeout(&mut c, Duration::from_secs(10)).unwrap();
        eprintln!(
            "model_threads_no_f [{}]: {} in {:.2?}",
            prog_name(&t),
            o.status_string(),
            o.elapsed
        );
        assert_eq!(o.status_string(), "exit 0");
    }
}

// ---------------------------------------------------------------------------
// Tracer faults
// ---------------------------------------------------------------------------

/// What happens when the tracer of `sleep 100` gets `sig`, with the
/// options `opts`: (tracer status within 1 s of the signal, the tracee's
/// fate then, the tracer's final status once the tracee is SIGKILLed).
fn signal_tracer_outcome(t: &Path, opts: &[&str], sig: i32) -> (String, String, String) {
    let dir = TempDir::new("rel-sigtracer");
    let mut args: Vec<String> = opts.iter().map(|s| s.to_string()).collect();
    if let Some(i) = args.iter().position(|a| a == "FILE") {
        args[i] = dir.join("trace").to_string_lossy().into_owned();
    }
    args.extend(["sleep".into(), "100".into()]);
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut bg = Bg::spawn(t, &argv, &dir, "t");
    let tracee = wait_for_descendant(bg.pid(), "sleep");
    assert!(wait_until(Duration::from_secs(5), || proc_state(tracee) == Some('S')));
    send_signal(bg.pid(), sig);
    let first = status_opt(bg.wait_for(Duration::from_secs(1)));
    // Give a detached or killed tracee a moment to settle.
    wait_until(Duration::from_millis(300), || fate(tracee) == "dead");
    let f = fate(tracee).to_string();
    kill_pid(tracee);
    let (st, to) = bg.finish(Duration::from_secs(5));
    assert!(
        !to,
        "{} {argv:?} hung after its tracee was killed",
        t.display()
    );
    (first, f, status_opt(st))
}

const MODE_I1: (&str, &[&str]) = ("-I 1", &["-I", "1"]);
const MODE_I2: (&str, &[&str]) = ("default (-I 2)", &[]);
const MODE_I3: (&str, &[&str]) = ("-o FILE (-I 3)", &["-o", "FILE"]);

fn signal_tracer_case(sig: i32, name: &str, modes: &[(&str, &[&str])]) {
    let mut bad = Vec::new();
    for &(label, opts) in modes {
        let s = signal_tracer_outcome(&strace_bin(), opts, sig);
        let r = signal_tracer_outcome(&rstrace_bin(), opts, sig);
        eprintln!(
            "fault_{name} {label}: strace (after signal, tracee, final) = {s:?}; rstrace = {r:?}"
        );
        if s != r {
            bad.push(format!("{label}: strace {s:?} rstrace {r:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// SIGINT to the tracer of a launched command, for the default without -o
/// (-I 2: the tracer kills the command and dies of the signal) and the
/// default with `-o FILE PROG` (-I 3: the signal is blocked, tracing goes
/// on): the tracer's exit status and the tracee's fate are strace's.
#[test]
fn fault_sigint_to_tracer_launched() {
    signal_tracer_case(libc::SIGINT, "sigint", &[MODE_I2, MODE_I3]);
}

/// Same as above with SIGTERM.
#[test]
fn fault_sigterm_to_tracer_launched() {
    signal_tracer_case(libc::SIGTERM, "sigterm", &[MODE_I2, MODE_I3]);
}

/// Same as above with SIGHUP.
#[test]
fn fault_sighup_to_tracer_launched() {
    signal_tracer_case(libc::SIGHUP, "sighup", &[MODE_I2, MODE_I3]);
}

/// `-I 1` (signals not blocked anywhere): strace 6.1 does not catch
/// SIGINT/SIGTERM/SIGHUP and dies of them, and the kernel detaches the
/// launched command, which keeps running.  rstrace dies of the signal too
/// but takes the command with it (PTRACE_O_EXITKILL).
#[test]
fn fault_fatal_signals_to_tracer_launched_i1() {
    for (sig, name) in [
        (libc::SIGINT, "sigint"),
        (libc::SIGTERM, "sigterm"),
        (libc::SIGHUP, "sighup"),
    ] {
        signal_tracer_case(sig, name, &[MODE_I1]);
    }
}

/// SIGINT to a tracer attached with `-p`: the process is detached and keeps
/// running (not left stopped, no tracer), the tracer's status is strace's.
#[test]
fn fault_sigint_while_attached() {
    let mut res = Vec::new();
    for t in both() {
        let v = Victim::sleep("100");
        let dir = TempDir::new("rel-int-p");
        let ps = v.pid().to_string();
        let mut bg = Bg::spawn(&t, &["-p", &ps], &dir, "t");
        assert!(wait_until(Duration::from_secs(5), || tracer_pid(v.pid())
            == Some(bg.pid())));
        std::thread::sleep(Duration::from_millis(100));
        send_signal(bg.pid(), libc::SIGINT);
        let (st, to) = bg.finish(Duration::from_secs(5));
        assert!(!to, "{} hung on SIGINT", t.display());
        let detached = wait_until(Duration::from_secs(2), || tracer_pid(v.pid()) == Some(0));
        std::thread::sleep(Duration::from_millis(100));
        let state = proc_state(v.pid());
        eprintln!(
            "fault_sigint_attached [{}]: status {}, detached {detached}, tracee state {state:?}",
            prog_name(&t),
            status_opt(st)
        );
        assert!(detached);
        assert_eq!(state, Some('S'), "tracee not left running");
        res.push(status_opt(st));
    }
    assert_eq!(res[1], res[0]);
}

/// Runs `tracer opts rel_getppid 20000 3 MARK` with stdout/stderr to files
/// (or stderr to a pipe whose read end is closed when `closed_stderr`);
/// returns (status, tracee finished (marker written), distinct diagnostic
/// lines).
fn output_fault_outcome(
    t: &Path,
    opts: &[&str],
    closed_stderr: bool,
) -> (String, bool, Vec<String>) {
    let fx = fixture("rel_getppid");
    let dir = TempDir::new("rel-outfault");
    let mark = dir.join("mark");
    let mut c = Command::new(t);
    c.args(opts)
        .arg(&fx)
        .args(["20000", "3"])
        .arg(&mark)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    let errf = dir.join("stderr");
    if closed_stderr {
        let mut fds = [0; 2];
        // SAFETY: plain syscall; both fds are owned below.
        assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
        // SAFETY: fds[0] is ours and closed once; fds[1] moves into Stdio.
        unsafe {
            libc::close(fds[0]);
            use std::os::fd::FromRawFd;
            c.stderr(Stdio::from(std::os::fd::OwnedFd::from_raw_fd(fds[1])));
        }
    } else {
        c.stderr(std::fs::File::create(&errf).unwrap());
    }
    prepare_command(&mut c);
    let mut child = c.spawn().unwrap();
    drop(c); // closes our copy of the pipe's write end
    let (st, to) = wait_with_timeout(&mut child, Duration::from_secs(30));
    assert!(!to, "{} {opts:?} hung", t.display());
    let mut d = diag(
        &String::from_utf8_lossy(&std::fs::read(&errf).unwrap_or_default()),
        t,
    );
    d.sort();
    d.dedup();
    (status_opt(st), std::fs::read_to_string(&mark).is_ok(), d)
}

fn output_fault_case(name: &str, opts: &[&str], closed_stderr: bool, compare_diag: bool) {
    let s = output_fault_outcome(&strace_bin(), opts, closed_stderr);
    let r = output_fault_outcome(&rstrace_bin(), opts, closed_stderr);
    eprintln!("fault_{name}: strace (status, tracee finished, messages) = {s:?}; rstrace = {r:?}");
    if !closed_stderr {
        assert!(r.1, "the tracee did not run to its end");
        assert_eq!(r.0, "exit 3", "tracee's exit status not passed on");
    }
    assert_eq!((&r.0, r.1), (&s.0, s.1));
    if compare_diag {
        assert_eq!(r.2, s.2, "diagnostics differ");
    }
}

/// `-o '|true'`: the output pipe's reader exits at once.  The tracee keeps
/// running to its end and its exit status (3) is passed on, as with strace.
#[test]
fn fault_output_pipe_closed() {
    output_fault_case("output_pipe_closed", &["-o", "|true"], false, false);
}

/// The same, comparing the message: strace reports `PROG: |true: Broken
/// pipe` (once per failed write).
#[test]
fn fault_output_pipe_closed_message() {
    output_fault_case("output_pipe_closed_msg", &["-o", "|true"], false, true);
}

/// The trace goes to stderr, a pipe whose reader is gone: the exit status
/// and the tracee's fate are strace's (strace 6.1, -I 2 by default, dies of
/// SIGPIPE on its first write and kills the command first; nothing hangs).
#[test]
fn fault_stderr_closed_pipe() {
    output_fault_case("stderr_closed_pipe", &[], true, false);
}

/// `-o /dev/full`: the tracee runs to its end, the exit status is strace's.
#[test]
fn fault_output_full_filesystem() {
    output_fault_case("output_dev_full", &["-o", "/dev/full"], false, false);
}

/// The same, comparing the message: strace reports `PROG: /dev/full: No
/// space left on device`.
#[test]
fn fault_output_full_filesystem_message() {
    output_fault_case("output_dev_full_msg", &["-o", "/dev/full"], false, true);
}

/// rstrace SIGKILLed while tracing a launched command: the command dies
/// too (PTRACE_O_EXITKILL, like strace's --kill-on-exit).  strace 6.1
/// without that option leaves it running; its fate is printed for the
/// report only.
#[test]
fn fault_tracer_sigkilled_launched() {
    let mut fates = Vec::new();
    for t in both() {
        let dir = TempDir::new("rel-kill-tracer");
        let mut bg = Bg::spawn(&t, &["sleep", "100"], &dir, "t");
        let tracee = wait_for_descendant(bg.pid(), "sleep");
        assert!(wait_until(Duration::from_secs(5), || proc_state(tracee) == Some('S')));
        kill_pid(bg.pid());
        bg.finish(Duration::from_secs(5));
        wait_until(Duration::from_secs(2), || fate(tracee) == "dead");
        let f = fate(tracee);
        eprintln!(
            "fault_tracer_sigkilled_launched [{}]: tracee {f}",
            prog_name(&t)
        );
        kill_pid(tracee);
        fates.push(f);
    }
    assert_eq!(fates[1], "dead", "the launched command outlived rstrace");
}

/// rstrace (and strace) SIGKILLed while attached with `-p`: the process
/// continues running, untraced and not stopped.
#[test]
fn fault_tracer_sigkilled_attached() {
    for t in both() {
        let v = Victim::sleep("100");
        let dir = TempDir::new("rel-kill-p");
        let ps = v.pid().to_string();
        let mut bg = Bg::spawn(&t, &["-p", &ps], &dir, "t");
        assert!(wait_until(Duration::from_secs(5), || tracer_pid(v.pid())
            == Some(bg.pid())));
        std::thread::sleep(Duration::from_millis(100));
        kill_pid(bg.pid());
        bg.finish(Duration::from_secs(5));
        let untraced = wait_until(Duration::from_secs(2), || tracer_pid(v.pid()) == Some(0));
        std::thread::sleep(Duration::from_millis(100));
        let state = proc_state(v.pid());
        eprintln!(
            "fault_tracer_sigkilled_attached [{}]: untraced {untraced}, state {state:?}",
            prog_name(&t)
        );
        assert!(untraced);
        assert_eq!(state, Some('S'), "{}: tracee not running", t.display());
    }
}

// ---------------------------------------------------------------------------
// Hostile tracee input
// ---------------------------------------------------------------------------

/// Runs `prog args` (stdout to /dev/null, stderr to a file) and reaps it
/// with wait4 to get its own peak RSS.  Returns (status, stderr, maxrss
/// KiB).
fn run_rusage(prog: &Path, args: &[&str], timeout: Duration) -> (String, String, i64) {
    let dir = TempDir::new("rel-rusage");
    let errf = dir.join("stderr");
    let mut c = Command::new(prog);
    c.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&errf).unwrap());
    prepare_command(&mut c);
    let child = c.spawn().unwrap();
    let pid = child.id() as libc::pid_t;
    let deadline = Instant::now() + timeout;
    let mut status = 0;
    // SAFETY: zeroed rusage is a valid value.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: plain syscall on our own child.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut ru) };
        if r == pid {
            break;
        }
        assert!(r == 0, "wait4 failed");
        if Instant::now() > deadline {
            kill_group(pid as u32);
            // SAFETY: as above.
            unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
            panic!("{} {args:?} hung", prog.display());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    drop(child);
    let st = status_string(ExitStatus::from_raw(status));
    let err = String::from_utf8_lossy(&std::fs::read(&errf).unwrap_or_default()).into_owned();
    (st, err, ru.ru_maxrss)
}

/// The hostile section of a trace of rel_hostile: from the huge-iovcnt
/// writev to the execve with kernel pointers, with strace's inline
/// `umovestr`/`umoven` warnings removed and user-space addresses
/// normalised (kernel-half pointers kept).
fn hostile_section(err: &str, tracer: &Path) -> Vec<String> {
    let warn = Regex::new(&format!(
        r"(?:{}|{}): umove[^\n]*\n",
        regex::escape(&tracer.to_string_lossy()),
        regex::escape(&prog_name(tracer))
    ))
    .unwrap();
    let s = warn.replace_all(err, "");
    let addr = Regex::new(r"0x[0-9a-f]{9,12}\b").unwrap();
    let sp = Regex::new(r"\s+").unwrap();
    let mut on = false;
    let mut v = Vec::new();
    for l in s.lines() {
        if l.starts_with("writev(3, ") {
            on = true;
        }
        if on {
            v.push(
                sp.replace_all(&addr.replace_all(l, "ADDR"), " ")
                    .into_owned(),
            );
        }
        if l.starts_with("execve(0xffff800000000000") {
            break;
        }
    }
    v
}

/// Hostile arguments (huge iovcnt, a 1 GiB read into 16 bytes, strings and
/// iovec arrays running into a PROT_NONE page, kernel-half pointers,
/// argument memory rewritten by another thread during 200 writes): rstrace
/// neither crashes nor hangs, prints the same lines as strace (addresses
/// normalised, strace's umove warnings aside), all 200 racing writes are
/// decoded, and its peak RSS stays small (< 64 MiB, printed next to
/// strace's).
#[test]
fn hostile_tracee_arguments() {
    let fx = fixture("rel_hostile");
    let args = ["-f", fx.to_str().unwrap()];
    let (ss, se, srss) = run_rusage(&strace_bin(), &args, Duration::from_secs(30));
    let (rs, re, rrss) = run_rusage(&rstrace_bin(), &args, Duration::from_secs(30));
    let s = hostile_section(&se, &strace_bin());
    let r = hostile_section(&re, &rstrace_bin());
    // Start lines (complete or `<unfinished ...>` while the other thread
    // starts up).
    let race = Regex::new(r#"write\(3, "[Aab]+"\.\.\., 4096"#).unwrap();
    let races = re.lines().filter(|l| race.is_match(l)).count();
    eprintln!(
        "hostile: strace {ss} maxrss {srss} KiB, {} lines; rstrace {rs} maxrss {rrss} KiB, {} lines, {races} racing writes decoded",
        s.len(),
        r.len()
    );
    assert!(!re.contains("panicked at"), "rstrace crashed");
    assert_eq!(rs, "exit 0");
    assert_eq!(rs, ss);
    assert!(
        s.len() >= 17,
        "harness: strace's section is too short: {s:?}"
    );
    assert_eq!(r, s);
    assert_eq!(races, 200, "racing writes lost");
    assert!(rrss < 64 * 1024, "rstrace peak RSS {rrss} KiB");
}

// ---------------------------------------------------------------------------
// Fuzzing the option parser and `-e` expressions
// ---------------------------------------------------------------------------

/// Number of random cases (in addition to the seed corpus).
fn fuzz_cases() -> usize {
    std::env::var("REL_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300)
}

fn fuzz_seed() -> u64 {
    std::env::var("REL_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_2026_1207)
}

/// Seed corpus: tests/fuzz_corpus/args.tsv (TAB-separated arguments).
fn fuzz_corpus() -> Vec<Vec<String>> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus/args.tsv");
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            if l.is_empty() {
                Vec::new()
            } else {
                l.split('\t').map(str::to_string).collect()
            }
        })
        .collect()
}

/// A random `-e` expression.
fn random_expr(r: &mut Rng) -> String {
    const QUAL: &[&str] = &[
        "trace",
        "t",
        "abbrev",
        "a",
        "verbose",
        "v",
        "raw",
        "x",
        "signal",
        "signals",
        "s",
        "read",
        "reads",
        "r",
        "write",
        "writes",
        "w",
        "fault",
        "inject",
        "status",
        "quiet",
        "silent",
        "silence",
        "q",
        "decode-fds",
        "kvm",
        "bogus",
        "",
    ];
    const VAL: &[&str] = &[
        "all",
        "none",
        "open",
        "openat",
        "read",
        "write",
        "execve",
        "clone",
        "%file",
        "%process",
        "%net",
        "%network",
        "%desc",
        "%memory",
        "%signal",
        "%ipc",
        "%creds",
        "%clock",
        "%stat",
        "%%stat",
        "%pure",
        "%bogus",
        "/^open",
        "/(",
        "/[",
        "/.*",
        "?open",
        "?nosuch",
        "nosuch",
        "!open",
        "!",
        "SIGINT",
        "INT",
        "SIGRTMIN+3",
        "SIGRTMAX-1",
        "64",
        "0",
        "-1",
        "1",
        "3",
        "successful",
        "failed",
        "unfinished",
        "unavailable",
        "detached",
        "attach",
        "exit",
        "path",
        "socket",
        "dev",
        "pidfd",
        "signal",
        "vcpu",
        "999999999999",
        "0x10",
        "ENOENT",
        "EPERM",
        "4095",
        "4096",
    ];
    const INJ: &[&str] = &[
        "error=ENOENT",
        "error=EPERM",
        "error=4095",
        "error=4096",
        "error=0",
        "error=bogus",
        "retval=0",
        "retval=-1",
        "retval=18446744073709551615",
        "signal=SIGUSR1",
        "signal=9",
        "signal=bogus",
        "delay_enter=10",
        "delay_exit=1s",
        "delay_enter=-1",
        "when=1",
        "when=2+",
        "when=2+3",
        "when=0",
        "when=65536",
        "when=1..3",
        "syscall=getpid",
        "syscall=bogus",
        "",
        ":",
    ];
    let mut s = String::new();
    if r.below(5) != 0 {
        s.push_str(r.pick(QUAL));
        s.push('=');
    }
    let n = 1 + r.below(3);
    for i in 0..n {
        if i > 0 {
            s.push(if r.below(8) == 0 { ';' } else { ',' });
        }
        if r.below(6) == 0 {
            s.push('!');
        }
        s.push_str(r.pick(VAL));
    }
    if s.starts_with("inject=") || s.starts_with("fault=") || r.below(10) == 0 {
        for _ in 0..r.below(4) {
            s.push(':');
            s.push_str(r.pick(INJ));
        }
    }
    if r.below(12) == 0 {
        let pos = r.below(s.len() + 1);
        let junk = random_junk(r, false);
        if s.is_char_boundary(pos) {
            s.insert_str(pos, &junk);
        }
    }
    s
}

/// Random characters; never `p` (no accidental `-p` bundles), `|` (no
/// `-o |cmd`) or NUL.  Bare words get a `zz` prefix so they never name a
/// real program (`yes` would run forever).
fn random_junk(r: &mut Rng, dash: bool) -> String {
    const CH: &[u8] = b"-=,!%/?:;@+0123456789abcdefghijklmnoqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ _.~*[]\\\"'\xc3\xa9";
    let n = r.below(12);
    let mut v: Vec<u8> = (0..n).map(|_| CH[r.below(CH.len())]).collect();
    if dash {
        v.insert(0, b'-');
    }
    String::from_utf8_lossy(&v).into_owned()
}

/// One random argument vector: options (with and without arguments, short,
/// bundled and long), `-e` expressions and junk, then usually `true`.
fn random_args(r: &mut Rng) -> Vec<String> {
    const FLAGS: &[&str] = &[
        "-f",
        "-ff",
        "-c",
        "-C",
        "-w",
        "-q",
        "-qq",
        "-qqq",
        "-v",
        "-x",
        "-xx",
        "-y",
        "-yy",
        "-t",
        "-tt",
        "-ttt",
        "-r",
        "-T",
        "-i",
        "-k",
        "-n",
        "-z",
        "-Z",
        "-d",
        "-A",
        "-V",
        "-h",
        "-D",
        "-DD",
        "-DDD",
        "-F",
        "--seccomp-bpf",
        "--summary-only",
        "--summary",
        "--follow-forks",
        "--output-separately",
        "--no-abbrev",
        "--successful-only",
        "--failed-only",
        "--bogus",
        "--fol",
        "--",
        "-",
        "-fcw",
        "-ttT",
        "-qqfz",
    ];
    const WITH_ARG: &[&str] = &[
        "-s",
        "-a",
        "-o",
        "-I",
        "-O",
        "-S",
        "-U",
        "-X",
        "-b",
        "-E",
        "-u",
        "-P",
        "-e",
        "--string-limit",
        "--columns",
        "--output",
        "--detach-on",
        "--decode-fds",
        "--trace",
        "--signal",
        "--status",
        "--quiet",
        "--timestamps",
        "--absolute-timestamps",
        "--syscall-times",
        "--env",
        "--user",
        "--summary-sort-by",
        "--summary-columns",
        "--const-print-style",
        "--trace-path",
        "--abbrev",
        "--verbose",
        "--raw",
        "--read",
        "--write",
        "--inject",
        "--fault",
    ];
    const ARGS: &[&str] = &[
        "0",
        "1",
        "-1",
        "10",
        "40",
        "99999999999999999999",
        "abc",
        "",
        "out.txt",
        "x/y/z",
        "name",
        "calls",
        "time",
        "errors",
        "bogus",
        "raw",
        "abbrev",
        "verbose",
        "execve",
        "FOO=1",
        "=",
        "nobody",
        "root",
        "no-such-user-zz",
        "/tmp",
        "ns",
        "us",
        "ms",
        "s",
        "format:unix",
        "precision:ns",
        "all",
        "none",
        "path,socket",
        "1,2x",
    ];
    const PIDS: &[&str] = &["0", "-1", "99999999", "4194305", "abc", "", "0x10x"];
    let mut v: Vec<String> = Vec::new();
    for _ in 0..r.below(7) {
        match r.below(10) {
            0..=2 => v.push(r.pick(FLAGS).into()),
            3..=4 => {
                let o = r.pick(WITH_ARG);
                let a = if o == "-e" || o.starts_with("--") && r.below(2) == 0 {
                    random_expr(r)
                } else {
                    r.pick(ARGS).to_string()
                };
                if o.starts_with("--") && r.below(2) == 0 {
                    v.push(format!("{o}={a}"));
                } else if o.len() == 2 && r.below(4) == 0 {
                    v.push(format!("{o}{a}"));
                } else {
                    v.push(o.into());
                    v.push(a);
                }
            }
            5..=6 => {
                v.push("-e".into());
                v.push(random_expr(r));
            }
            7 => {
                v.push("-p".into());
                v.push(r.pick(PIDS).into());
            }
            8 => v.push(random_junk(r, true)),
            _ => v.push(format!("zz{}", random_junk(r, false))),
        }
    }
    if r.below(10) < 7 {
        v.push("true".into());
    }
    v
}

/// All fuzz inputs: the seed corpus then `fuzz_cases()` random vectors.
fn fuzz_inputs() -> Vec<Vec<String>> {
    let mut r = Rng(fuzz_seed());
    let mut v = fuzz_corpus();
    v.extend((0..fuzz_cases()).map(|_| random_args(&mut r)));
    v
}

/// Runs `tracer` on every input (2 workers); returns (args, outcome) where
/// outcome is (status string, stderr).
fn fuzz_run(tracer: &Path, inputs: &[Vec<String>]) -> Vec<(String, String)> {
    let dir = TempDir::new("rel-fuzz");
    let chunks: Vec<&[Vec<String>]> = inputs.chunks(inputs.len().div_ceil(2).max(1)).collect();
    std::thread::scope(|sc| {
        let hs: Vec<_> = chunks
            .iter()
            .enumerate()
            .map(|(w, chunk)| {
                let wd = dir.join(format!("w{w}"));
                std::fs::create_dir_all(&wd).unwrap();
                sc.spawn(move || {
                    chunk
                        .iter()
                        .map(|args| {
                            let mut c = Command::new(tracer);
                            c.args(args)
                                .current_dir(&wd)
                                .stdin(Stdio::null())
                                .env("PATH", "/usr/bin:/bin");
                            let o = run_with_timeout(&mut c, Duration::from_secs(10)).unwrap();
                            (o.status_string(), o.stderr_str())
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
    })
}

/// The option parser and `-e` expressions with the seed corpus and 300
/// random inputs: rstrace never panics, never dies of a signal, never
/// hangs, and every failure comes with a diagnostic.
#[test]
fn fuzz_options_no_panic() {
    let inputs = fuzz_inputs();
    let t0 = Instant::now();
    let outs = fuzz_run(&rstrace_bin(), &inputs);
    let mut bad = Vec::new();
    let mut hist: BTreeMap<String, usize> = BTreeMap::new();
    for (args, (st, err)) in inputs.iter().zip(&outs) {
        *hist.entry(st.clone()).or_default() += 1;
        let crash = err.lines().any(|l| {
            l.contains("panicked at")
                || l.contains("overflowed its stack")
                || l.starts_with("fatal runtime error")
        });
        let ok_status = st.starts_with("exit ");
        let silent_fail = st != "exit 0" && err.trim().is_empty();
        if crash || !ok_status || silent_fail {
            bad.push(format!("{args:?}: {st}: {}", tail(err, 300)));
        }
    }
    eprintln!(
        "fuzz_no_panic: {} inputs in {:.2?}, statuses {hist:?}, {} bad",
        inputs.len(),
        t0.elapsed(),
        bad.len()
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The same inputs under strace: rstrace's exit status is strace's for
/// every input, and for usage errors its diagnostic lines are strace's
/// (inputs using an option rstrace reports as not supported yet are
/// skipped).
#[test]
fn fuzz_options_match_strace() {
    let inputs = fuzz_inputs();
    let t0 = Instant::now();
    let s = fuzz_run(&strace_bin(), &inputs);
    let r = fuzz_run(&rstrace_bin(), &inputs);
    let mut bad = Vec::new();
    let mut unsupported = 0;
    for (args, (so, ro)) in inputs.iter().zip(s.iter().zip(&r)) {
        // Options rstrace declares unimplemented (-c, -C, -w, -F, kvm=,
        // --summary-only ...) are a known gap, not compared.
        let gap = ro.1.contains("is not supported yet")
            || args.iter().any(|a| a.starts_with("--summary"));
        if gap && ro.0 == "exit 1" {
            unsupported += 1;
            continue;
        }
        if so.0 != ro.0 {
            bad.push(format!(
                "{args:?}: strace {} {:?} / rstrace {} {:?}",
                so.0,
                first_line(&so.1),
                ro.0,
                first_line(&ro.1)
            ));
        } else if so.0 == "exit 1" && !so.1.contains("execve(") && !so.1.contains(" attached") {
            // A usage error: the same message lines.
            let (sd, rd) = (diag(&so.1, &strace_bin()), diag(&ro.1, &rstrace_bin()));
            if sd != rd {
                bad.push(format!("{args:?}: strace {sd:?} / rstrace {rd:?}"));
            }
        }
    }
    eprintln!(
        "fuzz_match_strace: {} inputs in {:.2?}, {unsupported} skipped (unsupported option), {} status mismatches",
        inputs.len(),
        t0.elapsed(),
        bad.len()
    );
    for b in &bad {
        eprintln!("  {b}");
    }
    assert!(bad.is_empty(), "{} mismatches", bad.len());
}

fn first_line(s: &str) -> String {
    s.lines()
        .next()
        .map(|l| strip_prog_prefix(l).to_string())
        .unwrap_or_default()
}

/// Arguments that are not UTF-8 (option values, unknown options, and the
/// traced command's own arguments, e.g. a Latin-1 file name): rstrace
/// must not panic and must exit as strace does; the command's argument is
/// passed through byte for byte.
#[test]
fn fuzz_non_utf8_arguments() {
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;
    let ff = |s: &[u8]| OsString::from_vec(s.to_vec());
    let cases: Vec<Vec<OsString>> = vec![
        vec![ff(b"-e"), ff(b"trace=\xff"), ff(b"true")],
        vec![ff(b"-s"), ff(b"\xff"), ff(b"true")],
        vec![ff(b"-\xff"), ff(b"true")],
        vec![ff(b"--\xff"), ff(b"true")],
        vec![ff(b"-u"), ff(b"\xff"), ff(b"true")],
        vec![ff(b"-P"), ff(b"\xff"), ff(b"true")],
        vec![ff(b"-E"), ff(b"X=\xff"), ff(b"true")],
        vec![
            ff(b"-q"),
            ff(b"-e"),
            ff(b"trace=none"),
            ff(b"printf"),
            ff(b"%s"),
            ff(b"caf\xe9"),
        ],
    ];
    let mut bad = Vec::new();
    for args in &cases {
        let mut outs = Vec::new();
        for t in both() {
            let mut c = Command::new(&t);
            c.args(args).current_dir("/").stdin(Stdio::null());
            let o = run_with_timeout(&mut c, Duration::from_secs(10)).unwrap();
            outs.push((o.status_string(), o.stdout.clone(), o.rust_crash_message()));
        }
        eprintln!(
            "fuzz_non_utf8 {args:?}: strace {} / rstrace {} {:?}",
            outs[0].0, outs[1].0, outs[1].2
        );
        if outs[1].2.is_some() || outs[1].0 != outs[0].0 || outs[1].1 != outs[0].1 {
            bad.push(format!(
                "{args:?}: strace {} / rstrace {} {:?}",
                outs[0].0, outs[1].0, outs[1].2
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A PATH entry that is not UTF-8: the command is still found there, as
/// strace finds it.
#[test]
fn fuzz_non_utf8_path_lookup() {
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;
    let dir = TempDir::new("rel-path");
    let bin = dir.path().join(OsString::from_vec(b"bin\xff".to_vec()));
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::copy("/bin/true", bin.join("rel-true")).unwrap();
    let mut path = bin.into_os_string();
    path.push(":/usr/bin:/bin");
    let mut res = Vec::new();
    for t in both() {
        let mut c = Command::new(&t);
        c.args(["-o", "/dev/null", "rel-true"])
            .env("PATH", &path)
            .stdin(Stdio::null());
        let o = run_with_timeout(&mut c, Duration::from_secs(10)).unwrap();
        eprintln!(
            "fuzz_non_utf8_path [{}]: {} {:?}",
            prog_name(&t),
            o.status_string(),
            first_line(&o.stderr_str())
        );
        res.push(o.status_string());
    }
    assert_eq!(res[1], res[0]);
}
