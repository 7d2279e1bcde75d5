//! Tables for the admin decoders (values from the kernel headers: linux/keyctl.h,
//! linux/key.h, linux/reboot.h, linux/syslog.h, linux/kern_levels.h, linux/module.h,
//! linux/elf.h, linux/ptrace.h), in the order strace prints them.
#![allow(dead_code)]

use super::Xlat;

/// keyctl commands (linux/keyctl.h).
pub static KEYCTL_COMMANDS: Xlat = &[
    (0, "KEYCTL_GET_KEYRING_ID"),
    (1, "KEYCTL_JOIN_SESSION_KEYRING"),
    (2, "KEYCTL_UPDATE"),
    (3, "KEYCTL_REVOKE"),
    (4, "KEYCTL_CHOWN"),
    (5, "KEYCTL_SETPERM"),
    (6, "KEYCTL_DESCRIBE"),
    (7, "KEYCTL_CLEAR"),
    (8, "KEYCTL_LINK"),
    (9, "KEYCTL_UNLINK"),
    (10, "KEYCTL_SEARCH"),
    (11, "KEYCTL_READ"),
    (12, "KEYCTL_INSTANTIATE"),
    (13, "KEYCTL_NEGATE"),
    (14, "KEYCTL_SET_REQKEY_KEYRING"),
    (15, "KEYCTL_SET_TIMEOUT"),
    (16, "KEYCTL_ASSUME_AUTHORITY"),
    (17, "KEYCTL_GET_SECURITY"),
    (18, "KEYCTL_SESSION_TO_PARENT"),
    (19, "KEYCTL_REJECT"),
    (20, "KEYCTL_INSTANTIATE_IOV"),
    (21, "KEYCTL_INVALIDATE"),
    (22, "KEYCTL_GET_PERSISTENT"),
    (23, "KEYCTL_DH_COMPUTE"),
    (24, "KEYCTL_PKEY_QUERY"),
    (25, "KEYCTL_PKEY_ENCRYPT"),
    (26, "KEYCTL_PKEY_DECRYPT"),
    (27, "KEYCTL_PKEY_SIGN"),
    (28, "KEYCTL_PKEY_VERIFY"),
    (29, "KEYCTL_RESTRICT_KEYRING"),
    (30, "KEYCTL_MOVE"),
    (31, "KEYCTL_CAPABILITIES"),
    (32, "KEYCTL_WATCH_KEY"),
];

/// Special key serial numbers (negative `key_serial_t`), keyed by their 32-bit value.
pub static KEY_SPEC: &[(i32, &str)] = &[
    (-1, "KEY_SPEC_THREAD_KEYRING"),
    (-2, "KEY_SPEC_PROCESS_KEYRING"),
    (-3, "KEY_SPEC_SESSION_KEYRING"),
    (-4, "KEY_SPEC_USER_KEYRING"),
    (-5, "KEY_SPEC_USER_SESSION_KEYRING"),
    (-6, "KEY_SPEC_GROUP_KEYRING"),
    (-7, "KEY_SPEC_REQKEY_AUTH_KEY"),
    (-8, "KEY_SPEC_REQUESTOR_KEYRING"),
];

/// KEYCTL_SET_REQKEY_KEYRING's argument.
pub static KEY_REQKEYS: &[(i32, &str)] = &[
    (-1, "KEY_REQKEY_DEFL_NO_CHANGE"),
    (0, "KEY_REQKEY_DEFL_DEFAULT"),
    (1, "KEY_REQKEY_DEFL_THREAD_KEYRING"),
    (2, "KEY_REQKEY_DEFL_PROCESS_KEYRING"),
    (3, "KEY_REQKEY_DEFL_SESSION_KEYRING"),
    (4, "KEY_REQKEY_DEFL_USER_KEYRING"),
    (5, "KEY_REQKEY_DEFL_USER_SESSION_KEYRING"),
    (6, "KEY_REQKEY_DEFL_GROUP_KEYRING"),
    (7, "KEY_REQKEY_DEFL_REQUESTOR_KEYRING"),
];

/// Key permissions (linux/key.h): each group's bits, then its `_ALL` mask.
pub static KEY_PERMS: Xlat = &[
    (0x0100_0000, "KEY_POS_VIEW"),
    (0x0200_0000, "KEY_POS_READ"),
    (0x0400_0000, "KEY_POS_WRITE"),
    (0x0800_0000, "KEY_POS_SEARCH"),
    (0x1000_0000, "KEY_POS_LINK"),
    (0x2000_0000, "KEY_POS_SETATTR"),
    (0x3f00_0000, "KEY_POS_ALL"),
    (0x0001_0000, "KEY_USR_VIEW"),
    (0x0002_0000, "KEY_USR_READ"),
    (0x0004_0000, "KEY_USR_WRITE"),
    (0x0008_0000, "KEY_USR_SEARCH"),
    (0x0010_0000, "KEY_USR_LINK"),
    (0x0020_0000, "KEY_USR_SETATTR"),
    (0x003f_0000, "KEY_USR_ALL"),
    (0x0000_0100, "KEY_GRP_VIEW"),
    (0x0000_0200, "KEY_GRP_READ"),
    (0x0000_0400, "KEY_GRP_WRITE"),
    (0x0000_0800, "KEY_GRP_SEARCH"),
    (0x0000_1000, "KEY_GRP_LINK"),
    (0x0000_2000, "KEY_GRP_SETATTR"),
    (0x0000_3f00, "KEY_GRP_ALL"),
    (0x0000_0001, "KEY_OTH_VIEW"),
    (0x0000_0002, "KEY_OTH_READ"),
    (0x0000_0004, "KEY_OTH_WRITE"),
    (0x0000_0008, "KEY_OTH_SEARCH"),
    (0x0000_0010, "KEY_OTH_LINK"),
    (0x0000_0020, "KEY_OTH_SETATTR"),
    (0x0000_003f, "KEY_OTH_ALL"),
];

pub static KEYCTL_MOVE_FLAGS: Xlat = &[(1, "KEYCTL_MOVE_EXCL")];

pub static KEYCTL_PKEY_OPS: Xlat = &[
    (1, "KEYCTL_SUPPORTS_ENCRYPT"),
    (2, "KEYCTL_SUPPORTS_DECRYPT"),
    (4, "KEYCTL_SUPPORTS_SIGN"),
    (8, "KEYCTL_SUPPORTS_VERIFY"),
];

pub static KEYCTL_CAPS0: Xlat = &[
    (0x01, "KEYCTL_CAPS0_CAPABILITIES"),
    (0x02, "KEYCTL_CAPS0_PERSISTENT_KEYRINGS"),
    (0x04, "KEYCTL_CAPS0_DIFFIE_HELLMAN"),
    (0x08, "KEYCTL_CAPS0_PUBLIC_KEY"),
    (0x10, "KEYCTL_CAPS0_BIG_KEY"),
    (0x20, "KEYCTL_CAPS0_INVALIDATE"),
    (0x40, "KEYCTL_CAPS0_RESTRICT_KEYRING"),
    (0x80, "KEYCTL_CAPS0_MOVE"),
];

pub static KEYCTL_CAPS1: Xlat = &[
    (0x01, "KEYCTL_CAPS1_NS_KEYRING_NAME"),
    (0x02, "KEYCTL_CAPS1_NS_KEY_TAG"),
    (0x04, "KEYCTL_CAPS1_NOTIFICATIONS"),
];

/// reboot's first magic.
pub static REBOOT_MAGIC1: Xlat = &[(0xfee1_dead, "LINUX_REBOOT_MAGIC1")];

/// reboot's second magic.
pub static REBOOT_MAGIC2: Xlat = &[
    (672_274_793, "LINUX_REBOOT_MAGIC2"),
    (85_072_278, "LINUX_REBOOT_MAGIC2A"),
    (369_367_448, "LINUX_REBOOT_MAGIC2B"),
    (537_993_216, "LINUX_REBOOT_MAGIC2C"),
];

pub const LINUX_REBOOT_CMD_RESTART2: u64 = 0xa1b2_c3d4;

pub static REBOOT_CMDS: Xlat = &[
    (0x0123_4567, "LINUX_REBOOT_CMD_RESTART"),
    (0xcdef_0123, "LINUX_REBOOT_CMD_HALT"),
    (0x89ab_cdef, "LINUX_REBOOT_CMD_CAD_ON"),
    (0x0000_0000, "LINUX_REBOOT_CMD_CAD_OFF"),
    (0x4321_fedc, "LINUX_REBOOT_CMD_POWER_OFF"),
    (LINUX_REBOOT_CMD_RESTART2, "LINUX_REBOOT_CMD_RESTART2"),
    (0xd000_fce2, "LINUX_REBOOT_CMD_SW_SUSPEND"),
    (0x4558_4543, "LINUX_REBOOT_CMD_KEXEC"),
];

/// syslog actions (linux/syslog.h), indexed by value.
pub static SYSLOG_ACTIONS: Xlat = &[
    (0, "SYSLOG_ACTION_CLOSE"),
    (1, "SYSLOG_ACTION_OPEN"),
    (2, "SYSLOG_ACTION_READ"),
    (3, "SYSLOG_ACTION_READ_ALL"),
    (4, "SYSLOG_ACTION_READ_CLEAR"),
    (5, "SYSLOG_ACTION_CLEAR"),
    (6, "SYSLOG_ACTION_CONSOLE_OFF"),
    (7, "SYSLOG_ACTION_CONSOLE_ON"),
    (8, "SYSLOG_ACTION_CONSOLE_LEVEL"),
    (9, "SYSLOG_ACTION_SIZE_UNREAD"),
    (10, "SYSLOG_ACTION_SIZE_BUFFER"),
];

/// Console log levels for SYSLOG_ACTION_CONSOLE_LEVEL (linux/kern_levels.h); 8 is what strace
/// calls `LOGLEVEL_DEBUG+1`.
pub static SYSLOG_CONSOLE_LEVELS: Xlat = &[
    (0, "LOGLEVEL_EMERG"),
    (1, "LOGLEVEL_ALERT"),
    (2, "LOGLEVEL_CRIT"),
    (3, "LOGLEVEL_ERR"),
    (4, "LOGLEVEL_WARNING"),
    (5, "LOGLEVEL_NOTICE"),
    (6, "LOGLEVEL_INFO"),
    (7, "LOGLEVEL_DEBUG"),
    (8, "LOGLEVEL_DEBUG+1"),
];

/// delete_module flags, as the O_* names of asm-generic/fcntl.h.
pub static DELETE_MODULE_FLAGS: Xlat = &[(0o4000, "O_NONBLOCK"), (0o1000, "O_TRUNC")];

/// finit_module flags (linux/module.h).
pub static MODULE_INIT_FLAGS: Xlat = &[
    (1, "MODULE_INIT_IGNORE_MODVERSIONS"),
    (2, "MODULE_INIT_IGNORE_VERMAGIC"),
    (4, "MODULE_INIT_COMPRESSED_FILE"),
];

/// ELF note types for PTRACE_GETREGSET/SETREGSET (linux/elf.h).
pub static NT_TYPES: Xlat = &[
    (1, "NT_PRSTATUS"),
    (2, "NT_FPREGSET"),
    (3, "NT_PRPSINFO"),
    (4, "NT_PRXREG"),
    (5, "NT_PLATFORM"),
    (6, "NT_AUXV"),
    (7, "NT_GWINDOWS"),
    (8, "NT_ASRS"),
    (10, "NT_PSTATUS"),
    (13, "NT_PSINFO"),
    (14, "NT_PRCRED"),
    (15, "NT_UTSNAME"),
    (16, "NT_LWPSTATUS"),
    (17, "NT_LWPSINFO"),
    (20, "NT_PRFPXREG"),
    (0x100, "NT_PPC_VMX"),
    (0x101, "NT_PPC_SPE"),
    (0x102, "NT_PPC_VSX"),
    (0x103, "NT_PPC_TAR"),
    (0x104, "NT_PPC_PPR"),
    (0x105, "NT_PPC_DSCR"),
    (0x106, "NT_PPC_EBB"),
    (0x107, "NT_PPC_PMU"),
    (0x108, "NT_PPC_TM_CGPR"),
    (0x109, "NT_PPC_TM_CFPR"),
    (0x10a, "NT_PPC_TM_CVMX"),
    (0x10b, "NT_PPC_TM_CVSX"),
    (0x10c, "NT_PPC_TM_SPR"),
    (0x10d, "NT_PPC_TM_CTAR"),
    (0x10e, "NT_PPC_TM_CPPR"),
    (0x10f, "NT_PPC_TM_CDSCR"),
    (0x110, "NT_PPC_PKEY"),
    (0x200, "NT_386_TLS"),
    (0x201, "NT_386_IOPERM"),
    (0x202, "NT_X86_XSTATE"),
    (0x300, "NT_S390_HIGH_GPRS"),
    (0x301, "NT_S390_TIMER"),
    (0x302, "NT_S390_TODCMP"),
    (0x303, "NT_S390_TODPREG"),
    (0x304, "NT_S390_CTRS"),
    (0x305, "NT_S390_PREFIX"),
    (0x306, "NT_S390_LAST_BREAK"),
    (0x307, "NT_S390_SYSTEM_CALL"),
    (0x308, "NT_S390_TDB"),
    (0x309, "NT_S390_VXRS_LOW"),
    (0x30a, "NT_S390_VXRS_HIGH"),
    (0x30b, "NT_S390_GS_CB"),
    (0x30c, "NT_S390_GS_BC"),
    (0x30d, "NT_S390_RI_CB"),
    (0x30e, "NT_S390_PV_CPU_DATA"),
    (0x400, "NT_ARM_VFP"),
    (0x401, "NT_ARM_TLS"),
    (0x402, "NT_ARM_HW_BREAK"),
    (0x403, "NT_ARM_HW_WATCH"),
    (0x404, "NT_ARM_SYSTEM_CALL"),
    (0x405, "NT_ARM_SVE"),
    (0x406, "NT_ARM_PAC_MASK"),
    (0x407, "NT_ARM_PACA_KEYS"),
    (0x408, "NT_ARM_PACG_KEYS"),
    (0x409, "NT_ARM_TAGGED_ADDR_CTRL"),
    (0x40a, "NT_ARM_PAC_ENABLED_KEYS"),
    (0x40b, "NT_ARM_SSVE"),
    (0x40c, "NT_ARM_ZA"),
    (0x500, "NT_METAG_CBUF"),
    (0x501, "NT_METAG_RPIPE"),
    (0x502, "NT_METAG_TLS"),
    (0x600, "NT_ARC_V2"),
    (0x700, "NT_VMCOREDD"),
    (0x800, "NT_MIPS_DSP"),
    (0x801, "NT_MIPS_FP_MODE"),
    (0x802, "NT_MIPS_MSA"),
    (0x4649_4c45, "NT_FILE"),
    (0x46e6_2b7f, "NT_PRXFPREG"),
    (0x5349_4749, "NT_SIGINFO"),
];

/// PTRACE_SETOPTIONS / PTRACE_SEIZE options (linux/ptrace.h).
pub static PTRACE_OPTIONS: Xlat = &[
    (0x01, "PTRACE_O_TRACESYSGOOD"),
    (0x02, "PTRACE_O_TRACEFORK"),
    (0x04, "PTRACE_O_TRACEVFORK"),
    (0x08, "PTRACE_O_TRACECLONE"),
    (0x10, "PTRACE_O_TRACEEXEC"),
    (0x20, "PTRACE_O_TRACEVFORKDONE"),
    (0x40, "PTRACE_O_TRACEEXIT"),
    (0x80, "PTRACE_O_TRACESECCOMP"),
    (0x10_0000, "PTRACE_O_EXITKILL"),
    (0x20_0000, "PTRACE_O_SUSPEND_SECCOMP"),
];

pub static PTRACE_PEEKSIGINFO_FLAGS: Xlat = &[(1, "PTRACE_PEEKSIGINFO_SHARED")];

/// Named offsets into x86_64 `struct user` for PTRACE_PEEKUSER/POKEUSER, sorted: the
/// registers (`8*NAME`), then the other fields, then the struct's size.
pub static USER_OFFSETS: Xlat = &[
    (0, "8*R15"),
    (8, "8*R14"),
    (16, "8*R13"),
    (24, "8*R12"),
    (32, "8*RBP"),
    (40, "8*RBX"),
    (48, "8*R11"),
    (56, "8*R10"),
    (64, "8*R9"),
    (72, "8*R8"),
    (80, "8*RAX"),
    (88, "8*RCX"),
    (96, "8*RDX"),
    (104, "8*RSI"),
    (112, "8*RDI"),
    (120, "8*ORIG_RAX"),
    (128, "8*RIP"),
    (136, "8*CS"),
    (144, "8*EFL"),
    (152, "8*RSP"),
    (160, "8*SS"),
    (216, "offsetof(struct user, u_fpvalid)"),
    (224, "offsetof(struct user, i387)"),
    (736, "offsetof(struct user, u_tsize)"),
    (744, "offsetof(struct user, u_dsize)"),
    (752, "offsetof(struct user, u_ssize)"),
    (760, "offsetof(struct user, start_code)"),
    (768, "offsetof(struct user, start_stack)"),
    (776, "offsetof(struct user, signal)"),
    (784, "offsetof(struct user, reserved)"),
    (792, "offsetof(struct user, u_ar0)"),
    (800, "offsetof(struct user, u_fpstate)"),
    (808, "offsetof(struct user, magic)"),
    (816, "offsetof(struct user, u_comm)"),
    (848, "offsetof(struct user, u_debugreg)"),
    (912, "sizeof(struct user)"),
];

/// The fields of x86_64 `struct user_regs_struct`, in order.
pub static USER_REGS_FIELDS: [&str; 27] = [
    "r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax", "rcx", "rdx", "rsi",
    "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base", "gs_base", "ds", "es", "fs",
    "gs",
];

/// kexec_load's architecture, the high 16 bits of its flags (linux/kexec.h).
pub static KEXEC_ARCH: Xlat = &[
    (0, "KEXEC_ARCH_DEFAULT"),
    (3 << 16, "KEXEC_ARCH_386"),
    (4 << 16, "KEXEC_ARCH_68K"),
    (15 << 16, "KEXEC_ARCH_PARISC"),
    (62 << 16, "KEXEC_ARCH_X86_64"),
    (20 << 16, "KEXEC_ARCH_PPC"),
    (21 << 16, "KEXEC_ARCH_PPC64"),
    (50 << 16, "KEXEC_ARCH_IA_64"),
    (40 << 16, "KEXEC_ARCH_ARM"),
    (22 << 16, "KEXEC_ARCH_S390"),
    (42 << 16, "KEXEC_ARCH_SH"),
    (10 << 16, "KEXEC_ARCH_MIPS_LE"),
    (8 << 16, "KEXEC_ARCH_MIPS"),
    (183 << 16, "KEXEC_ARCH_AARCH64"),
    (243 << 16, "KEXEC_ARCH_RISCV"),
    (258 << 16, "KEXEC_ARCH_LOONGARCH"),
];

/// kexec_load's other flag bits.
pub static KEXEC_LOAD_FLAGS: Xlat = &[(1, "KEXEC_ON_CRASH"), (2, "KEXEC_PRESERVE_CONTEXT")];

/// kexec_file_load's flags.
pub static KEXEC_FILE_FLAGS: Xlat = &[
    (1, "KEXEC_FILE_UNLOAD"),
    (2, "KEXEC_FILE_ON_CRASH"),
    (4, "KEXEC_FILE_NO_INITRAMFS"),
];

/// `struct ptrace_syscall_info`'s op.
pub static PTRACE_SYSCALL_INFO_OPS: Xlat = &[
    (0, "PTRACE_SYSCALL_INFO_NONE"),
    (1, "PTRACE_SYSCALL_INFO_ENTRY"),
    (2, "PTRACE_SYSCALL_INFO_EXIT"),
    (3, "PTRACE_SYSCALL_INFO_SECCOMP"),
];
