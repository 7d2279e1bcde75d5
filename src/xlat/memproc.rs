//! Tables for the process, credential, resource and memory decoders (values from the kernel
//! uapi headers, names and order as strace 6.1 prints them).

use super::Xlat;

/// linux/resource.h: getrusage `who` (RUSAGE_CHILDREN is -1).
pub static RUSAGE_WHO: Xlat = &[
    (0, "RUSAGE_SELF"),
    (0xffff_ffff, "RUSAGE_CHILDREN"),
    (1, "RUSAGE_THREAD"),
];

/// linux/resource.h: get/setpriority `which`.
pub static PRIO_WHICH: Xlat = &[(0, "PRIO_PROCESS"), (1, "PRIO_PGRP"), (2, "PRIO_USER")];

/// linux/prctl.h: PR_SET_DUMPABLE values.
pub static PR_DUMPABLE: Xlat = &[
    (0, "SUID_DUMP_DISABLE"),
    (1, "SUID_DUMP_USER"),
    (2, "SUID_DUMP_ROOT"),
];

/// linux/securebits.h.
pub static SECBITS: Xlat = &[
    (1, "SECBIT_NOROOT"),
    (2, "SECBIT_NOROOT_LOCKED"),
    (4, "SECBIT_NO_SETUID_FIXUP"),
    (8, "SECBIT_NO_SETUID_FIXUP_LOCKED"),
    (0x10, "SECBIT_KEEP_CAPS"),
    (0x20, "SECBIT_KEEP_CAPS_LOCKED"),
    (0x40, "SECBIT_NO_CAP_AMBIENT_RAISE"),
    (0x80, "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED"),
];

/// linux/prctl.h.
pub static PR_TSC: Xlat = &[(1, "PR_TSC_ENABLE"), (2, "PR_TSC_SIGSEGV")];

/// linux/prctl.h.
pub static PR_UNALIGN_FLAGS: Xlat = &[(1, "PR_UNALIGN_NOPRINT"), (2, "PR_UNALIGN_SIGBUS")];

/// linux/prctl.h.
pub static PR_MCE_KILL: Xlat = &[(0, "PR_MCE_KILL_CLEAR"), (1, "PR_MCE_KILL_SET")];

/// linux/prctl.h.
pub static PR_MCE_KILL_POLICY: Xlat = &[
    (0, "PR_MCE_KILL_LATE"),
    (1, "PR_MCE_KILL_EARLY"),
    (2, "PR_MCE_KILL_DEFAULT"),
];

/// linux/prctl.h.
pub static PR_SET_MM: Xlat = &[
    (1, "PR_SET_MM_START_CODE"),
    (2, "PR_SET_MM_END_CODE"),
    (3, "PR_SET_MM_START_DATA"),
    (4, "PR_SET_MM_END_DATA"),
    (5, "PR_SET_MM_START_STACK"),
    (6, "PR_SET_MM_START_BRK"),
    (7, "PR_SET_MM_BRK"),
    (8, "PR_SET_MM_ARG_START"),
    (9, "PR_SET_MM_ARG_END"),
    (10, "PR_SET_MM_ENV_START"),
    (11, "PR_SET_MM_ENV_END"),
    (12, "PR_SET_MM_AUXV"),
    (13, "PR_SET_MM_EXE_FILE"),
    (14, "PR_SET_MM_MAP"),
    (15, "PR_SET_MM_MAP_SIZE"),
];

/// linux/prctl.h.
pub static PR_SET_VMA: Xlat = &[(0, "PR_SET_VMA_ANON_NAME")];

/// linux/seccomp.h: prctl(PR_SET_SECCOMP) modes.
pub static SECCOMP_MODE: Xlat = &[
    (0, "SECCOMP_MODE_DISABLED"),
    (1, "SECCOMP_MODE_STRICT"),
    (2, "SECCOMP_MODE_FILTER"),
];

/// linux/prctl.h.
pub static PR_CAP_AMBIENT: Xlat = &[
    (1, "PR_CAP_AMBIENT_IS_SET"),
    (2, "PR_CAP_AMBIENT_RAISE"),
    (3, "PR_CAP_AMBIENT_LOWER"),
    (4, "PR_CAP_AMBIENT_CLEAR_ALL"),
];

/// linux/prctl.h.
pub static PR_SPEC_CMDS: Xlat = &[
    (0, "PR_SPEC_STORE_BYPASS"),
    (1, "PR_SPEC_INDIRECT_BRANCH"),
    (2, "PR_SPEC_L1D_FLUSH"),
];

/// linux/prctl.h: what PR_GET_SPECULATION_CTRL returns.
pub static PR_SPEC_GET_FLAGS: Xlat = &[
    (0, "PR_SPEC_NOT_AFFECTED"),
    (1, "PR_SPEC_PRCTL"),
    (2, "PR_SPEC_ENABLE"),
    (4, "PR_SPEC_DISABLE"),
    (8, "PR_SPEC_FORCE_DISABLE"),
    (0x10, "PR_SPEC_DISABLE_NOEXEC"),
];

/// linux/prctl.h: PR_SET_SPECULATION_CTRL values.
pub static PR_SPEC_SET_FLAGS: Xlat = &[
    (2, "PR_SPEC_ENABLE"),
    (4, "PR_SPEC_DISABLE"),
    (8, "PR_SPEC_FORCE_DISABLE"),
    (0x10, "PR_SPEC_DISABLE_NOEXEC"),
];

/// linux/prctl.h.
pub static PR_FP_MODE: Xlat = &[(1, "PR_FP_MODE_FR"), (2, "PR_FP_MODE_FRE")];

/// linux/prctl.h.
pub static PR_SUD_CMDS: Xlat = &[(0, "PR_SYS_DISPATCH_OFF"), (1, "PR_SYS_DISPATCH_ON")];

/// linux/prctl.h.
pub static PR_SCHED_CORE_CMDS: Xlat = &[
    (0, "PR_SCHED_CORE_GET"),
    (1, "PR_SCHED_CORE_CREATE"),
    (2, "PR_SCHED_CORE_SHARE_TO"),
    (3, "PR_SCHED_CORE_SHARE_FROM"),
];

/// linux/prctl.h.
pub static PR_SCHED_CORE_PIDTYPES: Xlat = &[
    (0, "PIDTYPE_PID"),
    (1, "PIDTYPE_TGID"),
    (2, "PIDTYPE_PGID"),
    (3, "PIDTYPE_SID"),
];

/// linux/capability.h: capability numbers.
pub static CAPS: [&str; 41] = [
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
];

/// linux/capability.h.
pub static CAP_VERSION: Xlat = &[
    (0x1998_0330, "_LINUX_CAPABILITY_VERSION_1"),
    (0x2007_1026, "_LINUX_CAPABILITY_VERSION_2"),
    (0x2008_0522, "_LINUX_CAPABILITY_VERSION_3"),
];

/// linux/kcmp.h.
pub static KCMP_TYPES: Xlat = &[
    (0, "KCMP_FILE"),
    (1, "KCMP_VM"),
    (2, "KCMP_FILES"),
    (3, "KCMP_FS"),
    (4, "KCMP_SIGHAND"),
    (5, "KCMP_IO"),
    (6, "KCMP_SYSVSEM"),
    (7, "KCMP_EPOLL_TFD"),
];

/// linux/seccomp.h: seccomp(2) operations.
pub static SECCOMP_OPS: Xlat = &[
    (0, "SECCOMP_SET_MODE_STRICT"),
    (1, "SECCOMP_SET_MODE_FILTER"),
    (2, "SECCOMP_GET_ACTION_AVAIL"),
    (3, "SECCOMP_GET_NOTIF_SIZES"),
];

/// linux/seccomp.h: SECCOMP_SET_MODE_FILTER flags.
pub static SECCOMP_FILTER_FLAGS: Xlat = &[
    (1, "SECCOMP_FILTER_FLAG_TSYNC"),
    (2, "SECCOMP_FILTER_FLAG_LOG"),
    (4, "SECCOMP_FILTER_FLAG_SPEC_ALLOW"),
    (8, "SECCOMP_FILTER_FLAG_NEW_LISTENER"),
    (0x10, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH"),
    (0x20, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"),
];

/// linux/seccomp.h: filter return actions.
pub static SECCOMP_RET_ACTION: Xlat = &[
    (0x8000_0000, "SECCOMP_RET_KILL_PROCESS"),
    (0, "SECCOMP_RET_KILL_THREAD"),
    (0x0003_0000, "SECCOMP_RET_TRAP"),
    (0x0005_0000, "SECCOMP_RET_ERRNO"),
    (0x7fc0_0000, "SECCOMP_RET_USER_NOTIF"),
    (0x7ff0_0000, "SECCOMP_RET_TRACE"),
    (0x7ffc_0000, "SECCOMP_RET_LOG"),
    (0x7fff_0000, "SECCOMP_RET_ALLOW"),
];

/// linux/pidfd.h.
pub static PIDFD_FLAGS: Xlat = &[(0x800, "PIDFD_NONBLOCK")];

/// linux/sched.h: setns nstype (strace xlat/setns_types.in).
pub static SETNS_TYPES: Xlat = &[
    (0x80, "CLONE_NEWTIME"),
    (0x20000, "CLONE_NEWNS"),
    (0x0200_0000, "CLONE_NEWCGROUP"),
    (0x0400_0000, "CLONE_NEWUTS"),
    (0x0800_0000, "CLONE_NEWIPC"),
    (0x1000_0000, "CLONE_NEWUSER"),
    (0x2000_0000, "CLONE_NEWPID"),
    (0x4000_0000, "CLONE_NEWNET"),
];

/// linux/futex.h: `struct futex_waitv` flags.
pub static FUTEX_WAITV_FLAGS: Xlat = &[(2, "FUTEX_32"), (0x80, "FUTEX_PRIVATE_FLAG")];

/// linux/mempolicy.h: memory policy modes.
pub static MPOL_MODES: Xlat = &[
    (0, "MPOL_DEFAULT"),
    (1, "MPOL_PREFERRED"),
    (2, "MPOL_BIND"),
    (3, "MPOL_INTERLEAVE"),
    (4, "MPOL_LOCAL"),
    (5, "MPOL_PREFERRED_MANY"),
];

/// linux/mempolicy.h: mode flags or-ed into the mode.
pub static MPOL_MODE_FLAGS: Xlat = &[
    (0x8000, "MPOL_F_STATIC_NODES"),
    (0x4000, "MPOL_F_RELATIVE_NODES"),
    (0x2000, "MPOL_F_NUMA_BALANCING"),
];

/// linux/mempolicy.h: get_mempolicy flags.
pub static MPOL_GET_FLAGS: Xlat = &[
    (1, "MPOL_F_NODE"),
    (2, "MPOL_F_ADDR"),
    (4, "MPOL_F_MEMS_ALLOWED"),
];

/// linux/mempolicy.h: mbind / migrate flags.
pub static MPOL_MBIND_FLAGS: Xlat = &[
    (1, "MPOL_MF_STRICT"),
    (2, "MPOL_MF_MOVE"),
    (4, "MPOL_MF_MOVE_ALL"),
];

/// linux/mman.h: memfd_secret flags (strace prints O_CLOEXEC).
pub static MEMFD_SECRET_FLAGS: Xlat = &[(0x80000, "O_CLOEXEC")];

/// linux/userfaultfd.h: userfaultfd flags.
pub static UFFD_FLAGS: Xlat = &[
    (1, "UFFD_USER_MODE_ONLY"),
    (0x800, "O_NONBLOCK"),
    (0x80000, "O_CLOEXEC"),
];

/// linux/mman.h: pkey_alloc access rights.
pub static PKEY_ACCESS: Xlat = &[
    (1, "PKEY_DISABLE_ACCESS"),
    (2, "PKEY_DISABLE_WRITE"),
    (4, "PKEY_DISABLE_EXECUTE"),
];

/// linux/mempolicy.h: move_pages flags.
pub static MOVE_PAGES_FLAGS: Xlat = &[(2, "MPOL_MF_MOVE"), (4, "MPOL_MF_MOVE_ALL")];

/// linux/membarrier.h: membarrier flags.
pub static MEMBARRIER_FLAGS: Xlat = &[(1, "MEMBARRIER_CMD_FLAG_CPU")];
