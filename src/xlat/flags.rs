//! Flag and constant tables for x86_64 Linux, in the order strace 6.1 prints them.
//!
//! Numbers come from the kernel and glibc headers (Linux 6.1 uapi, glibc 2.36); the print order of
//! each flag table follows strace's `xlat/*.in` file and was checked against the output of
//! Debian's strace 6.1.
//!
//! Two kinds of table live here:
//! * flag tables (`..._FLAGS`, `..._MASK`, `..._EVENTS`, ...): strace walks the table in order,
//!   prints the name of every entry whose bits are all set and clears those bits, then prints any
//!   leftover bits as one hex number, all joined with `|` (`O_CREAT|O_EXCL|0x800000`). An entry that
//!   covers several bits (O_SYNC, O_TMPFILE, STATX_ALL, LOCK_RW) sits before its parts so that it
//!   wins. A zero-valued entry, where there is one, is first, and is printed only when the whole
//!   value is 0 (`F_OK`, `PROT_NONE`); otherwise a zero value prints as `0`. When no name matches
//!   at all strace prints the hex value with a comment, e.g. `0x10 /* LOCK_??? */`.
//! * value tables (commands, ids, types): the value is looked up exactly (see `super::name_of`);
//!   an unknown value prints as `0x5 /* SEEK_??? */`.
//!
//! Negative values do not occur in these tables.

use super::Xlat;

/// Bits of the mmap flags that hold the mapping type (MAP_TYPE in linux/mman.h).
pub const MAP_TYPE_MASK: u64 = 0xf;
/// Shift of the huge page size (log2) in mmap flags (asm-generic/hugetlb_encode.h).
pub const MAP_HUGE_SHIFT: u32 = 26;
/// Mask of the huge page size after shifting by MAP_HUGE_SHIFT.
pub const MAP_HUGE_MASK: u64 = 0x3f;
/// Shift of the huge page size in memfd_create flags (linux/memfd.h).
pub const MFD_HUGE_SHIFT: u32 = 26;
/// Mask of the huge page size after shifting by MFD_HUGE_SHIFT.
pub const MFD_HUGE_MASK: u64 = 0x3f;
/// Bits of the statx flags holding the sync type (linux/fcntl.h).
pub const AT_STATX_SYNC_TYPE: u64 = 0x6000;
/// Exit signal bits of the clone(2) flags (linux/sched.h).
pub const CSIGNAL: u64 = 0xff;
/// Magic number in the high half of old-style mount flags (linux/mount.h).
pub const MS_MGC_VAL: u64 = 0xc0ed_0000;
/// Mask for MS_MGC_VAL.
pub const MS_MGC_MSK: u64 = 0xffff_0000;
/// Bits of the socket type argument that hold the type (linux/net.h SOCK_TYPE_MASK).
pub const SOCK_TYPE_MASK: u64 = 0xf;
/// Personality type bits (linux/personality.h).
pub const PER_MASK: u64 = 0xff;
/// File type bits of st_mode (linux/stat.h).
pub const S_IFMT: u64 = 0o170000;
/// Shift of the class in an I/O priority (linux/ioprio.h).
pub const IOPRIO_CLASS_SHIFT: u32 = 13;
/// Mask of the data part of an I/O priority.
pub const IOPRIO_PRIO_MASK: u64 = (1 << IOPRIO_CLASS_SHIFT) - 1;

/// From asm-generic/fcntl.h (O_ACCMODE bits of the open flags).
pub static OPEN_ACCESS: Xlat = &[
    (0, "O_RDONLY"),
    (1, "O_WRONLY"),
    (2, "O_RDWR"),
    (3, "O_ACCMODE"),
];

/// From asm-generic/fcntl.h; order of strace xlat/open_mode_flags.in.
///
/// O_SYNC (= __O_SYNC|O_DSYNC) and O_TMPFILE (= __O_TMPFILE|O_DIRECTORY) come before their parts, so a
/// full O_SYNC prints as `O_SYNC` and a lone __O_SYNC as `__O_SYNC`. Also used for pipe2 and dup3 flags.
pub static OPEN_FLAGS: Xlat = &[
    (0x40, "O_CREAT"),
    (0x80, "O_EXCL"),
    (0x100, "O_NOCTTY"),
    (0x200, "O_TRUNC"),
    (0x400, "O_APPEND"),
    (0x800, "O_NONBLOCK"),
    (0x101000, "O_SYNC"),
    (0x100000, "__O_SYNC"),
    (0x1000, "O_DSYNC"),
    (0x4000, "O_DIRECT"),
    (0x8000, "O_LARGEFILE"),
    (0x20000, "O_NOFOLLOW"),
    (0x40000, "O_NOATIME"),
    (0x80000, "O_CLOEXEC"),
    (0x200000, "O_PATH"),
    (0x410000, "O_TMPFILE"),
    (0x400000, "__O_TMPFILE"),
    (0x10000, "O_DIRECTORY"),
    (0x2000, "FASYNC"),
];

/// From linux/fcntl.h; order of strace xlat/at_flags.in.
///
/// statx prints AT_STATX_SYNC_TYPES (the 0x6000 bits) first, then these; faccessat2 uses FACCESSAT_FLAGS.
pub static AT_FLAGS: Xlat = &[
    (0x100, "AT_SYMLINK_NOFOLLOW"),
    (0x200, "AT_REMOVEDIR"),
    (0x400, "AT_SYMLINK_FOLLOW"),
    (0x800, "AT_NO_AUTOMOUNT"),
    (0x1000, "AT_EMPTY_PATH"),
    (0x8000, "AT_RECURSIVE"),
];

/// From linux/fcntl.h (strace xlat/at_statx_sync_types.in).
///
/// The `flags & AT_STATX_SYNC_TYPE` (0x6000) part of statx flags, printed before AT_FLAGS:
/// `AT_STATX_SYNC_AS_STAT|AT_NO_AUTOMOUNT`, `AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC` for 0x6000.
pub static AT_STATX_SYNC_TYPES: Xlat = &[
    (0, "AT_STATX_SYNC_AS_STAT"),
    (0x2000, "AT_STATX_FORCE_SYNC"),
    (0x4000, "AT_STATX_DONT_SYNC"),
];

/// From linux/fcntl.h (order as strace 6.1 prints it).
pub static FACCESSAT_FLAGS: Xlat = &[
    (0x100, "AT_SYMLINK_NOFOLLOW"),
    (0x200, "AT_EACCESS"),
    (0x1000, "AT_EMPTY_PATH"),
];

/// From unistd.h (order as strace 6.1 prints it).
pub static ACCESS_MODES: Xlat = &[(0, "F_OK"), (4, "R_OK"), (2, "W_OK"), (1, "X_OK")];

/// From asm-generic/mman-common.h; order of strace xlat/mmap_prot.in.
pub static PROT_FLAGS: Xlat = &[
    (0, "PROT_NONE"),
    (1, "PROT_READ"),
    (2, "PROT_WRITE"),
    (4, "PROT_EXEC"),
    (8, "PROT_SEM"),
    (0x1000000, "PROT_GROWSDOWN"),
    (0x2000000, "PROT_GROWSUP"),
];

/// From linux/mman.h, asm-generic/mman-common.h.
///
/// Exact value of `flags & MAP_TYPE_MASK`; strace prints an unknown type as `0x4 /* MAP_??? */`.
pub static MAP_TYPE: Xlat = &[
    (0, "MAP_FILE"),
    (1, "MAP_SHARED"),
    (2, "MAP_PRIVATE"),
    (3, "MAP_SHARED_VALIDATE"),
];

/// From asm-generic/mman-common.h, x86_64 asm/mman.h; order of strace xlat/mmap_flags.in.
///
/// mmap flags other than the type. strace prints `TYPE|FLAGS|0xleftover|N<<MAP_HUGE_SHIFT`, where
/// N = (flags >> MAP_HUGE_SHIFT) & MAP_HUGE_MASK is taken out before the flags are matched, e.g.
/// `MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT`.
pub static MAP_FLAGS: Xlat = &[
    (0x10, "MAP_FIXED"),
    (0x20, "MAP_ANONYMOUS"),
    (0x40, "MAP_32BIT"),
    (0x4000, "MAP_NORESERVE"),
    (0x8000, "MAP_POPULATE"),
    (0x10000, "MAP_NONBLOCK"),
    (0x100, "MAP_GROWSDOWN"),
    (0x800, "MAP_DENYWRITE"),
    (0x1000, "MAP_EXECUTABLE"),
    (0x2000, "MAP_LOCKED"),
    (0x20000, "MAP_STACK"),
    (0x40000, "MAP_HUGETLB"),
    (0x80000, "MAP_SYNC"),
    (0x4000000, "MAP_UNINITIALIZED"),
    (0x100000, "MAP_FIXED_NOREPLACE"),
];

/// From asm-generic/mman-common.h (strace xlat/madvise_cmds.in).
pub static MADV_ADVICE: Xlat = &[
    (0, "MADV_NORMAL"),
    (1, "MADV_RANDOM"),
    (2, "MADV_SEQUENTIAL"),
    (3, "MADV_WILLNEED"),
    (4, "MADV_DONTNEED"),
    (8, "MADV_FREE"),
    (9, "MADV_REMOVE"),
    (10, "MADV_DONTFORK"),
    (11, "MADV_DOFORK"),
    (12, "MADV_MERGEABLE"),
    (13, "MADV_UNMERGEABLE"),
    (14, "MADV_HUGEPAGE"),
    (15, "MADV_NOHUGEPAGE"),
    (16, "MADV_DONTDUMP"),
    (17, "MADV_DODUMP"),
    (18, "MADV_WIPEONFORK"),
    (19, "MADV_KEEPONFORK"),
    (20, "MADV_COLD"),
    (21, "MADV_PAGEOUT"),
    (22, "MADV_POPULATE_READ"),
    (23, "MADV_POPULATE_WRITE"),
    (24, "MADV_DONTNEED_LOCKED"),
    (25, "MADV_COLLAPSE"),
    (100, "MADV_HWPOISON"),
    (101, "MADV_SOFT_OFFLINE"),
];

/// From linux/mman.h (strace xlat/mremap_flags.in).
pub static MREMAP_FLAGS: Xlat = &[
    (1, "MREMAP_MAYMOVE"),
    (2, "MREMAP_FIXED"),
    (4, "MREMAP_DONTUNMAP"),
];

/// From asm-generic/mman-common.h (order as strace 6.1 prints it).
pub static MSYNC_FLAGS: Xlat = &[(4, "MS_SYNC"), (1, "MS_ASYNC"), (2, "MS_INVALIDATE")];

/// From asm-generic/mman-common.h (mlock2).
pub static MLOCK_FLAGS: Xlat = &[(1, "MLOCK_ONFAULT")];

/// From asm-generic/mman.h.
pub static MLOCKALL_FLAGS: Xlat = &[(1, "MCL_CURRENT"), (2, "MCL_FUTURE"), (4, "MCL_ONFAULT")];

/// From linux/sched.h; order of strace xlat/clone_flags.in.
///
/// clone(2) flags. The low byte (CSIGNAL, 0xff) is the exit signal: strace prints it after the flags as a
/// signal name (`CLONE_VM|CLONE_VFORK|SIGCHLD`), or as a decimal number past 64 (`flags=128`).
/// CLONE_DETACHED (0x400000) has no name and stays in the hex leftover.
pub static CLONE_FLAGS: Xlat = &[
    (0x100, "CLONE_VM"),
    (0x200, "CLONE_FS"),
    (0x400, "CLONE_FILES"),
    (0x800, "CLONE_SIGHAND"),
    (0x1000, "CLONE_PIDFD"),
    (0x2000, "CLONE_PTRACE"),
    (0x4000, "CLONE_VFORK"),
    (0x8000, "CLONE_PARENT"),
    (0x10000, "CLONE_THREAD"),
    (0x20000, "CLONE_NEWNS"),
    (0x40000, "CLONE_SYSVSEM"),
    (0x80000, "CLONE_SETTLS"),
    (0x100000, "CLONE_PARENT_SETTID"),
    (0x200000, "CLONE_CHILD_CLEARTID"),
    (0x800000, "CLONE_UNTRACED"),
    (0x1000000, "CLONE_CHILD_SETTID"),
    (0x2000000, "CLONE_NEWCGROUP"),
    (0x4000000, "CLONE_NEWUTS"),
    (0x8000000, "CLONE_NEWIPC"),
    (0x10000000, "CLONE_NEWUSER"),
    (0x20000000, "CLONE_NEWPID"),
    (0x40000000, "CLONE_NEWNET"),
    (0x80000000, "CLONE_IO"),
];

/// From linux/sched.h; strace prints clone_flags.in then clone3_flags.in.
///
/// clone3 `flags` (u64, no exit signal in it).
pub static CLONE3_FLAGS: Xlat = &[
    (0x100, "CLONE_VM"),
    (0x200, "CLONE_FS"),
    (0x400, "CLONE_FILES"),
    (0x800, "CLONE_SIGHAND"),
    (0x1000, "CLONE_PIDFD"),
    (0x2000, "CLONE_PTRACE"),
    (0x4000, "CLONE_VFORK"),
    (0x8000, "CLONE_PARENT"),
    (0x10000, "CLONE_THREAD"),
    (0x20000, "CLONE_NEWNS"),
    (0x40000, "CLONE_SYSVSEM"),
    (0x80000, "CLONE_SETTLS"),
    (0x100000, "CLONE_PARENT_SETTID"),
    (0x200000, "CLONE_CHILD_CLEARTID"),
    (0x800000, "CLONE_UNTRACED"),
    (0x1000000, "CLONE_CHILD_SETTID"),
    (0x2000000, "CLONE_NEWCGROUP"),
    (0x4000000, "CLONE_NEWUTS"),
    (0x8000000, "CLONE_NEWIPC"),
    (0x10000000, "CLONE_NEWUSER"),
    (0x20000000, "CLONE_NEWPID"),
    (0x40000000, "CLONE_NEWNET"),
    (0x80000000, "CLONE_IO"),
    (0x80, "CLONE_NEWTIME"),
    (0x100000000, "CLONE_CLEAR_SIGHAND"),
    (0x200000000, "CLONE_INTO_CGROUP"),
];

/// From linux/sched.h (order as strace 6.1 prints it).
///
/// unshare(2) flags (also setns nstype bits).
pub static UNSHARE_FLAGS: Xlat = &[
    (0x80, "CLONE_NEWTIME"),
    (0x100, "CLONE_VM"),
    (0x200, "CLONE_FS"),
    (0x400, "CLONE_FILES"),
    (0x800, "CLONE_SIGHAND"),
    (0x10000, "CLONE_THREAD"),
    (0x20000, "CLONE_NEWNS"),
    (0x40000, "CLONE_SYSVSEM"),
    (0x2000000, "CLONE_NEWCGROUP"),
    (0x4000000, "CLONE_NEWUTS"),
    (0x8000000, "CLONE_NEWIPC"),
    (0x10000000, "CLONE_NEWUSER"),
    (0x20000000, "CLONE_NEWPID"),
    (0x40000000, "CLONE_NEWNET"),
];

/// From asm-generic/signal-defs.h, x86_64 asm/signal.h; order of strace xlat/sigact_flags.in.
///
/// sigaction sa_flags. strace 6.1 has no names for SA_UNSUPPORTED (0x400) and SA_EXPOSE_TAGBITS (0x800).
pub static SA_FLAGS: Xlat = &[
    (0x4000000, "SA_RESTORER"),
    (0x8000000, "SA_ONSTACK"),
    (0x10000000, "SA_RESTART"),
    (0x20000000, "SA_INTERRUPT"),
    (0x40000000, "SA_NODEFER"),
    (0x80000000, "SA_RESETHAND"),
    (4, "SA_SIGINFO"),
    (1, "SA_NOCLDSTOP"),
    (2, "SA_NOCLDWAIT"),
];

/// From asm-generic/signal-defs.h.
pub static SIGPROCMASK_HOW: Xlat = &[(0, "SIG_BLOCK"), (1, "SIG_UNBLOCK"), (2, "SIG_SETMASK")];

/// From asm-generic/signal-defs.h, linux/signal.h (order as strace 6.1 prints it).
pub static SIGALTSTACK_FLAGS: Xlat = &[
    (1, "SS_ONSTACK"),
    (2, "SS_DISABLE"),
    (0x80000000, "SS_AUTODISARM"),
];

/// From asm-generic/resource.h.
pub static RLIMIT_RESOURCES: Xlat = &[
    (0, "RLIMIT_CPU"),
    (1, "RLIMIT_FSIZE"),
    (2, "RLIMIT_DATA"),
    (3, "RLIMIT_STACK"),
    (4, "RLIMIT_CORE"),
    (5, "RLIMIT_RSS"),
    (6, "RLIMIT_NPROC"),
    (7, "RLIMIT_NOFILE"),
    (8, "RLIMIT_MEMLOCK"),
    (9, "RLIMIT_AS"),
    (10, "RLIMIT_LOCKS"),
    (11, "RLIMIT_SIGPENDING"),
    (12, "RLIMIT_MSGQUEUE"),
    (13, "RLIMIT_NICE"),
    (14, "RLIMIT_RTPRIO"),
    (15, "RLIMIT_RTTIME"),
];

/// From x86_64 asm/prctl.h.
pub static ARCH_PRCTL_CODES: Xlat = &[
    (0x1001, "ARCH_SET_GS"),
    (0x1002, "ARCH_SET_FS"),
    (0x1003, "ARCH_GET_FS"),
    (0x1004, "ARCH_GET_GS"),
    (0x1011, "ARCH_GET_CPUID"),
    (0x1012, "ARCH_SET_CPUID"),
    (0x1021, "ARCH_GET_XCOMP_SUPP"),
    (0x1022, "ARCH_GET_XCOMP_PERM"),
    (0x1023, "ARCH_REQ_XCOMP_PERM"),
    (0x1024, "ARCH_GET_XCOMP_GUEST_PERM"),
    (0x1025, "ARCH_REQ_XCOMP_GUEST_PERM"),
    (0x2001, "ARCH_MAP_VDSO_X32"),
    (0x2002, "ARCH_MAP_VDSO_32"),
    (0x2003, "ARCH_MAP_VDSO_64"),
];

/// From asm-generic/fcntl.h, linux/fcntl.h (names strace 6.1 prints on x86_64).
///
/// F_GETLK64/F_SETLK64/F_SETLKW64 are 12..14 on x86_64 (distinct from F_GETLK 5). strace 6.1 has no names
/// for F_GET_RW_HINT and friends (1035..1038).
pub static FCNTL_CMDS: Xlat = &[
    (0, "F_DUPFD"),
    (1, "F_GETFD"),
    (2, "F_SETFD"),
    (3, "F_GETFL"),
    (4, "F_SETFL"),
    (5, "F_GETLK"),
    (6, "F_SETLK"),
    (7, "F_SETLKW"),
    (8, "F_SETOWN"),
    (9, "F_GETOWN"),
    (10, "F_SETSIG"),
    (11, "F_GETSIG"),
    (12, "F_GETLK64"),
    (13, "F_SETLK64"),
    (14, "F_SETLKW64"),
    (15, "F_SETOWN_EX"),
    (16, "F_GETOWN_EX"),
    (17, "F_GETOWNER_UIDS"),
    (36, "F_OFD_GETLK"),
    (37, "F_OFD_SETLK"),
    (38, "F_OFD_SETLKW"),
    (1024, "F_SETLEASE"),
    (1025, "F_GETLEASE"),
    (1026, "F_NOTIFY"),
    (1029, "F_CANCELLK"),
    (1030, "F_DUPFD_CLOEXEC"),
    (1031, "F_SETPIPE_SZ"),
    (1032, "F_GETPIPE_SZ"),
    (1033, "F_ADD_SEALS"),
    (1034, "F_GET_SEALS"),
];

/// From asm-generic/fcntl.h.
pub static FD_FLAGS: Xlat = &[(1, "FD_CLOEXEC")];

/// From asm-generic/fcntl.h (struct flock l_type, F_SETLEASE arg).
pub static LOCK_TYPES: Xlat = &[(0, "F_RDLCK"), (1, "F_WRLCK"), (2, "F_UNLCK")];

/// From linux/fcntl.h (F_NOTIFY arg).
pub static NOTIFY_FLAGS: Xlat = &[
    (1, "DN_ACCESS"),
    (2, "DN_MODIFY"),
    (4, "DN_CREATE"),
    (8, "DN_DELETE"),
    (0x10, "DN_RENAME"),
    (0x20, "DN_ATTRIB"),
    (0x80000000, "DN_MULTISHOT"),
];

/// From linux/fcntl.h (F_ADD_SEALS arg, F_GET_SEALS result).
pub static F_SEALS: Xlat = &[
    (1, "F_SEAL_SEAL"),
    (2, "F_SEAL_SHRINK"),
    (4, "F_SEAL_GROW"),
    (8, "F_SEAL_WRITE"),
    (0x10, "F_SEAL_FUTURE_WRITE"),
];

/// From linux/stat.h (st_mode & S_IFMT).
///
/// File type (st_mode & S_IFMT, 0o170000); the permission bits are printed in octal.
pub static FILE_TYPES: Xlat = &[
    (0o100000, "S_IFREG"),
    (0o140000, "S_IFSOCK"),
    (0o10000, "S_IFIFO"),
    (0o120000, "S_IFLNK"),
    (0o40000, "S_IFDIR"),
    (0o60000, "S_IFBLK"),
    (0o20000, "S_IFCHR"),
];

/// From linux/random.h.
pub static GRND_FLAGS: Xlat = &[
    (1, "GRND_NONBLOCK"),
    (2, "GRND_RANDOM"),
    (4, "GRND_INSECURE"),
];

/// From linux/futex.h; strace xlat/futexops.in.
///
/// The whole futex op word, matched exactly, including the PRIVATE and CLOCK_REALTIME combinations strace
/// names; anything else prints as `0x8e /* FUTEX_??? */`.
pub static FUTEX_OPS: Xlat = &[
    (0, "FUTEX_WAIT"),
    (1, "FUTEX_WAKE"),
    (2, "FUTEX_FD"),
    (3, "FUTEX_REQUEUE"),
    (4, "FUTEX_CMP_REQUEUE"),
    (5, "FUTEX_WAKE_OP"),
    (6, "FUTEX_LOCK_PI"),
    (7, "FUTEX_UNLOCK_PI"),
    (8, "FUTEX_TRYLOCK_PI"),
    (9, "FUTEX_WAIT_BITSET"),
    (10, "FUTEX_WAKE_BITSET"),
    (11, "FUTEX_WAIT_REQUEUE_PI"),
    (12, "FUTEX_CMP_REQUEUE_PI"),
    (13, "FUTEX_LOCK_PI2"),
    (128, "FUTEX_WAIT_PRIVATE"),
    (129, "FUTEX_WAKE_PRIVATE"),
    (130, "FUTEX_FD|FUTEX_PRIVATE_FLAG"),
    (131, "FUTEX_REQUEUE_PRIVATE"),
    (132, "FUTEX_CMP_REQUEUE_PRIVATE"),
    (133, "FUTEX_WAKE_OP_PRIVATE"),
    (134, "FUTEX_LOCK_PI_PRIVATE"),
    (135, "FUTEX_UNLOCK_PI_PRIVATE"),
    (136, "FUTEX_TRYLOCK_PI_PRIVATE"),
    (137, "FUTEX_WAIT_BITSET_PRIVATE"),
    (138, "FUTEX_WAKE_BITSET_PRIVATE"),
    (139, "FUTEX_WAIT_REQUEUE_PI_PRIVATE"),
    (140, "FUTEX_CMP_REQUEUE_PI_PRIVATE"),
    (141, "FUTEX_LOCK_PI2_PRIVATE"),
    (256, "FUTEX_WAIT|FUTEX_CLOCK_REALTIME"),
    (265, "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME"),
    (267, "FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME"),
    (384, "FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME"),
    (393, "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME"),
    (395, "FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME"),
];

/// From linux/futex.h.
pub static FUTEX_OP_FLAGS: Xlat = &[
    (0x80, "FUTEX_PRIVATE_FLAG"),
    (0x100, "FUTEX_CLOCK_REALTIME"),
];

/// From linux/futex.h (FUTEX_WAKE_OP encoded op, bits 28..30).
///
/// strace prints `FUTEX_OP_OPARG_SHIFT<<28|` when bit 31 (8<<28) is set.
pub static FUTEX_WAKE_OPS: Xlat = &[
    (0, "FUTEX_OP_SET"),
    (1, "FUTEX_OP_ADD"),
    (2, "FUTEX_OP_OR"),
    (3, "FUTEX_OP_ANDN"),
    (4, "FUTEX_OP_XOR"),
];

/// From linux/futex.h (FUTEX_WAKE_OP encoded cmp, bits 24..27).
pub static FUTEX_WAKE_CMPS: Xlat = &[
    (0, "FUTEX_OP_CMP_EQ"),
    (1, "FUTEX_OP_CMP_NE"),
    (2, "FUTEX_OP_CMP_LT"),
    (3, "FUTEX_OP_CMP_LE"),
    (4, "FUTEX_OP_CMP_GT"),
    (5, "FUTEX_OP_CMP_GE"),
];

/// From linux/wait.h; order of strace xlat/wait4_options.in.
///
/// WUNTRACED is the same bit as WSTOPPED (2) and prints as WSTOPPED.
pub static WAIT_OPTIONS: Xlat = &[
    (1, "WNOHANG"),
    (4, "WEXITED"),
    (2, "WSTOPPED"),
    (8, "WCONTINUED"),
    (0x1000000, "WNOWAIT"),
    (0x80000000, "__WCLONE"),
    (0x40000000, "__WALL"),
    (0x20000000, "__WNOTHREAD"),
];

/// From linux/wait.h (waitid idtype).
pub static IDTYPES: Xlat = &[(0, "P_ALL"), (1, "P_PID"), (2, "P_PGID"), (3, "P_PIDFD")];

/// From linux/fs.h.
pub static SEEK_WHENCE: Xlat = &[
    (0, "SEEK_SET"),
    (1, "SEEK_CUR"),
    (2, "SEEK_END"),
    (3, "SEEK_DATA"),
    (4, "SEEK_HOLE"),
];

/// From linux/fadvise.h.
///
/// x86_64 values (POSIX_FADV_DONTNEED is 4, NOREUSE 5).
pub static FADVISE_ADVICE: Xlat = &[
    (0, "POSIX_FADV_NORMAL"),
    (1, "POSIX_FADV_RANDOM"),
    (2, "POSIX_FADV_SEQUENTIAL"),
    (3, "POSIX_FADV_WILLNEED"),
    (4, "POSIX_FADV_DONTNEED"),
    (5, "POSIX_FADV_NOREUSE"),
];

/// From linux/stat.h; order of strace xlat/statx_masks.in.
pub static STATX_MASK: Xlat = &[
    (0xfff, "STATX_ALL"),
    (0x7ff, "STATX_BASIC_STATS"),
    (1, "STATX_TYPE"),
    (2, "STATX_MODE"),
    (4, "STATX_NLINK"),
    (8, "STATX_UID"),
    (0x10, "STATX_GID"),
    (0x20, "STATX_ATIME"),
    (0x40, "STATX_MTIME"),
    (0x80, "STATX_CTIME"),
    (0x100, "STATX_INO"),
    (0x200, "STATX_SIZE"),
    (0x400, "STATX_BLOCKS"),
    (0x800, "STATX_BTIME"),
    (0x1000, "STATX_MNT_ID"),
    (0x2000, "STATX_DIOALIGN"),
];

/// From linux/stat.h (strace xlat/statx_attrs.in).
pub static STATX_ATTRS: Xlat = &[
    (4, "STATX_ATTR_COMPRESSED"),
    (0x10, "STATX_ATTR_IMMUTABLE"),
    (0x20, "STATX_ATTR_APPEND"),
    (0x40, "STATX_ATTR_NODUMP"),
    (0x800, "STATX_ATTR_ENCRYPTED"),
    (0x1000, "STATX_ATTR_AUTOMOUNT"),
    (0x2000, "STATX_ATTR_MOUNT_ROOT"),
    (0x100000, "STATX_ATTR_VERITY"),
    (0x200000, "STATX_ATTR_DAX"),
];

/// From linux/prctl.h.
pub static PRCTL_OPTIONS: Xlat = &[
    (1, "PR_SET_PDEATHSIG"),
    (2, "PR_GET_PDEATHSIG"),
    (3, "PR_GET_DUMPABLE"),
    (4, "PR_SET_DUMPABLE"),
    (5, "PR_GET_UNALIGN"),
    (6, "PR_SET_UNALIGN"),
    (7, "PR_GET_KEEPCAPS"),
    (8, "PR_SET_KEEPCAPS"),
    (9, "PR_GET_FPEMU"),
    (0xa, "PR_SET_FPEMU"),
    (0xb, "PR_GET_FPEXC"),
    (0xc, "PR_SET_FPEXC"),
    (0xd, "PR_GET_TIMING"),
    (0xe, "PR_SET_TIMING"),
    (0xf, "PR_SET_NAME"),
    (0x10, "PR_GET_NAME"),
    (0x13, "PR_GET_ENDIAN"),
    (0x14, "PR_SET_ENDIAN"),
    (0x15, "PR_GET_SECCOMP"),
    (0x16, "PR_SET_SECCOMP"),
    (0x17, "PR_CAPBSET_READ"),
    (0x18, "PR_CAPBSET_DROP"),
    (0x19, "PR_GET_TSC"),
    (0x1a, "PR_SET_TSC"),
    (0x1b, "PR_GET_SECUREBITS"),
    (0x1c, "PR_SET_SECUREBITS"),
    (0x1d, "PR_SET_TIMERSLACK"),
    (0x1e, "PR_GET_TIMERSLACK"),
    (0x1f, "PR_TASK_PERF_EVENTS_DISABLE"),
    (0x20, "PR_TASK_PERF_EVENTS_ENABLE"),
    (0x21, "PR_MCE_KILL"),
    (0x22, "PR_MCE_KILL_GET"),
    (0x23, "PR_SET_MM"),
    (0x24, "PR_SET_CHILD_SUBREAPER"),
    (0x25, "PR_GET_CHILD_SUBREAPER"),
    (0x26, "PR_SET_NO_NEW_PRIVS"),
    (0x27, "PR_GET_NO_NEW_PRIVS"),
    (0x28, "PR_GET_TID_ADDRESS"),
    (0x29, "PR_SET_THP_DISABLE"),
    (0x2a, "PR_GET_THP_DISABLE"),
    (0x2b, "PR_MPX_ENABLE_MANAGEMENT"),
    (0x2c, "PR_MPX_DISABLE_MANAGEMENT"),
    (0x2d, "PR_SET_FP_MODE"),
    (0x2e, "PR_GET_FP_MODE"),
    (0x2f, "PR_CAP_AMBIENT"),
    (0x32, "PR_SVE_SET_VL"),
    (0x33, "PR_SVE_GET_VL"),
    (0x34, "PR_GET_SPECULATION_CTRL"),
    (0x35, "PR_SET_SPECULATION_CTRL"),
    (0x36, "PR_PAC_RESET_KEYS"),
    (0x37, "PR_SET_TAGGED_ADDR_CTRL"),
    (0x38, "PR_GET_TAGGED_ADDR_CTRL"),
    (0x39, "PR_SET_IO_FLUSHER"),
    (0x3a, "PR_GET_IO_FLUSHER"),
    (0x3b, "PR_SET_SYSCALL_USER_DISPATCH"),
    (0x3c, "PR_PAC_SET_ENABLED_KEYS"),
    (0x3d, "PR_PAC_GET_ENABLED_KEYS"),
    (0x3e, "PR_SCHED_CORE"),
    (0x3f, "PR_SME_SET_VL"),
    (0x40, "PR_SME_GET_VL"),
    (0x53564d41, "PR_SET_VMA"),
    (0x59616d61, "PR_SET_PTRACER"),
];

/// From linux/fs.h (renameat2).
pub static RENAME_FLAGS: Xlat = &[
    (1, "RENAME_NOREPLACE"),
    (2, "RENAME_EXCHANGE"),
    (4, "RENAME_WHITEOUT"),
];

/// From linux/personality.h.
///
/// Exact value of `persona & PER_MASK` (0xff); the rest is PERSONALITY_FLAGS: `PER_LINUX32|ADDR_NO_RANDOMIZE`.
/// strace prints 0xffffffff (the query value) as plain `0xffffffff`.
pub static PERSONALITY_TYPES: Xlat = &[
    (0, "PER_LINUX"),
    (6, "PER_BSD"),
    (8, "PER_LINUX32"),
    (12, "PER_RISCOS"),
    (15, "PER_OSF4"),
    (16, "PER_HPUX"),
    (255, "PER_MASK"),
];

/// From linux/personality.h (strace xlat/personality_flags.in).
pub static PERSONALITY_FLAGS: Xlat = &[
    (0x20000, "UNAME26"),
    (0x40000, "ADDR_NO_RANDOMIZE"),
    (0x80000, "FDPIC_FUNCPTRS"),
    (0x100000, "MMAP_PAGE_ZERO"),
    (0x200000, "ADDR_COMPAT_LAYOUT"),
    (0x400000, "READ_IMPLIES_EXEC"),
    (0x800000, "ADDR_LIMIT_32BIT"),
    (0x1000000, "SHORT_INODE"),
    (0x2000000, "WHOLE_SECONDS"),
    (0x4000000, "STICKY_TIMEOUTS"),
    (0x8000000, "ADDR_LIMIT_3GB"),
];

/// From linux/sched.h.
///
/// sched_setscheduler policy; strace 6.1 prints SCHED_RESET_ON_FORK-ored values as unknown.
pub static SCHED_POLICIES: Xlat = &[
    (0, "SCHED_OTHER"),
    (1, "SCHED_FIFO"),
    (2, "SCHED_RR"),
    (3, "SCHED_BATCH"),
    (4, "SCHED_ISO"),
    (5, "SCHED_IDLE"),
    (6, "SCHED_DEADLINE"),
];

/// From linux/sched.h (sched_attr.sched_flags).
pub static SCHED_FLAGS: Xlat = &[
    (1, "SCHED_FLAG_RESET_ON_FORK"),
    (2, "SCHED_FLAG_RECLAIM"),
    (4, "SCHED_FLAG_DL_OVERRUN"),
    (8, "SCHED_FLAG_KEEP_POLICY"),
    (0x10, "SCHED_FLAG_KEEP_PARAMS"),
    (0x20, "SCHED_FLAG_UTIL_CLAMP_MIN"),
    (0x40, "SCHED_FLAG_UTIL_CLAMP_MAX"),
];

/// From linux/ioprio.h.
pub static IOPRIO_WHO: Xlat = &[
    (1, "IOPRIO_WHO_PROCESS"),
    (2, "IOPRIO_WHO_PGRP"),
    (3, "IOPRIO_WHO_USER"),
];

/// From linux/ioprio.h.
///
/// strace prints an ioprio as `IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)`: class = ioprio >> 13, data = ioprio & 0x1fff.
pub static IOPRIO_CLASS: Xlat = &[
    (0, "IOPRIO_CLASS_NONE"),
    (1, "IOPRIO_CLASS_RT"),
    (2, "IOPRIO_CLASS_BE"),
    (3, "IOPRIO_CLASS_IDLE"),
];

/// From linux/time.h.
pub static CLOCK_IDS: Xlat = &[
    (0, "CLOCK_REALTIME"),
    (1, "CLOCK_MONOTONIC"),
    (2, "CLOCK_PROCESS_CPUTIME_ID"),
    (3, "CLOCK_THREAD_CPUTIME_ID"),
    (4, "CLOCK_MONOTONIC_RAW"),
    (5, "CLOCK_REALTIME_COARSE"),
    (6, "CLOCK_MONOTONIC_COARSE"),
    (7, "CLOCK_BOOTTIME"),
    (8, "CLOCK_REALTIME_ALARM"),
    (9, "CLOCK_BOOTTIME_ALARM"),
    (10, "CLOCK_SGI_CYCLE"),
    (11, "CLOCK_TAI"),
];

/// From linux/time.h (timer_settime, clock_nanosleep).
pub static TIMER_FLAGS: Xlat = &[(1, "TIMER_ABSTIME")];

/// From linux/timerfd.h (timerfd_create, timerfd_settime).
pub static TIMERFD_FLAGS: Xlat = &[
    (1, "TFD_TIMER_ABSTIME"),
    (2, "TFD_TIMER_CANCEL_ON_SET"),
    (0x80000, "TFD_CLOEXEC"),
    (0x800, "TFD_NONBLOCK"),
];

/// From linux/time.h.
pub static ITIMER_WHICH: Xlat = &[
    (0, "ITIMER_REAL"),
    (1, "ITIMER_VIRTUAL"),
    (2, "ITIMER_PROF"),
];

/// From bits/socket.h, linux/socket.h (AF_*).
pub static SOCKET_DOMAINS: Xlat = &[
    (0, "AF_UNSPEC"),
    (1, "AF_UNIX"),
    (2, "AF_INET"),
    (3, "AF_AX25"),
    (4, "AF_IPX"),
    (5, "AF_APPLETALK"),
    (6, "AF_NETROM"),
    (7, "AF_BRIDGE"),
    (8, "AF_ATMPVC"),
    (9, "AF_X25"),
    (10, "AF_INET6"),
    (11, "AF_ROSE"),
    (12, "AF_DECnet"),
    (13, "AF_NETBEUI"),
    (14, "AF_SECURITY"),
    (15, "AF_KEY"),
    (16, "AF_NETLINK"),
    (17, "AF_PACKET"),
    (18, "AF_ASH"),
    (19, "AF_ECONET"),
    (20, "AF_ATMSVC"),
    (21, "AF_RDS"),
    (22, "AF_SNA"),
    (23, "AF_IRDA"),
    (24, "AF_PPPOX"),
    (25, "AF_WANPIPE"),
    (26, "AF_LLC"),
    (27, "AF_IB"),
    (28, "AF_MPLS"),
    (29, "AF_CAN"),
    (30, "AF_TIPC"),
    (31, "AF_BLUETOOTH"),
    (32, "AF_IUCV"),
    (33, "AF_RXRPC"),
    (34, "AF_ISDN"),
    (35, "AF_PHONET"),
    (36, "AF_IEEE802154"),
    (37, "AF_CAIF"),
    (38, "AF_ALG"),
    (39, "AF_NFC"),
    (40, "AF_VSOCK"),
    (41, "AF_KCM"),
    (42, "AF_QIPCRTR"),
    (43, "AF_SMC"),
    (44, "AF_XDP"),
    (45, "AF_MCTP"),
];

/// From bits/socket_type.h, linux/net.h.
///
/// Exact value of `type & 0xf`; strace prints a type of 0 as plain `0`.
pub static SOCKET_TYPES: Xlat = &[
    (1, "SOCK_STREAM"),
    (2, "SOCK_DGRAM"),
    (3, "SOCK_RAW"),
    (4, "SOCK_RDM"),
    (5, "SOCK_SEQPACKET"),
    (6, "SOCK_DCCP"),
    (10, "SOCK_PACKET"),
];

/// From linux/net.h (socket type flags, accept4 flags).
pub static SOCK_TYPE_FLAGS: Xlat = &[(0x80000, "SOCK_CLOEXEC"), (0x800, "SOCK_NONBLOCK")];

/// From linux/eventpoll.h.
pub static EPOLL_CTL_OPS: Xlat = &[
    (1, "EPOLL_CTL_ADD"),
    (2, "EPOLL_CTL_DEL"),
    (3, "EPOLL_CTL_MOD"),
];

/// From linux/eventpoll.h (strace xlat/epollevents.in).
pub static EPOLL_EVENTS: Xlat = &[
    (1, "EPOLLIN"),
    (2, "EPOLLPRI"),
    (4, "EPOLLOUT"),
    (8, "EPOLLERR"),
    (0x10, "EPOLLHUP"),
    (0x20, "EPOLLNVAL"),
    (0x40, "EPOLLRDNORM"),
    (0x80, "EPOLLRDBAND"),
    (0x100, "EPOLLWRNORM"),
    (0x200, "EPOLLWRBAND"),
    (0x400, "EPOLLMSG"),
    (0x2000, "EPOLLRDHUP"),
    (0x10000000, "EPOLLEXCLUSIVE"),
    (0x20000000, "EPOLLWAKEUP"),
    (0x40000000, "EPOLLONESHOT"),
    (0x80000000, "EPOLLET"),
];

/// From linux/eventpoll.h (epoll_create1).
pub static EPOLL_CREATE_FLAGS: Xlat = &[(0x80000, "EPOLL_CLOEXEC")];

/// From asm-generic/poll.h (strace xlat/pollflags.in).
pub static POLL_EVENTS: Xlat = &[
    (1, "POLLIN"),
    (2, "POLLPRI"),
    (4, "POLLOUT"),
    (8, "POLLERR"),
    (0x10, "POLLHUP"),
    (0x20, "POLLNVAL"),
    (0x40, "POLLRDNORM"),
    (0x80, "POLLRDBAND"),
    (0x100, "POLLWRNORM"),
    (0x200, "POLLWRBAND"),
    (0x400, "POLLMSG"),
    (0x1000, "POLLREMOVE"),
    (0x2000, "POLLRDHUP"),
    (0x8000, "POLL_BUSY_LOOP"),
];

/// From linux/eventfd.h (eventfd2).
pub static EFD_FLAGS: Xlat = &[
    (1, "EFD_SEMAPHORE"),
    (0x80000, "EFD_CLOEXEC"),
    (0x800, "EFD_NONBLOCK"),
];

/// From linux/memfd.h.
///
/// memfd_create flags; like mmap, a huge page size in bits 26..31 prints as `|21<<MFD_HUGE_SHIFT`.
pub static MEMFD_FLAGS: Xlat = &[
    (1, "MFD_CLOEXEC"),
    (2, "MFD_ALLOW_SEALING"),
    (4, "MFD_HUGETLB"),
];

/// From linux/inotify.h (strace xlat/inotify_flags.in).
pub static INOTIFY_MASK: Xlat = &[
    (1, "IN_ACCESS"),
    (2, "IN_MODIFY"),
    (4, "IN_ATTRIB"),
    (8, "IN_CLOSE_WRITE"),
    (0x10, "IN_CLOSE_NOWRITE"),
    (0x20, "IN_OPEN"),
    (0x40, "IN_MOVED_FROM"),
    (0x80, "IN_MOVED_TO"),
    (0x100, "IN_CREATE"),
    (0x200, "IN_DELETE"),
    (0x400, "IN_DELETE_SELF"),
    (0x800, "IN_MOVE_SELF"),
    (0x2000, "IN_UNMOUNT"),
    (0x4000, "IN_Q_OVERFLOW"),
    (0x8000, "IN_IGNORED"),
    (0x1000000, "IN_ONLYDIR"),
    (0x2000000, "IN_DONT_FOLLOW"),
    (0x4000000, "IN_EXCL_UNLINK"),
    (0x10000000, "IN_MASK_CREATE"),
    (0x20000000, "IN_MASK_ADD"),
    (0x40000000, "IN_ISDIR"),
    (0x80000000, "IN_ONESHOT"),
];

/// From linux/inotify.h (inotify_init1).
pub static INOTIFY_INIT_FLAGS: Xlat = &[(0x800, "IN_NONBLOCK"), (0x80000, "IN_CLOEXEC")];

/// From linux/signalfd.h (signalfd4).
pub static SIGNALFD_FLAGS: Xlat = &[(0x80000, "SFD_CLOEXEC"), (0x800, "SFD_NONBLOCK")];

/// From linux/close_range.h.
pub static CLOSE_RANGE_FLAGS: Xlat = &[(2, "CLOSE_RANGE_UNSHARE"), (4, "CLOSE_RANGE_CLOEXEC")];

/// From asm-generic/ioctls.h, linux/fs.h, linux/sockios.h, linux/random.h (names as strace 6.1 prints them).
///
/// ioctl request codes, terminal/file/socket/block, with the exact text strace 6.1 prints; where several
/// requests share a code strace joins the names with " or " (`SNDCTL_TMR_START or TCSETS`).
pub static IOCTL_NAMES: Xlat = &[
    (1, "FIBMAP"),
    (2, "FIGETBSZ"),
    (0x125d, "BLKROSET"),
    (0x125e, "BLKROGET"),
    (0x125f, "BLKRRPART"),
    (0x1260, "BLKGETSIZE"),
    (0x1261, "BLKFLSBUF"),
    (0x1262, "BLKRASET"),
    (0x1263, "BLKRAGET"),
    (0x1264, "BLKFRASET"),
    (0x1265, "BLKFRAGET"),
    (0x1266, "BLKSECTSET"),
    (0x1267, "BLKSECTGET"),
    (0x1268, "BLKSSZGET"),
    (0x1269, "BLKPG"),
    (0x1274, "BLKTRACESTART"),
    (0x1275, "BLKTRACESTOP"),
    (0x1276, "BLKTRACETEARDOWN"),
    (0x1277, "BLKDISCARD"),
    (0x1278, "BLKIOMIN"),
    (0x1279, "BLKIOOPT"),
    (0x127a, "BLKALIGNOFF"),
    (0x127b, "BLKPBSZGET"),
    (0x127c, "BLKDISCARDZEROES"),
    (0x127d, "BLKSECDISCARD"),
    (0x127e, "BLKROTATIONAL"),
    (0x127f, "BLKZEROOUT"),
    (0x5204, "FASTRPC_IOCTL_INIT_ATTACH or RNDZAPENTCNT"),
    (0x5206, "RNDCLEARPOOL"),
    (0x5207, "RNDRESEEDCRNG"),
    (0x5401, "TCGETS"),
    (0x5402, "SNDCTL_TMR_START or TCSETS"),
    (0x5403, "SNDCTL_TMR_STOP or TCSETSW"),
    (0x5404, "SNDCTL_TMR_CONTINUE or TCSETSF"),
    (0x5405, "TCGETA"),
    (0x5406, "TCSETA"),
    (0x5407, "TCSETAW"),
    (0x5408, "TCSETAF"),
    (0x5409, "TCSBRK"),
    (0x540a, "TCXONC"),
    (0x540b, "TCFLSH"),
    (0x540c, "TIOCEXCL"),
    (0x540d, "TIOCNXCL"),
    (0x540e, "TIOCSCTTY"),
    (0x540f, "TIOCGPGRP"),
    (0x5410, "TIOCSPGRP"),
    (0x5411, "TIOCOUTQ"),
    (0x5412, "TIOCSTI"),
    (0x5413, "TIOCGWINSZ"),
    (0x5414, "TIOCSWINSZ"),
    (0x5415, "TIOCMGET"),
    (0x5416, "TIOCMBIS"),
    (0x5417, "TIOCMBIC"),
    (0x5418, "TIOCMSET"),
    (0x5419, "TIOCGSOFTCAR"),
    (0x541a, "TIOCSSOFTCAR"),
    (0x541b, "FIONREAD"),
    (0x541c, "TIOCLINUX"),
    (0x541d, "TIOCCONS"),
    (0x541e, "TIOCGSERIAL"),
    (0x541f, "TIOCSSERIAL"),
    (0x5420, "TIOCPKT"),
    (0x5421, "FIONBIO"),
    (0x5422, "TIOCNOTTY"),
    (0x5423, "TIOCSETD"),
    (0x5424, "TIOCGETD"),
    (0x5425, "TCSBRKP"),
    (0x5427, "TIOCSBRK"),
    (0x5428, "TIOCCBRK"),
    (0x5429, "TIOCGSID"),
    (0x542e, "TIOCGRS485"),
    (0x542f, "TIOCSRS485"),
    (0x5432, "TCGETX"),
    (0x5433, "TCSETX"),
    (0x5434, "TCSETXF"),
    (0x5435, "TCSETXW"),
    (0x5437, "TIOCVHANGUP"),
    (0x5441, "TIOCGPTPEER"),
    (0x5450, "FIONCLEX"),
    (0x5451, "FIOCLEX"),
    (0x5452, "FIOASYNC"),
    (0x5453, "TIOCSERCONFIG"),
    (0x5454, "TIOCSERGWILD"),
    (0x5455, "TIOCSERSWILD"),
    (0x5456, "TIOCGLCKTRMIOS"),
    (0x5457, "TIOCSLCKTRMIOS"),
    (0x5458, "TIOCSERGSTRUCT"),
    (0x5459, "TIOCSERGETLSR"),
    (0x545a, "TIOCSERGETMULTI"),
    (0x545b, "TIOCSERSETMULTI"),
    (0x545c, "TIOCMIWAIT"),
    (0x545d, "TIOCGICOUNT"),
    (0x5460, "FIOQSIZE"),
    (0x54a0, "SNDRV_TIMER_IOCTL_START"),
    (0x54a1, "SNDRV_TIMER_IOCTL_STOP"),
    (0x54a2, "SNDRV_TIMER_IOCTL_CONTINUE"),
    (0x54a3, "SNDRV_TIMER_IOCTL_PAUSE"),
    (0x54e3, "TUNGETDEVNETNS"),
    (0x8901, "FIOSETOWN"),
    (0x8902, "SIOCSPGRP"),
    (0x8903, "FIOGETOWN"),
    (0x8904, "SIOCGPGRP"),
    (0x8905, "SIOCATMARK"),
    (0x8906, "SIOCGSTAMP_OLD"),
    (0x8907, "SIOCGSTAMPNS_OLD"),
    (0x890b, "SIOCADDRT"),
    (0x890c, "SIOCDELRT"),
    (0x890d, "SIOCRTMSG"),
    (0x8910, "SIOCGIFNAME"),
    (0x8911, "SIOCSIFLINK"),
    (0x8912, "SIOCGIFCONF"),
    (0x8913, "SIOCGIFFLAGS"),
    (0x8914, "SIOCSIFFLAGS"),
    (0x8915, "SIOCGIFADDR"),
    (0x8916, "SIOCSIFADDR"),
    (0x8917, "SIOCGIFDSTADDR"),
    (0x8918, "SIOCSIFDSTADDR"),
    (0x8919, "SIOCGIFBRDADDR"),
    (0x891a, "SIOCSIFBRDADDR"),
    (0x891b, "SIOCGIFNETMASK"),
    (0x891c, "SIOCSIFNETMASK"),
    (0x891d, "SIOCGIFMETRIC"),
    (0x891e, "SIOCSIFMETRIC"),
    (0x891f, "SIOCGIFMEM"),
    (0x8920, "SIOCSIFMEM"),
    (0x8921, "SIOCGIFMTU"),
    (0x8922, "SIOCSIFMTU"),
    (0x8923, "SIOCSIFNAME"),
    (0x8924, "SIOCSIFHWADDR"),
    (0x8925, "SIOCGIFENCAP"),
    (0x8926, "SIOCSIFENCAP"),
    (0x8927, "SIOCGIFHWADDR"),
    (0x8929, "SIOCGIFSLAVE"),
    (0x8930, "SIOCSIFSLAVE"),
    (0x8931, "SIOCADDMULTI"),
    (0x8932, "SIOCDELMULTI"),
    (0x8933, "SIOCGIFINDEX"),
    (0x8934, "SIOCSIFPFLAGS"),
    (0x8935, "SIOCGIFPFLAGS"),
    (0x8936, "SIOCDIFADDR"),
    (0x8937, "SIOCSIFHWBROADCAST"),
    (0x8938, "SIOCGIFCOUNT"),
    (0x8940, "SIOCGIFBR"),
    (0x8941, "SIOCSIFBR"),
    (0x8942, "SIOCGIFTXQLEN"),
    (0x8943, "SIOCSIFTXQLEN"),
    (0x8946, "SIOCETHTOOL"),
    (0x8947, "SIOCGMIIPHY"),
    (0x8948, "SIOCGMIIREG"),
    (0x8949, "SIOCSMIIREG"),
    (0x894a, "SIOCWANDEV"),
    (0x894b, "SIOCOUTQNSD"),
    (0x894c, "SIOCGSKNS"),
    (0x8953, "SIOCDARP"),
    (0x8954, "SIOCGARP"),
    (0x8955, "SIOCSARP"),
    (0x8960, "SIOCDRARP"),
    (0x8961, "SIOCGRARP"),
    (0x8962, "SIOCSRARP"),
    (0x8970, "SIOCGIFMAP"),
    (0x8971, "SIOCSIFMAP"),
    (0x8980, "SIOCADDDLCI"),
    (0x8981, "SIOCDELDLCI"),
    (0x8982, "SIOCGIFVLAN"),
    (0x8983, "SIOCSIFVLAN"),
    (0x8990, "SIOCBONDENSLAVE"),
    (0x8991, "SIOCBONDRELEASE"),
    (0x8992, "SIOCBONDSETHWADDR"),
    (0x8993, "SIOCBONDSLAVEINFOQUERY"),
    (0x8994, "SIOCBONDINFOQUERY"),
    (0x8995, "SIOCBONDCHANGEACTIVE"),
    (0x89a0, "SIOCBRADDBR"),
    (0x89a1, "SIOCBRDELBR"),
    (0x89a2, "SIOCBRADDIF"),
    (0x89a3, "SIOCBRDELIF"),
    (0x89b0, "SIOCSHWTSTAMP"),
    (0x89b1, "SIOCGHWTSTAMP"),
    (0x89e0, "SIOCPROTOPRIVATE"),
    (0x89f0, "SIOCDEVPRIVATE"),
    (0x40045201, "RNDADDTOENTCNT"),
    (0x40045431, "TIOCSPTLCK"),
    (0x40045436, "TIOCSIG"),
    (0x40046602, "FS_IOC32_SETFLAGS"),
    (0x40047602, "FS_IOC32_SETVERSION"),
    (0x40049409, "BTRFS_IOC_CLONE or FICLONE"),
    (0x40081271, "BLKBSZSET"),
    (0x40085203, "RNDADDENTROPY"),
    (0x40086602, "FS_IOC_SETFLAGS"),
    (0x40086604, "XSDFEC_SET_TURBO"),
    (0x40087602, "FS_IOC_SETVERSION"),
    (0x401c5820, "FS_IOC_FSSETXATTR"),
    (0x4020940d, "BTRFS_IOC_CLONE_RANGE or FICLONERANGE"),
    (0x402c542b, "TCSETS2"),
    (0x402c542c, "TCSETSW2"),
    (0x402c542d, "TCSETSF2"),
    (0x80045200, "RNDGETENTCNT"),
    (0x80045430, "TIOCGPTN"),
    (0x80045432, "TIOCGDEV"),
    (0x80045438, "TIOCGPKT"),
    (0x80045439, "TIOCGPTLCK"),
    (0x80045440, "TIOCGEXCL"),
    (0x80046601, "FS_IOC32_GETFLAGS"),
    (0x80047601, "FS_IOC32_GETVERSION"),
    (0x80081270, "BLKBSZGET"),
    (0x80081272, "BLKGETSIZE64"),
    (0x80081280, "BLKGETDISKSEQ"),
    (0x80086601, "FS_IOC_GETFLAGS"),
    (0x80087601, "FS_IOC_GETVERSION"),
    (0x801c581f, "FS_IOC_FSGETXATTR"),
    (0x802c542a, "TCGETS2"),
    (0xc0045877, "FIFREEZE"),
    (0xc0045878, "FITHAW"),
    (0xc0189436, "BTRFS_IOC_FILE_EXTENT_SAME or FIDEDUPERANGE"),
    (0xc020660b, "FS_IOC_FIEMAP"),
];

/// From linux/mount.h (strace xlat/mount_flags.in).
///
/// mount(2) flags. When `flags & MS_MGC_MSK == MS_MGC_VAL` strace prints `MS_MGC_VAL` first and matches the rest
/// (`MS_MGC_VAL|MS_RDONLY`).
pub static MOUNT_FLAGS: Xlat = &[
    (1, "MS_RDONLY"),
    (2, "MS_NOSUID"),
    (4, "MS_NODEV"),
    (8, "MS_NOEXEC"),
    (0x10, "MS_SYNCHRONOUS"),
    (0x20, "MS_REMOUNT"),
    (0x40, "MS_MANDLOCK"),
    (0x80, "MS_DIRSYNC"),
    (0x100, "MS_NOSYMFOLLOW"),
    (0x400, "MS_NOATIME"),
    (0x800, "MS_NODIRATIME"),
    (0x1000, "MS_BIND"),
    (0x2000, "MS_MOVE"),
    (0x4000, "MS_REC"),
    (0x8000, "MS_SILENT"),
    (0x10000, "MS_POSIXACL"),
    (0x20000, "MS_UNBINDABLE"),
    (0x40000, "MS_PRIVATE"),
    (0x80000, "MS_SLAVE"),
    (0x100000, "MS_SHARED"),
    (0x200000, "MS_RELATIME"),
    (0x400000, "MS_KERNMOUNT"),
    (0x800000, "MS_I_VERSION"),
    (0x1000000, "MS_STRICTATIME"),
    (0x2000000, "MS_LAZYTIME"),
    (0x4000000, "MS_SUBMOUNT"),
    (0x8000000, "MS_NOREMOTELOCK"),
    (0x10000000, "MS_NOSEC"),
    (0x20000000, "MS_BORN"),
    (0x40000000, "MS_ACTIVE"),
    (0x80000000, "MS_NOUSER"),
];

/// From linux/fs.h (strace xlat/umount_flags.in).
pub static UMOUNT_FLAGS: Xlat = &[
    (1, "MNT_FORCE"),
    (2, "MNT_DETACH"),
    (4, "MNT_EXPIRE"),
    (8, "UMOUNT_NOFOLLOW"),
];

/// From linux/xattr.h.
pub static XATTR_FLAGS: Xlat = &[(1, "XATTR_CREATE"), (2, "XATTR_REPLACE")];

/// From asm-generic/fcntl.h (strace xlat/flockcmds.in).
pub static FLOCK_OPS: Xlat = &[
    (1, "LOCK_SH"),
    (2, "LOCK_EX"),
    (4, "LOCK_NB"),
    (8, "LOCK_UN"),
    (0x20, "LOCK_MAND"),
    (0xc0, "LOCK_RW"),
    (0x40, "LOCK_READ"),
    (0x80, "LOCK_WRITE"),
];

/// From linux/net.h.
pub static SHUTDOWN_HOW: Xlat = &[(0, "SHUT_RD"), (1, "SHUT_WR"), (2, "SHUT_RDWR")];

/// From linux/socket.h (strace xlat/msg_flags.in, as of 6.1).
pub static MSG_FLAGS: Xlat = &[
    (1, "MSG_OOB"),
    (2, "MSG_PEEK"),
    (4, "MSG_DONTROUTE"),
    (8, "MSG_CTRUNC"),
    (0x10, "MSG_PROBE"),
    (0x20, "MSG_TRUNC"),
    (0x40, "MSG_DONTWAIT"),
    (0x80, "MSG_EOR"),
    (0x100, "MSG_WAITALL"),
    (0x200, "MSG_FIN"),
    (0x400, "MSG_SYN"),
    (0x800, "MSG_CONFIRM"),
    (0x1000, "MSG_RST"),
    (0x2000, "MSG_ERRQUEUE"),
    (0x4000, "MSG_NOSIGNAL"),
    (0x8000, "MSG_MORE"),
    (0x10000, "MSG_WAITFORONE"),
    (0x20000, "MSG_SENDPAGE_NOTLAST"),
    (0x40000, "MSG_BATCH"),
    (0x80000, "MSG_NO_SHARED_FRAGS"),
    (0x4000000, "MSG_ZEROCOPY"),
    (0x20000000, "MSG_FASTOPEN"),
    (0x40000000, "MSG_CMSG_CLOEXEC"),
    (0x80000000, "MSG_CMSG_COMPAT"),
];

/// From linux/in.h (socket protocol for AF_INET/AF_INET6).
pub static IPPROTO_NAMES: Xlat = &[
    (0, "IPPROTO_IP"),
    (1, "IPPROTO_ICMP"),
    (2, "IPPROTO_IGMP"),
    (4, "IPPROTO_IPIP"),
    (6, "IPPROTO_TCP"),
    (8, "IPPROTO_EGP"),
    (12, "IPPROTO_PUP"),
    (17, "IPPROTO_UDP"),
    (22, "IPPROTO_IDP"),
    (29, "IPPROTO_TP"),
    (33, "IPPROTO_DCCP"),
    (41, "IPPROTO_IPV6"),
    (43, "IPPROTO_ROUTING"),
    (44, "IPPROTO_FRAGMENT"),
    (46, "IPPROTO_RSVP"),
    (47, "IPPROTO_GRE"),
    (50, "IPPROTO_ESP"),
    (51, "IPPROTO_AH"),
    (58, "IPPROTO_ICMPV6"),
    (59, "IPPROTO_NONE"),
    (60, "IPPROTO_DSTOPTS"),
    (92, "IPPROTO_MTP"),
    (94, "IPPROTO_BEETPH"),
    (98, "IPPROTO_ENCAP"),
    (103, "IPPROTO_PIM"),
    (108, "IPPROTO_COMP"),
    (115, "IPPROTO_L2TP"),
    (132, "IPPROTO_SCTP"),
    (135, "IPPROTO_MH"),
    (136, "IPPROTO_UDPLITE"),
    (137, "IPPROTO_MPLS"),
    (143, "IPPROTO_ETHERNET"),
    (255, "IPPROTO_RAW"),
    (262, "IPPROTO_MPTCP"),
];

/// From linux/netlink.h (socket protocol for AF_NETLINK).
pub static NETLINK_PROTOCOLS: Xlat = &[
    (0, "NETLINK_ROUTE"),
    (1, "NETLINK_UNUSED"),
    (2, "NETLINK_USERSOCK"),
    (3, "NETLINK_FIREWALL"),
    (4, "NETLINK_SOCK_DIAG"),
    (5, "NETLINK_NFLOG"),
    (6, "NETLINK_XFRM"),
    (7, "NETLINK_SELINUX"),
    (8, "NETLINK_ISCSI"),
    (9, "NETLINK_AUDIT"),
    (10, "NETLINK_FIB_LOOKUP"),
    (11, "NETLINK_CONNECTOR"),
    (12, "NETLINK_NETFILTER"),
    (13, "NETLINK_IP6_FW"),
    (14, "NETLINK_DNRTMSG"),
    (15, "NETLINK_KOBJECT_UEVENT"),
    (16, "NETLINK_GENERIC"),
    (18, "NETLINK_SCSITRANSPORT"),
    (19, "NETLINK_ECRYPTFS"),
    (20, "NETLINK_RDMA"),
    (21, "NETLINK_CRYPTO"),
    (22, "NETLINK_SMC"),
];

/// From bits/socket.h, linux/socket.h (setsockopt/getsockopt level).
///
/// strace 6.1 prints level 40 as `AF_VSOCK`; unknown levels print as `0x2 /* SOL_?? */` (two question marks).
pub static SOCKOPT_LEVELS: Xlat = &[
    (0, "SOL_IP"),
    (1, "SOL_SOCKET"),
    (6, "SOL_TCP"),
    (17, "SOL_UDP"),
    (40, "AF_VSOCK"),
    (41, "SOL_IPV6"),
    (58, "SOL_ICMPV6"),
    (100, "SOL_CAN_BASE"),
    (101, "SOL_CAN_RAW"),
    (132, "SOL_SCTP"),
    (136, "SOL_UDPLITE"),
    (255, "SOL_RAW"),
    (256, "SOL_IPX"),
    (257, "SOL_AX25"),
    (258, "SOL_ATALK"),
    (259, "SOL_NETROM"),
    (260, "SOL_ROSE"),
    (261, "SOL_DECNET"),
    (262, "SOL_X25"),
    (263, "SOL_PACKET"),
    (264, "SOL_ATM"),
    (265, "SOL_AAL"),
    (266, "SOL_IRDA"),
    (267, "SOL_NETBEUI"),
    (268, "SOL_LLC"),
    (269, "SOL_DCCP"),
    (270, "SOL_NETLINK"),
    (271, "SOL_TIPC"),
    (272, "SOL_RXRPC"),
    (273, "SOL_PPPOL2TP"),
    (274, "SOL_BLUETOOTH"),
    (275, "SOL_PNPIPE"),
    (276, "SOL_RDS"),
    (277, "SOL_IUCV"),
    (278, "SOL_CAIF"),
    (279, "SOL_ALG"),
    (280, "SOL_NFC"),
    (281, "SOL_KCM"),
    (282, "SOL_TLS"),
    (283, "SOL_XDP"),
];

/// From asm-generic/socket.h (SOL_SOCKET option names).
pub static SOCKET_OPTIONS: Xlat = &[
    (1, "SO_DEBUG"),
    (2, "SO_REUSEADDR"),
    (3, "SO_TYPE"),
    (4, "SO_ERROR"),
    (5, "SO_DONTROUTE"),
    (6, "SO_BROADCAST"),
    (7, "SO_SNDBUF"),
    (8, "SO_RCVBUF"),
    (9, "SO_KEEPALIVE"),
    (10, "SO_OOBINLINE"),
    (11, "SO_NO_CHECK"),
    (12, "SO_PRIORITY"),
    (13, "SO_LINGER"),
    (14, "SO_BSDCOMPAT"),
    (15, "SO_REUSEPORT"),
    (16, "SO_PASSCRED"),
    (17, "SO_PEERCRED"),
    (18, "SO_RCVLOWAT"),
    (19, "SO_SNDLOWAT"),
    (20, "SO_RCVTIMEO_OLD"),
    (21, "SO_SNDTIMEO_OLD"),
    (22, "SO_SECURITY_AUTHENTICATION"),
    (23, "SO_SECURITY_ENCRYPTION_TRANSPORT"),
    (24, "SO_SECURITY_ENCRYPTION_NETWORK"),
    (25, "SO_BINDTODEVICE"),
    (26, "SO_ATTACH_FILTER"),
    (27, "SO_DETACH_FILTER"),
    (28, "SO_PEERNAME"),
    (29, "SO_TIMESTAMP_OLD"),
    (30, "SO_ACCEPTCONN"),
    (31, "SO_PEERSEC"),
    (32, "SO_SNDBUFFORCE"),
    (33, "SO_RCVBUFFORCE"),
    (34, "SO_PASSSEC"),
    (35, "SO_TIMESTAMPNS_OLD"),
    (36, "SO_MARK"),
    (37, "SO_TIMESTAMPING_OLD"),
    (38, "SO_PROTOCOL"),
    (39, "SO_DOMAIN"),
    (40, "SO_RXQ_OVFL"),
    (41, "SO_WIFI_STATUS"),
    (42, "SO_PEEK_OFF"),
    (43, "SO_NOFCS"),
    (44, "SO_LOCK_FILTER"),
    (45, "SO_SELECT_ERR_QUEUE"),
    (46, "SO_BUSY_POLL"),
    (47, "SO_MAX_PACING_RATE"),
    (48, "SO_BPF_EXTENSIONS"),
    (49, "SO_INCOMING_CPU"),
    (50, "SO_ATTACH_BPF"),
    (51, "SO_ATTACH_REUSEPORT_CBPF"),
    (52, "SO_ATTACH_REUSEPORT_EBPF"),
    (53, "SO_CNX_ADVICE"),
    (55, "SO_MEMINFO"),
    (56, "SO_INCOMING_NAPI_ID"),
    (57, "SO_COOKIE"),
    (59, "SO_PEERGROUPS"),
    (60, "SO_ZEROCOPY"),
    (61, "SO_TXTIME"),
    (62, "SO_BINDTOIFINDEX"),
    (63, "SO_TIMESTAMP_NEW"),
    (64, "SO_TIMESTAMPNS_NEW"),
    (65, "SO_TIMESTAMPING_NEW"),
    (66, "SO_RCVTIMEO_NEW"),
    (67, "SO_SNDTIMEO_NEW"),
    (68, "SO_DETACH_REUSEPORT_BPF"),
    (69, "SO_PREFER_BUSY_POLL"),
    (70, "SO_BUSY_POLL_BUDGET"),
    (71, "SO_NETNS_COOKIE"),
    (72, "SO_BUF_LOCK"),
    (73, "SO_RESERVE_MEM"),
    (74, "SO_TXREHASH"),
    (75, "SO_RCVMARK"),
];

/// From linux/tcp.h (SOL_TCP option names).
pub static TCP_OPTIONS: Xlat = &[
    (1, "TCP_NODELAY"),
    (2, "TCP_MAXSEG"),
    (3, "TCP_CORK"),
    (4, "TCP_KEEPIDLE"),
    (5, "TCP_KEEPINTVL"),
    (6, "TCP_KEEPCNT"),
    (7, "TCP_SYNCNT"),
    (8, "TCP_LINGER2"),
    (9, "TCP_DEFER_ACCEPT"),
    (10, "TCP_WINDOW_CLAMP"),
    (11, "TCP_INFO"),
    (12, "TCP_QUICKACK"),
    (13, "TCP_CONGESTION"),
    (14, "TCP_MD5SIG"),
    (15, "TCP_COOKIE_TRANSACTIONS"),
    (16, "TCP_THIN_LINEAR_TIMEOUTS"),
    (17, "TCP_THIN_DUPACK"),
    (18, "TCP_USER_TIMEOUT"),
    (19, "TCP_REPAIR"),
    (20, "TCP_REPAIR_QUEUE"),
    (21, "TCP_QUEUE_SEQ"),
    (22, "TCP_REPAIR_OPTIONS"),
    (23, "TCP_FASTOPEN"),
    (24, "TCP_TIMESTAMP"),
    (25, "TCP_NOTSENT_LOWAT"),
    (26, "TCP_CC_INFO"),
    (27, "TCP_SAVE_SYN"),
    (28, "TCP_SAVED_SYN"),
    (29, "TCP_REPAIR_WINDOW"),
    (30, "TCP_FASTOPEN_CONNECT"),
    (31, "TCP_ULP"),
    (32, "TCP_MD5SIG_EXT"),
    (33, "TCP_FASTOPEN_KEY"),
    (34, "TCP_FASTOPEN_NO_COOKIE"),
    (35, "TCP_ZEROCOPY_RECEIVE"),
    (36, "TCP_INQ"),
    (37, "TCP_TX_DELAY"),
];

/// From linux/in.h (SOL_IP option names as setsockopt prints them).
///
/// 64 and 65 are the setsockopt names; getsockopt prints IPT_SO_GET_INFO/IPT_SO_GET_ENTRIES there.
pub static IP_OPTIONS: Xlat = &[
    (1, "IP_TOS"),
    (2, "IP_TTL"),
    (3, "IP_HDRINCL"),
    (4, "IP_OPTIONS"),
    (5, "IP_ROUTER_ALERT"),
    (6, "IP_RECVOPTS"),
    (7, "IP_RETOPTS"),
    (8, "IP_PKTINFO"),
    (9, "IP_PKTOPTIONS"),
    (10, "IP_MTU_DISCOVER"),
    (11, "IP_RECVERR"),
    (12, "IP_RECVTTL"),
    (13, "IP_RECVTOS"),
    (14, "IP_MTU"),
    (15, "IP_FREEBIND"),
    (16, "IP_IPSEC_POLICY"),
    (17, "IP_XFRM_POLICY"),
    (18, "IP_PASSSEC"),
    (19, "IP_TRANSPARENT"),
    (20, "IP_ORIGDSTADDR"),
    (21, "IP_MINTTL"),
    (22, "IP_NODEFRAG"),
    (23, "IP_CHECKSUM"),
    (24, "IP_BIND_ADDRESS_NO_PORT"),
    (25, "IP_RECVFRAGSIZE"),
    (26, "IP_RECVERR_RFC4884"),
    (32, "IP_MULTICAST_IF"),
    (33, "IP_MULTICAST_TTL"),
    (34, "IP_MULTICAST_LOOP"),
    (35, "IP_ADD_MEMBERSHIP"),
    (36, "IP_DROP_MEMBERSHIP"),
    (37, "IP_UNBLOCK_SOURCE"),
    (38, "IP_BLOCK_SOURCE"),
    (39, "IP_ADD_SOURCE_MEMBERSHIP"),
    (40, "IP_DROP_SOURCE_MEMBERSHIP"),
    (41, "IP_MSFILTER"),
    (42, "MCAST_JOIN_GROUP"),
    (43, "MCAST_BLOCK_SOURCE"),
    (44, "MCAST_UNBLOCK_SOURCE"),
    (45, "MCAST_LEAVE_GROUP"),
    (46, "MCAST_JOIN_SOURCE_GROUP"),
    (47, "MCAST_LEAVE_SOURCE_GROUP"),
    (48, "MCAST_MSFILTER"),
    (49, "IP_MULTICAST_ALL"),
    (50, "IP_UNICAST_IF"),
    (64, "IPT_SO_SET_REPLACE"),
    (65, "IPT_SO_SET_ADD_COUNTERS"),
];

/// From linux/in6.h (SOL_IPV6 option names as setsockopt prints them).
pub static IPV6_OPTIONS: Xlat = &[
    (1, "IPV6_ADDRFORM"),
    (2, "IPV6_2292PKTINFO"),
    (3, "IPV6_2292HOPOPTS"),
    (4, "IPV6_2292DSTOPTS"),
    (5, "IPV6_2292RTHDR"),
    (6, "IPV6_2292PKTOPTIONS"),
    (7, "IPV6_CHECKSUM"),
    (8, "IPV6_2292HOPLIMIT"),
    (9, "IPV6_NEXTHOP"),
    (10, "IPV6_AUTHHDR"),
    (11, "IPV6_FLOWINFO"),
    (16, "IPV6_UNICAST_HOPS"),
    (17, "IPV6_MULTICAST_IF"),
    (18, "IPV6_MULTICAST_HOPS"),
    (19, "IPV6_MULTICAST_LOOP"),
    (20, "IPV6_ADD_MEMBERSHIP"),
    (21, "IPV6_DROP_MEMBERSHIP"),
    (22, "IPV6_ROUTER_ALERT"),
    (23, "IPV6_MTU_DISCOVER"),
    (24, "IPV6_MTU"),
    (25, "IPV6_RECVERR"),
    (26, "IPV6_V6ONLY"),
    (27, "IPV6_JOIN_ANYCAST"),
    (28, "IPV6_LEAVE_ANYCAST"),
    (29, "IPV6_MULTICAST_ALL"),
    (30, "IPV6_ROUTER_ALERT_ISOLATE"),
    (31, "IPV6_RECVERR_RFC4884"),
    (32, "IPV6_FLOWLABEL_MGR"),
    (33, "IPV6_FLOWINFO_SEND"),
    (34, "IPV6_IPSEC_POLICY"),
    (35, "IPV6_XFRM_POLICY"),
    (36, "IPV6_HDRINCL"),
    (42, "MCAST_JOIN_GROUP"),
    (43, "MCAST_BLOCK_SOURCE"),
    (44, "MCAST_UNBLOCK_SOURCE"),
    (45, "MCAST_LEAVE_GROUP"),
    (46, "MCAST_JOIN_SOURCE_GROUP"),
    (47, "MCAST_LEAVE_SOURCE_GROUP"),
    (48, "MCAST_MSFILTER"),
    (49, "IPV6_RECVPKTINFO"),
    (50, "IPV6_PKTINFO"),
    (51, "IPV6_RECVHOPLIMIT"),
    (52, "IPV6_HOPLIMIT"),
    (53, "IPV6_RECVHOPOPTS"),
    (54, "IPV6_HOPOPTS"),
    (55, "IPV6_RTHDRDSTOPTS"),
    (56, "IPV6_RECVRTHDR"),
    (57, "IPV6_RTHDR"),
    (58, "IPV6_RECVDSTOPTS"),
    (59, "IPV6_DSTOPTS"),
    (60, "IPV6_RECVPATHMTU"),
    (61, "IPV6_PATHMTU"),
    (62, "IPV6_DONTFRAG"),
    (63, "IPV6_USE_MIN_MTU"),
    (64, "IP6T_SO_SET_REPLACE"),
    (65, "IP6T_SO_SET_ADD_COUNTERS"),
    (66, "IPV6_RECVTCLASS"),
    (67, "IPV6_TCLASS"),
    (70, "IPV6_AUTOFLOWLABEL"),
    (72, "IPV6_ADDR_PREFERENCES"),
    (73, "IPV6_MINHOPCOUNT"),
    (74, "IPV6_ORIGDSTADDR"),
    (75, "IPV6_TRANSPARENT"),
    (76, "IPV6_UNICAST_IF"),
    (77, "IPV6_RECVFRAGSIZE"),
    (78, "IPV6_FREEBIND"),
];

/// From linux/ptrace.h, x86_64 asm/ptrace-abi.h.
pub static PTRACE_REQUESTS: Xlat = &[
    (0, "PTRACE_TRACEME"),
    (1, "PTRACE_PEEKTEXT"),
    (2, "PTRACE_PEEKDATA"),
    (3, "PTRACE_PEEKUSER"),
    (4, "PTRACE_POKETEXT"),
    (5, "PTRACE_POKEDATA"),
    (6, "PTRACE_POKEUSER"),
    (7, "PTRACE_CONT"),
    (8, "PTRACE_KILL"),
    (9, "PTRACE_SINGLESTEP"),
    (12, "PTRACE_GETREGS"),
    (13, "PTRACE_SETREGS"),
    (14, "PTRACE_GETFPREGS"),
    (15, "PTRACE_SETFPREGS"),
    (16, "PTRACE_ATTACH"),
    (17, "PTRACE_DETACH"),
    (18, "PTRACE_GETFPXREGS"),
    (19, "PTRACE_SETFPXREGS"),
    (21, "PTRACE_OLDSETOPTIONS"),
    (24, "PTRACE_SYSCALL"),
    (25, "PTRACE_GET_THREAD_AREA"),
    (26, "PTRACE_SET_THREAD_AREA"),
    (30, "PTRACE_ARCH_PRCTL"),
    (31, "PTRACE_SYSEMU"),
    (32, "PTRACE_SYSEMU_SINGLESTEP"),
    (33, "PTRACE_SINGLEBLOCK"),
    (16896, "PTRACE_SETOPTIONS"),
    (16897, "PTRACE_GETEVENTMSG"),
    (16898, "PTRACE_GETSIGINFO"),
    (16899, "PTRACE_SETSIGINFO"),
    (16900, "PTRACE_GETREGSET"),
    (16901, "PTRACE_SETREGSET"),
    (16902, "PTRACE_SEIZE"),
    (16903, "PTRACE_INTERRUPT"),
    (16904, "PTRACE_LISTEN"),
    (16905, "PTRACE_PEEKSIGINFO"),
    (16906, "PTRACE_GETSIGMASK"),
    (16907, "PTRACE_SETSIGMASK"),
    (16908, "PTRACE_SECCOMP_GET_FILTER"),
    (16909, "PTRACE_SECCOMP_GET_METADATA"),
    (16910, "PTRACE_GET_SYSCALL_INFO"),
    (16911, "PTRACE_GET_RSEQ_CONFIGURATION"),
];

/// From linux/fs.h (preadv2/pwritev2 flags).
pub static RWF_FLAGS: Xlat = &[
    (1, "RWF_HIPRI"),
    (2, "RWF_DSYNC"),
    (4, "RWF_SYNC"),
    (8, "RWF_NOWAIT"),
    (0x10, "RWF_APPEND"),
];

/// From linux/splice.h (splice, tee, vmsplice).
pub static SPLICE_FLAGS: Xlat = &[
    (1, "SPLICE_F_MOVE"),
    (2, "SPLICE_F_NONBLOCK"),
    (4, "SPLICE_F_MORE"),
    (8, "SPLICE_F_GIFT"),
];

/// From linux/falloc.h (fallocate mode).
pub static FALLOC_FLAGS: Xlat = &[
    (1, "FALLOC_FL_KEEP_SIZE"),
    (2, "FALLOC_FL_PUNCH_HOLE"),
    (4, "FALLOC_FL_NO_HIDE_STALE"),
    (8, "FALLOC_FL_COLLAPSE_RANGE"),
    (0x10, "FALLOC_FL_ZERO_RANGE"),
    (0x20, "FALLOC_FL_INSERT_RANGE"),
    (0x40, "FALLOC_FL_UNSHARE_RANGE"),
];

/// From linux/membarrier.h.
pub static MEMBARRIER_CMDS: Xlat = &[
    (0, "MEMBARRIER_CMD_QUERY"),
    (1, "MEMBARRIER_CMD_GLOBAL"),
    (2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED"),
    (4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED"),
    (8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED"),
    (16, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED"),
    (32, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE"),
    (64, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE"),
    (128, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ"),
    (256, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ"),
];

/// pipe2 flags: strace prints them with the open flags table.
pub static PIPE_FLAGS: Xlat = OPEN_FLAGS;
/// dup3 flags: strace prints them with the open flags table.
pub static DUP3_FLAGS: Xlat = OPEN_FLAGS;

#[cfg(test)]
mod tests {
    use super::super::name_of;
    use super::*;

    /// strace's flag printing, as described at the top of this file (without the `/* ??? */`).
    fn flags(table: Xlat, mut v: u64) -> String {
        if v == 0 {
            return match table.first() {
                Some(&(0, name)) => name.to_string(),
                _ => "0".to_string(),
            };
        }
        let mut parts = Vec::new();
        for &(bits, name) in table {
            if bits != 0 && v & bits == bits {
                parts.push(name.to_string());
                v &= !bits;
            }
        }
        if v != 0 {
            parts.push(format!("{v:#x}"));
        }
        parts.join("|")
    }

    fn value_of(table: Xlat, name: &str) -> u64 {
        table
            .iter()
            .find(|(_, n)| *n == name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .0
    }

    #[test]
    fn against_libc() {
        let checks: &[(Xlat, &str, u64)] = &[
            (OPEN_ACCESS, "O_RDWR", libc::O_RDWR as u64),
            (OPEN_FLAGS, "O_CREAT", libc::O_CREAT as u64),
            (OPEN_FLAGS, "O_CLOEXEC", libc::O_CLOEXEC as u64),
            (OPEN_FLAGS, "O_SYNC", libc::O_SYNC as u64),
            (OPEN_FLAGS, "O_DSYNC", libc::O_DSYNC as u64),
            (OPEN_FLAGS, "O_TMPFILE", libc::O_TMPFILE as u64),
            (OPEN_FLAGS, "O_DIRECTORY", libc::O_DIRECTORY as u64),
            (OPEN_FLAGS, "O_PATH", libc::O_PATH as u64),
            (OPEN_FLAGS, "FASYNC", libc::O_ASYNC as u64),
            (OPEN_FLAGS, "O_NOATIME", libc::O_NOATIME as u64),
            (AT_FLAGS, "AT_EMPTY_PATH", libc::AT_EMPTY_PATH as u64),
            (AT_FLAGS, "AT_REMOVEDIR", libc::AT_REMOVEDIR as u64),
            (
                AT_FLAGS,
                "AT_SYMLINK_FOLLOW",
                libc::AT_SYMLINK_FOLLOW as u64,
            ),
            (FACCESSAT_FLAGS, "AT_EACCESS", libc::AT_EACCESS as u64),
            (
                AT_STATX_SYNC_TYPES,
                "AT_STATX_DONT_SYNC",
                libc::AT_STATX_DONT_SYNC as u64,
            ),
            (ACCESS_MODES, "R_OK", libc::R_OK as u64),
            (PROT_FLAGS, "PROT_GROWSDOWN", libc::PROT_GROWSDOWN as u64),
            (
                MAP_TYPE,
                "MAP_SHARED_VALIDATE",
                libc::MAP_SHARED_VALIDATE as u64,
            ),
            (MAP_FLAGS, "MAP_ANONYMOUS", libc::MAP_ANONYMOUS as u64),
            (
                MAP_FLAGS,
                "MAP_FIXED_NOREPLACE",
                libc::MAP_FIXED_NOREPLACE as u64,
            ),
            (MAP_FLAGS, "MAP_32BIT", libc::MAP_32BIT as u64),
            (MAP_FLAGS, "MAP_STACK", libc::MAP_STACK as u64),
            (MAP_FLAGS, "MAP_SYNC", libc::MAP_SYNC as u64),
            (MADV_ADVICE, "MADV_DONTDUMP", libc::MADV_DONTDUMP as u64),
            (MREMAP_FLAGS, "MREMAP_FIXED", libc::MREMAP_FIXED as u64),
            (MSYNC_FLAGS, "MS_SYNC", libc::MS_SYNC as u64),
            (MLOCK_FLAGS, "MLOCK_ONFAULT", libc::MLOCK_ONFAULT as u64),
            (MLOCKALL_FLAGS, "MCL_ONFAULT", libc::MCL_ONFAULT as u64),
            (CLONE_FLAGS, "CLONE_THREAD", libc::CLONE_THREAD as u64),
            (CLONE_FLAGS, "CLONE_PIDFD", libc::CLONE_PIDFD as u64),
            (CLONE_FLAGS, "CLONE_IO", libc::CLONE_IO as u32 as u64),
            (CLONE3_FLAGS, "CLONE_NEWTIME", libc::CLONE_NEWTIME as u64),
            (SA_FLAGS, "SA_SIGINFO", libc::SA_SIGINFO as u64),
            (SA_FLAGS, "SA_RESTART", libc::SA_RESTART as u64),
            (SA_FLAGS, "SA_RESETHAND", libc::SA_RESETHAND as u32 as u64),
            (SIGPROCMASK_HOW, "SIG_SETMASK", libc::SIG_SETMASK as u64),
            (SIGALTSTACK_FLAGS, "SS_DISABLE", libc::SS_DISABLE as u64),
            (
                RLIMIT_RESOURCES,
                "RLIMIT_NOFILE",
                libc::RLIMIT_NOFILE as u64,
            ),
            (
                RLIMIT_RESOURCES,
                "RLIMIT_RTTIME",
                libc::RLIMIT_RTTIME as u64,
            ),
            (FCNTL_CMDS, "F_DUPFD_CLOEXEC", libc::F_DUPFD_CLOEXEC as u64),
            (FCNTL_CMDS, "F_OFD_SETLKW", libc::F_OFD_SETLKW as u64),
            (FCNTL_CMDS, "F_GETPIPE_SZ", libc::F_GETPIPE_SZ as u64),
            (FCNTL_CMDS, "F_GET_SEALS", libc::F_GET_SEALS as u64),
            (FD_FLAGS, "FD_CLOEXEC", libc::FD_CLOEXEC as u64),
            (F_SEALS, "F_SEAL_WRITE", libc::F_SEAL_WRITE as u64),
            (FILE_TYPES, "S_IFSOCK", libc::S_IFSOCK as u64),
            (FILE_TYPES, "S_IFLNK", libc::S_IFLNK as u64),
            (GRND_FLAGS, "GRND_RANDOM", libc::GRND_RANDOM as u64),
            (
                FUTEX_OPS,
                "FUTEX_WAIT_BITSET",
                libc::FUTEX_WAIT_BITSET as u64,
            ),
            (
                FUTEX_OPS,
                "FUTEX_WAKE_PRIVATE",
                (libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG) as u64,
            ),
            (
                FUTEX_OP_FLAGS,
                "FUTEX_CLOCK_REALTIME",
                libc::FUTEX_CLOCK_REALTIME as u64,
            ),
            (WAIT_OPTIONS, "WNOHANG", libc::WNOHANG as u64),
            (WAIT_OPTIONS, "WSTOPPED", libc::WUNTRACED as u64),
            (WAIT_OPTIONS, "WCONTINUED", libc::WCONTINUED as u64),
            (WAIT_OPTIONS, "__WALL", libc::__WALL as u64),
            (WAIT_OPTIONS, "__WCLONE", libc::__WCLONE as u32 as u64),
            (SEEK_WHENCE, "SEEK_HOLE", libc::SEEK_HOLE as u64),
            (
                FADVISE_ADVICE,
                "POSIX_FADV_DONTNEED",
                libc::POSIX_FADV_DONTNEED as u64,
            ),
            (STATX_MASK, "STATX_BTIME", libc::STATX_BTIME as u64),
            (STATX_MASK, "STATX_ALL", libc::STATX_ALL as u64),
            (
                STATX_ATTRS,
                "STATX_ATTR_VERITY",
                libc::STATX_ATTR_VERITY as u64,
            ),
            (
                PRCTL_OPTIONS,
                "PR_SET_NO_NEW_PRIVS",
                libc::PR_SET_NO_NEW_PRIVS as u64,
            ),
            (PRCTL_OPTIONS, "PR_SET_PTRACER", libc::PR_SET_PTRACER as u64),
            (PRCTL_OPTIONS, "PR_SET_VMA", libc::PR_SET_VMA as u64),
            (
                RENAME_FLAGS,
                "RENAME_EXCHANGE",
                libc::RENAME_EXCHANGE as u64,
            ),
            (
                PERSONALITY_FLAGS,
                "ADDR_NO_RANDOMIZE",
                libc::ADDR_NO_RANDOMIZE as u64,
            ),
            (SCHED_POLICIES, "SCHED_IDLE", libc::SCHED_IDLE as u64),
            (
                CLOCK_IDS,
                "CLOCK_BOOTTIME_ALARM",
                libc::CLOCK_BOOTTIME_ALARM as u64,
            ),
            (CLOCK_IDS, "CLOCK_TAI", libc::CLOCK_TAI as u64),
            (TIMER_FLAGS, "TIMER_ABSTIME", libc::TIMER_ABSTIME as u64),
            (TIMERFD_FLAGS, "TFD_NONBLOCK", libc::TFD_NONBLOCK as u64),
            (ITIMER_WHICH, "ITIMER_PROF", libc::ITIMER_PROF as u64),
            (SOCKET_DOMAINS, "AF_INET6", libc::AF_INET6 as u64),
            (SOCKET_DOMAINS, "AF_NETLINK", libc::AF_NETLINK as u64),
            (SOCKET_DOMAINS, "AF_VSOCK", libc::AF_VSOCK as u64),
            (SOCKET_TYPES, "SOCK_SEQPACKET", libc::SOCK_SEQPACKET as u64),
            (SOCK_TYPE_FLAGS, "SOCK_CLOEXEC", libc::SOCK_CLOEXEC as u64),
            (EPOLL_CTL_OPS, "EPOLL_CTL_MOD", libc::EPOLL_CTL_MOD as u64),
            (EPOLL_EVENTS, "EPOLLET", libc::EPOLLET as u32 as u64),
            (EPOLL_EVENTS, "EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE as u64),
            (
                EPOLL_CREATE_FLAGS,
                "EPOLL_CLOEXEC",
                libc::EPOLL_CLOEXEC as u64,
            ),
            (POLL_EVENTS, "POLLRDHUP", libc::POLLRDHUP as u64),
            (POLL_EVENTS, "POLLWRBAND", libc::POLLWRBAND as u64),
            (EFD_FLAGS, "EFD_NONBLOCK", libc::EFD_NONBLOCK as u64),
            (MEMFD_FLAGS, "MFD_HUGETLB", libc::MFD_HUGETLB as u64),
            (
                INOTIFY_MASK,
                "IN_CLOSE_NOWRITE",
                libc::IN_CLOSE_NOWRITE as u64,
            ),
            (INOTIFY_MASK, "IN_ONESHOT", libc::IN_ONESHOT as u64),
            (INOTIFY_INIT_FLAGS, "IN_CLOEXEC", libc::IN_CLOEXEC as u64),
            (SIGNALFD_FLAGS, "SFD_NONBLOCK", libc::SFD_NONBLOCK as u64),
            (IOCTL_NAMES, "TCGETS", libc::TCGETS),
            (IOCTL_NAMES, "TIOCGWINSZ", libc::TIOCGWINSZ),
            (IOCTL_NAMES, "TIOCSPGRP", libc::TIOCSPGRP),
            (IOCTL_NAMES, "FIONREAD", libc::FIONREAD),
            (IOCTL_NAMES, "FIONBIO", libc::FIONBIO),
            (IOCTL_NAMES, "FIOCLEX", libc::FIOCLEX),
            (IOCTL_NAMES, "TIOCGPTN", libc::TIOCGPTN),
            (IOCTL_NAMES, "TIOCSPTLCK", libc::TIOCSPTLCK),
            (MOUNT_FLAGS, "MS_BIND", libc::MS_BIND),
            (MOUNT_FLAGS, "MS_NOUSER", libc::MS_NOUSER),
            (UMOUNT_FLAGS, "MNT_DETACH", libc::MNT_DETACH as u64),
            (
                UMOUNT_FLAGS,
                "UMOUNT_NOFOLLOW",
                libc::UMOUNT_NOFOLLOW as u64,
            ),
            (XATTR_FLAGS, "XATTR_REPLACE", libc::XATTR_REPLACE as u64),
            (FLOCK_OPS, "LOCK_NB", libc::LOCK_NB as u64),
            (SHUTDOWN_HOW, "SHUT_RDWR", libc::SHUT_RDWR as u64),
            (MSG_FLAGS, "MSG_NOSIGNAL", libc::MSG_NOSIGNAL as u64),
            (MSG_FLAGS, "MSG_CMSG_CLOEXEC", libc::MSG_CMSG_CLOEXEC as u64),
            (MSG_FLAGS, "MSG_WAITFORONE", libc::MSG_WAITFORONE as u64),
            (IPPROTO_NAMES, "IPPROTO_TCP", libc::IPPROTO_TCP as u64),
            (IPPROTO_NAMES, "IPPROTO_ICMPV6", libc::IPPROTO_ICMPV6 as u64),
            (IPPROTO_NAMES, "IPPROTO_MPTCP", libc::IPPROTO_MPTCP as u64),
            (
                NETLINK_PROTOCOLS,
                "NETLINK_AUDIT",
                libc::NETLINK_AUDIT as u64,
            ),
            (SOCKOPT_LEVELS, "SOL_SOCKET", libc::SOL_SOCKET as u64),
            (SOCKOPT_LEVELS, "SOL_NETLINK", libc::SOL_NETLINK as u64),
            (SOCKET_OPTIONS, "SO_REUSEADDR", libc::SO_REUSEADDR as u64),
            (SOCKET_OPTIONS, "SO_PEERCRED", libc::SO_PEERCRED as u64),
            (TCP_OPTIONS, "TCP_NODELAY", libc::TCP_NODELAY as u64),
            (TCP_OPTIONS, "TCP_KEEPIDLE", libc::TCP_KEEPIDLE as u64),
            (
                IP_OPTIONS,
                "IP_MULTICAST_TTL",
                libc::IP_MULTICAST_TTL as u64,
            ),
            (IPV6_OPTIONS, "IPV6_V6ONLY", libc::IPV6_V6ONLY as u64),
            (PTRACE_REQUESTS, "PTRACE_SEIZE", libc::PTRACE_SEIZE as u64),
            (
                PTRACE_REQUESTS,
                "PTRACE_GETREGS",
                libc::PTRACE_GETREGS as u64,
            ),
            (
                PTRACE_REQUESTS,
                "PTRACE_GET_SYSCALL_INFO",
                libc::PTRACE_GET_SYSCALL_INFO as u64,
            ),
            (RWF_FLAGS, "RWF_NOWAIT", libc::RWF_NOWAIT as u64),
            (
                SPLICE_FLAGS,
                "SPLICE_F_NONBLOCK",
                libc::SPLICE_F_NONBLOCK as u64,
            ),
            (
                FALLOC_FLAGS,
                "FALLOC_FL_PUNCH_HOLE",
                libc::FALLOC_FL_PUNCH_HOLE as u64,
            ),
        ];
        for &(table, name, v) in checks {
            assert_eq!(value_of(table, name), v, "{name}");
        }
        assert_eq!(MAP_HUGE_SHIFT, libc::MAP_HUGE_SHIFT as u32);
        assert_eq!(MAP_HUGE_MASK, libc::MAP_HUGE_MASK as u64);
        assert_eq!(S_IFMT, libc::S_IFMT as u64);
    }

    #[test]
    fn table_shapes() {
        // A zero entry may only open a flag table; value tables have no duplicate values.
        let flag_tables: &[Xlat] = &[
            OPEN_FLAGS,
            AT_FLAGS,
            AT_STATX_SYNC_TYPES,
            FACCESSAT_FLAGS,
            ACCESS_MODES,
            PROT_FLAGS,
            MAP_FLAGS,
            MREMAP_FLAGS,
            MSYNC_FLAGS,
            MLOCK_FLAGS,
            MLOCKALL_FLAGS,
            CLONE_FLAGS,
            CLONE3_FLAGS,
            UNSHARE_FLAGS,
            SA_FLAGS,
            SIGALTSTACK_FLAGS,
            FD_FLAGS,
            NOTIFY_FLAGS,
            F_SEALS,
            GRND_FLAGS,
            FUTEX_OP_FLAGS,
            WAIT_OPTIONS,
            STATX_MASK,
            STATX_ATTRS,
            RENAME_FLAGS,
            PERSONALITY_FLAGS,
            SCHED_FLAGS,
            TIMER_FLAGS,
            TIMERFD_FLAGS,
            SOCK_TYPE_FLAGS,
            EPOLL_EVENTS,
            EPOLL_CREATE_FLAGS,
            POLL_EVENTS,
            EFD_FLAGS,
            MEMFD_FLAGS,
            INOTIFY_MASK,
            INOTIFY_INIT_FLAGS,
            SIGNALFD_FLAGS,
            CLOSE_RANGE_FLAGS,
            MOUNT_FLAGS,
            UMOUNT_FLAGS,
            XATTR_FLAGS,
            FLOCK_OPS,
            MSG_FLAGS,
            RWF_FLAGS,
            SPLICE_FLAGS,
            FALLOC_FLAGS,
        ];
        for t in flag_tables {
            assert!(t.iter().skip(1).all(|&(v, _)| v != 0));
        }
        let value_tables: &[Xlat] = &[
            OPEN_ACCESS,
            MAP_TYPE,
            MADV_ADVICE,
            SIGPROCMASK_HOW,
            RLIMIT_RESOURCES,
            ARCH_PRCTL_CODES,
            FCNTL_CMDS,
            LOCK_TYPES,
            FILE_TYPES,
            FUTEX_OPS,
            FUTEX_WAKE_OPS,
            FUTEX_WAKE_CMPS,
            IDTYPES,
            SEEK_WHENCE,
            FADVISE_ADVICE,
            PRCTL_OPTIONS,
            PERSONALITY_TYPES,
            SCHED_POLICIES,
            IOPRIO_WHO,
            IOPRIO_CLASS,
            CLOCK_IDS,
            ITIMER_WHICH,
            SOCKET_DOMAINS,
            SOCKET_TYPES,
            EPOLL_CTL_OPS,
            IOCTL_NAMES,
            SHUTDOWN_HOW,
            IPPROTO_NAMES,
            NETLINK_PROTOCOLS,
            SOCKOPT_LEVELS,
            SOCKET_OPTIONS,
            TCP_OPTIONS,
            IP_OPTIONS,
            IPV6_OPTIONS,
            PTRACE_REQUESTS,
            MEMBARRIER_CMDS,
        ];
        for t in value_tables {
            for (i, &(v, n)) in t.iter().enumerate() {
                assert!(t[..i].iter().all(|&(w, _)| w != v), "duplicate {n}");
            }
        }
    }

    // Expected strings below were taken from Debian strace 6.1 output.
    #[test]
    fn prints_like_strace() {
        assert_eq!(flags(OPEN_FLAGS, 0x101000), "O_SYNC");
        assert_eq!(flags(OPEN_FLAGS, 0x100000), "__O_SYNC");
        assert_eq!(flags(OPEN_FLAGS, 0x410000), "O_TMPFILE");
        assert_eq!(flags(OPEN_FLAGS, 0x400000), "__O_TMPFILE");
        assert_eq!(flags(OPEN_FLAGS, 0x2000), "FASYNC");
        assert_eq!(
            flags(OPEN_FLAGS, 0xffff_fffc),
            "O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT|O_LARGEFILE|\
             O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0xff80003c"
        );
        assert_eq!(flags(ACCESS_MODES, 0), "F_OK");
        assert_eq!(flags(ACCESS_MODES, 7), "R_OK|W_OK|X_OK");
        assert_eq!(flags(PROT_FLAGS, 0), "PROT_NONE");
        assert_eq!(flags(PROT_FLAGS, 3), "PROT_READ|PROT_WRITE");
        assert_eq!(name_of(MAP_TYPE, 0x22 & MAP_TYPE_MASK), Some("MAP_PRIVATE"));
        assert_eq!(flags(MAP_FLAGS, 0x22 & !MAP_TYPE_MASK), "MAP_ANONYMOUS");
        assert_eq!(
            flags(CLONE_FLAGS, 0x7fff_ff00),
            "CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_PIDFD|CLONE_PTRACE|CLONE_VFORK|\
             CLONE_PARENT|CLONE_THREAD|CLONE_NEWNS|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|\
             CLONE_CHILD_CLEARTID|CLONE_UNTRACED|CLONE_CHILD_SETTID|CLONE_NEWCGROUP|CLONE_NEWUTS|\
             CLONE_NEWIPC|CLONE_NEWUSER|CLONE_NEWPID|CLONE_NEWNET|0x400000"
        );
        assert_eq!(
            flags(CLONE3_FLAGS, 0x3_0000_0080),
            "CLONE_NEWTIME|CLONE_CLEAR_SIGHAND|CLONE_INTO_CGROUP"
        );
        assert_eq!(flags(SA_FLAGS, 0x1400_0000), "SA_RESTORER|SA_RESTART");
        assert_eq!(flags(WAIT_OPTIONS, 2), "WSTOPPED");
        assert_eq!(
            flags(WAIT_OPTIONS, 0xe100_0000),
            "WNOWAIT|__WCLONE|__WALL|__WNOTHREAD"
        );
        assert_eq!(flags(STATX_MASK, 0xfff), "STATX_ALL");
        assert_eq!(flags(STATX_MASK, 0x7ff), "STATX_BASIC_STATS");
        assert_eq!(flags(STATX_MASK, 0), "0");
        assert_eq!(flags(AT_STATX_SYNC_TYPES, 0), "AT_STATX_SYNC_AS_STAT");
        assert_eq!(flags(MSYNC_FLAGS, 7), "MS_SYNC|MS_ASYNC|MS_INVALIDATE");
        assert_eq!(flags(FLOCK_OPS, 0x60), "LOCK_MAND|LOCK_READ");
        assert_eq!(flags(FLOCK_OPS, 5), "LOCK_SH|LOCK_NB");
        assert_eq!(flags(INOTIFY_MASK, 0x18), "IN_CLOSE_WRITE|IN_CLOSE_NOWRITE");
        assert_eq!(
            flags(SOCK_TYPE_FLAGS, 0x80800),
            "SOCK_CLOEXEC|SOCK_NONBLOCK"
        );
        assert_eq!(flags(MOUNT_FLAGS, 0x5000), "MS_BIND|MS_REC");
        assert_eq!(
            name_of(FUTEX_OPS, 0x189),
            Some("FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME")
        );
        assert_eq!(name_of(FUTEX_OPS, 0x8e), None);
        assert_eq!(
            name_of(IOCTL_NAMES, 0x5402),
            Some("SNDCTL_TMR_START or TCSETS")
        );
        assert_eq!(name_of(PERSONALITY_TYPES, 8), Some("PER_LINUX32"));
        assert_eq!(name_of(SOCKET_DOMAINS, 12), Some("AF_DECnet"));
        assert_eq!(name_of(ARCH_PRCTL_CODES, 0x1002), Some("ARCH_SET_FS"));
    }
}
