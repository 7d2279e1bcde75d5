//! rstrace: a system-call tracer with strace's command line and output.

mod cli;
mod decode;
mod filter;
mod output;
mod stats;
mod syscalls;
mod tracer;
mod xlat;

use std::sync::OnceLock;

static PROGNAME: OnceLock<String> = OnceLock::new();

/// The name rstrace was invoked by; every message of its own starts with it, as strace's do.
pub fn progname() -> &'static str {
    PROGNAME.get().map(|s| s.as_str()).unwrap_or("rstrace")
}

/// `PROG: msg` on stderr.
pub fn error_msg(msg: &str) {
    eprintln!("{}: {msg}", progname());
}

/// Informational messages (`Process N attached`) go the same way.
pub fn info_msg(msg: &str) {
    eprintln!("{}: {msg}", progname());
}

const VERSION_TEXT: &str = concat!(
    "rstrace -- version ",
    env!("CARGO_PKG_VERSION"),
    "\nA system call tracer compatible with strace 6.1.\n"
);

const HELP_TEXT: &str = "\
Usage: rstrace [-fvxh] [-o FILE] [-s STRSIZE] [-a COLUMN] { -p PID | PROG [ARGS] }

  -f, --follow-forks      follow forks
  -ff                     with -o FILE, write each process's trace to FILE.PID
  -o FILE, --output=FILE  send trace output to FILE (|CMD or !CMD pipes it to CMD)
  -s STRSIZE              limit length of print strings to STRSIZE chars (default 32)
  -v, --no-abbrev         verbose mode: print unabbreviated argv, stat, termios, etc. args
  -x                      print non-ascii strings in hex, -xx print all strings in hex
  -a COLUMN               alignment COLUMN for printing syscall results (default 40)
  -p PID, --attach=PID    trace process with process id PID, may be repeated
  -q                      suppress messages about attaching, detaching, etc.
  -h, --help              print this help message
  -V, --version           print version
";

fn main() {
    // Arguments need not be UTF-8: options are parsed from their text, the command is kept as
    // raw bytes.
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let args: Vec<String> = raw
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let _ = PROGNAME.set(args.first().cloned().unwrap_or_else(|| "rstrace".into()));
    let action = match cli::parse(&args[1..]) {
        Ok(a) => a,
        Err(e) => {
            error_msg(&e.msg);
            if e.usage_hint {
                eprintln!("Try '{} -h' for more information.", progname());
            }
            std::process::exit(1);
        }
    };
    let opts = match action {
        cli::Action::Help => {
            print!("{HELP_TEXT}");
            return;
        }
        cli::Action::Version => {
            print!("{VERSION_TEXT}");
            return;
        }
        cli::Action::Trace(o) => {
            let mut o = *o;
            o.command_raw = raw[raw.len() - o.command.len()..].to_vec();
            o
        }
    };
    let target = match opts.output.as_deref() {
        None => output::Target::Stderr,
        Some(s) if s.starts_with('|') || s.starts_with('!') => {
            output::Target::Pipe(s[1..].to_string())
        }
        Some(f) => output::Target::File(f.to_string()),
    };
    let text = output::text::TextOpts {
        xflag: opts.xflag,
        xlat: opts.xlat,
    };
    let printer = match output::Printer::new(target, opts.follow, opts.column, text, opts.append) {
        Ok(p) => p,
        Err(e) => {
            let name = opts.output.clone().unwrap_or_default();
            let msg = e.to_string();
            let msg = msg.split(" (os error").next().unwrap_or_default();
            error_msg(&format!("Can't fopen '{name}': {msg}"));
            std::process::exit(1);
        }
    };
    let mut printer = printer;
    printer.always_pid = opts.always_pid;
    printer.decode_pids = opts.decode_pids;
    printer.json = opts.json;
    // --color=auto: only on a terminal, only for stderr output, and not with NO_COLOR set.
    printer.color = match opts.color {
        Some(c) => c,
        None => {
            opts.output.is_none()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                // SAFETY: isatty on a standard descriptor.
                && unsafe { libc::isatty(2) } == 1
        }
    };
    printer.leader = output::LeaderOpts {
        tstamp: opts.tstamp,
        tstamp_digits: opts.tstamp_digits,
        relative: opts.relative,
        iptr: opts.iptr,
        sysnum: opts.sysnum,
    };
    let code = tracer::Tracer::new(opts, printer).run();
    std::process::exit(code);
}
