//! Command-line parsing with strace's getopt semantics: short options may be bundled (`-fttT`),
//! option arguments may be attached (`-s64`) or separate (`-s 64`), parsing stops at the first
//! non-option (the traced command), and errors read exactly as strace's.

use crate::filter::{self, FdSet, SyscallSet, quiet, status};
use std::fmt;

/// Everything the command line selects.
#[derive(Debug, Clone)]
pub struct Options {
    /// `-f` count: 1 follows forks, 2 (`-ff`) also writes one file per process with `-o`.
    pub follow: u8,
    pub output: Option<String>,
    /// `-A`: open the output file for appending.
    pub append: bool,
    pub strsize: usize,
    /// `-x` count: 1 hex for non-ASCII strings, 2 hex for every string.
    pub xflag: u8,
    pub pids: Vec<i32>,
    /// `-q` count (0..3); mutually exclusive with `-e quiet=`.
    pub qcount: u8,
    /// Suppressed messages (`filter::quiet` bits).
    pub quiet: u8,
    quiet_given: bool,
    /// Alignment column for ` = ` (`-a`).
    pub column: usize,
    /// `-e trace=`: which syscalls are printed.
    pub trace: SyscallSet,
    /// `-e abbrev=`: syscalls whose structures are abbreviated (`-v` empties it).
    pub abbrev: SyscallSet,
    /// `-e verbose=`: syscalls whose structures are dereferenced (all by default).
    pub deref: SyscallSet,
    /// `-e raw=`: syscalls printed undecoded, in hex.
    pub raw: SyscallSet,
    /// `-e signal=`: bit n-1 for signal n.
    pub signals: u64,
    /// `-e status=` (`filter::status` bits); `-z`, `-Z`.
    pub status: u8,
    /// `-e read=` / `-e write=`: descriptors whose data is hex-dumped.
    pub read_fds: FdSet,
    pub write_fds: FdSet,
    /// `-t` count (absolute timestamps: 1 time, 2 time+us, 3 unix+us) and its precision in
    /// decimal digits of a second.
    pub tstamp: u8,
    pub tstamp_digits: u8,
    /// `-r`: relative timestamps, with precision digits.
    pub relative: Option<u8>,
    /// `-T`: time spent in each syscall, with precision digits.
    pub syscall_times: Option<u8>,
    /// `-i`: print the instruction pointer.
    pub iptr: bool,
    /// `-n`: print syscall numbers.
    pub sysnum: bool,
    /// `-E VAR=VAL` / `-E VAR`, in order.
    pub env: Vec<String>,
    /// `-u USER`.
    pub user: Option<String>,
    /// `--argv0 NAME`.
    pub argv0: Option<String>,
    /// `-b execve`: detach when a traced process calls execve (after the first).
    pub detach_on_execve: bool,
    /// `-Y` / `--decode-pids=comm`.
    pub decode_pids: bool,
    /// `--always-show-pid`.
    pub always_pid: bool,
    /// `--color=auto|always|never` (None: auto).
    pub color: Option<bool>,
    /// `--output-format=json` / `--json` / `-j`: JSON Lines instead of strace's text.
    pub json: bool,
    /// `-e inject=` / `-e fault=` rules, in command-line order (later ones win).
    pub inject: Vec<crate::filter::inject::InjectRule>,
    /// `-c` (1: summary only) or `-C` (2: trace and summary).
    pub summary: u8,
    /// `-w`: summarise wall-clock latency instead of system time.
    pub summary_wall: bool,
    /// `-S`: sort key (None: syscall number order).
    pub summary_sort: Option<crate::stats::Col>,
    /// `-U`: columns.
    pub summary_columns: Option<Vec<crate::stats::Col>>,
    /// `-O`: per-call overhead to subtract, in nanoseconds.
    pub summary_overhead_ns: u64,
    /// `--summary-percentiles`: add p50/p90/p99 latency columns.
    pub summary_percentiles: bool,
    /// `-X raw|abbrev|verbose`.
    pub xlat: crate::output::text::XlatStyle,
    /// `-D` count: 1 grandchild, 2 own process group, 3 own session.
    pub daemonize: u8,
    /// `-I N`.
    pub interruptible: Option<u8>,
    /// `--kill-on-exit`.
    pub kill_on_exit: bool,
    /// `--syscall-limit N`: detach after N printed syscalls.
    pub syscall_limit: Option<u64>,
    /// `-d`: debug output on stderr.
    pub debug: bool,
    /// `-P PATH`, repeatable.
    pub paths: Vec<String>,
    /// `-y`/`--decode-fds`: `DECODE_FD_*` bits.
    pub decode_fds: u8,
    decode_fds_short: bool,
    decode_fds_long: bool,
    /// `--seccomp-bpf` (Some(true)), `--no-seccomp-bpf` (Some(false)), or automatic (None).
    pub seccomp: Option<bool>,
    pub command: Vec<String>,
    /// The command exactly as given (non-UTF-8 bytes kept); `command` is its lossy text.
    pub command_raw: Vec<std::ffi::OsString>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            follow: 0,
            output: None,
            append: false,
            strsize: 32,
            xflag: 0,
            pids: Vec::new(),
            qcount: 0,
            quiet: 0,
            quiet_given: false,
            column: 40,
            trace: SyscallSet::all(),
            abbrev: SyscallSet::all(),
            raw: SyscallSet::none(),
            deref: SyscallSet::all(),
            signals: u64::MAX,
            status: status::ALL,
            read_fds: FdSet::default(),
            write_fds: FdSet::default(),
            tstamp: 0,
            tstamp_digits: 0,
            relative: None,
            syscall_times: None,
            iptr: false,
            sysnum: false,
            env: Vec::new(),
            user: None,
            argv0: None,
            detach_on_execve: false,
            interruptible: None,
            daemonize: 0,
            summary: 0,
            inject: Vec::new(),
            json: false,
            color: None,
            always_pid: false,
            decode_pids: false,
            summary_wall: false,
            summary_sort: Some(crate::stats::Col::TimePercent),
            summary_columns: None,
            summary_overhead_ns: 0,
            summary_percentiles: false,
            xlat: Default::default(),
            kill_on_exit: false,
            syscall_limit: None,
            debug: false,
            seccomp: None,
            decode_fds: 0,
            decode_fds_short: false,
            decode_fds_long: false,
            paths: Vec::new(),
            command: Vec::new(),
            command_raw: Vec::new(),
        }
    }
}

impl Options {
    /// `-v` or `-e abbrev=none` for this syscall: print structures in full.
    pub fn verbose_for(&self, nr: u64) -> bool {
        !self.abbrev.contains(nr)
    }
}

/// What the parser asks `main` to do.
#[derive(Debug)]
pub enum Action {
    Trace(Box<Options>),
    Help,
    Version,
}

/// A command-line error. `usage_hint` adds strace's "Try '... -h'" line.
#[derive(Debug, PartialEq, Eq)]
pub struct CliError {
    pub msg: String,
    pub usage_hint: bool,
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

fn usage(msg: String) -> CliError {
    CliError {
        msg,
        usage_hint: true,
    }
}

fn plain(msg: String) -> CliError {
    CliError {
        msg,
        usage_hint: false,
    }
}

/// Short options that take an argument (strace's optstring, `x:` form).
const SHORT_WITH_ARG: &str = "abeEIoOpPsSuUX";
/// Short options without an argument.
const SHORT_FLAGS: &str = "ACcdDfFhijknqrtTvVwxyzZY";

pub const DECODE_FD_PATH: u8 = 1;
pub const DECODE_FD_SOCKET: u8 = 2;
pub const DECODE_FD_DEV: u8 = 4;
pub const DECODE_FD_PIDFD: u8 = 8;
const DECODE_FD_ALL: u8 = 15;

/// `--decode-fds=SET`.
fn parse_decode_fds(v: &str) -> Result<u8, CliError> {
    let mut bits = 0;
    for item in v.split(',').filter(|s| !s.is_empty()) {
        bits |= match item {
            "path" => DECODE_FD_PATH,
            "socket" => DECODE_FD_SOCKET,
            "dev" => DECODE_FD_DEV,
            "pidfd" => DECODE_FD_PIDFD,
            "all" => DECODE_FD_ALL,
            "none" => 0,
            _ => return Err(plain(format!("invalid decode-fds '{item}'"))),
        };
    }
    Ok(bits)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Arg {
    No,
    Required,
    /// Only in the `--name=value` form.
    Optional,
}

/// Long options: (name, argument, key handled by `apply`).
const LONG: &[(&str, Arg, &str)] = &[
    ("follow-forks", Arg::No, "f"),
    ("output-separately", Arg::No, "--output-separately"),
    ("output", Arg::Required, "o"),
    ("output-append-mode", Arg::No, "A"),
    ("string-limit", Arg::Required, "s"),
    ("no-abbrev", Arg::No, "v"),
    ("attach", Arg::Required, "p"),
    ("help", Arg::No, "h"),
    ("version", Arg::No, "V"),
    ("columns", Arg::Required, "a"),
    ("quiet", Arg::Optional, "--quiet"),
    ("silent", Arg::Optional, "--quiet"),
    ("silence", Arg::Optional, "--quiet"),
    ("trace", Arg::Required, "--trace"),
    ("signal", Arg::Required, "--signal"),
    ("signals", Arg::Required, "--signal"),
    ("status", Arg::Required, "--status"),
    ("abbrev", Arg::Required, "--abbrev"),
    ("verbose", Arg::Required, "--verbose"),
    ("raw", Arg::Required, "--raw"),
    ("read", Arg::Required, "--read"),
    ("write", Arg::Required, "--write"),
    ("successful-only", Arg::No, "z"),
    ("failed-only", Arg::No, "Z"),
    (
        "absolute-timestamps",
        Arg::Optional,
        "--absolute-timestamps",
    ),
    ("timestamps", Arg::Optional, "--absolute-timestamps"),
    (
        "relative-timestamps",
        Arg::Optional,
        "--relative-timestamps",
    ),
    ("syscall-times", Arg::Optional, "--syscall-times"),
    ("instruction-pointer", Arg::No, "i"),
    ("syscall-number", Arg::No, "n"),
    ("strings-in-hex", Arg::Optional, "--strings-in-hex"),
    ("env", Arg::Required, "E"),
    ("user", Arg::Required, "u"),
    ("argv0", Arg::Required, "--argv0"),
    ("detach-on", Arg::Required, "b"),
    ("interruptible", Arg::Required, "I"),
    ("daemonize", Arg::Optional, "--daemonize"),
    ("const-print-style", Arg::Required, "X"),
    ("summary-only", Arg::No, "c"),
    ("summary", Arg::No, "C"),
    ("summary-wall-clock", Arg::No, "w"),
    ("summary-sort-by", Arg::Required, "S"),
    ("summary-columns", Arg::Required, "U"),
    ("summary-syscall-overhead", Arg::Required, "O"),
    ("summary-percentiles", Arg::No, "--summary-percentiles"),
    ("always-show-pid", Arg::No, "--always-show-pid"),
    ("inject", Arg::Required, "--inject"),
    ("output-format", Arg::Required, "--output-format"),
    ("color", Arg::Optional, "--color"),
    ("colour", Arg::Optional, "--color"),
    ("json", Arg::No, "j"),
    ("fault", Arg::Required, "--fault"),
    ("decode-pids", Arg::Required, "--decode-pids"),
    ("kill-on-exit", Arg::No, "--kill-on-exit"),
    ("syscall-limit", Arg::Required, "--syscall-limit"),
    ("debug", Arg::No, "d"),
    ("seccomp-bpf", Arg::No, "--seccomp-bpf"),
    ("decode-fds", Arg::Optional, "--decode-fds"),
    ("trace-path", Arg::Required, "P"),
    ("no-seccomp-bpf", Arg::No, "--no-seccomp-bpf"),
];

/// Parse `args` (without argv[0]).
pub fn parse(args: &[String]) -> Result<Action, CliError> {
    let mut o = Options::default();
    let mut deferred: Option<Action> = None;
    let mut i = 0;
    let mut ff_long = false;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            let matches: Vec<_> = LONG
                .iter()
                .filter(|(n, _, _)| n.starts_with(name))
                .collect();
            let ent = match LONG.iter().find(|(n, _, _)| *n == name) {
                Some(e) => e,
                None if matches.len() == 1 => matches[0],
                None if matches.len() > 1 && matches.iter().all(|m| m.2 == matches[0].2) => {
                    matches[0]
                }
                None if matches.len() > 1 => {
                    return Err(usage(format!("option '{a}' is ambiguous")));
                }
                None => return Err(usage(format!("unrecognized option '{a}'"))),
            };
            let (full, arg, key) = *ent;
            let val = match arg {
                Arg::Required => match inline {
                    Some(v) => Some(v),
                    None => {
                        i += 1;
                        match args.get(i) {
                            Some(v) => Some(v.clone()),
                            None => {
                                return Err(usage(format!(
                                    "option '--{full}' requires an argument"
                                )));
                            }
                        }
                    }
                },
                Arg::Optional => inline,
                Arg::No => {
                    if inline.is_some() {
                        return Err(usage(format!(
                            "option '--{full}' doesn't allow an argument"
                        )));
                    }
                    None
                }
            };
            SPELLED.with(|s| *s.borrow_mut() = format!("--{full}"));
            match key {
                "h" => {
                    deferred.get_or_insert(Action::Help);
                }
                "V" => {
                    deferred.get_or_insert(Action::Version);
                }
                "--output-separately" => ff_long = true,
                _ => apply(&mut o, key, val)?,
            }
            i += 1;
            continue;
        }
        if a.len() > 1 && a.starts_with('-') {
            let bytes: Vec<char> = a[1..].chars().collect();
            let mut j = 0;
            while j < bytes.len() {
                let c = bytes[j];
                if SHORT_WITH_ARG.contains(c) {
                    let rest: String = bytes[j + 1..].iter().collect();
                    let val = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                return Err(usage(format!("option requires an argument -- '{c}'")));
                            }
                        }
                    };
                    SPELLED.with(|s| *s.borrow_mut() = format!("-{c}"));
                    apply(&mut o, &c.to_string(), Some(val))?;
                    break;
                } else if SHORT_FLAGS.contains(c) {
                    SPELLED.with(|s| *s.borrow_mut() = format!("-{c}"));
                    match c {
                        // strace acts on -h/-V only after every option parsed.
                        // -h answers at once; -V only after every option parsed (as strace).
                        'h' => return Ok(Action::Help),
                        'V' => {
                            deferred.get_or_insert(Action::Version);
                        }
                        _ => apply(&mut o, &c.to_string(), None)?,
                    }
                    j += 1;
                } else {
                    return Err(usage(format!("invalid option -- '{c}'")));
                }
            }
            i += 1;
            continue;
        }
        break;
    }
    o.command = args[i..].to_vec();
    if let Some(a) = deferred {
        return Ok(a);
    }
    if ff_long && o.follow < 2 {
        o.follow = 2;
    }
    if o.command.is_empty() && o.pids.is_empty() {
        return Err(usage("must have PROG [ARGS] or -p PID".into()));
    }
    finish(&mut o)?;
    Ok(Action::Trace(Box::new(o)))
}

/// Cross-option checks and derived settings, as strace does after getopt.
fn finish(o: &mut Options) -> Result<(), CliError> {
    if o.summary_wall && o.summary == 0 {
        return Err(usage(
            "-w/--summary-wall-clock must be given with (-c/--summary-only or -C/--summary)".into(),
        ));
    }
    if o.summary != 0 && o.follow >= 2 {
        return Err(usage(
            "(-c/--summary-only or -C/--summary) and -ff/--output-separately are mutually exclusive"
                .into(),
        ));
    }
    if o.summary == 1 && o.decode_fds != 0 {
        crate::error_msg("-y/--decode-fds has no effect with -c/--summary-only");
    }
    if o.qcount > 0 && o.quiet_given {
        return Err(plain(
            "-q and -e quiet/--quiet cannot be provided simultaneously".into(),
        ));
    }
    o.trace.add_unnamed();
    if !o.quiet_given {
        o.quiet = match o.qcount {
            0 => 0,
            1 => quiet::ATTACH | quiet::PERSONALITY,
            2 => quiet::ATTACH | quiet::PERSONALITY | quiet::EXIT,
            _ => quiet::ALL,
        };
    }
    if o.tstamp > 0 && o.tstamp_digits == 0 && o.tstamp >= 2 {
        o.tstamp_digits = 6;
    }
    Ok(())
}

/// Options that rstrace parses but does not implement yet: rejected honestly rather than ignored.
fn unsupported(opt: &str) -> CliError {
    let shown = if opt.starts_with("--") {
        opt.to_string()
    } else {
        format!("-{opt}")
    };
    plain(format!("option {shown} is not supported yet"))
}

/// `s`, `ms`, `us`, `ns` as decimal digits of a second.
fn precision(v: &str) -> Option<u8> {
    Some(match v {
        "s" => 0,
        "ms" => 3,
        "us" => 6,
        "ns" => 9,
        _ => return None,
    })
}

/// A `-e` expression: `[qualifier=][!]values`.
fn qualify(o: &mut Options, expr: &str) -> Result<(), CliError> {
    let (q, v) = match expr.split_once('=') {
        Some((q, v)) => (q, v),
        None => ("trace", expr),
    };
    let bad = |e: String| plain(e);
    match q {
        "trace" | "t" => o.trace = filter::parse_syscall_set(v).map_err(bad)?,
        "abbrev" | "a" => o.abbrev = filter::parse_syscall_set(v).map_err(bad)?,
        "verbose" | "v" => o.deref = filter::parse_syscall_set(v).map_err(bad)?,
        "raw" | "x" => o.raw = filter::parse_syscall_set(v).map_err(bad)?,
        "signal" | "signals" | "s" => o.signals = filter::parse_signal_set(v).map_err(bad)?,
        "status" => o.status = filter::parse_status_set(v).map_err(bad)?,
        "quiet" | "silent" | "silence" | "q" => {
            o.quiet = filter::parse_quiet_set(v).map_err(bad)?;
            o.quiet_given = true;
        }
        "read" | "reads" | "r" => o.read_fds = filter::parse_fd_set(v).map_err(bad)?,
        "write" | "writes" | "w" => o.write_fds = filter::parse_fd_set(v).map_err(bad)?,
        "decode-fds" => o.decode_fds = parse_decode_fds(v)?,
        "decode-pids" => return apply(o, "--decode-pids", Some(v.to_string())),
        "inject" => o.inject.push(filter::inject::parse(v, false).map_err(bad)?),
        "fault" => o.inject.push(filter::inject::parse(v, true).map_err(bad)?),
        "kvm" => {
            return Err(unsupported(&format!("-e {q}")));
        }
        _ => {
            // An unknown qualifier: strace reads the whole expression as a syscall set.
            o.trace = filter::parse_syscall_set(expr).map_err(bad)?;
        }
    }
    Ok(())
}

// The option as the user spelled it (`-s`, `--string-limit`), for error messages.
thread_local! {
    static SPELLED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

fn spelled(default: &str) -> String {
    SPELLED.with(|s| {
        let s = s.borrow();
        if s.is_empty() {
            default.to_string()
        } else {
            s.clone()
        }
    })
}

fn apply(o: &mut Options, key: &str, val: Option<String>) -> Result<(), CliError> {
    let v = val.clone().unwrap_or_default();
    match key {
        "f" => o.follow = o.follow.saturating_add(1),
        "o" => o.output = Some(v),
        "A" => o.append = true,
        "s" => {
            o.strsize = parse_uint(&v)
                .filter(|n| *n <= i32::MAX as u64)
                .ok_or_else(|| usage(format!("invalid {} argument: '{v}'", spelled("-s"))))?
                as usize
        }
        "v" => o.abbrev = SyscallSet::none(),
        "x" => o.xflag = o.xflag.saturating_add(1),
        "q" => o.qcount = o.qcount.saturating_add(1),
        "--quiet" => {
            o.quiet = match val {
                Some(v) => filter::parse_quiet_set(&v).map_err(plain)?,
                None => quiet::ATTACH | quiet::PERSONALITY,
            };
            o.quiet_given = true;
        }
        "a" => {
            o.column = parse_uint(&v)
                .filter(|n| *n <= i32::MAX as u64)
                .ok_or_else(|| usage(format!("invalid {} argument: '{v}'", spelled("-a"))))?
                as usize
        }
        "e" => qualify(o, &v)?,
        "--trace" => qualify(o, &format!("trace={v}"))?,
        "--signal" => qualify(o, &format!("signal={v}"))?,
        "--status" => qualify(o, &format!("status={v}"))?,
        "--abbrev" => qualify(o, &format!("abbrev={v}"))?,
        "--verbose" => qualify(o, &format!("verbose={v}"))?,
        "--raw" => qualify(o, &format!("raw={v}"))?,
        "--read" => qualify(o, &format!("read={v}"))?,
        "--inject" => qualify(o, &format!("inject={v}"))?,
        "--fault" => qualify(o, &format!("fault={v}"))?,
        "--write" => qualify(o, &format!("write={v}"))?,
        "z" => o.status = status::SUCCESSFUL,
        "Z" => o.status = status::FAILED,
        "t" => o.tstamp = o.tstamp.saturating_add(1).min(3),
        "--absolute-timestamps" => {
            // [[format:]FORMAT][,[precision:]PRECISION]
            let mut fmt = 1u8;
            let mut digits = None;
            for part in v.split(',').filter(|p| !p.is_empty()) {
                let (k, val) = match part.split_once(':') {
                    Some((k, val)) => (Some(k), val),
                    None => (None, part),
                };
                match (k, val) {
                    (None | Some("format"), "time") => fmt = 1,
                    (None | Some("format"), "unix") => fmt = 3,
                    (None | Some("format"), "none") => fmt = 0,
                    (None | Some("precision"), p) if precision(p).is_some() => {
                        digits = precision(p)
                    }
                    _ => {
                        return Err(usage(format!(
                            "invalid {} argument: '{v}'",
                            spelled("--absolute-timestamps")
                        )));
                    }
                }
            }
            o.tstamp = fmt;
            o.tstamp_digits = digits.unwrap_or(if fmt == 3 { 6 } else { 0 });
            if fmt == 1 && o.tstamp_digits > 0 {
                o.tstamp = 2;
            }
        }
        "r" => o.relative = Some(6),
        "--relative-timestamps" => {
            o.relative = Some(match val {
                None => 6,
                Some(p) => precision(&p).ok_or_else(|| {
                    usage(format!("invalid --relative-timestamps argument: '{p}'"))
                })?,
            })
        }
        "T" => o.syscall_times = Some(6),
        "--syscall-times" => {
            o.syscall_times = Some(match val {
                None => 6,
                Some(p) => precision(&p)
                    .ok_or_else(|| usage(format!("invalid --syscall-times argument: '{p}'")))?,
            })
        }
        "i" => o.iptr = true,
        "n" => o.sysnum = true,
        "--strings-in-hex" => {
            o.xflag = match val.as_deref() {
                None | Some("all") => 2,
                Some("non-ascii") => 1,
                Some("non-ascii-chars") => 3,
                Some("none") => 0,
                Some(other) => {
                    return Err(usage(format!(
                        "invalid --strings-in-hex argument: '{other}'"
                    )));
                }
            }
        }
        "E" => o.env.push(v),
        "u" => o.user = Some(v),
        "--argv0" => o.argv0 = Some(v),
        "b" => {
            if v != "execve" {
                return Err(plain(format!("Syscall '{v}' for -b isn't supported")));
            }
            o.detach_on_execve = true;
        }
        "I" => {
            let n = match v.as_str() {
                "1" | "anywhere" => 1,
                "2" | "waiting" => 2,
                "3" | "never" => 3,
                "4" | "never_tstp" => 4,
                _ => return Err(usage(format!("invalid {} argument: '{v}'", spelled("-I")))),
            };
            o.interruptible = Some(n);
        }
        "--kill-on-exit" => o.kill_on_exit = true,
        "c" | "C" => {
            let want = if key == "c" { 1 } else { 2 };
            if o.summary != 0 && o.summary != want {
                return Err(usage(
                    "-c/--summary-only and -C/--summary are mutually exclusive".into(),
                ));
            }
            o.summary = want;
        }
        "w" => o.summary_wall = true,
        "S" => o.summary_sort = crate::stats::parse_sortby(&v).map_err(usage)?,
        "U" => o.summary_columns = Some(crate::stats::parse_columns(&v).map_err(usage)?),
        "O" => {
            o.summary_overhead_ns = crate::stats::parse_duration_ns(&v)
                .ok_or_else(|| usage(format!("invalid {} argument: '{v}'", spelled("-O"))))?
        }
        "--summary-percentiles" => o.summary_percentiles = true,
        "j" => o.json = true,
        "--color" => {
            o.color = match val.as_deref() {
                None | Some("always") => Some(true),
                Some("never") => Some(false),
                Some("auto") => None,
                Some(other) => {
                    return Err(usage(format!(
                        "invalid {} argument: '{other}'",
                        spelled("--color")
                    )));
                }
            }
        }
        "--output-format" => {
            o.json = match v.as_str() {
                "json" => true,
                "text" => false,
                _ => return Err(usage(format!("invalid --output-format argument: '{v}'"))),
            }
        }
        "--always-show-pid" => o.always_pid = true,
        "Y" => o.decode_pids = true,
        "--decode-pids" => {
            for item in v.split(',').filter(|s| !s.is_empty()) {
                match item {
                    "comm" => o.decode_pids = true,
                    "none" => o.decode_pids = false,
                    "pidns" => return Err(unsupported("-decode-pids=pidns")),
                    _ => return Err(plain(format!("invalid decode-pids '{item}'"))),
                }
            }
        }
        "X" => {
            use crate::output::text::XlatStyle;
            o.xlat = match v.as_str() {
                "raw" => XlatStyle::Raw,
                "abbrev" => XlatStyle::Abbrev,
                "verbose" => XlatStyle::Verbose,
                _ => return Err(usage(format!("invalid {} argument: '{v}'", spelled("-X")))),
            }
        }
        "D" => {
            o.daemonize = o.daemonize.saturating_add(1);
            if o.daemonize > 3 {
                return Err(usage(format!(
                    "Too many -D's ({}), maximum supported -D count is 3",
                    o.daemonize
                )));
            }
        }
        "--daemonize" => {
            o.daemonize = match val.as_deref() {
                None | Some("grandchild") => 1,
                Some("pgroup") | Some("pgrp") => 2,
                Some("session") => 3,
                Some(other) => {
                    return Err(usage(format!("invalid --daemonize argument: '{other}'")));
                }
            }
        }
        "--syscall-limit" => {
            o.syscall_limit = Some(
                parse_uint(&v)
                    .filter(|n| *n > 0)
                    .ok_or_else(|| usage(format!("invalid --syscall-limit argument: '{v}'")))?,
            )
        }
        "d" => o.debug = true,
        "P" => o.paths.push(v),
        "y" => {
            if o.decode_fds_long {
                return Err(plain(
                    "-y and --decode-fds cannot be provided simultaneously".into(),
                ));
            }
            o.decode_fds_short = true;
            o.decode_fds = if o.decode_fds & DECODE_FD_PATH != 0 {
                DECODE_FD_ALL
            } else {
                DECODE_FD_PATH
            }
        }
        "--decode-fds" => {
            if o.decode_fds_short {
                return Err(plain(
                    "-y and --decode-fds cannot be provided simultaneously".into(),
                ));
            }
            o.decode_fds_long = true;
            o.decode_fds = match val {
                None => DECODE_FD_PATH,
                Some(v) => parse_decode_fds(&v)?,
            }
        }
        "--seccomp-bpf" => o.seccomp = Some(true),
        "--no-seccomp-bpf" => o.seccomp = Some(false),
        "p" => {
            // strace accepts comma- and space-separated lists in one -p.
            for part in v.split([',', ' ', '\t', '\n']).filter(|s| !s.is_empty()) {
                let pid = parse_uint(part)
                    .filter(|p| *p > 0 && *p <= i32::MAX as u64)
                    .ok_or_else(|| plain(format!("Invalid process id: '{part}'")))?;
                o.pids.push(pid as i32);
            }
            // An empty list adds nothing (strace ignores `-p ''`).
        }
        other => return Err(unsupported(other)),
    }
    Ok(())
}

/// strace's string_to_uint: decimal digits only, no sign, no overflow.
fn parse_uint(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Action, CliError> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    fn opts(args: &[&str]) -> Options {
        match p(args) {
            Ok(Action::Trace(o)) => *o,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn bundled_and_attached() {
        let o = opts(&["-ffvs64", "-o", "out", "ls", "-l"]);
        assert_eq!(o.follow, 2);
        assert!(o.verbose_for(0));
        assert_eq!(o.strsize, 64);
        assert_eq!(o.output.as_deref(), Some("out"));
        assert_eq!(o.command, vec!["ls", "-l"]);
    }

    #[test]
    fn stops_at_command() {
        let o = opts(&["-f", "sh", "-c", "-v"]);
        assert_eq!(o.command, vec!["sh", "-c", "-v"]);
        assert!(!o.verbose_for(0));
    }

    #[test]
    fn pid_lists() {
        let o = opts(&["-p", "1,2", "-p", "3 4"]);
        assert_eq!(o.pids, vec![1, 2, 3, 4]);
        assert_eq!(
            p(&["-p", "abc"]).unwrap_err().msg,
            "Invalid process id: 'abc'"
        );
        assert_eq!(p(&["-p", "0"]).unwrap_err().msg, "Invalid process id: '0'");
    }

    #[test]
    fn errors_read_as_strace() {
        assert_eq!(p(&["-Q"]).unwrap_err().msg, "invalid option -- 'Q'");
        assert_eq!(
            p(&["--foo"]).unwrap_err().msg,
            "unrecognized option '--foo'"
        );
        assert_eq!(
            p(&["-s"]).unwrap_err().msg,
            "option requires an argument -- 's'"
        );
        assert_eq!(
            p(&["-s", "abc", "true"]).unwrap_err().msg,
            "invalid -s argument: 'abc'"
        );
        assert_eq!(p(&[]).unwrap_err().msg, "must have PROG [ARGS] or -p PID");
        assert!(p(&[]).unwrap_err().usage_hint);
    }

    #[test]
    fn qualifiers_and_timing() {
        let o = opts(&["-e", "trace=open,close", "-e", "signal=!USR1", "-z", "true"]);
        assert!(!o.trace.contains(0) && o.trace.contains(3));
        assert_eq!(o.signals, !(1u64 << 9));
        assert_eq!(o.status, status::SUCCESSFUL);
        // The last -e trace= wins, and a bare expression is a trace set.
        let o = opts(&["-e", "trace=open", "-e", "close", "true"]);
        assert!(!o.trace.contains(2) && o.trace.contains(3));
        let o = opts(&["-ttt", "-T", "-i", "-n", "true"]);
        assert_eq!((o.tstamp, o.tstamp_digits), (3, 6));
        assert!(o.syscall_times.is_some() && o.iptr && o.sysnum);
        let o = opts(&["--timestamps=unix,ms", "true"]);
        assert_eq!((o.tstamp, o.tstamp_digits), (3, 3));
        let o = opts(&["-qq", "true"]);
        assert_eq!(o.quiet, quiet::ATTACH | quiet::PERSONALITY | quiet::EXIT);
        assert_eq!(
            p(&["-q", "-e", "quiet=none", "true"]).unwrap_err().msg,
            "-q and -e quiet/--quiet cannot be provided simultaneously"
        );
        assert_eq!(
            p(&["-e", "foo=bar", "true"]).unwrap_err().msg,
            "invalid system call 'foo=bar'"
        );
        assert_eq!(
            p(&["-b", "foo", "true"]).unwrap_err().msg,
            "Syscall 'foo' for -b isn't supported"
        );
        assert_eq!(
            p(&["-I", "5", "true"]).unwrap_err().msg,
            "invalid -I argument: '5'"
        );
    }

    #[test]
    fn long_options() {
        let o = opts(&[
            "--follow-forks",
            "--output=x",
            "--string-limit",
            "5",
            "true",
        ]);
        assert_eq!((o.follow, o.strsize), (1, 5));
        assert_eq!(o.output.as_deref(), Some("x"));
        assert!(matches!(p(&["--version"]), Ok(Action::Version)));
    }
}
