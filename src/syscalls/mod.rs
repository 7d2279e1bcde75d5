//! The syscall table: number -> name, argument count, argument kinds and strace's trace classes.
//! The table itself is data (see `x86_64.rs`); this module holds the types and lookups.

pub mod i386;
pub mod x86_64;

/// strace's trace classes (`-e trace=%file` and friends), as a bit set.
pub mod class {
    pub const FILE: u32 = 1 << 0;
    pub const IPC: u32 = 1 << 1;
    pub const NETWORK: u32 = 1 << 2;
    pub const PROCESS: u32 = 1 << 3;
    pub const SIGNAL: u32 = 1 << 4;
    pub const DESC: u32 = 1 << 5;
    pub const MEMORY: u32 = 1 << 6;
    pub const STAT: u32 = 1 << 7;
    pub const LSTAT: u32 = 1 << 8;
    pub const FSTAT: u32 = 1 << 9;
    /// %%stat: every stat-like call (stat, lstat, fstat, newfstatat, statx ...).
    pub const STAT_LIKE: u32 = 1 << 10;
    pub const STATFS: u32 = 1 << 11;
    pub const FSTATFS: u32 = 1 << 12;
    /// %%statfs: every statfs-like call.
    pub const STATFS_LIKE: u32 = 1 << 13;
    pub const CREDS: u32 = 1 << 14;
    pub const CLOCK: u32 = 1 << 15;
    /// %pure: calls that take no arguments and always succeed (getpid ...).
    pub const PURE: u32 = 1 << 16;
    /// Never fails (strace's NF): the return value is never an error code.
    pub const NEVER_FAILS: u32 = 1 << 17;
}

/// How an argument is printed when no dedicated decoder exists for the syscall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// Signed decimal of an `int` (pid_t, int flags ...): the low 32 bits.
    Int,
    /// Signed decimal of a 64-bit value (long, off_t, loff_t).
    Long,
    /// Unsigned decimal (size_t, unsigned int, uid_t ...).
    Uint,
    /// Hexadecimal (flags without a table, opaque values).
    Hex,
    /// A pointer: `NULL` or `0x...`.
    Ptr,
    /// A file descriptor.
    Fd,
    /// A directory descriptor: `AT_FDCWD` or a descriptor.
    DirFd,
    /// A NUL-terminated path name read from tracee memory.
    Path,
    /// A NUL-terminated string read from tracee memory (cut at `-s`).
    Str,
    /// File mode bits, printed in octal (`0644`).
    Mode,
    /// A signal number, printed by name.
    Signal,
}

/// One entry of the syscall table.
#[derive(Clone, Copy, Debug)]
pub struct SyscallEnt {
    pub name: &'static str,
    pub nargs: u8,
    /// Bit set of `class::*`.
    pub class: u32,
    /// Kinds of the first `nargs` arguments; the rest are unused.
    pub args: [ArgKind; 6],
}

/// Syscalls whose non-negative result is a new file descriptor (strace's RVAL_FD), so `-y`
/// annotates it.
pub static FD_RETURNING: &[&str] = &[
    "open",
    "openat",
    "openat2",
    "creat",
    "dup",
    "dup2",
    "dup3",
    "socket",
    "accept",
    "accept4",
    "epoll_create",
    "epoll_create1",
    "eventfd",
    "eventfd2",
    "signalfd",
    "signalfd4",
    "timerfd_create",
    "memfd_create",
    "memfd_secret",
    "inotify_init",
    "inotify_init1",
    "fanotify_init",
    "pidfd_open",
    "pidfd_getfd",
    "userfaultfd",
    "perf_event_open",
    "open_by_handle_at",
    "open_tree",
    "fsopen",
    "fsmount",
    "fspick",
    "io_uring_setup",
    "mq_open",
];

/// Syscalls whose result is a pid or tid (strace's RVAL_PID/RVAL_TID), so `-Y` names it.
pub static PID_RETURNING: &[&str] = &[
    "getpid", "getppid", "gettid", "getpgrp", "getpgid", "getsid", "setsid", "fork", "vfork",
    "clone", "clone3", "wait4", "waitid",
];

/// Look up a syscall by number. `None` for numbers the table does not name.
pub fn lookup(nr: u64) -> Option<&'static SyscallEnt> {
    x86_64::SYSCALLS
        .get(nr as usize)
        .filter(|e| !e.name.is_empty())
}

/// Look up a syscall number by name.
pub fn by_name(name: &str) -> Option<u64> {
    x86_64::SYSCALLS
        .iter()
        .position(|e| e.name == name)
        .map(|i| i as u64)
}
