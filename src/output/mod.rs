//! Trace output: where lines go (stderr, `-o FILE`, `-o |cmd`, `-ff` files) and strace's line
//! discipline: pid prefixes, the result column, `<unfinished ...>` and `<... resumed>`.

pub mod json;
pub mod text;

use crate::decode::{Ret, Value};
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::process::{Child, Command, Stdio};
use text::TextOpts;

/// A trace output that reports write errors as strace does (`PROG: FILE: No space left on
/// device`) and carries on: the tracee keeps running whatever happens to the trace.
struct Reported<W: Write> {
    inner: W,
    name: String,
}

impl<W: Write> Reported<W> {
    fn new(inner: W, name: String) -> Self {
        Reported { inner, name }
    }
}

impl<W: Write> Write for Reported<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.inner.write(buf) {
            Ok(n) => Ok(n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(e),
            Err(e) => {
                let text = e.to_string();
                let text = text.split(" (os error").next().unwrap_or_default();
                crate::error_msg(&format!("{}: {text}", self.name));
                // The data is dropped; tracing goes on.
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        let _ = self.inner.flush();
        Ok(())
    }
}

/// One output stream and the state of its current line.
struct Sink {
    w: Box<dyn Write>,
    /// The pid whose syscall line is open (entry printed, exit not yet).
    open: Option<i32>,
    /// Bytes on the current line, for padding to the result column.
    col: usize,
}

impl Sink {
    fn new(w: Box<dyn Write>) -> Self {
        Sink {
            w,
            open: None,
            col: 0,
        }
    }
}

/// Where `-o` sends the trace.
pub enum Target {
    Stderr,
    File(String),
    /// `-o |cmd` or `-o !cmd`.
    Pipe(String),
}

/// What goes before a line's text besides the pid: timestamps, `-n`, `-i`.
#[derive(Debug, Clone, Copy, Default)]
pub struct LeaderOpts {
    /// 0 none, 1 `-t`, 2 `-tt`, 3 `-ttt` (unix seconds).
    pub tstamp: u8,
    /// Decimal digits of the absolute timestamp's fraction.
    pub tstamp_digits: u8,
    /// `-r` with its fraction digits.
    pub relative: Option<u8>,
    pub iptr: bool,
    pub sysnum: bool,
}

/// Per-line facts for the leader: the syscall number and instruction pointer, when known.
#[derive(Debug, Clone, Copy, Default)]
pub struct Lead {
    pub nr: Option<u64>,
    pub ip: Option<u64>,
    /// A 32-bit call: strace pads its instruction pointer to 8 digits, not 16.
    pub ip32: bool,
}

/// ANSI colours for `--color`.
mod color {
    pub const NAME: &str = "\x1b[1;34m";
    pub const ERROR: &str = "\x1b[31m";
    pub const SIGNAL: &str = "\x1b[33m";
    pub const EXIT: &str = "\x1b[32m";
    pub const PID: &str = "\x1b[35m";
    pub const RESET: &str = "\x1b[0m";
}

/// Columns a string takes on a terminal: its length without ANSI colour sequences.
fn visible_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == 0x1b && b.get(i + 1) == Some(&b'[') {
            i += 2;
            while i < b.len() && b[i] != b'm' {
                i += 1;
            }
            i += 1;
            continue;
        }
        n += 1;
        i += 1;
    }
    n
}

/// A process's command name (`/proc/PID/comm`), for `-Y`.
pub fn comm_of(pid: i32) -> Option<String> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?;
    Some(s.trim_end_matches('\n').to_string())
}

/// CLOCK_MONOTONIC as (seconds, nanoseconds).
pub fn monotonic() -> (i64, i64) {
    now(libc::CLOCK_MONOTONIC)
}

fn now(clock: libc::clockid_t) -> (i64, i64) {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime into a local.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    (ts.tv_sec, ts.tv_nsec)
}

/// `sec.fraction` with `digits` decimals (0 prints the seconds alone).
pub fn write_fraction(out: &mut String, nsec: i64, digits: u8) {
    use std::fmt::Write as _;
    if digits > 0 {
        let div = 10i64.pow(9 - digits as u32);
        let _ = write!(out, ".{:0width$}", nsec / div, width = digits as usize);
    }
}

pub struct Printer {
    pub leader: LeaderOpts,
    /// `-Y`: pids in prefixes carry the command name (`[pid 12<sh>]`).
    pub decode_pids: bool,
    /// `-Y`: the last command name each prefix showed, for lines printed after the process
    /// is gone (its `+++ exited` line).
    prefix_comms: HashMap<i32, String>,

    /// `--always-show-pid`: the pid prefix even with a single process.
    pub always_pid: bool,
    /// `-c`: no trace lines at all, only the summary table at the end.
    pub suppressed: bool,
    /// `--output-format=json`: text lines are off; the engine writes JSON events instead.
    pub json: bool,
    /// `--color`: ANSI colours on syscall names, errors, signals, exits and pids.
    pub color: bool,
    /// `-A`: append to output files.
    append: bool,
    /// Monotonic time of the previous line's start, for `-r`.
    last_rel: Option<(i64, i64)>,
    target_is_stderr: bool,
    /// `-ff` with `-o`: one file per process, `PREFIX.PID`.
    per_pid: Option<String>,
    shared: Option<Sink>,
    files: HashMap<i32, Sink>,
    pipe_child: Option<Child>,
    /// `-f` given: prefix every line with the pid in `-o` output.
    follow: bool,
    /// Live tracees; stderr output shows `[pid N]` only when there are several.
    pub nprocs: usize,
    column: usize,
    pub text: TextOpts,
    line: String,
}

impl Printer {
    pub fn new(
        target: Target,
        follow: u8,
        column: usize,
        text: TextOpts,
        append: bool,
    ) -> io::Result<Self> {
        let open = |f: &str| -> io::Result<File> {
            if append {
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(f)
            } else {
                File::create(f)
            }
        };
        let mut pipe_child = None;
        let mut per_pid = None;
        let (shared, is_stderr): (Option<Box<dyn Write>>, bool) = match target {
            Target::Stderr => (
                Some(Box::new(BufWriter::with_capacity(1 << 16, io::stderr()))),
                true,
            ),
            Target::File(f) if follow >= 2 => {
                per_pid = Some(f);
                (None, false)
            }
            Target::File(f) => {
                let file = open(&f)?;
                (
                    Some(Box::new(BufWriter::with_capacity(
                        1 << 16,
                        Reported::new(file, f.clone()),
                    ))),
                    false,
                )
            }
            Target::Pipe(cmd) => {
                let mut child = Command::new("/bin/sh")
                    .arg("-c")
                    .arg(&cmd)
                    .stdin(Stdio::piped())
                    .spawn()?;
                let stdin = child.stdin.take().expect("piped stdin");
                pipe_child = Some(child);
                (
                    Some(Box::new(BufWriter::with_capacity(
                        1 << 16,
                        Reported::new(stdin, format!("|{cmd}")),
                    ))),
                    false,
                )
            }
        };
        Ok(Printer {
            leader: LeaderOpts::default(),
            suppressed: false,
            json: false,
            color: false,
            always_pid: false,
            decode_pids: false,
            prefix_comms: HashMap::new(),

            append,
            last_rel: None,
            target_is_stderr: is_stderr,
            per_pid,
            shared: shared.map(Sink::new),
            files: HashMap::new(),
            pipe_child,
            follow: follow > 0,
            nprocs: 1,
            column,
            text,
            line: String::with_capacity(512),
        })
    }

    fn sink(&mut self, pid: i32) -> &mut Sink {
        let append = self.append;
        if let Some(prefix) = &self.per_pid {
            return self.files.entry(pid).or_insert_with(|| {
                let name = format!("{prefix}.{pid}");
                let file = if append {
                    std::fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(&name)
                } else {
                    File::create(&name)
                };
                let w: Box<dyn Write> = match file {
                    Ok(f) => Box::new(BufWriter::with_capacity(1 << 16, Reported::new(f, name))),
                    Err(e) => {
                        crate::error_msg(&format!("Can't fopen '{name}': {e}"));
                        Box::new(io::sink())
                    }
                };
                Sink::new(w)
            });
        }
        self.shared.as_mut().expect("shared sink")
    }

    /// What strace puts before each line: the pid, timestamps, `[nr]`, `[ip]`.
    fn prefix(&mut self, pid: i32, out: &mut String, lead: Lead) {
        use std::fmt::Write as _;
        if self.per_pid.is_none() {
            let comm = if self.decode_pids {
                let c = match comm_of(pid) {
                    Some(c) => {
                        self.prefix_comms.insert(pid, c.clone());
                        Some(c)
                    }
                    None => self.prefix_comms.get(&pid).cloned(),
                };
                c.map(|c| format!("<{c}>")).unwrap_or_default()
            } else {
                String::new()
            };
            if !self.target_is_stderr {
                if self.follow || self.nprocs > 1 || self.always_pid {
                    if comm.is_empty() {
                        let _ = write!(out, "{pid:<5} ");
                    } else {
                        let _ = write!(out, "{pid}{comm} ");
                    }
                }
            } else if self.nprocs > 1 || self.always_pid {
                if self.color {
                    let _ = write!(out, "{}[pid {pid:>5}{comm}]{} ", color::PID, color::RESET);
                } else {
                    let _ = write!(out, "[pid {pid:>5}{comm}] ");
                }
            }
        }
        let l = self.leader;
        if l.tstamp > 0 {
            let (sec, nsec) = now(libc::CLOCK_REALTIME);
            if l.tstamp >= 3 {
                let _ = write!(out, "{sec}");
            } else {
                let mut tm: libc::tm = unsafe { std::mem::zeroed() };
                let t = sec as libc::time_t;
                // SAFETY: localtime_r with valid pointers.
                unsafe { libc::localtime_r(&t, &mut tm) };
                let _ = write!(out, "{:02}:{:02}:{:02}", tm.tm_hour, tm.tm_min, tm.tm_sec);
            }
            write_fraction(out, nsec, l.tstamp_digits);
            out.push(' ');
        }
        if let Some(digits) = l.relative {
            let cur = now(libc::CLOCK_MONOTONIC);
            let (ds, dn) = match self.last_rel {
                Some((s0, n0)) => {
                    let mut ds = cur.0 - s0;
                    let mut dn = cur.1 - n0;
                    if dn < 0 {
                        ds -= 1;
                        dn += 1_000_000_000;
                    }
                    (ds, dn)
                }
                None => (0, 0),
            };
            self.last_rel = Some(cur);
            if l.tstamp > 0 {
                out.push_str("(+");
            }
            let mut frac = String::new();
            write_fraction(&mut frac, dn, digits);
            let _ = write!(out, "{ds:>6}{frac}");
            out.push_str(if l.tstamp > 0 { ") " } else { " " });
        }
        if l.sysnum {
            match lead.nr {
                Some(nr) => {
                    let _ = write!(out, "[{nr:>4}] ");
                }
                None => out.push_str("[????] "),
            }
        }
        if l.iptr {
            match lead.ip {
                Some(ip) if lead.ip32 => {
                    let _ = write!(out, "[{ip:08x}] ");
                }
                Some(ip) => {
                    let _ = write!(out, "[{ip:016x}] ");
                }
                None => out.push_str("[????????????????] "),
            }
        }
    }

    /// Close another process's open line with ` <unfinished ...>`.
    fn interrupt_open_line(&mut self, pid: i32) {
        let s = self.sink(pid);
        if let Some(other) = s.open
            && other != pid
        {
            let _ = s.w.write_all(b" <unfinished ...>\n");
            s.open = None;
            s.col = 0;
        }
    }

    fn write_line_part(&mut self, pid: i32, open_after: bool) {
        let stderr = self.target_is_stderr;
        let line = std::mem::take(&mut self.line);
        let s = self.sink(pid);
        let _ = s.w.write_all(line.as_bytes());
        if open_after {
            s.col += visible_len(&line);
            s.open = Some(pid);
        } else {
            s.col = 0;
            s.open = None;
        }
        // strace's stderr is unbuffered: what a line has so far is visible before the call runs.
        if stderr {
            let _ = s.w.flush();
        }
        self.line = line;
        self.line.clear();
    }

    /// Print the entry half: `name(args` and, when `more`, the `, ` before the exit arguments.
    pub fn syscall_entry(&mut self, pid: i32, name: &str, args: &[Value], more: bool, lead: Lead) {
        if self.suppressed || self.json {
            return;
        }
        self.interrupt_open_line(pid);
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        self.prefix(pid, &mut line, lead);
        self.paint(&mut line, color::NAME, name);
        line.push('(');
        self.render_args(&mut line, args);
        if more && !args.is_empty() {
            line.push_str(", ");
        }
        self.line = line;
        self.write_line_part(pid, true);
    }

    fn render_args(&self, line: &mut String, args: &[Value]) {
        for (i, a) in args.iter().enumerate() {
            if i > 0 && !matches!(a, Value::Changed(_)) {
                line.push_str(", ");
            }
            text::render(line, a, self.text);
        }
    }

    /// Print the exit half: the remaining arguments, `)`, padding and ` = result`.
    /// `lead_sep` puts `, ` before the exit arguments when the entry half did not end with one.
    pub fn syscall_exit(
        &mut self,
        pid: i32,
        name: &str,
        rest: &[Value],
        lead_sep: bool,
        result: &str,
        lead: Lead,
    ) {
        if self.suppressed || self.json {
            return;
        }
        let resumed = self.sink(pid).open != Some(pid);
        if resumed {
            self.interrupt_open_line(pid);
        }
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        let mut col = 0;
        if resumed {
            self.prefix(pid, &mut line, lead);
            line.push_str("<... ");
            line.push_str(name);
            line.push_str(" resumed>");
        } else {
            col = self.sink(pid).col;
        }
        if lead_sep && !rest.is_empty() && !matches!(rest[0], Value::Changed(_)) {
            line.push_str(", ");
        }
        self.render_args(&mut line, rest);
        line.push_str(") ");
        // Padding counts what shows on the terminal, not colour codes.
        let used = col + visible_len(&line);
        for _ in used..self.column {
            line.push(' ');
        }
        line.push_str("= ");
        let failed = result.starts_with("-1 ") || result.starts_with("? ");
        if failed {
            self.paint(&mut line, color::ERROR, result);
        } else {
            line.push_str(result);
        }
        line.push('\n');
        self.line = line;
        self.write_line_part(pid, false);
    }

    /// A process ended in the middle of a syscall: finish its open line with `= ?`.
    pub fn syscall_vanished(&mut self, pid: i32) {
        if self.suppressed || self.json {
            return;
        }
        if self.sink(pid).open == Some(pid) {
            self.syscall_exit(pid, "", &[], false, "?", Lead::default());
        }
    }

    /// A whole line of its own: `--- SIG... ---`, `+++ exited with N +++`.
    pub fn event_line(&mut self, pid: i32, msg: &str, lead: Lead) {
        if self.suppressed || self.json {
            return;
        }
        self.interrupt_open_line(pid);
        if self.sink(pid).open == Some(pid) {
            // Our own call is in progress (a signal arrived during it): strace breaks the line.
            let s = self.sink(pid);
            let _ = s.w.write_all(b" <unfinished ...>\n");
            s.open = None;
        }
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        self.prefix(pid, &mut line, lead);
        let c = if msg.starts_with("---") {
            color::SIGNAL
        } else if msg.contains("killed by") {
            color::ERROR
        } else {
            color::EXIT
        };
        self.paint(&mut line, c, msg);
        line.push('\n');
        self.line = line;
        self.write_line_part(pid, false);
    }

    /// End `pid`'s open line with `tail` (e.g. ` <detached ...>`).
    pub fn close_line(&mut self, pid: i32, tail: &str) {
        if self.suppressed || self.json {
            return;
        }
        if self.sink(pid).open == Some(pid) {
            self.line.clear();
            self.line.push_str(tail);
            self.line.push('\n');
            self.write_line_part(pid, false);
        }
    }

    /// Trace lines go to stderr (no `-o`).
    pub fn to_stderr(&self) -> bool {
        self.target_is_stderr
    }

    /// A line written as is to `pid`'s output (` * 6 bytes in buffer 0`).
    pub fn raw_line(&mut self, pid: i32, text: &str) {
        if self.suppressed || self.json {
            return;
        }
        let s = self.sink(pid);
        let _ = s.w.write_all(text.as_bytes());
    }

    /// `-e read=`/`-e write=` data: strace's ` | 00000  xx xx ...  ascii |` lines.
    pub fn hexdump(&mut self, pid: i32, data: &[u8]) {
        if self.suppressed || self.json {
            return;
        }
        let mut text = String::with_capacity(data.len() * 5);
        hexdump_lines(&mut text, data);
        let s = self.sink(pid);
        let _ = s.w.write_all(text.as_bytes());
    }

    /// Append `text`, in `code`'s colour when colours are on.
    fn paint(&self, out: &mut String, code: &str, text: &str) {
        if self.color {
            out.push_str(code);
            out.push_str(text);
            out.push_str(color::RESET);
        } else {
            out.push_str(text);
        }
    }

    /// A pid's command name, read live from /proc as strace does (so a reaped process has
    /// none).
    pub fn comm(&self, pid: i32) -> Option<String> {
        comm_of(pid)
    }

    /// One JSON Lines event, to where `pid`'s text would go (`-o`, `-ff`, stderr).
    pub fn json_event(&mut self, pid: i32, ev: &serde_json::Value) {
        if self.suppressed {
            return;
        }
        let line = json::to_line(ev);
        let stderr = self.target_is_stderr;
        let s = self.sink(pid);
        let _ = s.w.write_all(line.as_bytes());
        if stderr {
            let _ = s.w.flush();
        }
    }

    /// Text written as is to the main output (the `-c` summary table).
    pub fn write_raw(&mut self, text: &str) {
        if let Some(s) = self.shared.as_mut() {
            let _ = s.w.write_all(text.as_bytes());
        } else {
            let _ = io::stderr().write_all(text.as_bytes());
        }
    }

    /// Whether `pid` has a syscall line open right now.
    pub fn is_open(&mut self, pid: i32) -> bool {
        self.sink(pid).open == Some(pid)
    }

    /// A process is gone: close its `-ff` file.
    pub fn forget(&mut self, pid: i32) {
        self.prefix_comms.remove(&pid);
        if let Some(mut s) = self.files.remove(&pid) {
            let _ = s.w.flush();
        }
    }

    pub fn flush(&mut self) {
        if let Some(s) = self.shared.as_mut() {
            let _ = s.w.flush();
        }
        for s in self.files.values_mut() {
            let _ = s.w.flush();
        }
    }

    /// Flush everything and wait for a `-o |cmd` reader to finish.
    pub fn finish(&mut self) {
        self.flush();
        self.shared = None;
        self.files.clear();
        if let Some(mut c) = self.pipe_child.take() {
            let _ = c.wait();
        }
    }
}

/// Format `data` as strace's hex dump lines.
pub fn hexdump_lines(out: &mut String, data: &[u8]) {
    use std::fmt::Write as _;
    for (n, chunk) in data.chunks(16).enumerate() {
        let _ = write!(out, " | {:05x}  ", n * 16);
        for i in 0..16 {
            match chunk.get(i) {
                Some(b) => {
                    let _ = write!(out, "{b:02x} ");
                }
                None => out.push_str("   "),
            }
            if i == 7 {
                out.push(' ');
            }
        }
        out.push(' ');
        for i in 0..16 {
            out.push(match chunk.get(i) {
                Some(&b) if (0x20..0x7f).contains(&b) => b as char,
                Some(_) => '.',
                None => ' ',
            });
        }
        out.push_str(" |\n");
    }
}

/// Render a syscall's return value as strace does (`0x...`, `-1 ENOENT (...)`, `? ERESTARTSYS ...`).
/// The decoded form after a return value, ` (...)`, in the `-X` style. An `Alt` whose raw
/// side is empty (ioprio_get's) shows nothing under `-X raw` and only its friendly side
/// otherwise.
fn comment(out: &mut String, v: &Value, o: TextOpts) {
    let mut t = String::new();
    match v {
        Value::Alt(raw, friendly) if matches!(&**raw, Value::Expr(e) if e.is_empty()) => {
            if o.xlat != text::XlatStyle::Raw {
                text::render(&mut t, friendly, o);
            }
        }
        v => text::render(&mut t, v, o),
    }
    if !t.is_empty() {
        out.push_str(" (");
        out.push_str(&t);
        out.push(')');
    }
}

pub fn format_result(out: &mut String, rval: i64, ret: &Ret, never_fails: bool, o: TextOpts) {
    use std::fmt::Write as _;
    if !never_fails && (-4095..0).contains(&rval) {
        let e = (-rval) as u64;
        let name = crate::xlat::errno::errno_name(e);
        let text = crate::xlat::errno::errno_text(e);
        match (name, text) {
            (Some(n), Some(t)) if (512..=516).contains(&e) && e != 515 => {
                let _ = write!(out, "? {n} ({t})");
            }
            (Some(n), Some(t)) => {
                let _ = write!(out, "-1 {n} ({t})");
            }
            (Some(n), None) => {
                let _ = write!(out, "-1 {n}");
            }
            _ => {
                let _ = write!(out, "-1 (errno {e})");
            }
        }
        return;
    }
    match ret {
        Ret::Dec => {
            let _ = write!(out, "{rval}");
        }
        Ret::Hex => {
            if rval == 0 {
                out.push('0');
            } else {
                let _ = write!(out, "{:#x}", rval as u64);
            }
        }
        Ret::Oct => {
            let _ = write!(out, "0{:o}", rval as u64);
        }
        Ret::HexWith(v) => {
            if rval == 0 {
                out.push('0');
            } else {
                let _ = write!(out, "{:#x}", rval as u64);
            }
            comment(out, v, o);
        }
        Ret::DecWith(v) => {
            let _ = write!(out, "{rval}");
            comment(out, v, o);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hexdump_as_strace() {
        let mut s = String::new();
        hexdump_lines(&mut s, b"abc");
        assert_eq!(
            s,
            " | 00000  61 62 63                                          abc              |\n"
        );
        s.clear();
        hexdump_lines(&mut s, b"hello world, this is a long line\n");
        assert_eq!(
            s.lines().nth(2).unwrap(),
            " | 00020  0a                                                .                |"
        );
        assert_eq!(
            s.lines().next().unwrap(),
            " | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  hello world, thi |"
        );
    }

    #[test]
    fn results() {
        let mut s = String::new();
        format_result(&mut s, -2, &Ret::Dec, false, TextOpts::default());
        assert_eq!(s, "-1 ENOENT (No such file or directory)");
        s.clear();
        format_result(&mut s, -512, &Ret::Dec, false, TextOpts::default());
        assert_eq!(s, "? ERESTARTSYS (To be restarted if SA_RESTART is set)");
        s.clear();
        format_result(&mut s, 0x7f00, &Ret::Hex, false, TextOpts::default());
        assert_eq!(s, "0x7f00");
    }
}
