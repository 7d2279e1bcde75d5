//! Command-line parsing with strace's getopt semantics: short options may be bundled (`-fttT`),
//! option arguments may be attached (`-s64`) or separate (`-s 64`), parsing stops at the first
//! non-option (the traced command), and errors read exactly as strace's.

use std::fmt;

/// Everything the command line selects.
#[derive(Debug, Clone)]
pub struct Options {
    /// `-f` count: 1 follows forks, 2 (`-ff`) also writes one file per process with `-o`.
    pub follow: u8,
    pub output: Option<String>,
    pub strsize: usize,
    pub verbose: bool,
    /// `-x` count: 1 hex for non-ASCII strings, 2 hex for every string.
    pub xflag: u8,
    pub pids: Vec<i32>,
    pub quiet: u8,
    /// Alignment column for ` = ` (`-a`).
    pub column: usize,
    pub command: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            follow: 0,
            output: None,
            strsize: 32,
            verbose: false,
            xflag: 0,
            pids: Vec::new(),
            quiet: 0,
            column: 40,
            command: Vec::new(),
        }
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
const SHORT_FLAGS: &str = "ACcdDfFhiknqrtTvVwxyzZY";

/// Long options: (name, takes an argument, equivalent short option or long-only key).
const LONG: &[(&str, bool, &str)] = &[
    ("follow-forks", false, "f"),
    ("output-separately", false, "ff"),
    ("output", true, "o"),
    ("string-limit", true, "s"),
    ("no-abbrev", false, "v"),
    ("attach", true, "p"),
    ("help", false, "h"),
    ("version", false, "V"),
    ("columns", true, "a"),
    ("quiet", true, "quiet"),
];

/// Parse `args` (without argv[0]).
pub fn parse(args: &[String]) -> Result<Action, CliError> {
    let mut o = Options::default();
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
                None if matches.len() > 1 => {
                    return Err(usage(format!("option '{a}' is ambiguous")));
                }
                None => return Err(usage(format!("unrecognized option '{a}'"))),
            };
            let (full, takes, key) = *ent;
            let val = if takes {
                match inline {
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
                }
            } else {
                if inline.is_some() {
                    return Err(usage(format!(
                        "option '--{full}' doesn't allow an argument"
                    )));
                }
                None
            };
            if key == "h" {
                return Ok(Action::Help);
            } else if key == "V" {
                return Ok(Action::Version);
            } else if key == "ff" {
                ff_long = true;
            } else {
                apply(&mut o, key, val)?;
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
                    apply(&mut o, &c.to_string(), Some(val))?;
                    break;
                } else if SHORT_FLAGS.contains(c) {
                    match c {
                        'h' => return Ok(Action::Help),
                        'V' => return Ok(Action::Version),
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
    if ff_long && o.follow < 2 {
        o.follow = 2;
    }
    if o.command.is_empty() && o.pids.is_empty() {
        return Err(usage("must have PROG [ARGS] or -p PID".into()));
    }
    Ok(Action::Trace(Box::new(o)))
}

/// Options that rstrace parses but does not implement yet: rejected honestly rather than ignored.
fn unsupported(opt: &str) -> CliError {
    plain(format!("option -{opt} is not supported yet"))
}

fn apply(o: &mut Options, key: &str, val: Option<String>) -> Result<(), CliError> {
    let v = val.unwrap_or_default();
    match key {
        "f" => o.follow = o.follow.saturating_add(1),
        "o" => o.output = Some(v),
        "s" => {
            o.strsize = parse_uint(&v)
                .filter(|n| *n <= i32::MAX as u64)
                .ok_or_else(|| usage(format!("invalid -s argument: '{v}'")))?
                as usize
        }
        "v" => o.verbose = true,
        "x" => o.xflag = o.xflag.saturating_add(1),
        "q" => o.quiet = o.quiet.saturating_add(1),
        "a" => {
            o.column = parse_uint(&v)
                .filter(|n| *n <= i32::MAX as u64)
                .ok_or_else(|| usage(format!("invalid -a argument: '{v}'")))?
                as usize
        }
        "p" => {
            // strace accepts comma- and space-separated lists in one -p.
            for part in v.split([',', ' ', '\t', '\n']).filter(|s| !s.is_empty()) {
                let pid = parse_uint(part)
                    .filter(|p| *p > 0 && *p <= i32::MAX as u64)
                    .ok_or_else(|| plain(format!("Invalid process id: '{part}'")))?;
                o.pids.push(pid as i32);
            }
            if v.split([',', ' ', '\t', '\n']).all(|s| s.is_empty()) {
                return Err(plain(format!("Invalid process id: '{v}'")));
            }
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
        assert!(o.verbose);
        assert_eq!(o.strsize, 64);
        assert_eq!(o.output.as_deref(), Some("out"));
        assert_eq!(o.command, vec!["ls", "-l"]);
    }

    #[test]
    fn stops_at_command() {
        let o = opts(&["-f", "sh", "-c", "-v"]);
        assert_eq!(o.command, vec!["sh", "-c", "-v"]);
        assert!(!o.verbose);
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
