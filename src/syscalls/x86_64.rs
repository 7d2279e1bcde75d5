//! The `x86_64` syscall table, indexed by syscall number.
//!
//! Names and numbers follow `asm/unistd_64.h`; argument counts and trace classes follow
//! strace's `x86_64` table. Argument kinds come from the kernel prototypes and are only used
//! for syscalls without a dedicated decoder. Numbers the kernel does not assign (335..=423)
//! hold an entry with an empty name. The x32 range (512 and up) is not included.

use super::{
    ArgKind::{self, *},
    SyscallEnt,
    class::*,
};

/// Highest syscall number in the table.
const MAX_NR: usize = 450;

/// Placeholder for numbers the kernel does not assign.
const NONE: SyscallEnt = SyscallEnt {
    name: "",
    nargs: 0,
    class: 0,
    args: [Hex; 6],
};

/// Builds one entry; `args` lists the kinds of the first `nargs` arguments and the
/// remaining slots are padded with `Hex`.
const fn e(name: &'static str, nargs: u8, class: u32, args: &[ArgKind]) -> SyscallEnt {
    assert!(args.len() == nargs as usize && args.len() <= 6);
    let mut a = [Hex; 6];
    let mut i = 0;
    while i < args.len() {
        a[i] = args[i];
        i += 1;
    }
    SyscallEnt {
        name,
        nargs,
        class,
        args: a,
    }
}

const TABLE: [SyscallEnt; MAX_NR + 1] = {
    let mut t = [NONE; MAX_NR + 1];
    t[0] = e("read", 3, DESC, &[Fd, Ptr, Uint]);
    t[1] = e("write", 3, DESC, &[Fd, Ptr, Uint]);
    t[2] = e("open", 3, DESC | FILE, &[Path, Hex, Mode]);
    t[3] = e("close", 1, DESC, &[Fd]);
    t[4] = e("stat", 2, FILE | STAT | STAT_LIKE, &[Path, Ptr]);
    t[5] = e("fstat", 2, DESC | FSTAT | STAT_LIKE, &[Fd, Ptr]);
    t[6] = e("lstat", 2, FILE | LSTAT | STAT_LIKE, &[Path, Ptr]);
    t[7] = e("poll", 3, DESC, &[Ptr, Uint, Int]);
    t[8] = e("lseek", 3, DESC, &[Fd, Long, Int]);
    t[9] = e("mmap", 6, DESC | MEMORY, &[Ptr, Uint, Hex, Hex, Fd, Int]);
    t[10] = e("mprotect", 3, MEMORY, &[Ptr, Uint, Hex]);
    t[11] = e("munmap", 2, MEMORY, &[Ptr, Uint]);
    t[12] = e("brk", 1, MEMORY, &[Ptr]);
    t[13] = e("rt_sigaction", 4, SIGNAL, &[Signal, Ptr, Ptr, Uint]);
    t[14] = e("rt_sigprocmask", 4, SIGNAL, &[Int, Ptr, Ptr, Uint]);
    t[15] = e("rt_sigreturn", 0, SIGNAL, &[]);
    t[16] = e("ioctl", 3, DESC, &[Fd, Hex, Hex]);
    t[17] = e("pread64", 4, DESC, &[Fd, Ptr, Uint, Int]);
    t[18] = e("pwrite64", 4, DESC, &[Fd, Ptr, Uint, Int]);
    t[19] = e("readv", 3, DESC, &[Fd, Ptr, Int]);
    t[20] = e("writev", 3, DESC, &[Fd, Ptr, Int]);
    t[21] = e("access", 2, FILE, &[Path, Hex]);
    t[22] = e("pipe", 1, DESC, &[Ptr]);
    t[23] = e("select", 5, DESC, &[Int, Ptr, Ptr, Ptr, Ptr]);
    t[24] = e("sched_yield", 0, 0, &[]);
    t[25] = e("mremap", 5, MEMORY, &[Ptr, Uint, Uint, Hex, Ptr]);
    t[26] = e("msync", 3, MEMORY, &[Ptr, Uint, Hex]);
    t[27] = e("mincore", 3, MEMORY, &[Ptr, Uint, Ptr]);
    t[28] = e("madvise", 3, MEMORY, &[Ptr, Uint, Int]);
    t[29] = e("shmget", 3, IPC, &[Hex, Uint, Hex]);
    t[30] = e("shmat", 3, IPC | MEMORY, &[Int, Ptr, Hex]);
    t[31] = e("shmctl", 3, IPC, &[Int, Int, Ptr]);
    t[32] = e("dup", 1, DESC, &[Fd]);
    t[33] = e("dup2", 2, DESC, &[Fd, Fd]);
    t[34] = e("pause", 0, SIGNAL, &[]);
    t[35] = e("nanosleep", 2, 0, &[Ptr, Ptr]);
    t[36] = e("getitimer", 2, 0, &[Int, Ptr]);
    t[37] = e("alarm", 1, 0, &[Uint]);
    t[38] = e("setitimer", 3, 0, &[Int, Ptr, Ptr]);
    t[39] = e("getpid", 0, PURE | NEVER_FAILS, &[]);
    t[40] = e("sendfile", 4, DESC | NETWORK, &[Fd, Fd, Ptr, Uint]);
    t[41] = e("socket", 3, NETWORK, &[Int, Int, Int]);
    t[42] = e("connect", 3, NETWORK, &[Fd, Ptr, Uint]);
    t[43] = e("accept", 3, NETWORK, &[Fd, Ptr, Ptr]);
    t[44] = e("sendto", 6, NETWORK, &[Fd, Ptr, Uint, Hex, Ptr, Uint]);
    t[45] = e("recvfrom", 6, NETWORK, &[Fd, Ptr, Uint, Hex, Ptr, Ptr]);
    t[46] = e("sendmsg", 3, NETWORK, &[Fd, Ptr, Hex]);
    t[47] = e("recvmsg", 3, NETWORK, &[Fd, Ptr, Hex]);
    t[48] = e("shutdown", 2, NETWORK, &[Fd, Int]);
    t[49] = e("bind", 3, NETWORK, &[Fd, Ptr, Uint]);
    t[50] = e("listen", 2, NETWORK, &[Fd, Int]);
    t[51] = e("getsockname", 3, NETWORK, &[Fd, Ptr, Ptr]);
    t[52] = e("getpeername", 3, NETWORK, &[Fd, Ptr, Ptr]);
    t[53] = e("socketpair", 4, NETWORK, &[Int, Int, Int, Ptr]);
    t[54] = e("setsockopt", 5, NETWORK, &[Fd, Int, Int, Ptr, Uint]);
    t[55] = e("getsockopt", 5, NETWORK, &[Fd, Int, Int, Ptr, Ptr]);
    t[56] = e("clone", 5, PROCESS, &[Hex, Ptr, Ptr, Ptr, Hex]);
    t[57] = e("fork", 0, PROCESS, &[]);
    t[58] = e("vfork", 0, PROCESS, &[]);
    t[59] = e("execve", 3, FILE | PROCESS, &[Path, Ptr, Ptr]);
    t[60] = e("exit", 1, PROCESS, &[Int]);
    t[61] = e("wait4", 4, PROCESS, &[Int, Ptr, Hex, Ptr]);
    t[62] = e("kill", 2, SIGNAL | PROCESS, &[Int, Signal]);
    t[63] = e("uname", 1, 0, &[Ptr]);
    t[64] = e("semget", 3, IPC, &[Hex, Int, Hex]);
    t[65] = e("semop", 3, IPC, &[Int, Ptr, Uint]);
    t[66] = e("semctl", 4, IPC, &[Int, Int, Int, Hex]);
    t[67] = e("shmdt", 1, IPC | MEMORY, &[Ptr]);
    t[68] = e("msgget", 2, IPC, &[Hex, Hex]);
    t[69] = e("msgsnd", 4, IPC, &[Int, Ptr, Uint, Hex]);
    t[70] = e("msgrcv", 5, IPC, &[Int, Ptr, Uint, Int, Hex]);
    t[71] = e("msgctl", 3, IPC, &[Int, Int, Ptr]);
    t[72] = e("fcntl", 3, DESC, &[Fd, Int, Hex]);
    t[73] = e("flock", 2, DESC, &[Fd, Hex]);
    t[74] = e("fsync", 1, DESC, &[Fd]);
    t[75] = e("fdatasync", 1, DESC, &[Fd]);
    t[76] = e("truncate", 2, FILE, &[Path, Int]);
    t[77] = e("ftruncate", 2, DESC, &[Fd, Int]);
    t[78] = e("getdents", 3, DESC, &[Fd, Ptr, Uint]);
    t[79] = e("getcwd", 2, FILE, &[Ptr, Uint]);
    t[80] = e("chdir", 1, FILE, &[Path]);
    t[81] = e("fchdir", 1, DESC, &[Fd]);
    t[82] = e("rename", 2, FILE, &[Path, Path]);
    t[83] = e("mkdir", 2, FILE, &[Path, Mode]);
    t[84] = e("rmdir", 1, FILE, &[Path]);
    t[85] = e("creat", 2, DESC | FILE, &[Path, Mode]);
    t[86] = e("link", 2, FILE, &[Path, Path]);
    t[87] = e("unlink", 1, FILE, &[Path]);
    t[88] = e("symlink", 2, FILE, &[Path, Path]);
    t[89] = e("readlink", 3, FILE, &[Path, Ptr, Uint]);
    t[90] = e("chmod", 2, FILE, &[Path, Mode]);
    t[91] = e("fchmod", 2, DESC, &[Fd, Mode]);
    t[92] = e("chown", 3, FILE, &[Path, Uint, Uint]);
    t[93] = e("fchown", 3, DESC, &[Fd, Uint, Uint]);
    t[94] = e("lchown", 3, FILE, &[Path, Uint, Uint]);
    t[95] = e("umask", 1, NEVER_FAILS, &[Mode]);
    t[96] = e("gettimeofday", 2, CLOCK, &[Ptr, Ptr]);
    t[97] = e("getrlimit", 2, 0, &[Int, Ptr]);
    t[98] = e("getrusage", 2, 0, &[Int, Ptr]);
    t[99] = e("sysinfo", 1, 0, &[Ptr]);
    t[100] = e("times", 1, 0, &[Ptr]);
    t[101] = e("ptrace", 4, 0, &[Int, Int, Ptr, Ptr]);
    t[102] = e("getuid", 0, CREDS | PURE | NEVER_FAILS, &[]);
    t[103] = e("syslog", 3, 0, &[Int, Ptr, Int]);
    t[104] = e("getgid", 0, CREDS | PURE | NEVER_FAILS, &[]);
    t[105] = e("setuid", 1, CREDS, &[Uint]);
    t[106] = e("setgid", 1, CREDS, &[Uint]);
    t[107] = e("geteuid", 0, CREDS | PURE | NEVER_FAILS, &[]);
    t[108] = e("getegid", 0, CREDS | PURE | NEVER_FAILS, &[]);
    t[109] = e("setpgid", 2, 0, &[Int, Int]);
    t[110] = e("getppid", 0, PURE | NEVER_FAILS, &[]);
    t[111] = e("getpgrp", 0, PURE | NEVER_FAILS, &[]);
    t[112] = e("setsid", 0, 0, &[]);
    t[113] = e("setreuid", 2, CREDS, &[Uint, Uint]);
    t[114] = e("setregid", 2, CREDS, &[Uint, Uint]);
    t[115] = e("getgroups", 2, CREDS, &[Int, Ptr]);
    t[116] = e("setgroups", 2, CREDS, &[Uint, Ptr]);
    t[117] = e("setresuid", 3, CREDS, &[Uint, Uint, Uint]);
    t[118] = e("getresuid", 3, CREDS, &[Ptr, Ptr, Ptr]);
    t[119] = e("setresgid", 3, CREDS, &[Uint, Uint, Uint]);
    t[120] = e("getresgid", 3, CREDS, &[Ptr, Ptr, Ptr]);
    t[121] = e("getpgid", 1, 0, &[Int]);
    t[122] = e("setfsuid", 1, CREDS | NEVER_FAILS, &[Uint]);
    t[123] = e("setfsgid", 1, CREDS | NEVER_FAILS, &[Uint]);
    t[124] = e("getsid", 1, 0, &[Int]);
    t[125] = e("capget", 2, CREDS, &[Ptr, Ptr]);
    t[126] = e("capset", 2, CREDS, &[Ptr, Ptr]);
    t[127] = e("rt_sigpending", 2, SIGNAL, &[Ptr, Uint]);
    t[128] = e("rt_sigtimedwait", 4, SIGNAL, &[Ptr, Ptr, Ptr, Uint]);
    t[129] = e("rt_sigqueueinfo", 3, SIGNAL | PROCESS, &[Int, Signal, Ptr]);
    t[130] = e("rt_sigsuspend", 2, SIGNAL, &[Ptr, Uint]);
    t[131] = e("sigaltstack", 2, SIGNAL, &[Ptr, Ptr]);
    t[132] = e("utime", 2, FILE, &[Path, Ptr]);
    t[133] = e("mknod", 3, FILE, &[Path, Mode, Hex]);
    t[134] = e("uselib", 1, FILE, &[Path]);
    t[135] = e("personality", 1, NEVER_FAILS, &[Hex]);
    t[136] = e("ustat", 2, STATFS_LIKE, &[Hex, Ptr]);
    t[137] = e("statfs", 2, FILE | STATFS | STATFS_LIKE, &[Path, Ptr]);
    t[138] = e("fstatfs", 2, DESC | FSTATFS | STATFS_LIKE, &[Fd, Ptr]);
    t[139] = e("sysfs", 3, 0, &[Int, Hex, Hex]);
    t[140] = e("getpriority", 2, 0, &[Int, Int]);
    t[141] = e("setpriority", 3, 0, &[Int, Int, Int]);
    t[142] = e("sched_setparam", 2, 0, &[Int, Ptr]);
    t[143] = e("sched_getparam", 2, 0, &[Int, Ptr]);
    t[144] = e("sched_setscheduler", 3, 0, &[Int, Int, Ptr]);
    t[145] = e("sched_getscheduler", 1, 0, &[Int]);
    t[146] = e("sched_get_priority_max", 1, 0, &[Int]);
    t[147] = e("sched_get_priority_min", 1, 0, &[Int]);
    t[148] = e("sched_rr_get_interval", 2, 0, &[Int, Ptr]);
    t[149] = e("mlock", 2, MEMORY, &[Ptr, Uint]);
    t[150] = e("munlock", 2, MEMORY, &[Ptr, Uint]);
    t[151] = e("mlockall", 1, MEMORY, &[Hex]);
    t[152] = e("munlockall", 0, MEMORY, &[]);
    t[153] = e("vhangup", 0, 0, &[]);
    t[154] = e("modify_ldt", 3, 0, &[Int, Ptr, Uint]);
    t[155] = e("pivot_root", 2, FILE, &[Path, Path]);
    t[156] = e("_sysctl", 1, 0, &[Ptr]);
    t[157] = e("prctl", 5, CREDS, &[Int, Hex, Hex, Hex, Hex]);
    t[158] = e("arch_prctl", 2, 0, &[Int, Hex]);
    t[159] = e("adjtimex", 1, CLOCK, &[Ptr]);
    t[160] = e("setrlimit", 2, 0, &[Int, Ptr]);
    t[161] = e("chroot", 1, FILE, &[Path]);
    t[162] = e("sync", 0, 0, &[]);
    t[163] = e("acct", 1, FILE, &[Path]);
    t[164] = e("settimeofday", 2, CLOCK, &[Ptr, Ptr]);
    t[165] = e("mount", 5, FILE, &[Str, Path, Str, Hex, Ptr]);
    t[166] = e("umount2", 2, FILE, &[Path, Hex]);
    t[167] = e("swapon", 2, FILE, &[Path, Hex]);
    t[168] = e("swapoff", 1, FILE, &[Path]);
    t[169] = e("reboot", 4, 0, &[Hex, Hex, Hex, Ptr]);
    t[170] = e("sethostname", 2, 0, &[Str, Uint]);
    t[171] = e("setdomainname", 2, 0, &[Str, Uint]);
    t[172] = e("iopl", 1, 0, &[Int]);
    t[173] = e("ioperm", 3, 0, &[Hex, Uint, Int]);
    t[174] = e("create_module", 2, 0, &[Str, Uint]);
    t[175] = e("init_module", 3, 0, &[Ptr, Uint, Str]);
    t[176] = e("delete_module", 2, 0, &[Str, Hex]);
    t[177] = e("get_kernel_syms", 1, 0, &[Ptr]);
    t[178] = e("query_module", 5, 0, &[Str, Int, Ptr, Uint, Ptr]);
    t[179] = e("quotactl", 4, FILE, &[Hex, Path, Int, Ptr]);
    t[180] = e("nfsservctl", 3, 0, &[Int, Ptr, Ptr]);
    t[181] = e("getpmsg", 5, NETWORK, &[Hex, Hex, Hex, Hex, Hex]);
    t[182] = e("putpmsg", 5, NETWORK, &[Hex, Hex, Hex, Hex, Hex]);
    t[183] = e("afs_syscall", 5, 0, &[Hex, Hex, Hex, Hex, Hex]);
    t[184] = e("tuxcall", 3, 0, &[Hex, Hex, Hex]);
    t[185] = e("security", 3, 0, &[Hex, Hex, Hex]);
    t[186] = e("gettid", 0, PURE | NEVER_FAILS, &[]);
    t[187] = e("readahead", 3, DESC, &[Fd, Long, Uint]);
    t[188] = e("setxattr", 5, FILE, &[Path, Str, Ptr, Uint, Hex]);
    t[189] = e("lsetxattr", 5, FILE, &[Path, Str, Ptr, Uint, Hex]);
    t[190] = e("fsetxattr", 5, DESC, &[Fd, Str, Ptr, Uint, Hex]);
    t[191] = e("getxattr", 4, FILE, &[Path, Str, Ptr, Uint]);
    t[192] = e("lgetxattr", 4, FILE, &[Path, Str, Ptr, Uint]);
    t[193] = e("fgetxattr", 4, DESC, &[Fd, Str, Ptr, Uint]);
    t[194] = e("listxattr", 3, FILE, &[Path, Ptr, Uint]);
    t[195] = e("llistxattr", 3, FILE, &[Path, Ptr, Uint]);
    t[196] = e("flistxattr", 3, DESC, &[Fd, Ptr, Uint]);
    t[197] = e("removexattr", 2, FILE, &[Path, Str]);
    t[198] = e("lremovexattr", 2, FILE, &[Path, Str]);
    t[199] = e("fremovexattr", 2, DESC, &[Fd, Str]);
    t[200] = e("tkill", 2, SIGNAL | PROCESS, &[Int, Signal]);
    t[201] = e("time", 1, CLOCK, &[Ptr]);
    t[202] = e("futex", 6, 0, &[Ptr, Int, Int, Ptr, Ptr, Int]);
    t[203] = e("sched_setaffinity", 3, 0, &[Int, Uint, Ptr]);
    t[204] = e("sched_getaffinity", 3, 0, &[Int, Uint, Ptr]);
    t[205] = e("set_thread_area", 1, 0, &[Ptr]);
    t[206] = e("io_setup", 2, MEMORY, &[Uint, Ptr]);
    t[207] = e("io_destroy", 1, MEMORY, &[Hex]);
    t[208] = e("io_getevents", 5, 0, &[Hex, Int, Int, Ptr, Ptr]);
    t[209] = e("io_submit", 3, 0, &[Hex, Int, Ptr]);
    t[210] = e("io_cancel", 3, 0, &[Hex, Ptr, Ptr]);
    t[211] = e("get_thread_area", 1, 0, &[Ptr]);
    t[212] = e("lookup_dcookie", 3, 0, &[Hex, Ptr, Uint]);
    t[213] = e("epoll_create", 1, DESC, &[Int]);
    t[214] = e("epoll_ctl_old", 4, 0, &[Hex, Hex, Hex, Hex]);
    t[215] = e("epoll_wait_old", 4, 0, &[Hex, Hex, Hex, Hex]);
    t[216] = e("remap_file_pages", 5, MEMORY, &[Ptr, Uint, Hex, Uint, Hex]);
    t[217] = e("getdents64", 3, DESC, &[Fd, Ptr, Uint]);
    t[218] = e("set_tid_address", 1, 0, &[Ptr]);
    t[219] = e("restart_syscall", 0, 0, &[]);
    t[220] = e("semtimedop", 4, IPC, &[Int, Ptr, Uint, Ptr]);
    t[221] = e("fadvise64", 4, DESC, &[Fd, Int, Int, Int]);
    t[222] = e("timer_create", 3, 0, &[Int, Ptr, Ptr]);
    t[223] = e("timer_settime", 4, 0, &[Int, Hex, Ptr, Ptr]);
    t[224] = e("timer_gettime", 2, 0, &[Int, Ptr]);
    t[225] = e("timer_getoverrun", 1, 0, &[Int]);
    t[226] = e("timer_delete", 1, 0, &[Int]);
    t[227] = e("clock_settime", 2, CLOCK, &[Int, Ptr]);
    t[228] = e("clock_gettime", 2, CLOCK, &[Int, Ptr]);
    t[229] = e("clock_getres", 2, CLOCK, &[Int, Ptr]);
    t[230] = e("clock_nanosleep", 4, 0, &[Int, Hex, Ptr, Ptr]);
    t[231] = e("exit_group", 1, PROCESS, &[Int]);
    t[232] = e("epoll_wait", 4, DESC, &[Fd, Ptr, Int, Int]);
    t[233] = e("epoll_ctl", 4, DESC, &[Fd, Int, Fd, Ptr]);
    t[234] = e("tgkill", 3, SIGNAL | PROCESS, &[Int, Int, Signal]);
    t[235] = e("utimes", 2, FILE, &[Path, Ptr]);
    t[236] = e("vserver", 5, 0, &[Hex, Hex, Hex, Hex, Hex]);
    t[237] = e("mbind", 6, MEMORY, &[Ptr, Uint, Int, Ptr, Uint, Hex]);
    t[238] = e("set_mempolicy", 3, MEMORY, &[Int, Ptr, Uint]);
    t[239] = e("get_mempolicy", 5, MEMORY, &[Ptr, Ptr, Uint, Ptr, Hex]);
    t[240] = e("mq_open", 4, DESC, &[Str, Hex, Mode, Ptr]);
    t[241] = e("mq_unlink", 1, 0, &[Str]);
    t[242] = e("mq_timedsend", 5, DESC, &[Fd, Ptr, Uint, Uint, Ptr]);
    t[243] = e("mq_timedreceive", 5, DESC, &[Fd, Ptr, Uint, Ptr, Ptr]);
    t[244] = e("mq_notify", 2, DESC, &[Fd, Ptr]);
    t[245] = e("mq_getsetattr", 3, DESC, &[Fd, Ptr, Ptr]);
    t[246] = e("kexec_load", 4, 0, &[Hex, Uint, Ptr, Hex]);
    t[247] = e("waitid", 5, PROCESS, &[Int, Int, Ptr, Hex, Ptr]);
    t[248] = e("add_key", 5, 0, &[Str, Str, Ptr, Uint, Int]);
    t[249] = e("request_key", 4, 0, &[Str, Str, Str, Int]);
    t[250] = e("keyctl", 5, 0, &[Int, Hex, Hex, Hex, Hex]);
    t[251] = e("ioprio_set", 3, 0, &[Int, Int, Int]);
    t[252] = e("ioprio_get", 2, 0, &[Int, Int]);
    t[253] = e("inotify_init", 0, DESC, &[]);
    t[254] = e("inotify_add_watch", 3, DESC | FILE, &[Fd, Path, Hex]);
    t[255] = e("inotify_rm_watch", 2, DESC, &[Fd, Int]);
    t[256] = e("migrate_pages", 4, MEMORY, &[Int, Uint, Ptr, Ptr]);
    t[257] = e("openat", 4, DESC | FILE, &[DirFd, Path, Hex, Mode]);
    t[258] = e("mkdirat", 3, DESC | FILE, &[DirFd, Path, Mode]);
    t[259] = e("mknodat", 4, DESC | FILE, &[DirFd, Path, Mode, Hex]);
    t[260] = e("fchownat", 5, DESC | FILE, &[DirFd, Path, Uint, Uint, Hex]);
    t[261] = e("futimesat", 3, DESC | FILE, &[DirFd, Path, Ptr]);
    t[262] = e(
        "newfstatat",
        4,
        DESC | FILE | FSTAT | STAT_LIKE,
        &[DirFd, Path, Ptr, Hex],
    );
    t[263] = e("unlinkat", 3, DESC | FILE, &[DirFd, Path, Hex]);
    t[264] = e("renameat", 4, DESC | FILE, &[DirFd, Path, DirFd, Path]);
    t[265] = e("linkat", 5, DESC | FILE, &[DirFd, Path, DirFd, Path, Hex]);
    t[266] = e("symlinkat", 3, DESC | FILE, &[Path, DirFd, Path]);
    t[267] = e("readlinkat", 4, DESC | FILE, &[DirFd, Path, Ptr, Uint]);
    t[268] = e("fchmodat", 3, DESC | FILE, &[DirFd, Path, Mode]);
    t[269] = e("faccessat", 3, DESC | FILE, &[DirFd, Path, Hex]);
    t[270] = e("pselect6", 6, DESC, &[Int, Ptr, Ptr, Ptr, Ptr, Ptr]);
    t[271] = e("ppoll", 5, DESC, &[Ptr, Uint, Ptr, Ptr, Uint]);
    t[272] = e("unshare", 1, 0, &[Hex]);
    t[273] = e("set_robust_list", 2, 0, &[Ptr, Uint]);
    t[274] = e("get_robust_list", 3, 0, &[Int, Ptr, Ptr]);
    t[275] = e("splice", 6, DESC, &[Fd, Ptr, Fd, Ptr, Uint, Hex]);
    t[276] = e("tee", 4, DESC, &[Fd, Fd, Uint, Hex]);
    t[277] = e("sync_file_range", 4, DESC, &[Fd, Int, Int, Hex]);
    t[278] = e("vmsplice", 4, DESC, &[Fd, Ptr, Uint, Hex]);
    t[279] = e("move_pages", 6, MEMORY, &[Int, Uint, Ptr, Ptr, Ptr, Hex]);
    t[280] = e("utimensat", 4, DESC | FILE, &[DirFd, Path, Ptr, Hex]);
    t[281] = e("epoll_pwait", 6, DESC, &[Fd, Ptr, Int, Int, Ptr, Uint]);
    t[282] = e("signalfd", 3, DESC | SIGNAL, &[Fd, Ptr, Uint]);
    t[283] = e("timerfd_create", 2, DESC, &[Int, Hex]);
    t[284] = e("eventfd", 1, DESC, &[Uint]);
    t[285] = e("fallocate", 4, DESC, &[Fd, Hex, Int, Int]);
    t[286] = e("timerfd_settime", 4, DESC, &[Fd, Hex, Ptr, Ptr]);
    t[287] = e("timerfd_gettime", 2, DESC, &[Fd, Ptr]);
    t[288] = e("accept4", 4, NETWORK, &[Fd, Ptr, Ptr, Hex]);
    t[289] = e("signalfd4", 4, DESC | SIGNAL, &[Fd, Ptr, Uint, Hex]);
    t[290] = e("eventfd2", 2, DESC, &[Uint, Hex]);
    t[291] = e("epoll_create1", 1, DESC, &[Hex]);
    t[292] = e("dup3", 3, DESC, &[Fd, Fd, Hex]);
    t[293] = e("pipe2", 2, DESC, &[Ptr, Hex]);
    t[294] = e("inotify_init1", 1, DESC, &[Hex]);
    t[295] = e("preadv", 4, DESC, &[Fd, Ptr, Int, Int]);
    t[296] = e("pwritev", 4, DESC, &[Fd, Ptr, Int, Int]);
    t[297] = e(
        "rt_tgsigqueueinfo",
        4,
        PROCESS | SIGNAL,
        &[Int, Int, Signal, Ptr],
    );
    t[298] = e("perf_event_open", 5, DESC, &[Ptr, Int, Int, Fd, Hex]);
    t[299] = e("recvmmsg", 5, NETWORK, &[Fd, Ptr, Uint, Hex, Ptr]);
    t[300] = e("fanotify_init", 2, DESC, &[Hex, Hex]);
    t[301] = e(
        "fanotify_mark",
        5,
        DESC | FILE,
        &[Fd, Hex, Hex, DirFd, Path],
    );
    t[302] = e("prlimit64", 4, 0, &[Int, Int, Ptr, Ptr]);
    t[303] = e(
        "name_to_handle_at",
        5,
        DESC | FILE,
        &[DirFd, Path, Ptr, Ptr, Hex],
    );
    t[304] = e("open_by_handle_at", 3, DESC, &[Fd, Ptr, Hex]);
    t[305] = e("clock_adjtime", 2, CLOCK, &[Int, Ptr]);
    t[306] = e("syncfs", 1, DESC, &[Fd]);
    t[307] = e("sendmmsg", 4, NETWORK, &[Fd, Ptr, Uint, Hex]);
    t[308] = e("setns", 2, DESC, &[Fd, Hex]);
    t[309] = e("getcpu", 3, 0, &[Ptr, Ptr, Ptr]);
    t[310] = e("process_vm_readv", 6, 0, &[Int, Ptr, Uint, Ptr, Uint, Hex]);
    t[311] = e("process_vm_writev", 6, 0, &[Int, Ptr, Uint, Ptr, Uint, Hex]);
    t[312] = e("kcmp", 5, 0, &[Int, Int, Int, Hex, Hex]);
    t[313] = e("finit_module", 3, DESC, &[Fd, Str, Hex]);
    t[314] = e("sched_setattr", 3, 0, &[Int, Ptr, Hex]);
    t[315] = e("sched_getattr", 4, 0, &[Int, Ptr, Uint, Hex]);
    t[316] = e(
        "renameat2",
        5,
        DESC | FILE,
        &[DirFd, Path, DirFd, Path, Hex],
    );
    t[317] = e("seccomp", 3, 0, &[Uint, Hex, Ptr]);
    t[318] = e("getrandom", 3, 0, &[Ptr, Uint, Hex]);
    t[319] = e("memfd_create", 2, DESC, &[Str, Hex]);
    t[320] = e("kexec_file_load", 5, DESC, &[Fd, Fd, Uint, Str, Hex]);
    t[321] = e("bpf", 3, DESC, &[Int, Ptr, Uint]);
    t[322] = e(
        "execveat",
        5,
        DESC | FILE | PROCESS,
        &[DirFd, Path, Ptr, Ptr, Hex],
    );
    t[323] = e("userfaultfd", 1, DESC, &[Hex]);
    t[324] = e("membarrier", 3, 0, &[Int, Hex, Int]);
    t[325] = e("mlock2", 3, MEMORY, &[Ptr, Uint, Hex]);
    t[326] = e("copy_file_range", 6, DESC, &[Fd, Ptr, Fd, Ptr, Uint, Hex]);
    t[327] = e("preadv2", 6, DESC, &[Fd, Ptr, Int, Int, Int, Hex]);
    t[328] = e("pwritev2", 6, DESC, &[Fd, Ptr, Int, Int, Int, Hex]);
    t[329] = e("pkey_mprotect", 4, MEMORY, &[Ptr, Uint, Hex, Int]);
    t[330] = e("pkey_alloc", 2, 0, &[Hex, Hex]);
    t[331] = e("pkey_free", 1, 0, &[Int]);
    t[332] = e(
        "statx",
        5,
        DESC | FILE | FSTAT | STAT_LIKE,
        &[DirFd, Path, Hex, Hex, Ptr],
    );
    t[333] = e("io_pgetevents", 6, 0, &[Hex, Int, Int, Ptr, Ptr, Ptr]);
    t[334] = e("rseq", 4, 0, &[Ptr, Uint, Hex, Hex]);
    // 335..=423 are unassigned on x86_64 (kept free to line up with other architectures).
    t[424] = e(
        "pidfd_send_signal",
        4,
        DESC | SIGNAL | PROCESS,
        &[Fd, Signal, Ptr, Hex],
    );
    t[425] = e("io_uring_setup", 2, DESC, &[Uint, Ptr]);
    t[426] = e(
        "io_uring_enter",
        6,
        DESC | SIGNAL,
        &[Fd, Uint, Uint, Hex, Ptr, Uint],
    );
    t[427] = e(
        "io_uring_register",
        4,
        DESC | MEMORY,
        &[Fd, Uint, Ptr, Uint],
    );
    t[428] = e("open_tree", 3, DESC | FILE, &[DirFd, Path, Hex]);
    t[429] = e(
        "move_mount",
        5,
        DESC | FILE,
        &[DirFd, Path, DirFd, Path, Hex],
    );
    t[430] = e("fsopen", 2, DESC, &[Str, Hex]);
    t[431] = e("fsconfig", 5, DESC | FILE, &[Fd, Uint, Str, Ptr, Int]);
    t[432] = e("fsmount", 3, DESC, &[Fd, Hex, Hex]);
    t[433] = e("fspick", 3, DESC | FILE, &[DirFd, Path, Hex]);
    t[434] = e("pidfd_open", 2, DESC, &[Int, Hex]);
    t[435] = e("clone3", 2, PROCESS, &[Ptr, Uint]);
    t[436] = e("close_range", 3, 0, &[Fd, Fd, Hex]);
    t[437] = e("openat2", 4, DESC | FILE, &[DirFd, Path, Ptr, Uint]);
    t[438] = e("pidfd_getfd", 3, DESC, &[Fd, Fd, Hex]);
    t[439] = e("faccessat2", 4, DESC | FILE, &[DirFd, Path, Hex, Hex]);
    t[440] = e("process_madvise", 5, DESC, &[Fd, Ptr, Uint, Int, Hex]);
    t[441] = e("epoll_pwait2", 6, DESC, &[Fd, Ptr, Int, Ptr, Ptr, Uint]);
    t[442] = e(
        "mount_setattr",
        5,
        DESC | FILE,
        &[DirFd, Path, Hex, Ptr, Uint],
    );
    t[443] = e("quotactl_fd", 4, DESC, &[Fd, Hex, Int, Ptr]);
    t[444] = e("landlock_create_ruleset", 3, DESC, &[Ptr, Uint, Hex]);
    t[445] = e("landlock_add_rule", 4, DESC, &[Fd, Int, Ptr, Hex]);
    t[446] = e("landlock_restrict_self", 2, DESC, &[Fd, Hex]);
    t[447] = e("memfd_secret", 1, DESC, &[Hex]);
    t[448] = e("process_mrelease", 2, DESC, &[Fd, Hex]);
    t[449] = e("futex_waitv", 5, 0, &[Ptr, Uint, Hex, Ptr, Int]);
    t[450] = e(
        "set_mempolicy_home_node",
        4,
        MEMORY,
        &[Ptr, Uint, Uint, Hex],
    );
    t
};

/// The table: entry `i` describes syscall number `i`.
pub static SYSCALLS: &[SyscallEnt] = &TABLE;
