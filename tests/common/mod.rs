//! Helpers shared by the black-box test suites (`tests/conformance.rs`,
//! `tests/cli.rs`): locating the tracers, running processes with a timeout,
//! temporary directories and compiling the C fixtures in `tests/fixtures/`.
//!
//! Only the standard library and `libc` (a regular dependency of the crate)
//! are used.
#![allow(dead_code)]

pub mod workloads;

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Default timeout for one traced run.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(30);

/// The reference tracer (`STRACE_BIN` overrides `/usr/bin/strace`).
pub fn strace_bin() -> PathBuf {
    match std::env::var_os("STRACE_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from("/usr/bin/strace"),
    }
}

/// The tracer under test: `RSTRACE_BIN` (e.g. `/usr/bin/strace` for a
/// self-check of the harness) or the binary cargo built for this package.
pub fn rstrace_bin() -> PathBuf {
    match std::env::var_os("RSTRACE_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_rstrace")),
    }
}

/// `argv[0]`'s file name, which is what a tracer prefixes its messages with.
pub fn prog_name(path: &Path) -> String {
    path.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A directory under `std::env::temp_dir()` with a unique name, removed on
/// drop unless `KEEP_TEST_TMP` is set in the environment.
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let path =
            std::env::temp_dir().join(format!("rstrace-{tag}-{}-{n}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", path.display()));
        TempDir { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn join<P: AsRef<Path>>(&self, p: P) -> PathBuf {
        self.path.join(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if std::env::var_os("KEEP_TEST_TMP").is_none() {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// Result of [`run_with_timeout`].
#[derive(Debug)]
pub struct RunOutput {
    /// `None` if the process could not be waited for (timed out and killed
    /// counts as `Some` with the kill signal, see `timed_out`).
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub timed_out: bool,
    /// The process exited but left something running that held its
    /// stdout/stderr open (it was killed).
    pub lingering: bool,
    pub elapsed: Duration,
}

impl RunOutput {
    pub fn stdout_str(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    pub fn stderr_str(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
    /// `exit N`, `signal N` or `timeout`.
    pub fn status_string(&self) -> String {
        if self.timed_out {
            return "timeout".to_string();
        }
        match self.status {
            Some(s) => status_string(s),
            None => "unknown".to_string(),
        }
    }
    /// A panic or a stack overflow message from a Rust program.
    pub fn rust_crash_message(&self) -> Option<String> {
        let err = self.stderr_str();
        err.lines()
            .find(|l| {
                l.contains("panicked at")
                    || l.contains("has overflowed its stack")
                    || l.starts_with("fatal runtime error")
            })
            .map(str::to_string)
    }
}

/// `exit N` or `signal N` (plus ` (core dumped)`).
pub fn status_string(s: ExitStatus) -> String {
    if let Some(c) = s.code() {
        format!("exit {c}")
    } else if let Some(sig) = s.signal() {
        if s.core_dumped() {
            format!("signal {sig} (core dumped)")
        } else {
            format!("signal {sig}")
        }
    } else {
        format!("{s:?}")
    }
}

/// Configures `cmd` so that the child starts in its own process group (the
/// whole group is killed on timeout) with core dumps disabled (fixtures that
/// die from SIGSEGV/SIGABRT must not leave cores behind or behave
/// differently depending on the core limit).
pub fn prepare_command(cmd: &mut Command) {
    cmd.process_group(0);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: 0,
                rlim_max: libc::RLIM_INFINITY,
            };
            libc::setrlimit(libc::RLIMIT_CORE, &lim);
            Ok(())
        });
    }
}

/// Spawns `cmd` (stdout and stderr captured, stdin as configured by the
/// caller, `/dev/null` by default), waits at most `timeout`, and kills the
/// whole process group on timeout.  If the process exits but something it
/// left behind keeps its stdout/stderr open for more than a few seconds,
/// the group is killed too and `lingering` is set.
pub fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> std::io::Result<RunOutput> {
    prepare_command(cmd);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pgid = child.id();
    let (tx, rx) = mpsc::channel::<()>();
    let out_reader = reader_thread(child.stdout.take(), tx.clone());
    let err_reader = reader_thread(child.stderr.take(), tx);
    let (status, timed_out) = wait_with_timeout(&mut child, timeout);
    let elapsed = start.elapsed();
    // Readers finish once every writer (including grandchildren) is gone.
    let mut lingering = false;
    let grace = Instant::now() + Duration::from_secs(5);
    for _ in 0..2 {
        let left = grace.saturating_duration_since(Instant::now());
        if rx.recv_timeout(left).is_err() {
            lingering = true;
            kill_group(pgid);
            break;
        }
    }
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(RunOutput {
        status,
        stdout,
        stderr,
        timed_out,
        lingering,
        elapsed,
    })
}

fn reader_thread<R: Read + Send + 'static>(
    r: Option<R>,
    done: mpsc::Sender<()>,
) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = r {
            let _ = r.read_to_end(&mut buf);
        }
        let _ = done.send(());
        buf
    })
}

/// Polls `child` until it exits or `timeout` passes; on timeout sends
/// SIGKILL to its process group (it must have been started with
/// [`prepare_command`]) and reaps it.
pub fn wait_with_timeout(child: &mut Child, timeout: Duration) -> (Option<ExitStatus>, bool) {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(s)) => return (Some(s), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        if Instant::now() >= deadline {
            kill_group(child.id());
            let _ = child.kill();
            let status = child.wait().ok();
            return (status, true);
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// SIGKILL to the process group `pgid` (best effort).
pub fn kill_group(pgid: u32) {
    // SAFETY: plain syscall.
    unsafe {
        libc::kill(-(pgid as libc::pid_t), libc::SIGKILL);
    }
}

/// Sends `sig` to `pid` (best effort).
pub fn send_signal(pid: u32, sig: i32) {
    // SAFETY: plain syscall.
    unsafe {
        libc::kill(pid as libc::pid_t, sig);
    }
}

/// The state letter of `/proc/PID/stat` (R, S, D, t, T, Z, ...), if the
/// process exists.
pub fn proc_state(pid: u32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may contain spaces.
    let after = &stat[stat.rfind(')')? + 1..];
    after.trim_start().chars().next()
}

/// Source directory of the C fixtures.
pub fn fixtures_src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Compiles `tests/fixtures/NAME.c` with `cc` (`$CC` overrides) into
/// `out_dir/NAME`, unless that executable already exists, and returns its
/// path.
pub fn compile_fixture(name: &str, out_dir: &Path) -> Result<PathBuf, String> {
    let out = out_dir.join(name);
    if out.exists() {
        return Ok(out);
    }
    let src = fixtures_src_dir().join(format!("{name}.c"));
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let res = Command::new(&cc)
        .args(["-O0", "-w", "-pthread", "-o"])
        .arg(&out)
        .arg(&src)
        .output()
        .map_err(|e| format!("cannot run {cc}: {e}"))?;
    if !res.status.success() {
        return Err(format!(
            "{cc} failed for {}:\n{}",
            src.display(),
            String::from_utf8_lossy(&res.stderr)
        ));
    }
    Ok(out)
}

/// Removes a `prog: ` prefix from a diagnostic line (strace prints
/// `strace: msg`, rstrace `rstrace: msg`): everything up to and including
/// the first `": "`.
pub fn strip_prog_prefix(line: &str) -> &str {
    match line.find(": ") {
        Some(i) => &line[i + 2..],
        None => line,
    }
}

/// Polls `cond` every 10 ms until it returns true or `timeout` passes.
pub fn wait_until(timeout: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        if cond() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        thread::sleep(Duration::from_millis(10));
    }
}
