//! Tables for the bpf and perf_event_open decoders (values from linux/bpf.h and
//! linux/perf_event.h; the set of names is the one strace 6.1 knows).
#![allow(dead_code)]

use super::Xlat;

pub static BPF_COMMANDS: Xlat = &[
    (0, "BPF_MAP_CREATE"),
    (1, "BPF_MAP_LOOKUP_ELEM"),
    (2, "BPF_MAP_UPDATE_ELEM"),
    (3, "BPF_MAP_DELETE_ELEM"),
    (4, "BPF_MAP_GET_NEXT_KEY"),
    (5, "BPF_PROG_LOAD"),
    (6, "BPF_OBJ_PIN"),
    (7, "BPF_OBJ_GET"),
    (8, "BPF_PROG_ATTACH"),
    (9, "BPF_PROG_DETACH"),
    (10, "BPF_PROG_TEST_RUN"),
    (11, "BPF_PROG_GET_NEXT_ID"),
    (12, "BPF_MAP_GET_NEXT_ID"),
    (13, "BPF_PROG_GET_FD_BY_ID"),
    (14, "BPF_MAP_GET_FD_BY_ID"),
    (15, "BPF_OBJ_GET_INFO_BY_FD"),
    (16, "BPF_PROG_QUERY"),
    (17, "BPF_RAW_TRACEPOINT_OPEN"),
    (18, "BPF_BTF_LOAD"),
    (19, "BPF_BTF_GET_FD_BY_ID"),
    (20, "BPF_TASK_FD_QUERY"),
    (21, "BPF_MAP_LOOKUP_AND_DELETE_ELEM"),
    (22, "BPF_MAP_FREEZE"),
    (23, "BPF_BTF_GET_NEXT_ID"),
    (24, "BPF_MAP_LOOKUP_BATCH"),
    (25, "BPF_MAP_LOOKUP_AND_DELETE_BATCH"),
    (26, "BPF_MAP_UPDATE_BATCH"),
    (27, "BPF_MAP_DELETE_BATCH"),
    (28, "BPF_LINK_CREATE"),
    (29, "BPF_LINK_UPDATE"),
    (30, "BPF_LINK_GET_FD_BY_ID"),
    (31, "BPF_LINK_GET_NEXT_ID"),
    (32, "BPF_ENABLE_STATS"),
    (33, "BPF_ITER_CREATE"),
    (34, "BPF_LINK_DETACH"),
    (35, "BPF_PROG_BIND_MAP"),
];

pub static BPF_MAP_TYPES: Xlat = &[
    (0, "BPF_MAP_TYPE_UNSPEC"),
    (1, "BPF_MAP_TYPE_HASH"),
    (2, "BPF_MAP_TYPE_ARRAY"),
    (3, "BPF_MAP_TYPE_PROG_ARRAY"),
    (4, "BPF_MAP_TYPE_PERF_EVENT_ARRAY"),
    (5, "BPF_MAP_TYPE_PERCPU_HASH"),
    (6, "BPF_MAP_TYPE_PERCPU_ARRAY"),
    (7, "BPF_MAP_TYPE_STACK_TRACE"),
    (8, "BPF_MAP_TYPE_CGROUP_ARRAY"),
    (9, "BPF_MAP_TYPE_LRU_HASH"),
    (10, "BPF_MAP_TYPE_LRU_PERCPU_HASH"),
    (11, "BPF_MAP_TYPE_LPM_TRIE"),
    (12, "BPF_MAP_TYPE_ARRAY_OF_MAPS"),
    (13, "BPF_MAP_TYPE_HASH_OF_MAPS"),
    (14, "BPF_MAP_TYPE_DEVMAP"),
    (15, "BPF_MAP_TYPE_SOCKMAP"),
    (16, "BPF_MAP_TYPE_CPUMAP"),
    (17, "BPF_MAP_TYPE_XSKMAP"),
    (18, "BPF_MAP_TYPE_SOCKHASH"),
    (19, "BPF_MAP_TYPE_CGROUP_STORAGE"),
    (20, "BPF_MAP_TYPE_REUSEPORT_SOCKARRAY"),
    (21, "BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE"),
    (22, "BPF_MAP_TYPE_QUEUE"),
    (23, "BPF_MAP_TYPE_STACK"),
    (24, "BPF_MAP_TYPE_SK_STORAGE"),
    (25, "BPF_MAP_TYPE_DEVMAP_HASH"),
    (26, "BPF_MAP_TYPE_STRUCT_OPS"),
    (27, "BPF_MAP_TYPE_RINGBUF"),
    (28, "BPF_MAP_TYPE_INODE_STORAGE"),
    (29, "BPF_MAP_TYPE_TASK_STORAGE"),
    (30, "BPF_MAP_TYPE_BLOOM_FILTER"),
    (31, "BPF_MAP_TYPE_USER_RINGBUF"),
];

pub static BPF_MAP_FLAGS: Xlat = &[
    (0x1, "BPF_F_NO_PREALLOC"),
    (0x2, "BPF_F_NO_COMMON_LRU"),
    (0x4, "BPF_F_NUMA_NODE"),
    (0x8, "BPF_F_RDONLY"),
    (0x10, "BPF_F_WRONLY"),
    (0x20, "BPF_F_STACK_BUILD_ID"),
    (0x40, "BPF_F_ZERO_SEED"),
    (0x80, "BPF_F_RDONLY_PROG"),
    (0x100, "BPF_F_WRONLY_PROG"),
    (0x200, "BPF_F_CLONE"),
    (0x400, "BPF_F_MMAPABLE"),
    (0x800, "BPF_F_PRESERVE_ELEMS"),
    (0x1000, "BPF_F_INNER_MAP"),
];

pub static BPF_PROG_TYPES: Xlat = &[
    (0, "BPF_PROG_TYPE_UNSPEC"),
    (1, "BPF_PROG_TYPE_SOCKET_FILTER"),
    (2, "BPF_PROG_TYPE_KPROBE"),
    (3, "BPF_PROG_TYPE_SCHED_CLS"),
    (4, "BPF_PROG_TYPE_SCHED_ACT"),
    (5, "BPF_PROG_TYPE_TRACEPOINT"),
    (6, "BPF_PROG_TYPE_XDP"),
    (7, "BPF_PROG_TYPE_PERF_EVENT"),
    (8, "BPF_PROG_TYPE_CGROUP_SKB"),
    (9, "BPF_PROG_TYPE_CGROUP_SOCK"),
    (10, "BPF_PROG_TYPE_LWT_IN"),
    (11, "BPF_PROG_TYPE_LWT_OUT"),
    (12, "BPF_PROG_TYPE_LWT_XMIT"),
    (13, "BPF_PROG_TYPE_SOCK_OPS"),
    (14, "BPF_PROG_TYPE_SK_SKB"),
    (15, "BPF_PROG_TYPE_CGROUP_DEVICE"),
    (16, "BPF_PROG_TYPE_SK_MSG"),
    (17, "BPF_PROG_TYPE_RAW_TRACEPOINT"),
    (18, "BPF_PROG_TYPE_CGROUP_SOCK_ADDR"),
    (19, "BPF_PROG_TYPE_LWT_SEG6LOCAL"),
    (20, "BPF_PROG_TYPE_LIRC_MODE2"),
    (21, "BPF_PROG_TYPE_SK_REUSEPORT"),
    (22, "BPF_PROG_TYPE_FLOW_DISSECTOR"),
    (23, "BPF_PROG_TYPE_CGROUP_SYSCTL"),
    (24, "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE"),
    (25, "BPF_PROG_TYPE_CGROUP_SOCKOPT"),
    (26, "BPF_PROG_TYPE_TRACING"),
    (27, "BPF_PROG_TYPE_STRUCT_OPS"),
    (28, "BPF_PROG_TYPE_EXT"),
    (29, "BPF_PROG_TYPE_LSM"),
    (30, "BPF_PROG_TYPE_SK_LOOKUP"),
    (31, "BPF_PROG_TYPE_SYSCALL"),
];

pub static BPF_PROG_FLAGS: Xlat = &[
    (0x1, "BPF_F_STRICT_ALIGNMENT"),
    (0x2, "BPF_F_ANY_ALIGNMENT"),
    (0x4, "BPF_F_TEST_RND_HI32"),
    (0x8, "BPF_F_TEST_STATE_FREQ"),
    (0x10, "BPF_F_SLEEPABLE"),
];

pub static BPF_ATTACH_TYPES: Xlat = &[
    (0, "BPF_CGROUP_INET_INGRESS"),
    (1, "BPF_CGROUP_INET_EGRESS"),
    (2, "BPF_CGROUP_INET_SOCK_CREATE"),
    (3, "BPF_CGROUP_SOCK_OPS"),
    (4, "BPF_SK_SKB_STREAM_PARSER"),
    (5, "BPF_SK_SKB_STREAM_VERDICT"),
    (6, "BPF_CGROUP_DEVICE"),
    (7, "BPF_SK_MSG_VERDICT"),
    (8, "BPF_CGROUP_INET4_BIND"),
    (9, "BPF_CGROUP_INET6_BIND"),
    (10, "BPF_CGROUP_INET4_CONNECT"),
    (11, "BPF_CGROUP_INET6_CONNECT"),
    (12, "BPF_CGROUP_INET4_POST_BIND"),
    (13, "BPF_CGROUP_INET6_POST_BIND"),
    (14, "BPF_CGROUP_UDP4_SENDMSG"),
    (15, "BPF_CGROUP_UDP6_SENDMSG"),
    (16, "BPF_LIRC_MODE2"),
    (17, "BPF_FLOW_DISSECTOR"),
    (18, "BPF_CGROUP_SYSCTL"),
    (19, "BPF_CGROUP_UDP4_RECVMSG"),
    (20, "BPF_CGROUP_UDP6_RECVMSG"),
    (21, "BPF_CGROUP_GETSOCKOPT"),
    (22, "BPF_CGROUP_SETSOCKOPT"),
    (23, "BPF_TRACE_RAW_TP"),
    (24, "BPF_TRACE_FENTRY"),
    (25, "BPF_TRACE_FEXIT"),
    (26, "BPF_MODIFY_RETURN"),
    (27, "BPF_LSM_MAC"),
    (28, "BPF_TRACE_ITER"),
    (29, "BPF_CGROUP_INET4_GETPEERNAME"),
    (30, "BPF_CGROUP_INET6_GETPEERNAME"),
    (31, "BPF_CGROUP_INET4_GETSOCKNAME"),
    (32, "BPF_CGROUP_INET6_GETSOCKNAME"),
    (33, "BPF_XDP_DEVMAP"),
    (34, "BPF_CGROUP_INET_SOCK_RELEASE"),
    (35, "BPF_XDP_CPUMAP"),
    (36, "BPF_SK_LOOKUP"),
    (37, "BPF_XDP"),
    (38, "BPF_SK_SKB_VERDICT"),
    (39, "BPF_SK_REUSEPORT_SELECT"),
    (40, "BPF_SK_REUSEPORT_SELECT_OR_MIGRATE"),
    (41, "BPF_PERF_EVENT"),
    (42, "BPF_TRACE_KPROBE_MULTI"),
    (43, "BPF_LSM_CGROUP"),
];

pub static BPF_ATTACH_FLAGS: Xlat = &[
    (0x1, "BPF_F_ALLOW_OVERRIDE"),
    (0x2, "BPF_F_ALLOW_MULTI"),
    (0x4, "BPF_F_REPLACE"),
];

pub static BPF_MAP_LOOKUP_ELEM_FLAGS: Xlat = &[(0x4, "BPF_F_LOCK")];

pub static BPF_MAP_UPDATE_ELEM_FLAGS: Xlat = &[
    (0, "BPF_ANY"),
    (1, "BPF_NOEXIST"),
    (2, "BPF_EXIST"),
    (4, "BPF_F_LOCK"),
];

/// file_flags of BPF_OBJ_PIN/GET, open_flags of BPF_*_GET_FD_BY_ID.
pub static BPF_FILE_FLAGS: Xlat = &[(0x8, "BPF_F_RDONLY"), (0x10, "BPF_F_WRONLY")];

pub static BPF_QUERY_FLAGS: Xlat = &[(0x1, "BPF_F_QUERY_EFFECTIVE")];

pub static BPF_TEST_RUN_FLAGS: Xlat = &[
    (0x1, "BPF_F_TEST_RUN_ON_CPU"),
    (0x2, "BPF_F_TEST_XDP_LIVE_FRAMES"),
];

pub static BPF_TASK_FD_TYPES: Xlat = &[
    (0, "BPF_FD_TYPE_RAW_TRACEPOINT"),
    (1, "BPF_FD_TYPE_TRACEPOINT"),
    (2, "BPF_FD_TYPE_KPROBE"),
    (3, "BPF_FD_TYPE_KRETPROBE"),
    (4, "BPF_FD_TYPE_UPROBE"),
    (5, "BPF_FD_TYPE_URETPROBE"),
];

pub static EBPF_REGS: Xlat = &[
    (0, "BPF_REG_0"),
    (1, "BPF_REG_1"),
    (2, "BPF_REG_2"),
    (3, "BPF_REG_3"),
    (4, "BPF_REG_4"),
    (5, "BPF_REG_5"),
    (6, "BPF_REG_6"),
    (7, "BPF_REG_7"),
    (8, "BPF_REG_8"),
    (9, "BPF_REG_9"),
    (10, "BPF_REG_10"),
];

pub static BPF_CLASS: Xlat = &[
    (0x0, "BPF_LD"),
    (0x1, "BPF_LDX"),
    (0x2, "BPF_ST"),
    (0x3, "BPF_STX"),
    (0x4, "BPF_ALU"),
    (0x5, "BPF_JMP"),
    (0x6, "BPF_RET"),
    (0x7, "BPF_MISC"),
];

pub static EBPF_CLASS: Xlat = &[
    (0x0, "BPF_LD"),
    (0x1, "BPF_LDX"),
    (0x2, "BPF_ST"),
    (0x3, "BPF_STX"),
    (0x4, "BPF_ALU"),
    (0x5, "BPF_JMP"),
    (0x6, "BPF_JMP32"),
    (0x7, "BPF_ALU64"),
];

pub static BPF_SIZE: Xlat = &[
    (0x00, "BPF_W"),
    (0x08, "BPF_H"),
    (0x10, "BPF_B"),
    (0x18, "BPF_DW"),
];

pub static BPF_MODE: Xlat = &[
    (0x00, "BPF_IMM"),
    (0x20, "BPF_ABS"),
    (0x40, "BPF_IND"),
    (0x60, "BPF_MEM"),
    (0x80, "BPF_LEN"),
    (0xa0, "BPF_MSH"),
    (0xc0, "BPF_XADD"),
];

pub static BPF_SRC: Xlat = &[(0x00, "BPF_K"), (0x08, "BPF_X"), (0x10, "BPF_A")];

pub static BPF_OP_ALU: Xlat = &[
    (0x00, "BPF_ADD"),
    (0x10, "BPF_SUB"),
    (0x20, "BPF_MUL"),
    (0x30, "BPF_DIV"),
    (0x40, "BPF_OR"),
    (0x50, "BPF_AND"),
    (0x60, "BPF_LSH"),
    (0x70, "BPF_RSH"),
    (0x80, "BPF_NEG"),
    (0x90, "BPF_MOD"),
    (0xa0, "BPF_XOR"),
    (0xb0, "BPF_MOV"),
    (0xc0, "BPF_ARSH"),
    (0xd0, "BPF_END"),
];

pub static BPF_OP_JMP: Xlat = &[
    (0x00, "BPF_JA"),
    (0x10, "BPF_JEQ"),
    (0x20, "BPF_JGT"),
    (0x30, "BPF_JGE"),
    (0x40, "BPF_JSET"),
    (0x50, "BPF_JNE"),
    (0x60, "BPF_JSGT"),
    (0x70, "BPF_JSGE"),
    (0x80, "BPF_CALL"),
    (0x90, "BPF_EXIT"),
    (0xa0, "BPF_JLT"),
    (0xb0, "BPF_JLE"),
    (0xc0, "BPF_JSLT"),
    (0xd0, "BPF_JSLE"),
];

/// The return value source of classic BPF: the same names and bits as BPF_SRC.
pub static BPF_RVAL: Xlat = BPF_SRC;

pub static BPF_MISCOP: Xlat = &[(0x00, "BPF_TAX"), (0x80, "BPF_TXA")];

// perf_event_open

pub static PERF_TYPE_ID: Xlat = &[
    (0, "PERF_TYPE_HARDWARE"),
    (1, "PERF_TYPE_SOFTWARE"),
    (2, "PERF_TYPE_TRACEPOINT"),
    (3, "PERF_TYPE_HW_CACHE"),
    (4, "PERF_TYPE_RAW"),
    (5, "PERF_TYPE_BREAKPOINT"),
];

pub static PERF_ATTR_SIZE: Xlat = &[
    (64, "PERF_ATTR_SIZE_VER0"),
    (72, "PERF_ATTR_SIZE_VER1"),
    (80, "PERF_ATTR_SIZE_VER2"),
    (96, "PERF_ATTR_SIZE_VER3"),
    (104, "PERF_ATTR_SIZE_VER4"),
    (112, "PERF_ATTR_SIZE_VER5"),
    (120, "PERF_ATTR_SIZE_VER6"),
    (128, "PERF_ATTR_SIZE_VER7"),
];

pub static PERF_HW_ID: Xlat = &[
    (0, "PERF_COUNT_HW_CPU_CYCLES"),
    (1, "PERF_COUNT_HW_INSTRUCTIONS"),
    (2, "PERF_COUNT_HW_CACHE_REFERENCES"),
    (3, "PERF_COUNT_HW_CACHE_MISSES"),
    (4, "PERF_COUNT_HW_BRANCH_INSTRUCTIONS"),
    (5, "PERF_COUNT_HW_BRANCH_MISSES"),
    (6, "PERF_COUNT_HW_BUS_CYCLES"),
    (7, "PERF_COUNT_HW_STALLED_CYCLES_FRONTEND"),
    (8, "PERF_COUNT_HW_STALLED_CYCLES_BACKEND"),
    (9, "PERF_COUNT_HW_REF_CPU_CYCLES"),
];

pub static PERF_SW_IDS: Xlat = &[
    (0, "PERF_COUNT_SW_CPU_CLOCK"),
    (1, "PERF_COUNT_SW_TASK_CLOCK"),
    (2, "PERF_COUNT_SW_PAGE_FAULTS"),
    (3, "PERF_COUNT_SW_CONTEXT_SWITCHES"),
    (4, "PERF_COUNT_SW_CPU_MIGRATIONS"),
    (5, "PERF_COUNT_SW_PAGE_FAULTS_MIN"),
    (6, "PERF_COUNT_SW_PAGE_FAULTS_MAJ"),
    (7, "PERF_COUNT_SW_ALIGNMENT_FAULTS"),
    (8, "PERF_COUNT_SW_EMULATION_FAULTS"),
    (9, "PERF_COUNT_SW_DUMMY"),
    (10, "PERF_COUNT_SW_BPF_OUTPUT"),
    (11, "PERF_COUNT_SW_CGROUP_SWITCHES"),
];

pub static PERF_HW_CACHE_ID: Xlat = &[
    (0, "PERF_COUNT_HW_CACHE_L1D"),
    (1, "PERF_COUNT_HW_CACHE_L1I"),
    (2, "PERF_COUNT_HW_CACHE_LL"),
    (3, "PERF_COUNT_HW_CACHE_DTLB"),
    (4, "PERF_COUNT_HW_CACHE_ITLB"),
    (5, "PERF_COUNT_HW_CACHE_BPU"),
    (6, "PERF_COUNT_HW_CACHE_NODE"),
];

pub static PERF_HW_CACHE_OP_ID: Xlat = &[
    (0, "PERF_COUNT_HW_CACHE_OP_READ"),
    (1, "PERF_COUNT_HW_CACHE_OP_WRITE"),
    (2, "PERF_COUNT_HW_CACHE_OP_PREFETCH"),
];

pub static PERF_HW_CACHE_OP_RESULT_ID: Xlat = &[
    (0, "PERF_COUNT_HW_CACHE_RESULT_ACCESS"),
    (1, "PERF_COUNT_HW_CACHE_RESULT_MISS"),
];

pub static PERF_SAMPLE_FORMAT: Xlat = &[
    (1 << 0, "PERF_SAMPLE_IP"),
    (1 << 1, "PERF_SAMPLE_TID"),
    (1 << 2, "PERF_SAMPLE_TIME"),
    (1 << 3, "PERF_SAMPLE_ADDR"),
    (1 << 4, "PERF_SAMPLE_READ"),
    (1 << 5, "PERF_SAMPLE_CALLCHAIN"),
    (1 << 6, "PERF_SAMPLE_ID"),
    (1 << 7, "PERF_SAMPLE_CPU"),
    (1 << 8, "PERF_SAMPLE_PERIOD"),
    (1 << 9, "PERF_SAMPLE_STREAM_ID"),
    (1 << 10, "PERF_SAMPLE_RAW"),
    (1 << 11, "PERF_SAMPLE_BRANCH_STACK"),
    (1 << 12, "PERF_SAMPLE_REGS_USER"),
    (1 << 13, "PERF_SAMPLE_STACK_USER"),
    (1 << 14, "PERF_SAMPLE_WEIGHT"),
    (1 << 15, "PERF_SAMPLE_DATA_SRC"),
    (1 << 16, "PERF_SAMPLE_IDENTIFIER"),
    (1 << 17, "PERF_SAMPLE_TRANSACTION"),
    (1 << 18, "PERF_SAMPLE_REGS_INTR"),
    (1 << 19, "PERF_SAMPLE_PHYS_ADDR"),
    (1 << 20, "PERF_SAMPLE_AUX"),
    (1 << 21, "PERF_SAMPLE_CGROUP"),
    (1 << 22, "PERF_SAMPLE_DATA_PAGE_SIZE"),
    (1 << 23, "PERF_SAMPLE_CODE_PAGE_SIZE"),
    (1 << 24, "PERF_SAMPLE_WEIGHT_STRUCT"),
];

pub static PERF_READ_FORMAT: Xlat = &[
    (1 << 0, "PERF_FORMAT_TOTAL_TIME_ENABLED"),
    (1 << 1, "PERF_FORMAT_TOTAL_TIME_RUNNING"),
    (1 << 2, "PERF_FORMAT_ID"),
    (1 << 3, "PERF_FORMAT_GROUP"),
    (1 << 4, "PERF_FORMAT_LOST"),
];

pub static PERF_BRANCH_SAMPLE_TYPE: Xlat = &[
    (1 << 0, "PERF_SAMPLE_BRANCH_USER"),
    (1 << 1, "PERF_SAMPLE_BRANCH_KERNEL"),
    (1 << 2, "PERF_SAMPLE_BRANCH_HV"),
    (1 << 3, "PERF_SAMPLE_BRANCH_ANY"),
    (1 << 4, "PERF_SAMPLE_BRANCH_ANY_CALL"),
    (1 << 5, "PERF_SAMPLE_BRANCH_ANY_RETURN"),
    (1 << 6, "PERF_SAMPLE_BRANCH_IND_CALL"),
    (1 << 7, "PERF_SAMPLE_BRANCH_ABORT_TX"),
    (1 << 8, "PERF_SAMPLE_BRANCH_IN_TX"),
    (1 << 9, "PERF_SAMPLE_BRANCH_NO_TX"),
    (1 << 10, "PERF_SAMPLE_BRANCH_COND"),
    (1 << 11, "PERF_SAMPLE_BRANCH_CALL_STACK"),
    (1 << 12, "PERF_SAMPLE_BRANCH_IND_JUMP"),
    (1 << 13, "PERF_SAMPLE_BRANCH_CALL"),
    (1 << 14, "PERF_SAMPLE_BRANCH_NO_FLAGS"),
    (1 << 15, "PERF_SAMPLE_BRANCH_NO_CYCLES"),
    (1 << 16, "PERF_SAMPLE_BRANCH_TYPE_SAVE"),
    (1 << 17, "PERF_SAMPLE_BRANCH_HW_INDEX"),
    (1 << 18, "PERF_SAMPLE_BRANCH_PRIV_SAVE"),
];

pub static HW_BREAKPOINT_TYPE: Xlat = &[
    (0, "HW_BREAKPOINT_EMPTY"),
    (1, "HW_BREAKPOINT_R"),
    (2, "HW_BREAKPOINT_W"),
    (3, "HW_BREAKPOINT_RW"),
    (4, "HW_BREAKPOINT_X"),
];

pub static PERF_EVENT_OPEN_FLAGS: Xlat = &[
    (1 << 0, "PERF_FLAG_FD_NO_GROUP"),
    (1 << 1, "PERF_FLAG_FD_OUTPUT"),
    (1 << 2, "PERF_FLAG_PID_CGROUP"),
    (1 << 3, "PERF_FLAG_FD_CLOEXEC"),
];
