//! Tables for the signal, polling and time decoders (numbers from the kernel headers, names and
//! order as strace 6.1 prints them).

use super::Xlat;

/// From linux/io_uring.h (strace 6.1 knows flags up to IORING_SETUP_CQE32).
pub static IORING_SETUP_FLAGS: Xlat = &[
    (1, "IORING_SETUP_IOPOLL"),
    (2, "IORING_SETUP_SQPOLL"),
    (4, "IORING_SETUP_SQ_AFF"),
    (8, "IORING_SETUP_CQSIZE"),
    (0x10, "IORING_SETUP_CLAMP"),
    (0x20, "IORING_SETUP_ATTACH_WQ"),
    (0x40, "IORING_SETUP_R_DISABLED"),
    (0x80, "IORING_SETUP_SUBMIT_ALL"),
    (0x100, "IORING_SETUP_COOP_TASKRUN"),
    (0x200, "IORING_SETUP_TASKRUN_FLAG"),
    (0x400, "IORING_SETUP_SQE128"),
    (0x800, "IORING_SETUP_CQE32"),
];

/// From linux/io_uring.h (strace 6.1 knows features up to IORING_FEAT_LINKED_FILE).
pub static IORING_FEATURES: Xlat = &[
    (1, "IORING_FEAT_SINGLE_MMAP"),
    (2, "IORING_FEAT_NODROP"),
    (4, "IORING_FEAT_SUBMIT_STABLE"),
    (8, "IORING_FEAT_RW_CUR_POS"),
    (0x10, "IORING_FEAT_CUR_PERSONALITY"),
    (0x20, "IORING_FEAT_FAST_POLL"),
    (0x40, "IORING_FEAT_POLL_32BITS"),
    (0x80, "IORING_FEAT_SQPOLL_NONFIXED"),
    (0x100, "IORING_FEAT_EXT_ARG"),
    (0x200, "IORING_FEAT_NATIVE_WORKERS"),
    (0x400, "IORING_FEAT_RSRC_TAGS"),
    (0x800, "IORING_FEAT_CQE_SKIP"),
    (0x1000, "IORING_FEAT_LINKED_FILE"),
];

/// From linux/io_uring.h.
pub static IORING_ENTER_FLAGS: Xlat = &[
    (1, "IORING_ENTER_GETEVENTS"),
    (2, "IORING_ENTER_SQ_WAKEUP"),
    (4, "IORING_ENTER_SQ_WAIT"),
    (8, "IORING_ENTER_EXT_ARG"),
    (0x10, "IORING_ENTER_REGISTERED_RING"),
];

/// From linux/io_uring.h (strace 6.1 knows opcodes up to IORING_UNREGISTER_PBUF_RING).
pub static IORING_REGISTER_OPS: Xlat = &[
    (0, "IORING_REGISTER_BUFFERS"),
    (1, "IORING_UNREGISTER_BUFFERS"),
    (2, "IORING_REGISTER_FILES"),
    (3, "IORING_UNREGISTER_FILES"),
    (4, "IORING_REGISTER_EVENTFD"),
    (5, "IORING_UNREGISTER_EVENTFD"),
    (6, "IORING_REGISTER_FILES_UPDATE"),
    (7, "IORING_REGISTER_EVENTFD_ASYNC"),
    (8, "IORING_REGISTER_PROBE"),
    (9, "IORING_REGISTER_PERSONALITY"),
    (10, "IORING_UNREGISTER_PERSONALITY"),
    (11, "IORING_REGISTER_RESTRICTIONS"),
    (12, "IORING_REGISTER_ENABLE_RINGS"),
    (13, "IORING_REGISTER_FILES2"),
    (14, "IORING_REGISTER_FILES_UPDATE2"),
    (15, "IORING_REGISTER_BUFFERS2"),
    (16, "IORING_REGISTER_BUFFERS_UPDATE"),
    (17, "IORING_REGISTER_IOWQ_AFF"),
    (18, "IORING_UNREGISTER_IOWQ_AFF"),
    (19, "IORING_REGISTER_IOWQ_MAX_WORKERS"),
    (20, "IORING_REGISTER_RING_FDS"),
    (21, "IORING_UNREGISTER_RING_FDS"),
    (22, "IORING_REGISTER_PBUF_RING"),
    (23, "IORING_UNREGISTER_PBUF_RING"),
];

/// From linux/aio_abi.h.
pub static AIO_CMDS: Xlat = &[
    (0, "IOCB_CMD_PREAD"),
    (1, "IOCB_CMD_PWRITE"),
    (2, "IOCB_CMD_FSYNC"),
    (3, "IOCB_CMD_FDSYNC"),
    (4, "IOCB_CMD_PREADX"),
    (5, "IOCB_CMD_POLL"),
    (6, "IOCB_CMD_NOOP"),
    (7, "IOCB_CMD_PREADV"),
    (8, "IOCB_CMD_PWRITEV"),
];

/// From linux/aio_abi.h.
pub static AIO_IOCB_FLAGS: Xlat = &[(1, "IOCB_FLAG_RESFD"), (2, "IOCB_FLAG_IOPRIO")];

/// From linux/audit.h (the x86 ones a trace on x86_64 meets).
pub static AUDIT_ARCHES: Xlat = &[
    (0xc000_003e, "AUDIT_ARCH_X86_64"),
    (0x4000_0003, "AUDIT_ARCH_I386"),
];

/// From linux/timex.h; the multi-bit modes first, as strace 6.1 matches them.
pub static ADJTIMEX_MODES: Xlat = &[
    (0xa001, "ADJ_OFFSET_SS_READ"),
    (0x8001, "ADJ_OFFSET_SINGLESHOT"),
    (0x0001, "ADJ_OFFSET"),
    (0x0002, "ADJ_FREQUENCY"),
    (0x0004, "ADJ_MAXERROR"),
    (0x0008, "ADJ_ESTERROR"),
    (0x0010, "ADJ_STATUS"),
    (0x0020, "ADJ_TIMECONST"),
    (0x0080, "ADJ_TAI"),
    (0x0100, "ADJ_SETOFFSET"),
    (0x1000, "ADJ_MICRO"),
    (0x2000, "ADJ_NANO"),
    (0x4000, "ADJ_TICK"),
];

/// From linux/timex.h.
pub static ADJTIMEX_STATUS: Xlat = &[
    (0x0001, "STA_PLL"),
    (0x0002, "STA_PPSFREQ"),
    (0x0004, "STA_PPSTIME"),
    (0x0008, "STA_FLL"),
    (0x0010, "STA_INS"),
    (0x0020, "STA_DEL"),
    (0x0040, "STA_UNSYNC"),
    (0x0080, "STA_FREQHOLD"),
    (0x0100, "STA_PPSSIGNAL"),
    (0x0200, "STA_PPSJITTER"),
    (0x0400, "STA_PPSWANDER"),
    (0x0800, "STA_PPSERROR"),
    (0x1000, "STA_CLOCKERR"),
    (0x2000, "STA_NANO"),
    (0x4000, "STA_MODE"),
    (0x8000, "STA_CLK"),
];

/// From linux/timex.h: the clock state adjtimex returns.
pub static ADJTIMEX_STATE: Xlat = &[
    (0, "TIME_OK"),
    (1, "TIME_INS"),
    (2, "TIME_DEL"),
    (3, "TIME_OOP"),
    (4, "TIME_WAIT"),
    (5, "TIME_ERROR"),
];

/// From asm-generic/siginfo.h (sigevent.sigev_notify).
pub static SIGEV_NOTIFY: Xlat = &[
    (0, "SIGEV_SIGNAL"),
    (1, "SIGEV_NONE"),
    (2, "SIGEV_THREAD"),
    (4, "SIGEV_THREAD_ID"),
];

/// linux/io_uring.h enum io_uring_op, the opcodes strace 6.1 names (through URING_CMD).
pub static IORING_OPS: Xlat = &[
    (0, "IORING_OP_NOP"),
    (1, "IORING_OP_READV"),
    (2, "IORING_OP_WRITEV"),
    (3, "IORING_OP_FSYNC"),
    (4, "IORING_OP_READ_FIXED"),
    (5, "IORING_OP_WRITE_FIXED"),
    (6, "IORING_OP_POLL_ADD"),
    (7, "IORING_OP_POLL_REMOVE"),
    (8, "IORING_OP_SYNC_FILE_RANGE"),
    (9, "IORING_OP_SENDMSG"),
    (10, "IORING_OP_RECVMSG"),
    (11, "IORING_OP_TIMEOUT"),
    (12, "IORING_OP_TIMEOUT_REMOVE"),
    (13, "IORING_OP_ACCEPT"),
    (14, "IORING_OP_ASYNC_CANCEL"),
    (15, "IORING_OP_LINK_TIMEOUT"),
    (16, "IORING_OP_CONNECT"),
    (17, "IORING_OP_FALLOCATE"),
    (18, "IORING_OP_OPENAT"),
    (19, "IORING_OP_CLOSE"),
    (20, "IORING_OP_FILES_UPDATE"),
    (21, "IORING_OP_STATX"),
    (22, "IORING_OP_READ"),
    (23, "IORING_OP_WRITE"),
    (24, "IORING_OP_FADVISE"),
    (25, "IORING_OP_MADVISE"),
    (26, "IORING_OP_SEND"),
    (27, "IORING_OP_RECV"),
    (28, "IORING_OP_OPENAT2"),
    (29, "IORING_OP_EPOLL_CTL"),
    (30, "IORING_OP_SPLICE"),
    (31, "IORING_OP_PROVIDE_BUFFERS"),
    (32, "IORING_OP_REMOVE_BUFFERS"),
    (33, "IORING_OP_TEE"),
    (34, "IORING_OP_SHUTDOWN"),
    (35, "IORING_OP_RENAMEAT"),
    (36, "IORING_OP_UNLINKAT"),
    (37, "IORING_OP_MKDIRAT"),
    (38, "IORING_OP_SYMLINKAT"),
    (39, "IORING_OP_LINKAT"),
    (40, "IORING_OP_MSG_RING"),
    (41, "IORING_OP_FSETXATTR"),
    (42, "IORING_OP_SETXATTR"),
    (43, "IORING_OP_FGETXATTR"),
    (44, "IORING_OP_GETXATTR"),
    (45, "IORING_OP_SOCKET"),
    (46, "IORING_OP_URING_CMD"),
];

/// linux/io_uring.h: enum io_uring_register_restriction_op.
pub static IORING_RESTRICTION_OPS: Xlat = &[
    (0, "IORING_RESTRICTION_REGISTER_OP"),
    (1, "IORING_RESTRICTION_SQE_OP"),
    (2, "IORING_RESTRICTION_SQE_FLAGS_ALLOWED"),
    (3, "IORING_RESTRICTION_SQE_FLAGS_REQUIRED"),
];

/// linux/io_uring.h: IOSQE_* submission flags.
pub static IOSQE_FLAGS: Xlat = &[
    (0x1, "IOSQE_FIXED_FILE"),
    (0x2, "IOSQE_IO_DRAIN"),
    (0x4, "IOSQE_IO_LINK"),
    (0x8, "IOSQE_IO_HARDLINK"),
    (0x10, "IOSQE_ASYNC"),
    (0x20, "IOSQE_BUFFER_SELECT"),
    (0x40, "IOSQE_CQE_SKIP_SUCCESS"),
];

/// linux/io_uring.h: io_uring_probe_op.flags.
pub static IO_URING_OP_FLAGS: Xlat = &[(0x1, "IO_URING_OP_SUPPORTED")];

/// linux/io_uring.h: io_uring_rsrc_register.flags.
pub static IORING_RSRC_FLAGS: Xlat = &[(0x1, "IORING_RSRC_REGISTER_SPARSE")];
