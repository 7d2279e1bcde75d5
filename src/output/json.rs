//! JSON Lines output: every decoded [`Value`] as typed, lossless JSON, and the events
//! (`syscall`, `signal`, `stop`, `exit`, `attach`, `detach`, `exec`) as one compact object a line.
//!
//! The shapes are described by `schema/events.schema.json`; keep the two in step.
//!
//! # Values
//!
//! | Value | JSON |
//! | --- | --- |
//! | `Int`, `Uint`, `Fd` | a number: `3`, `-1`, `18446744073709551615` |
//! | `FdInfo` (`-y`) | `{"fd": 3, "path": "/etc/passwd"}` (`path` is what `-y` shows: also `pipe:[123]`, `socket:[9]`) |
//! | `Hex` | a string `"0x1f"` (`"0x0"` for zero) |
//! | `Ptr` | `null` for NULL, otherwise a string `"0x7ffd1000"` |
//! | `Oct` | `{"oct": "0644", "value": 420}` |
//! | `FileMode` | `{"mode": "S_IFREG|0644", "value": 33188}` |
//! | `Str` | `{"str": "text", "truncated": false}`, plus `"bytes_hex"` (every byte, authoritative) when the bytes are not UTF-8 or are binary (`force_hex`); `str` is then the lossy UTF-8 reading |
//! | `Sym`, `SymDec` | `{"name": "AT_FDCWD", "value": -100}` |
//! | `AT_FDCWD<dir>` (`-y`) | `{"name": "AT_FDCWD", "value": -100, "path": "/home/u"}` |
//! | `UnknownSym` | `{"name": null, "value": 5, "comment": "SEEK_???"}` |
//! | `Flags` | `{"raw": 524288, "flags": ["O_RDONLY", "O_CLOEXEC"]}`, plus `"rest": "0x40000000"` for bits no name covers |
//! | `Or` | `{"or": [value, ...]}` (every part, zero ones included) |
//! | `Alt` | `{"value": value, "alt": "8192*1024"}` |
//! | `Commented` | `{"value": value, "comment": "39 vars"}` |
//! | `Struct` | an object of strace's field names, plus `"_more": true` when abbreviated; an unnamed field is `"_N"` (its index); a field named like a typed value's key (`str`, `raw`, `value`, `path` ..., see `RESERVED_FIELDS`) gets a leading `_` |
//! | `Array` | an array; when abbreviated `{"items": [...], "_more": true}` |
//! | `Unreadable` | `{"addr": "0x7ffd1000", "error": "EFAULT", "unreadable": true}` |
//! | `Expr` | `{"expr": "8192*1024"}` |
//! | `SigSet` | `{"sigset": ["SIGINT", "SIGTERM"], "complement": false}` (a number for a signal without a name) |
//! | `Changed` after a value | folded with it: `{"in": before, "out": after}`; alone `{"changed": value}` |
//! | `Named` | in argument lists its label is the key; elsewhere `{"label": "flags", "value": value}` |

//!
//! # Events
//!
//! Every event has `type` and `pid`, then `tid`, `time_ns` (wall clock, ns since the epoch) and
//! `ip` (`-i`) when known:
//!
//! - `syscall` (one per call, at its exit, see [`syscall_event`]): `name`, `nr`, `args` (an
//!   object keyed by kernel parameter name, see [`args_to_json`]), `retval` (-1 on error, null
//!   for `?`), on error `errno`/`errno_num`/`errno_text`, and optionally `ret` (decoded result),
//!   `exit_time_ns`, `duration_ns`, `unfinished`, `injected`, `data_hex`;
//! - `signal` (`signal`, `signo`, `siginfo`), `stop` (`signal`, `signo`);
//! - `exit` (`status` "exited" with `code`, or "killed" with `signal`, `signo`, `core_dumped`);
//! - `attach`, `detach` (`reason`), `exec` (`former_tid`).

use crate::decode::{Flags, QStr, Value};
use serde_json::{Map, Value as J, json};

/// `0x...` for a number (`0x0` for zero).
fn hex(v: u64) -> J {
    J::String(format!("{v:#x}"))
}

/// C's `%#03o`: `000`, `022`, `0644`, `04755`.
fn c_octal(v: u64) -> String {
    if v == 0 {
        return "000".into();
    }
    format!("{:0>3}", format!("0{v:o}"))
}

/// Lower-case hex digits of every byte.
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn bytes_hex(b: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(b.len() * 2);
    for c in b {
        let _ = write!(s, "{c:02x}");
    }
    s
}

/// strace's `S_IFREG|S_ISUID|0755`.
fn file_mode_text(m: u64) -> String {
    const TYPES: [(u64, &str); 7] = [
        (0o140000, "S_IFSOCK"),
        (0o120000, "S_IFLNK"),
        (0o100000, "S_IFREG"),
        (0o060000, "S_IFBLK"),
        (0o040000, "S_IFDIR"),
        (0o020000, "S_IFCHR"),
        (0o010000, "S_IFIFO"),
    ];
    let mut out = String::new();
    let ftype = m & 0o170000;
    match TYPES.iter().find(|(v, _)| *v == ftype) {
        Some((_, n)) => {
            out.push_str(n);
            out.push('|');
        }
        None if ftype != 0 => {
            out.push_str(&format!("{ftype:#o}|"));
        }
        None => {}
    }
    for (bit, name) in [
        (0o4000, "S_ISUID"),
        (0o2000, "S_ISGID"),
        (0o1000, "S_ISVTX"),
    ] {
        if m & bit != 0 {
            out.push_str(name);
            out.push('|');
        }
    }
    out.push_str(&c_octal(m & 0o777));
    out
}

fn qstr(s: &QStr) -> J {
    let mut m = Map::new();
    match std::str::from_utf8(&s.bytes) {
        Ok(t) if !s.force_hex => {
            m.insert("str".into(), J::String(t.into()));
            m.insert("truncated".into(), J::Bool(s.truncated));
        }
        _ => {
            m.insert(
                "str".into(),
                J::String(String::from_utf8_lossy(&s.bytes).into_owned()),
            );
            m.insert("truncated".into(), J::Bool(s.truncated));
            m.insert("bytes_hex".into(), J::String(bytes_hex(&s.bytes)));
        }
    }
    J::Object(m)
}

fn flags(f: &Flags) -> J {
    let mut names: Vec<J> = f
        .names
        .iter()
        .map(|n| J::String((*n).into()))
        .chain(f.extra.iter().map(|s| J::String(s.clone())))
        .collect();
    // A zero word that strace spells with a name (`zero` other than "0") keeps that name.
    if names.is_empty() && f.rest == 0 && f.zero != "0" {
        names.push(J::String(f.zero.into()));
    }
    let mut m = Map::new();
    m.insert("raw".into(), J::from(f.raw));
    m.insert("flags".into(), J::Array(names));
    if f.rest != 0 {
        m.insert("rest".into(), hex(f.rest));
    }
    J::Object(m)
}

fn sigset(sigs: &[u32], complement: bool) -> J {
    let list: Vec<J> = sigs
        .iter()
        .map(|&s| match crate::xlat::signals::signal_name(s) {
            Some(n) => J::String(n.into()),
            None => J::from(s),
        })
        .collect();
    json!({"sigset": list, "complement": complement})
}

/// A sequence of values with each `Changed` folded into the value before it.
fn seq(items: &[Value]) -> Vec<J> {
    let mut out: Vec<J> = Vec::with_capacity(items.len());
    for v in items {
        if let Value::Changed(after) = v
            && let Some(before) = out.pop()
        {
            out.push(json!({"in": before, "out": value_to_json(after)}));
            continue;
        }
        out.push(value_to_json(v));
    }
    out
}

/// Keys that mark an object as one of the typed values above: a structure field of that name
/// is written with a leading `_`, so a structure never reads as a typed value.
const RESERVED_FIELDS: [&str; 15] = [
    "str",
    "raw",
    "oct",
    "or",
    "alt",
    "expr",
    "sigset",
    "changed",
    "label",
    "unreadable",
    "comment",
    "in",
    "items",
    "value",
    "path",
];

/// Render one decoded value as typed JSON (see the module documentation for the shapes).
#[allow(dead_code)] // called by the engine once JSON output is wired
/// strace's spelling of a friendly form (an expression, a call such as `inet_addr("..")`)
/// as one string; string arguments as plain text in quotes.
fn spelled(v: &Value) -> String {
    match v {
        Value::Expr(s) => s.clone(),
        Value::Str(q) => format!("\"{}\"", String::from_utf8_lossy(&q.bytes)),
        Value::Call(name, args) => {
            let args: Vec<String> = args.iter().map(spelled).collect();
            format!("{name}({})", args.join(", "))
        }
        Value::Uint(n) => n.to_string(),
        Value::Sym(n, _) => n.to_string(),
        Value::Flags(f) => {
            let mut parts: Vec<String> = f.names.iter().map(|n| n.to_string()).collect();
            if f.rest != 0 || parts.is_empty() {
                parts.push(format!("{:#x}", f.rest));
            }
            parts.join("|")
        }
        Value::UnknownSym(v, c) => format!("{v:#x} /* {c} */"),
        other => value_to_json(other).to_string(),
    }
}

pub fn value_to_json(v: &Value) -> J {
    match v {
        Value::Int(i) => J::from(*i),
        Value::Fd(fd) => J::from(*fd),
        Value::Uint(u) => J::from(*u),
        Value::FdInfo(fd, info) => json!({"fd": fd, "path": info}),
        Value::Pid(p) => J::from(*p),
        Value::PidComm(p, comm) => json!({"pid": p, "comm": comm}),
        Value::Hex(h) => hex(*h),
        Value::Ptr(0) => J::Null,
        Value::Ptr(p) => hex(*p),
        Value::Oct(m) => json!({"oct": c_octal(*m), "value": m}),
        Value::FileMode(m) => json!({"mode": file_mode_text(*m), "value": m}),
        Value::Str(s) => qstr(s),
        Value::Sym(name, raw) => json!({"name": name, "value": raw}),
        Value::SymDec(name, raw) => json!({"name": name, "value": raw}),
        Value::UnknownSym(raw, comment) => json!({"name": null, "value": raw, "comment": comment}),
        Value::Flags(f) => flags(f),
        Value::Or(parts) => json!({"or": parts.iter().map(value_to_json).collect::<Vec<_>>()}),
        Value::Alt(inner, text) => json!({"value": value_to_json(inner), "alt": spelled(text)}),
        Value::Call(..) => json!({"expr": spelled(v)}),
        Value::Seq(parts) => json!({"expr": parts.iter().map(spelled).collect::<String>()}),
        Value::Commented(inner, c) => json!({"value": value_to_json(inner), "comment": c}),
        Value::Struct(fields, more) => {
            let mut m = Map::new();
            for (i, (name, val)) in fields.iter().enumerate() {
                let mut key = if name.is_empty() {
                    format!("_{i}")
                } else if RESERVED_FIELDS.contains(name) {
                    format!("_{name}")
                } else {
                    (*name).to_string()
                };
                if m.contains_key(&key) {
                    key = format!("{key}_{i}");
                }
                m.insert(key, value_to_json(val));
            }
            if *more {
                m.insert("_more".into(), J::Bool(true));
            }
            J::Object(m)
        }
        Value::Array(items, more) => {
            let items = J::Array(seq(items));
            if *more {
                json!({"items": items, "_more": true})
            } else {
                items
            }
        }
        Value::Unreadable(a) => json!({"addr": hex(*a), "error": "EFAULT", "unreadable": true}),
        Value::Expr(s) => {
            // `-y` turns AT_FDCWD into the expression `AT_FDCWD<dir>`: give it back its parts.
            if let Some(dir) = s
                .strip_prefix("AT_FDCWD<")
                .and_then(|r| r.strip_suffix('>'))
            {
                json!({"name": "AT_FDCWD", "value": -100, "path": dir})
            } else {
                json!({"expr": s})
            }
        }
        Value::Changed(after) => json!({"changed": value_to_json(after)}),
        Value::Named(label, inner) => json!({"label": label, "value": value_to_json(inner)}),
        Value::SigSet(sigs, complement) => sigset(sigs, *complement),
    }
}

/// Parameter names of the kernel prototypes (man 2 pages; x86_64 order), sorted by syscall
/// name. Syscalls not listed get `arg0`..`arg5`.
#[allow(dead_code)] // called by the engine once JSON output is wired
pub static ARG_NAMES: &[(&str, &[&str])] = &[
    ("accept", &["sockfd", "addr", "addrlen"]),
    ("accept4", &["sockfd", "addr", "addrlen", "flags"]),
    ("access", &["pathname", "mode"]),
    ("alarm", &["seconds"]),
    ("arch_prctl", &["code", "addr"]),
    ("bind", &["sockfd", "addr", "addrlen"]),
    ("bpf", &["cmd", "attr", "size"]),
    ("brk", &["addr"]),
    ("capget", &["hdrp", "datap"]),
    ("capset", &["hdrp", "datap"]),
    ("chdir", &["path"]),
    ("chmod", &["pathname", "mode"]),
    ("chown", &["pathname", "owner", "group"]),
    ("chroot", &["path"]),
    ("clock_getres", &["clockid", "res"]),
    ("clock_gettime", &["clockid", "tp"]),
    (
        "clock_nanosleep",
        &["clockid", "flags", "request", "remain"],
    ),
    ("clock_settime", &["clockid", "tp"]),
    (
        "clone",
        &["flags", "stack", "parent_tid", "child_tid", "tls"],
    ),
    ("clone3", &["cl_args", "size"]),
    ("close", &["fd"]),
    ("close_range", &["first", "last", "flags"]),
    ("connect", &["sockfd", "addr", "addrlen"]),
    (
        "copy_file_range",
        &["fd_in", "off_in", "fd_out", "off_out", "len", "flags"],
    ),
    ("creat", &["pathname", "mode"]),
    ("dup", &["oldfd"]),
    ("dup2", &["oldfd", "newfd"]),
    ("dup3", &["oldfd", "newfd", "flags"]),
    ("epoll_create", &["size"]),
    ("epoll_create1", &["flags"]),
    ("epoll_ctl", &["epfd", "op", "fd", "event"]),
    (
        "epoll_pwait",
        &[
            "epfd",
            "events",
            "maxevents",
            "timeout",
            "sigmask",
            "sigsetsize",
        ],
    ),
    (
        "epoll_pwait2",
        &[
            "epfd",
            "events",
            "maxevents",
            "timeout",
            "sigmask",
            "sigsetsize",
        ],
    ),
    ("epoll_wait", &["epfd", "events", "maxevents", "timeout"]),
    ("eventfd", &["initval"]),
    ("eventfd2", &["initval", "flags"]),
    ("execve", &["pathname", "argv", "envp"]),
    ("execveat", &["dirfd", "pathname", "argv", "envp", "flags"]),
    ("exit", &["status"]),
    ("exit_group", &["status"]),
    ("faccessat", &["dirfd", "pathname", "mode"]),
    ("faccessat2", &["dirfd", "pathname", "mode", "flags"]),
    ("fadvise64", &["fd", "offset", "len", "advice"]),
    ("fallocate", &["fd", "mode", "offset", "len"]),
    ("fchdir", &["fd"]),
    ("fchmod", &["fd", "mode"]),
    ("fchmodat", &["dirfd", "pathname", "mode"]),
    ("fchmodat2", &["dirfd", "pathname", "mode", "flags"]),
    ("fchown", &["fd", "owner", "group"]),
    (
        "fchownat",
        &["dirfd", "pathname", "owner", "group", "flags"],
    ),
    ("fcntl", &["fd", "cmd", "arg"]),
    ("fdatasync", &["fd"]),
    ("fgetxattr", &["fd", "name", "value", "size"]),
    ("flistxattr", &["fd", "list", "size"]),
    ("flock", &["fd", "operation"]),
    ("fork", &[]),
    ("fsetxattr", &["fd", "name", "value", "size", "flags"]),
    ("fstat", &["fd", "statbuf"]),
    ("fstatfs", &["fd", "buf"]),
    ("fsync", &["fd"]),
    ("ftruncate", &["fd", "length"]),
    (
        "futex",
        &["uaddr", "futex_op", "val", "timeout", "uaddr2", "val3"],
    ),
    ("get_robust_list", &["pid", "head_ptr", "len_ptr"]),
    ("getcpu", &["cpu", "node", "tcache"]),
    ("getcwd", &["buf", "size"]),
    ("getdents", &["fd", "dirp", "count"]),
    ("getdents64", &["fd", "dirp", "count"]),
    ("getegid", &[]),
    ("geteuid", &[]),
    ("getgid", &[]),
    ("getgroups", &["size", "list"]),
    ("getitimer", &["which", "curr_value"]),
    ("getpeername", &["sockfd", "addr", "addrlen"]),
    ("getpgid", &["pid"]),
    ("getpgrp", &[]),
    ("getpid", &[]),
    ("getppid", &[]),
    ("getpriority", &["which", "who"]),
    ("getrandom", &["buf", "buflen", "flags"]),
    ("getresgid", &["rgid", "egid", "sgid"]),
    ("getresuid", &["ruid", "euid", "suid"]),
    ("getrlimit", &["resource", "rlim"]),
    ("getrusage", &["who", "usage"]),
    ("getsid", &["pid"]),
    ("getsockname", &["sockfd", "addr", "addrlen"]),
    (
        "getsockopt",
        &["sockfd", "level", "optname", "optval", "optlen"],
    ),
    ("gettid", &[]),
    ("gettimeofday", &["tv", "tz"]),
    ("getuid", &[]),
    ("getxattr", &["path", "name", "value", "size"]),
    ("inotify_add_watch", &["fd", "pathname", "mask"]),
    ("inotify_init1", &["flags"]),
    ("inotify_rm_watch", &["fd", "wd"]),
    ("ioctl", &["fd", "request", "arg"]),
    ("kill", &["pid", "sig"]),
    ("lchown", &["pathname", "owner", "group"]),
    ("lgetxattr", &["path", "name", "value", "size"]),
    ("link", &["oldpath", "newpath"]),
    (
        "linkat",
        &["olddirfd", "oldpath", "newdirfd", "newpath", "flags"],
    ),
    ("listen", &["sockfd", "backlog"]),
    ("listxattr", &["path", "list", "size"]),
    ("lseek", &["fd", "offset", "whence"]),
    ("lstat", &["pathname", "statbuf"]),
    ("madvise", &["addr", "length", "advice"]),
    ("memfd_create", &["name", "flags"]),
    ("mincore", &["addr", "length", "vec"]),
    ("mkdir", &["pathname", "mode"]),
    ("mkdirat", &["dirfd", "pathname", "mode"]),
    ("mknod", &["pathname", "mode", "dev"]),
    ("mknodat", &["dirfd", "pathname", "mode", "dev"]),
    ("mlock", &["addr", "len"]),
    ("mlock2", &["addr", "len", "flags"]),
    ("mmap", &["addr", "length", "prot", "flags", "fd", "offset"]),
    (
        "mount",
        &["source", "target", "filesystemtype", "mountflags", "data"],
    ),
    ("mprotect", &["addr", "len", "prot"]),
    (
        "mremap",
        &[
            "old_address",
            "old_size",
            "new_size",
            "flags",
            "new_address",
        ],
    ),
    ("msync", &["addr", "length", "flags"]),
    ("munlock", &["addr", "len"]),
    ("munmap", &["addr", "length"]),
    ("nanosleep", &["req", "rem"]),
    ("newfstatat", &["dirfd", "pathname", "statbuf", "flags"]),
    ("open", &["pathname", "flags", "mode"]),
    ("openat", &["dirfd", "pathname", "flags", "mode"]),
    ("openat2", &["dirfd", "pathname", "how", "size"]),
    ("pause", &[]),
    ("personality", &["persona"]),
    ("pidfd_open", &["pid", "flags"]),
    ("pidfd_send_signal", &["pidfd", "sig", "info", "flags"]),
    ("pipe", &["pipefd"]),
    ("pipe2", &["pipefd", "flags"]),
    ("pkey_mprotect", &["addr", "len", "prot", "pkey"]),
    ("poll", &["fds", "nfds", "timeout"]),
    ("ppoll", &["fds", "nfds", "tmo_p", "sigmask", "sigsetsize"]),
    ("prctl", &["option", "arg2", "arg3", "arg4", "arg5"]),
    ("pread64", &["fd", "buf", "count", "offset"]),
    ("preadv", &["fd", "iov", "iovcnt", "offset"]),
    ("preadv2", &["fd", "iov", "iovcnt", "offset", "flags"]),
    ("prlimit64", &["pid", "resource", "new_limit", "old_limit"]),
    (
        "pselect6",
        &[
            "nfds",
            "readfds",
            "writefds",
            "exceptfds",
            "timeout",
            "sigmask",
        ],
    ),
    ("pwrite64", &["fd", "buf", "count", "offset"]),
    ("pwritev", &["fd", "iov", "iovcnt", "offset"]),
    ("pwritev2", &["fd", "iov", "iovcnt", "offset", "flags"]),
    ("read", &["fd", "buf", "count"]),
    ("readahead", &["fd", "offset", "count"]),
    ("readlink", &["pathname", "buf", "bufsiz"]),
    ("readlinkat", &["dirfd", "pathname", "buf", "bufsiz"]),
    ("readv", &["fd", "iov", "iovcnt"]),
    (
        "recvfrom",
        &["sockfd", "buf", "len", "flags", "src_addr", "addrlen"],
    ),
    (
        "recvmmsg",
        &["sockfd", "msgvec", "vlen", "flags", "timeout"],
    ),
    ("recvmsg", &["sockfd", "msg", "flags"]),
    ("rename", &["oldpath", "newpath"]),
    ("renameat", &["olddirfd", "oldpath", "newdirfd", "newpath"]),
    (
        "renameat2",
        &["olddirfd", "oldpath", "newdirfd", "newpath", "flags"],
    ),
    ("rmdir", &["pathname"]),
    ("rseq", &["rseq", "rseq_len", "flags", "sig"]),
    ("rt_sigaction", &["signum", "act", "oldact", "sigsetsize"]),
    ("rt_sigpending", &["set", "sigsetsize"]),
    ("rt_sigprocmask", &["how", "set", "oldset", "sigsetsize"]),
    ("rt_sigqueueinfo", &["tgid", "sig", "info"]),
    ("rt_sigreturn", &[]),
    ("rt_sigsuspend", &["mask", "sigsetsize"]),
    ("rt_sigtimedwait", &["set", "info", "timeout", "sigsetsize"]),
    ("rt_tgsigqueueinfo", &["tgid", "tid", "sig", "info"]),
    ("sched_getaffinity", &["pid", "cpusetsize", "mask"]),
    ("sched_setaffinity", &["pid", "cpusetsize", "mask"]),
    ("sched_yield", &[]),
    ("seccomp", &["operation", "flags", "args"]),
    (
        "select",
        &["nfds", "readfds", "writefds", "exceptfds", "timeout"],
    ),
    ("sendfile", &["out_fd", "in_fd", "offset", "count"]),
    ("sendmmsg", &["sockfd", "msgvec", "vlen", "flags"]),
    ("sendmsg", &["sockfd", "msg", "flags"]),
    (
        "sendto",
        &["sockfd", "buf", "len", "flags", "dest_addr", "addrlen"],
    ),
    ("set_robust_list", &["head", "len"]),
    ("set_tid_address", &["tidptr"]),
    ("setgid", &["gid"]),
    ("setgroups", &["size", "list"]),
    ("setitimer", &["which", "new_value", "old_value"]),
    ("setns", &["fd", "nstype"]),
    ("setpgid", &["pid", "pgid"]),
    ("setpriority", &["which", "who", "prio"]),
    ("setresgid", &["rgid", "egid", "sgid"]),
    ("setresuid", &["ruid", "euid", "suid"]),
    ("setrlimit", &["resource", "rlim"]),
    ("setsid", &[]),
    (
        "setsockopt",
        &["sockfd", "level", "optname", "optval", "optlen"],
    ),
    ("setuid", &["uid"]),
    ("shutdown", &["sockfd", "how"]),
    ("sigaltstack", &["ss", "old_ss"]),
    ("signalfd", &["fd", "mask", "sizemask"]),
    ("signalfd4", &["fd", "mask", "sizemask", "flags"]),
    ("socket", &["domain", "type", "protocol"]),
    ("socketpair", &["domain", "type", "protocol", "sv"]),
    (
        "splice",
        &["fd_in", "off_in", "fd_out", "off_out", "len", "flags"],
    ),
    ("stat", &["pathname", "statbuf"]),
    ("statfs", &["path", "buf"]),
    ("statx", &["dirfd", "pathname", "flags", "mask", "statxbuf"]),
    ("symlink", &["target", "linkpath"]),
    ("symlinkat", &["target", "newdirfd", "linkpath"]),
    ("sync_file_range", &["fd", "offset", "nbytes", "flags"]),
    ("sysinfo", &["info"]),
    ("tee", &["fd_in", "fd_out", "len", "flags"]),
    ("tgkill", &["tgid", "tid", "sig"]),
    ("timerfd_create", &["clockid", "flags"]),
    ("timerfd_gettime", &["fd", "curr_value"]),
    (
        "timerfd_settime",
        &["fd", "flags", "new_value", "old_value"],
    ),
    ("times", &["buf"]),
    ("tkill", &["tid", "sig"]),
    ("truncate", &["path", "length"]),
    ("umask", &["mask"]),
    ("umount2", &["target", "flags"]),
    ("uname", &["buf"]),
    ("unlink", &["pathname"]),
    ("unlinkat", &["dirfd", "pathname", "flags"]),
    ("unshare", &["flags"]),
    ("utimensat", &["dirfd", "pathname", "times", "flags"]),
    ("vfork", &[]),
    ("vmsplice", &["fd", "iov", "nr_segs", "flags"]),
    ("wait4", &["pid", "wstatus", "options", "rusage"]),
    ("waitid", &["idtype", "id", "infop", "options", "rusage"]),
    ("write", &["fd", "buf", "count"]),
    ("writev", &["fd", "iov", "iovcnt"]),
];

/// The parameter names of `syscall`, if the table knows it.
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn arg_names(syscall: &str) -> Option<&'static [&'static str]> {
    ARG_NAMES
        .binary_search_by(|(n, _)| (*n).cmp(syscall))
        .ok()
        .map(|i| ARG_NAMES[i].1)
}

/// The names for the values a decoder pushed, where it leaves kernel arguments out: futex's
/// FUTEX_WAKE_BITSET shows uaddr, op, val, val3, and the requeue operations show val2 in the
/// timeout slot.
fn names_for(syscall: &str, vals: &[Value]) -> Option<&'static [&'static str]> {
    if syscall == "futex" {
        let op = match vals.get(1) {
            Some(Value::Sym(n, _)) => *n,
            _ => "",
        };
        if op.starts_with("FUTEX_WAKE_BITSET") {
            return Some(&["uaddr", "futex_op", "val", "val3"]);
        }
        if op.starts_with("FUTEX_REQUEUE") || op.starts_with("FUTEX_CMP_REQUEUE") {
            return Some(&["uaddr", "futex_op", "val", "val2", "uaddr2", "val3"]);
        }
    }
    arg_names(syscall)
}

/// A syscall's arguments as an object keyed by parameter name, in order. `vals` are all the
/// values the decoder pushed (entry and exit halves together, as in the text printer's
/// `entry_len` split). A `Named` value uses its own label; a `Changed` value is folded into the
/// argument before it as `{"in": ..., "out": ...}`; names run out into `argN`.
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn args_to_json(syscall: &str, vals: &[Value]) -> Map<String, J> {
    let names = names_for(syscall, vals).unwrap_or(&[]);
    let mut m = Map::new();
    let mut last: Option<String> = None;
    let mut pos = 0usize;
    for v in vals {
        if let Value::Changed(after) = v
            && let Some(key) = &last
            && let Some(before) = m.get_mut(key)
        {
            let b = before.take();
            *before = json!({"in": b, "out": value_to_json(after)});
            continue;
        }
        let (mut key, val) = match v {
            Value::Named(label, inner) => ((*label).to_string(), value_to_json(inner)),
            _ => (
                names
                    .get(pos)
                    .map_or_else(|| format!("arg{pos}"), |n| (*n).to_string()),
                value_to_json(v),
            ),
        };
        if m.contains_key(&key) {
            key = format!("arg{pos}");
        }
        pos += 1;
        m.insert(key.clone(), val);
        last = Some(key);
    }
    m
}

/// Who an event is about and when it happened.
#[allow(dead_code)] // called by the engine once JSON output is wired
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Origin {
    /// The process (thread group) id; the traced thread's id when the engine does not know it.
    pub pid: i32,
    /// The thread id, when the engine knows it differs from or may differ from `pid`.
    pub tid: Option<i32>,
    /// Wall-clock time (CLOCK_REALTIME) in nanoseconds since the epoch; for a syscall, its entry.
    pub time_ns: Option<i64>,
    /// `-i`: the instruction pointer (of the syscall instruction, or where a signal arrived).
    pub ip: Option<u64>,
}

fn event(kind: &str, o: Origin) -> Map<String, J> {
    let mut m = Map::new();
    m.insert("type".into(), J::String(kind.into()));
    m.insert("pid".into(), J::from(o.pid));
    if let Some(t) = o.tid {
        m.insert("tid".into(), J::from(t));
    }
    if let Some(t) = o.time_ns {
        m.insert("time_ns".into(), J::from(t));
    }
    if let Some(ip) = o.ip {
        m.insert("ip".into(), hex(ip));
    }
    m
}

/// An error a syscall returned.
#[allow(dead_code)] // called by the engine once JSON output is wired
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Errno<'a> {
    pub num: u64,
    /// `ENOENT`; None for a number without a name.
    pub name: Option<&'a str>,
    /// `No such file or directory`.
    pub text: Option<&'a str>,
}

/// Split a raw syscall return into (the value strace shows, the errno number): `(Some(-1),
/// Some(2))` for -ENOENT, `(None, Some(512))` for the restart codes strace shows as `?`,
/// `(Some(rval), None)` for success (and for everything when the call never fails).
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn split_result(rval: i64, never_fails: bool) -> (Option<i64>, Option<u64>) {
    if !never_fails && (-4095..0).contains(&rval) {
        let e = (-rval) as u64;
        let restart = (512..=516).contains(&e) && e != 515;
        (if restart { None } else { Some(-1) }, Some(e))
    } else {
        (Some(rval), None)
    }
}

/// One syscall, entry and exit together.
#[allow(dead_code)] // called by the engine once JSON output is wired
#[derive(Debug, Clone, Default)]
pub struct SyscallRecord<'a> {
    pub name: &'a str,
    pub nr: u64,
    /// Every decoded value, entry half then exit half.
    pub args: &'a [Value],
    /// What strace shows as the result: the return value, -1 on error, None for `?` (no return:
    /// the process vanished, a restart code, or detached mid-call).
    pub retval: Option<i64>,
    pub errno: Option<Errno<'a>>,
    /// A decoded form of the return value when it says more than the number: `Hex` for
    /// addresses, `FdInfo` for `-y`, `Alt(Hex, "flags FD_CLOEXEC")` for fcntl's `0x1 (flags ...)`.
    pub ret: Option<&'a Value>,
    /// Wall-clock time of the exit, nanoseconds since the epoch.
    pub exit_time_ns: Option<i64>,
    /// Time spent in the call (`-T`), nanoseconds.
    pub duration_ns: Option<u64>,
    /// The call never returned (`<unfinished ...>` with no `resumed`).
    pub unfinished: bool,
    /// The result or error was injected (`-e inject=`).
    pub injected: bool,
    /// `-e read=`/`-e write=`: the data moved.
    pub data: Option<&'a [u8]>,
}

/// `{"type":"syscall", ...}`: one event per syscall, emitted when it completes (or is known
/// never to complete), carrying both its entry time (`time_ns`) and exit time.
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn syscall_event(o: Origin, c: &SyscallRecord) -> J {
    let mut m = event("syscall", o);
    m.insert("name".into(), J::String(c.name.into()));
    m.insert("nr".into(), J::from(c.nr));
    m.insert("args".into(), J::Object(args_to_json(c.name, c.args)));
    m.insert("retval".into(), c.retval.map_or(J::Null, J::from));
    if let Some(e) = &c.errno {
        m.insert(
            "errno".into(),
            e.name.map_or(J::Null, |n| J::String(n.into())),
        );
        m.insert("errno_num".into(), J::from(e.num));
        m.insert(
            "errno_text".into(),
            e.text.map_or(J::Null, |t| J::String(t.into())),
        );
    }
    if let Some(r) = c.ret {
        m.insert("ret".into(), value_to_json(r));
    }
    if let Some(t) = c.exit_time_ns {
        m.insert("exit_time_ns".into(), J::from(t));
    }
    if let Some(d) = c.duration_ns {
        m.insert("duration_ns".into(), J::from(d));
    }
    if c.unfinished {
        m.insert("unfinished".into(), J::Bool(true));
    }
    if c.injected {
        m.insert("injected".into(), J::Bool(true));
    }
    if let Some(d) = c.data {
        m.insert("data_hex".into(), J::String(bytes_hex(d)));
    }
    J::Object(m)
}

fn put_signal(m: &mut Map<String, J>, sig: u32) {
    let name = crate::xlat::signals::signal_name(sig);
    m.insert(
        "signal".into(),
        name.map_or(J::Null, |n| J::String(n.into())),
    );
    m.insert("signo".into(), J::from(sig));
}

/// `--- SIGCHLD {si_signo=SIGCHLD, ...} ---`: a signal delivered to the tracee.
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn signal_event(o: Origin, sig: u32, siginfo: Option<&Value>) -> J {
    let mut m = event("signal", o);
    put_signal(&mut m, sig);
    if let Some(si) = siginfo {
        m.insert("siginfo".into(), value_to_json(si));
    }
    J::Object(m)
}

/// `--- stopped by SIGSTOP ---`: a group stop.
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn stop_event(o: Origin, sig: u32) -> J {
    let mut m = event("stop", o);
    put_signal(&mut m, sig);
    J::Object(m)
}

/// How a process ended.
#[allow(dead_code)] // called by the engine once JSON output is wired
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitHow {
    /// `+++ exited with N +++`
    Exited(i32),
    /// `+++ killed by SIG... (core dumped) +++`
    Killed { sig: u32, core_dumped: bool },
}

impl ExitHow {
    #[allow(dead_code)] // called by the engine once JSON output is wired
    /// From a wait status (WIFEXITED / WIFSIGNALED); None for a stop.
    pub fn from_wait_status(st: i32) -> Option<ExitHow> {
        let sig = st & 0x7f;
        if sig == 0 {
            Some(ExitHow::Exited((st >> 8) & 0xff))
        } else if sig != 0x7f {
            Some(ExitHow::Killed {
                sig: sig as u32,
                core_dumped: st & 0x80 != 0,
            })
        } else {
            None
        }
    }
}

/// `+++ exited with 0 +++` / `+++ killed by SIGKILL +++`.
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn exit_event(o: Origin, how: ExitHow) -> J {
    let mut m = event("exit", o);
    match how {
        ExitHow::Exited(code) => {
            m.insert("status".into(), J::String("exited".into()));
            m.insert("code".into(), J::from(code));
        }
        ExitHow::Killed { sig, core_dumped } => {
            m.insert("status".into(), J::String("killed".into()));
            put_signal(&mut m, sig);
            m.insert("core_dumped".into(), J::Bool(core_dumped));
        }
    }
    J::Object(m)
}

/// `Process N attached` (with -p, or a new child under -f).
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn attach_event(o: Origin) -> J {
    J::Object(event("attach", o))
}

/// `Process N detached`; `reason` says why when not at the end of the trace (`"interrupted"`,
/// `"syscall-limit"`, `"execve"` for -b execve).
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn detach_event(o: Origin, reason: Option<&str>) -> J {
    let mut m = event("detach", o);
    if let Some(r) = reason {
        m.insert("reason".into(), J::String(r.into()));
    }
    J::Object(m)
}

/// A successful execve replaced the process image (PTRACE_EVENT_EXEC). `former_tid` is the
/// thread that called execve: when it differs from `pid`, that thread took over the leader's
/// pid (`+++ superseded by execve in pid N +++`).
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn exec_event(o: Origin, former_tid: i32) -> J {
    let mut m = event("exec", o);
    m.insert("former_tid".into(), J::from(former_tid));
    J::Object(m)
}

/// An exec event with the new program and its argv (read from /proc after the exec).
pub fn exec_event_with_program(o: Origin, former_tid: i32, program: &str, argv: &[String]) -> J {
    let mut ev = exec_event(o, former_tid);
    if let J::Object(m) = &mut ev {
        m.insert("program".into(), J::String(program.into()));
        m.insert(
            "argv".into(),
            J::Array(argv.iter().map(|a| J::String(a.clone())).collect()),
        );
    }
    ev
}

/// One event as a line: compact JSON and a newline.
#[allow(dead_code)] // called by the engine once JSON output is wired
pub fn to_line(ev: &J) -> String {
    let mut s = serde_json::to_string(ev).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(v: &Value) -> String {
        serde_json::to_string(&value_to_json(v)).unwrap()
    }

    #[test]
    fn scalars() {
        assert_eq!(j(&Value::Int(-1)), "-1");
        assert_eq!(j(&Value::Fd(3)), "3");
        assert_eq!(j(&Value::Uint(u64::MAX)), "18446744073709551615");
        assert_eq!(j(&Value::Hex(0)), r#""0x0""#);
        assert_eq!(j(&Value::Hex(0x1f)), r#""0x1f""#);
        assert_eq!(j(&Value::Ptr(0)), "null");
        assert_eq!(j(&Value::Ptr(0x7ffd1000)), r#""0x7ffd1000""#);
        assert_eq!(j(&Value::Oct(0o644)), r#"{"oct":"0644","value":420}"#);
        assert_eq!(j(&Value::Oct(0)), r#"{"oct":"000","value":0}"#);
        assert_eq!(
            j(&Value::FileMode(0o104755)),
            r#"{"mode":"S_IFREG|S_ISUID|0755","value":35309}"#
        );
        assert_eq!(j(&Value::FileMode(0o644)), r#"{"mode":"0644","value":420}"#);
        assert_eq!(
            j(&Value::FdInfo(3, "/etc/passwd".into())),
            r#"{"fd":3,"path":"/etc/passwd"}"#
        );
        assert_eq!(
            j(&Value::Unreadable(0x1000)),
            r#"{"addr":"0x1000","error":"EFAULT","unreadable":true}"#
        );
        assert_eq!(
            j(&Value::Expr("8192*1024".into())),
            r#"{"expr":"8192*1024"}"#
        );
    }

    #[test]
    fn strings() {
        assert_eq!(
            j(&Value::str(b"hi\n\0\"".to_vec(), false)),
            r#"{"str":"hi\n\u0000\"","truncated":false}"#
        );
        assert_eq!(
            j(&Value::str(b"\x7fELF\x02".to_vec(), true)),
            "{\"str\":\"\x7fELF\\u0002\",\"truncated\":true}"
        );
        assert_eq!(
            j(&Value::str(b"a\xffb".to_vec(), false)),
            "{\"str\":\"a\u{fffd}b\",\"truncated\":false,\"bytes_hex\":\"61ff62\"}"
        );
        let q = QStr {
            bytes: b"ab".to_vec(),
            truncated: false,
            force_hex: true,
            trailing_nul: false,
        };
        assert_eq!(
            j(&Value::Str(q)),
            r#"{"str":"ab","truncated":false,"bytes_hex":"6162"}"#
        );
        // Every byte round-trips through bytes_hex or str.
        let all: Vec<u8> = (0..=255).collect();
        let v = value_to_json(&Value::str(all.clone(), false));
        assert_eq!(v["bytes_hex"].as_str().unwrap().len(), 512);
        let ascii: Vec<u8> = (0..128).collect();
        let v = value_to_json(&Value::str(ascii.clone(), false));
        assert_eq!(v["str"].as_str().unwrap().as_bytes(), &ascii[..]);
    }

    #[test]
    fn symbols() {
        assert_eq!(
            j(&Value::Sym("SEEK_SET", 0)),
            r#"{"name":"SEEK_SET","value":0}"#
        );
        assert_eq!(
            j(&Value::SymDec("AT_FDCWD", -100)),
            r#"{"name":"AT_FDCWD","value":-100}"#
        );
        assert_eq!(
            j(&Value::Expr("AT_FDCWD</home/u>".into())),
            r#"{"name":"AT_FDCWD","value":-100,"path":"/home/u"}"#
        );
        assert_eq!(
            j(&Value::UnknownSym(7, "SEEK_???")),
            r#"{"name":null,"value":7,"comment":"SEEK_???"}"#
        );
        assert_eq!(
            j(&Value::Alt(
                Box::new(Value::Uint(8388608)),
                Box::new(Value::Expr("8192*1024".into()))
            )),
            r#"{"value":8388608,"alt":"8192*1024"}"#
        );
        assert_eq!(
            j(&Value::Commented(
                Box::new(Value::Ptr(0x7ff0)),
                "39 vars".into()
            )),
            r#"{"value":"0x7ff0","comment":"39 vars"}"#
        );
        assert_eq!(
            j(&Value::Named("flags", Box::new(Value::Int(1)))),
            r#"{"label":"flags","value":1}"#
        );
        assert_eq!(
            j(&Value::Changed(Box::new(Value::Int(1)))),
            r#"{"changed":1}"#
        );
    }

    #[test]
    fn flag_words() {
        let f = Flags {
            raw: 0x40080001,
            names: vec!["O_WRONLY", "O_CLOEXEC"],
            rest: 0x40000000,
            extra: vec![],
            zero: "0",
        };
        assert_eq!(
            j(&Value::Flags(f)),
            r#"{"raw":1074266113,"flags":["O_WRONLY","O_CLOEXEC"],"rest":"0x40000000"}"#
        );
        let f = Flags {
            raw: 0,
            names: vec![],
            rest: 0,
            extra: vec![],
            zero: "0",
        };
        assert_eq!(j(&Value::Flags(f)), r#"{"raw":0,"flags":[]}"#);
        let f = Flags {
            raw: 0,
            names: vec![],
            rest: 0,
            extra: vec![],
            zero: "O_RDONLY",
        };
        assert_eq!(j(&Value::Flags(f)), r#"{"raw":0,"flags":["O_RDONLY"]}"#);
        let f = Flags {
            raw: 0x14000011,
            names: vec!["CLONE_VM"],
            rest: 0,
            extra: vec!["SIGCHLD".into()],
            zero: "0",
        };
        assert_eq!(
            j(&Value::Flags(f)),
            r#"{"raw":335544337,"flags":["CLONE_VM","SIGCHLD"]}"#
        );
        let or = Value::Or(vec![
            Value::Sym("SOCK_STREAM", 1),
            Value::Flags(Flags {
                raw: 0x80000,
                names: vec!["SOCK_CLOEXEC"],
                rest: 0,
                extra: vec![],
                zero: "0",
            }),
        ]);
        assert_eq!(
            j(&or),
            r#"{"or":[{"name":"SOCK_STREAM","value":1},{"raw":524288,"flags":["SOCK_CLOEXEC"]}]}"#
        );
    }

    #[test]
    fn composites() {
        let s = Value::Struct(
            vec![
                ("st_mode", Value::FileMode(0o100644)),
                ("st_size", Value::Int(832)),
                ("", Value::Hex(1)),
                ("st_size", Value::Int(1)),
                ("value", Value::Int(2)),
            ],
            true,
        );
        assert_eq!(
            j(&s),
            r#"{"st_mode":{"mode":"S_IFREG|0644","value":33188},"st_size":832,"_2":"0x1","st_size_3":1,"_value":2,"_more":true}"#
        );
        assert_eq!(j(&Value::Struct(vec![], false)), "{}");
        let a = Value::Array(vec![Value::str(b"sh".to_vec(), false)], false);
        assert_eq!(j(&a), r#"[{"str":"sh","truncated":false}]"#);
        let a = Value::Array(vec![Value::Int(1)], true);
        assert_eq!(j(&a), r#"{"items":[1],"_more":true}"#);
        let a = Value::Array(
            vec![Value::Int(110), Value::Changed(Box::new(Value::Int(16)))],
            false,
        );
        assert_eq!(j(&a), r#"[{"in":110,"out":16}]"#);
        assert_eq!(
            j(&Value::SigSet(vec![2, 15, 34, 65], false)),
            r#"{"sigset":["SIGINT","SIGTERM","SIGRT_2",65],"complement":false}"#
        );
        assert_eq!(
            j(&Value::SigSet(vec![], true)),
            r#"{"sigset":[],"complement":true}"#
        );
    }

    #[test]
    fn arg_table_sorted_and_named() {
        for w in ARG_NAMES.windows(2) {
            assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
        }
        for (name, params) in ARG_NAMES {
            assert!(params.len() <= 6, "{name}");
        }
        assert!(ARG_NAMES.len() >= 60);
        assert_eq!(
            arg_names("openat"),
            Some(&["dirfd", "pathname", "flags", "mode"][..])
        );
        assert_eq!(arg_names("nosuchcall"), None);
    }

    #[test]
    fn arguments() {
        let vals = [
            Value::SymDec("AT_FDCWD", -100),
            Value::str(b"/etc/ld.so.cache".to_vec(), false),
            Value::Flags(Flags {
                raw: 0x80000,
                names: vec!["O_RDONLY", "O_CLOEXEC"],
                rest: 0,
                extra: vec![],
                zero: "0",
            }),
        ];
        let m = args_to_json("openat", &vals);
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"dirfd":{"name":"AT_FDCWD","value":-100},"pathname":{"str":"/etc/ld.so.cache","truncated":false},"flags":{"raw":524288,"flags":["O_RDONLY","O_CLOEXEC"]}}"#
        );
        // Unknown syscalls and extra values: argN.
        let m = args_to_json("syscall_0x1ff", &[Value::Hex(1), Value::Int(2)]);
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"arg0":"0x1","arg1":2}"#
        );
        // Named labels, Changed folded into the value before it.
        let vals = [
            Value::Named("child_stack", Box::new(Value::Ptr(0))),
            Value::Named("flags", Box::new(Value::Hex(0x11))),
            Value::Struct(vec![("flags", Value::Hex(1))], false),
            Value::Changed(Box::new(Value::Struct(
                vec![("parent_tid", Value::Int(5))],
                false,
            ))),
            Value::Uint(88),
        ];
        let m = args_to_json("clone", &vals);
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"child_stack":null,"flags":"0x11","parent_tid":{"in":{"flags":"0x1"},"out":{"parent_tid":5}},"child_tid":88}"#
        );
        // futex: FUTEX_WAKE_BITSET leaves timeout and uaddr2 out.
        let vals = [
            Value::Ptr(0x1000),
            Value::Sym("FUTEX_WAKE_BITSET_PRIVATE", 138),
            Value::Uint(1),
            Value::Sym("FUTEX_BITSET_MATCH_ANY", 0xffffffff),
        ];
        let m = args_to_json("futex", &vals);
        assert!(m.contains_key("val3") && !m.contains_key("timeout"));
    }

    #[test]
    fn results() {
        assert_eq!(split_result(3, false), (Some(3), None));
        assert_eq!(split_result(-2, false), (Some(-1), Some(2)));
        assert_eq!(split_result(-512, false), (None, Some(512)));
        assert_eq!(split_result(-515, false), (Some(-1), Some(515)));
        assert_eq!(split_result(-2, true), (Some(-2), None));
    }

    #[test]
    fn events() {
        let o = Origin {
            pid: 10,
            tid: Some(11),
            time_ns: Some(1_700_000_000_123_456_789),
            ip: Some(0x7f00),
        };
        let vals = [Value::Fd(3)];
        let ev = syscall_event(
            o,
            &SyscallRecord {
                name: "close",
                nr: 3,
                args: &vals,
                retval: Some(-1),
                errno: Some(Errno {
                    num: 9,
                    name: Some("EBADF"),
                    text: Some("Bad file descriptor"),
                }),
                duration_ns: Some(1200),
                exit_time_ns: Some(1_700_000_000_123_457_989),
                ..Default::default()
            },
        );
        assert_eq!(
            to_line(&ev),
            concat!(
                r#"{"type":"syscall","pid":10,"tid":11,"time_ns":1700000000123456789,"ip":"0x7f00","name":"close","nr":3,"#,
                r#""args":{"fd":3},"retval":-1,"errno":"EBADF","errno_num":9,"errno_text":"Bad file descriptor","#,
                r#""exit_time_ns":1700000000123457989,"duration_ns":1200}"#,
                "\n"
            )
        );
        let o = Origin {
            pid: 10,
            ..Default::default()
        };
        let ret = Value::Hex(0x7f00);
        let ev = syscall_event(
            o,
            &SyscallRecord {
                name: "brk",
                nr: 12,
                args: &[Value::Ptr(0)],
                retval: Some(0x7f00),
                ret: Some(&ret),
                injected: true,
                unfinished: false,
                data: Some(b"\x01"),
                ..Default::default()
            },
        );
        assert_eq!(
            serde_json::to_string(&ev).unwrap(),
            r#"{"type":"syscall","pid":10,"name":"brk","nr":12,"args":{"addr":null},"retval":32512,"ret":"0x7f00","injected":true,"data_hex":"01"}"#
        );
        assert_eq!(
            serde_json::to_string(&signal_event(o, 17, Some(&Value::Struct(vec![], false))))
                .unwrap(),
            r#"{"type":"signal","pid":10,"signal":"SIGCHLD","signo":17,"siginfo":{}}"#
        );
        assert_eq!(
            serde_json::to_string(&stop_event(o, 19)).unwrap(),
            r#"{"type":"stop","pid":10,"signal":"SIGSTOP","signo":19}"#
        );
        assert_eq!(
            serde_json::to_string(&exit_event(o, ExitHow::Exited(3))).unwrap(),
            r#"{"type":"exit","pid":10,"status":"exited","code":3}"#
        );
        assert_eq!(
            serde_json::to_string(&exit_event(
                o,
                ExitHow::Killed {
                    sig: 11,
                    core_dumped: true
                }
            ))
            .unwrap(),
            r#"{"type":"exit","pid":10,"status":"killed","signal":"SIGSEGV","signo":11,"core_dumped":true}"#
        );
        assert_eq!(
            serde_json::to_string(&attach_event(o)).unwrap(),
            r#"{"type":"attach","pid":10}"#
        );
        assert_eq!(
            serde_json::to_string(&detach_event(o, Some("interrupted"))).unwrap(),
            r#"{"type":"detach","pid":10,"reason":"interrupted"}"#
        );
        assert_eq!(
            serde_json::to_string(&exec_event(o, 12)).unwrap(),
            r#"{"type":"exec","pid":10,"former_tid":12}"#
        );
        assert_eq!(ExitHow::from_wait_status(0x300), Some(ExitHow::Exited(3)));
        assert_eq!(
            ExitHow::from_wait_status(0x8b),
            Some(ExitHow::Killed {
                sig: 11,
                core_dumped: true
            })
        );
        assert_eq!(ExitHow::from_wait_status(0x137f), None);
    }
}
