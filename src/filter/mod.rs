//! strace's qualifying expressions (`-e trace=...`, `-e signal=...`, `-e status=...`,
//! `-e quiet=...`, `-e abbrev/verbose/raw=...`, `-e read/write=...`), parsed into sets that the
//! engine consults once per event. Syscall sets are bitmaps indexed by syscall number, so the hot
//! path pays one bit test.

pub mod inject;

use crate::syscalls::{self, class};

/// A set of syscall numbers. Numbers beyond the table (unknown syscalls) follow `others`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyscallSet {
    bits: Vec<bool>,
    /// The same for i386 numbers (32-bit `int $0x80` calls), matched by their i386 names.
    bits32: Vec<bool>,
    others: bool,
}

/// One past the highest i386 syscall number.
fn i386_len() -> usize {
    syscalls::i386::NAMES
        .last()
        .map_or(0, |&(n, _)| n as usize + 1)
}

impl SyscallSet {
    pub fn all() -> Self {
        SyscallSet {
            bits: vec![true; syscalls::x86_64::SYSCALLS.len()],
            bits32: vec![true; i386_len()],
            others: true,
        }
    }
    pub fn none() -> Self {
        SyscallSet {
            bits: vec![false; syscalls::x86_64::SYSCALLS.len()],
            bits32: vec![false; i386_len()],
            others: false,
        }
    }
    #[inline]
    pub fn contains(&self, nr: u64) -> bool {
        self.bits.get(nr as usize).copied().unwrap_or(self.others)
    }
    /// Membership of i386 syscall `nr`.
    pub fn contains32(&self, nr: u64) -> bool {
        // socketcall's calls are filtered as the direct syscalls of their names.
        let nr = if (syscalls::i386::SUBCALL_BASE + 1..syscalls::i386::TABLE_END).contains(&nr) {
            syscalls::i386::name(nr)
                .and_then(|n| syscalls::i386::NAMES.iter().find(|&&(_, m)| m == n))
                .map_or(syscalls::i386::NR_SOCKETCALL, |&(d, _)| d as u64)
        } else {
            nr
        };
        self.bits32.get(nr as usize).copied().unwrap_or(self.others)
    }
    fn set32(&mut self, nr: usize, v: bool) {
        if let Some(b) = self.bits32.get_mut(nr) {
            *b = v;
        }
    }
    /// strace traces syscall numbers it has no name for whatever `-e trace=` says (they print
    /// raw, as `syscall_0x...`): add them (the table's holes and every number past it).
    pub fn add_unnamed(&mut self) {
        for (nr, b) in self.bits.iter_mut().enumerate() {
            if syscalls::lookup(nr as u64).is_none() {
                *b = true;
            }
        }
        for (nr, b) in self.bits32.iter_mut().enumerate() {
            if syscalls::i386::name(nr as u64).is_none() {
                *b = true;
            }
        }
        self.others = true;
    }
    fn set(&mut self, nr: usize, v: bool) {
        if let Some(b) = self.bits.get_mut(nr) {
            *b = v;
        }
    }
    fn invert(&mut self) {
        for b in self.bits.iter_mut().chain(self.bits32.iter_mut()) {
            *b = !*b;
        }
        self.others = !self.others;
    }
}

/// Syscall numbers strace 6.1 accepts in a set on x86_64: its table (0..=450) and the x32
/// range after the gap (512..=547); 451..=511 are refused.
fn accepted_number(nr: u64) -> bool {
    nr <= 450 || (512..548).contains(&nr)
}

/// A filter error, worded as strace words it.
pub type Error = String;

/// strace's class names for `%class` (and the deprecated bare forms).
fn class_bits(name: &str) -> Option<u32> {
    Some(match name {
        "file" => class::FILE,
        "ipc" => class::IPC,
        "network" | "net" => class::NETWORK,
        "process" => class::PROCESS,
        "signal" => class::SIGNAL,
        "desc" => class::DESC,
        "memory" => class::MEMORY,
        "stat" => class::STAT,
        "lstat" => class::LSTAT,
        "fstat" => class::FSTAT,
        "%stat" => class::STAT_LIKE,
        "statfs" => class::STATFS,
        "fstatfs" => class::FSTATFS,
        "%statfs" => class::STATFS_LIKE,
        "creds" => class::CREDS,
        "clock" => class::CLOCK,
        "pure" => class::PURE,
        _ => return None,
    })
}

/// Parse a syscall set (`[!]value[,value]...`).
pub fn parse_syscall_set(spec: &str) -> Result<SyscallSet, Error> {
    // Each leading `!` negates once more (`!!open` is `open`).
    let body = spec.trim_start_matches('!');
    let negate = (spec.len() - body.len()) % 2 == 1;
    let mut set = SyscallSet::none();
    let table = syscalls::x86_64::SYSCALLS;
    if body.is_empty() {
        return Err(format!("invalid system call '{spec}'"));
    }
    for raw in body.split(',') {
        if raw.is_empty() {
            continue;
        }
        let (optional, item) = match raw.strip_prefix('?') {
            Some(r) => (true, r),
            None => (false, raw),
        };
        // Personality suffixes: `@64` the native calls only, `@32` the i386 ones only.
        let (item, pers_ok, pers32_ok) = match item.rsplit_once('@') {
            Some((base, "64")) => (base, true, false),
            Some((base, "32")) => (base, false, true),
            Some((base, "x32")) => (base, false, false),
            _ => (item, true, true),
        };
        let i386 = syscalls::i386::NAMES;
        // An i386 call belongs to a class when its x86_64 namesake does (setuid32: setuid).
        let class32 = |name: &str| {
            let base = name.strip_suffix("32").unwrap_or(name);
            syscalls::by_name(base)
                .and_then(syscalls::lookup)
                .map_or(0, |e| e.class)
        };
        let mut matched = false;
        if item == "all" {
            set = SyscallSet::all();
            matched = true;
        } else if item == "none" {
            matched = true;
        } else if let Some(re) = item.strip_prefix('/') {
            // POSIX extended syntax, as strace: glibc's regcomp judges the pattern (and words
            // the error); the regex crate matches, with regexec where it reads a pattern
            // differently.
            let posix = PosixRegex::new(re)?;
            let fast = regex::Regex::new(re).ok();
            let hit = |name: &str| match &fast {
                Some(r) => r.is_match(name),
                None => posix.is_match(name),
            };
            for (i, e) in table.iter().enumerate() {
                if !e.name.is_empty() && hit(e.name) {
                    set.set(i, pers_ok);
                    matched = true;
                }
            }
            for &(n, name) in i386 {
                if hit(name) {
                    set.set32(n as usize, pers32_ok);
                    matched = true;
                }
            }
        } else if let Some(bits) = item.strip_prefix('%').and_then(class_bits).or_else(|| {
            // Deprecated bare class names (file, process, network ...).
            matches!(
                item,
                "file" | "process" | "network" | "signal" | "ipc" | "desc" | "memory"
            )
            .then(|| class_bits(item))
            .flatten()
        }) {
            for (i, e) in table.iter().enumerate() {
                if e.class & bits != 0 {
                    set.set(i, pers_ok);
                }
            }
            for &(n, name) in i386 {
                if class32(name) & bits != 0 {
                    set.set32(n as usize, pers32_ok);
                }
            }
            matched = true;
        } else if syscalls::by_name(item).is_some() || i386.iter().any(|&(_, n)| n == item) {
            if let Some(nr) = syscalls::by_name(item) {
                set.set(nr as usize, pers_ok);
            }
            for &(n, name) in i386 {
                if name == item {
                    set.set32(n as usize, pers32_ok);
                }
            }
            matched = true;
        } else if !item.is_empty()
            && item.bytes().all(|b| b.is_ascii_digit())
            && let Ok(nr) = item.parse::<u64>()
            && accepted_number(nr)
        {
            // A syscall number, in every personality that has it.
            if (nr as usize) < set.bits.len() {
                set.set(nr as usize, pers_ok);
            }
            set.set32(nr as usize, pers32_ok);
            matched = true;
        } else if let Some(nr) = item
            .strip_prefix("syscall_0x")
            .and_then(|h| u64::from_str_radix(h, 16).ok())
        {
            set.set(nr as usize, pers_ok);
            matched = true;
        }
        if !matched && !optional {
            return Err(format!("invalid system call '{raw}'"));
        }
    }
    if negate {
        set.invert();
    }
    Ok(set)
}

/// A POSIX extended regular expression compiled by the C library.
struct PosixRegex(Box<libc::regex_t>);

impl PosixRegex {
    fn new(pattern: &str) -> Result<Self, Error> {
        let c = std::ffi::CString::new(pattern).map_err(|_| format!("regcomp: {pattern}: NUL"))?;
        // SAFETY: regex_t is plain data, initialised by regcomp.
        let mut re: Box<libc::regex_t> = Box::new(unsafe { std::mem::zeroed() });
        let rc =
            unsafe { libc::regcomp(&mut *re, c.as_ptr(), libc::REG_EXTENDED | libc::REG_NOSUB) };
        if rc != 0 {
            let mut buf = [0u8; 256];
            // SAFETY: regerror writes at most buf.len() bytes, NUL-terminated.
            unsafe { libc::regerror(rc, &*re, buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
            let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
            return Err(format!(
                "regcomp: {pattern}: {}",
                String::from_utf8_lossy(&buf[..end])
            ));
        }
        Ok(PosixRegex(re))
    }

    fn is_match(&self, s: &str) -> bool {
        let Ok(c) = std::ffi::CString::new(s) else {
            return false;
        };
        // SAFETY: a compiled regex and a NUL-terminated subject.
        unsafe { libc::regexec(&*self.0, c.as_ptr(), 0, std::ptr::null_mut(), 0) == 0 }
    }
}

impl Drop for PosixRegex {
    fn drop(&mut self) {
        // SAFETY: freeing what regcomp allocated.
        unsafe { libc::regfree(&mut *self.0) };
    }
}

/// A set of signals 1..=64 as a bitmap (bit n-1 for signal n).
pub fn parse_signal_set(spec: &str) -> Result<u64, Error> {
    let (negate, body) = match spec.strip_prefix('!') {
        Some(r) => (true, r),
        None => (false, spec),
    };
    let mut set = 0u64;
    for item in body.split(',') {
        if item.is_empty() {
            continue;
        }
        match item {
            "all" => set = u64::MAX,
            "none" => set = 0,
            _ => {
                let sig = crate::xlat::signals::signal_by_name(item)
                    .filter(|s| *s <= 255)
                    .ok_or_else(|| format!("invalid signal '{item}'"))?;
                // Numbers strace accepts but no signal uses (0, > 64) select nothing.
                if (1..=64).contains(&sig) {
                    set |= 1u64 << (sig - 1);
                }
            }
        }
    }
    if body.is_empty() {
        return Err(format!("invalid signal '{spec}'"));
    }
    Ok(if negate { !set } else { set })
}

/// `-e status=`: which return statuses are printed.
pub mod status {
    pub const SUCCESSFUL: u8 = 1;
    pub const FAILED: u8 = 2;
    pub const UNFINISHED: u8 = 4;
    pub const UNAVAILABLE: u8 = 8;
    pub const DETACHED: u8 = 16;
    pub const ALL: u8 = 31;
}

pub fn parse_status_set(spec: &str) -> Result<u8, Error> {
    parse_named_set(
        spec,
        "status",
        &[
            ("successful", status::SUCCESSFUL),
            ("failed", status::FAILED),
            ("unfinished", status::UNFINISHED),
            ("unavailable", status::UNAVAILABLE),
            ("detached", status::DETACHED),
        ],
        status::ALL,
    )
}

/// `-e quiet=`: which informational messages are suppressed.
pub mod quiet {
    pub const ATTACH: u8 = 1;
    pub const EXIT: u8 = 2;
    pub const PATH_RESOLUTION: u8 = 4;
    pub const PERSONALITY: u8 = 8;
    pub const THREAD_EXECVE: u8 = 16;
    pub const ALL: u8 = 31;
}

pub fn parse_quiet_set(spec: &str) -> Result<u8, Error> {
    parse_named_set(
        spec,
        "quiet",
        &[
            ("attach", quiet::ATTACH),
            ("exit", quiet::EXIT),
            ("exits", quiet::EXIT),
            ("path-resolution", quiet::PATH_RESOLUTION),
            ("personality", quiet::PERSONALITY),
            ("thread-execve", quiet::THREAD_EXECVE),
            ("superseded", quiet::THREAD_EXECVE),
        ],
        quiet::ALL,
    )
}

fn parse_named_set(spec: &str, what: &str, names: &[(&str, u8)], all: u8) -> Result<u8, Error> {
    let (negate, body) = match spec.strip_prefix('!') {
        Some(r) => (true, r),
        None => (false, spec),
    };
    let mut set = 0u8;
    for item in body.split(',') {
        if item.is_empty() {
            continue;
        }
        match item {
            "all" => set = all,
            "none" => set = 0,
            _ => {
                let bit = names
                    .iter()
                    .find(|(n, _)| *n == item)
                    .map(|(_, b)| *b)
                    .ok_or_else(|| format!("invalid {what} '{item}'"))?;
                set |= bit;
            }
        }
    }
    if body.is_empty() {
        return Err(format!("invalid {what} '{spec}'"));
    }
    Ok(if negate { !set & all } else { set })
}

/// `-e read=`/`-e write=`: a set of descriptors (0..=1023 kept as a bitmap, like strace's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FdSet {
    bits: Vec<bool>,
    others: bool,
}

impl FdSet {
    pub fn contains(&self, fd: i64) -> bool {
        if fd < 0 {
            return false;
        }
        self.bits.get(fd as usize).copied().unwrap_or(self.others)
    }
    pub fn is_empty(&self) -> bool {
        !self.others && !self.bits.iter().any(|&b| b)
    }
}

pub fn parse_fd_set(spec: &str) -> Result<FdSet, Error> {
    let (negate, body) = match spec.strip_prefix('!') {
        Some(r) => (true, r),
        None => (false, spec),
    };
    let mut set = FdSet {
        bits: vec![false; 1024],
        others: false,
    };
    for item in body.split(',') {
        if item.is_empty() {
            continue;
        }
        match item {
            "all" => {
                set.bits.iter_mut().for_each(|b| *b = true);
                set.others = true;
            }
            "none" => {
                set = FdSet {
                    bits: vec![false; 1024],
                    others: false,
                }
            }
            _ => {
                let fd: usize = item
                    .parse()
                    .ok()
                    .filter(|_| item.bytes().all(|b| b.is_ascii_digit()))
                    .ok_or_else(|| format!("invalid descriptor '{item}'"))?;
                if fd >= set.bits.len() {
                    set.bits.resize(fd + 1, false);
                }
                set.bits[fd] = true;
            }
        }
    }
    if body.is_empty() {
        return Err(format!("invalid descriptor '{spec}'"));
    }
    if negate {
        set.bits.iter_mut().for_each(|b| *b = !*b);
        set.others = !set.others;
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nr(name: &str) -> u64 {
        syscalls::by_name(name).unwrap()
    }

    #[test]
    fn i386_names_personalities_and_unnamed_numbers() {
        // socketcall and setuid32 exist only in the i386 table; getpid in both.
        let s = parse_syscall_set("getpid,socketcall,setuid32").unwrap();
        assert!(s.contains(nr("getpid")) && s.contains32(20) && s.contains32(102));
        assert!(s.contains32(213) && !s.contains32(4) && !s.contains(nr("setuid")));
        let s = parse_syscall_set("getpid@32").unwrap();
        assert!(!s.contains(nr("getpid")) && s.contains32(20));
        let s = parse_syscall_set("getpid@64").unwrap();
        assert!(s.contains(nr("getpid")) && !s.contains32(20));
        // Classes through the x86_64 namesake; regexes over i386 names too.
        let s = parse_syscall_set("%creds").unwrap();
        assert!(s.contains32(213) && !s.contains32(4));
        let s = parse_syscall_set("/^socketc").unwrap();
        assert!(s.contains32(102));
        assert!(parse_syscall_set("!getpid").unwrap().contains32(4));
        // strace traces numbers it cannot name whatever the set says.
        let mut s = parse_syscall_set("none").unwrap();
        assert!(!s.contains(999) && !s.contains32(999));
        s.add_unnamed();
        assert!(s.contains(999) && s.contains(335) && s.contains32(999) && !s.contains(0));
        assert!(!s.contains32(4));
    }

    #[test]
    fn names_negation_and_classes() {
        let s = parse_syscall_set("open,close").unwrap();
        assert!(s.contains(nr("open")) && s.contains(nr("close")) && !s.contains(nr("read")));
        let s = parse_syscall_set("!close").unwrap();
        assert!(!s.contains(nr("close")) && s.contains(nr("read")) && s.contains(999));
        let s = parse_syscall_set("%file").unwrap();
        assert!(s.contains(nr("openat")) && s.contains(nr("execve")) && !s.contains(nr("read")));
        let s = parse_syscall_set("%%stat").unwrap();
        assert!(s.contains(nr("newfstatat")) && s.contains(nr("statx")) && !s.contains(nr("open")));
        let s = parse_syscall_set("%pure").unwrap();
        assert!(s.contains(nr("getpid")) && !s.contains(nr("kill")));
        let s = parse_syscall_set("/^open").unwrap();
        assert!(s.contains(nr("openat")) && s.contains(nr("open")) && !s.contains(nr("close")));
        assert!(parse_syscall_set("all").unwrap().contains(999));
        assert!(!parse_syscall_set("none").unwrap().contains(0));
        assert!(
            parse_syscall_set("?nosuch,close")
                .unwrap()
                .contains(nr("close"))
        );
    }

    #[test]
    fn posix_regex_and_negations() {
        assert_eq!(
            parse_syscall_set("/(").unwrap_err(),
            "regcomp: (: Unmatched ( or \\("
        );
        assert!(parse_syscall_set("!!close").unwrap().contains(3));
        assert!(!parse_syscall_set("!!close").unwrap().contains(0));
        assert!(parse_syscall_set("1").unwrap().contains(1));
        assert!(parse_syscall_set("/^(open|close)$").unwrap().contains(3));
    }

    #[test]
    fn errors_as_strace() {
        assert_eq!(
            parse_syscall_set("foo").unwrap_err(),
            "invalid system call 'foo'"
        );
        assert_eq!(
            parse_syscall_set("%foo").unwrap_err(),
            "invalid system call '%foo'"
        );
        assert_eq!(parse_syscall_set("").unwrap_err(), "invalid system call ''");
        assert!(
            parse_syscall_set("/[")
                .unwrap_err()
                .starts_with("regcomp: [: ")
        );
        assert_eq!(parse_signal_set("FOO").unwrap_err(), "invalid signal 'FOO'");
        assert_eq!(parse_status_set("foo").unwrap_err(), "invalid status 'foo'");
        assert_eq!(parse_quiet_set("foo").unwrap_err(), "invalid quiet 'foo'");
        assert_eq!(parse_fd_set("x").unwrap_err(), "invalid descriptor 'x'");
    }

    #[test]
    fn other_sets() {
        assert_eq!(parse_signal_set("!USR1").unwrap(), !(1u64 << 9));
        assert_eq!(
            parse_signal_set("SIGINT,term").unwrap(),
            (1 << 1) | (1 << 14)
        );
        assert_eq!(parse_status_set("failed").unwrap(), status::FAILED);
        assert_eq!(
            parse_status_set("!failed").unwrap(),
            status::ALL & !status::FAILED
        );
        assert_eq!(
            parse_quiet_set("attach,exit").unwrap(),
            quiet::ATTACH | quiet::EXIT
        );
        let f = parse_fd_set("1,2").unwrap();
        assert!(f.contains(1) && f.contains(2) && !f.contains(0));
        assert!(parse_fd_set("!1").unwrap().contains(5000));
    }
}
