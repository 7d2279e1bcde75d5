//! Tables for NETLINK_SOCK_DIAG payloads (inet/unix/netlink/packet diag requests and replies)
//! (values from the kernel headers: linux/sock_diag.h, inet_diag.h, unix_diag.h,
//! netlink_diag.h, packet_diag.h, net/tcp_states.h, tls.h, mptcp.h).
#![allow(dead_code)]

use super::Xlat;

/// TCP states (net/tcp_states.h).
pub static TCP_STATES: Xlat = &[
    (1, "TCP_ESTABLISHED"),
    (2, "TCP_SYN_SENT"),
    (3, "TCP_SYN_RECV"),
    (4, "TCP_FIN_WAIT1"),
    (5, "TCP_FIN_WAIT2"),
    (6, "TCP_TIME_WAIT"),
    (7, "TCP_CLOSE"),
    (8, "TCP_CLOSE_WAIT"),
    (9, "TCP_LAST_ACK"),
    (10, "TCP_LISTEN"),
    (11, "TCP_CLOSING"),
    (12, "TCP_NEW_SYN_RECV"),
];

/// State masks (`idiag_states`, `udiag_states`): one bit per TCP state.
pub static TCP_STATE_FLAGS: Xlat = &[
    (1 << 1, "1<<TCP_ESTABLISHED"),
    (1 << 2, "1<<TCP_SYN_SENT"),
    (1 << 3, "1<<TCP_SYN_RECV"),
    (1 << 4, "1<<TCP_FIN_WAIT1"),
    (1 << 5, "1<<TCP_FIN_WAIT2"),
    (1 << 6, "1<<TCP_TIME_WAIT"),
    (1 << 7, "1<<TCP_CLOSE"),
    (1 << 8, "1<<TCP_CLOSE_WAIT"),
    (1 << 9, "1<<TCP_LAST_ACK"),
    (1 << 10, "1<<TCP_LISTEN"),
    (1 << 11, "1<<TCP_CLOSING"),
    (1 << 12, "1<<TCP_NEW_SYN_RECV"),
];

/// `idiag_ext`: bit n-1 asks for attribute n.
pub static INET_DIAG_EXT: Xlat = &[
    (1 << 0, "1<<(INET_DIAG_MEMINFO-1)"),
    (1 << 1, "1<<(INET_DIAG_INFO-1)"),
    (1 << 2, "1<<(INET_DIAG_VEGASINFO-1)"),
    (1 << 3, "1<<(INET_DIAG_CONG-1)"),
    (1 << 4, "1<<(INET_DIAG_TOS-1)"),
    (1 << 5, "1<<(INET_DIAG_TCLASS-1)"),
    (1 << 6, "1<<(INET_DIAG_SKMEMINFO-1)"),
    (1 << 7, "1<<(INET_DIAG_SHUTDOWN-1)"),
];

/// Reply attributes of inet sockets.
pub static INET_DIAG_ATTRS: Xlat = &[
    (0, "INET_DIAG_NONE"),
    (1, "INET_DIAG_MEMINFO"),
    (2, "INET_DIAG_INFO"),
    (3, "INET_DIAG_VEGASINFO"),
    (4, "INET_DIAG_CONG"),
    (5, "INET_DIAG_TOS"),
    (6, "INET_DIAG_TCLASS"),
    (7, "INET_DIAG_SKMEMINFO"),
    (8, "INET_DIAG_SHUTDOWN"),
    (9, "INET_DIAG_DCTCPINFO"),
    (10, "INET_DIAG_PROTOCOL"),
    (11, "INET_DIAG_SKV6ONLY"),
    (12, "INET_DIAG_LOCALS"),
    (13, "INET_DIAG_PEERS"),
    (14, "INET_DIAG_PAD"),
    (15, "INET_DIAG_MARK"),
    (16, "INET_DIAG_BBRINFO"),
    (17, "INET_DIAG_CLASS_ID"),
    (18, "INET_DIAG_MD5SIG"),
    (19, "INET_DIAG_ULP_INFO"),
    (20, "INET_DIAG_SK_BPF_STORAGES"),
    (21, "INET_DIAG_CGROUP_ID"),
    (22, "INET_DIAG_SOCKOPT"),
];

/// Request attributes of inet sockets.
pub static INET_DIAG_REQ_ATTRS: Xlat = &[
    (0, "INET_DIAG_REQ_NONE"),
    (1, "INET_DIAG_REQ_BYTECODE"),
    (2, "INET_DIAG_REQ_SK_BPF_STORAGES"),
    (3, "INET_DIAG_REQ_PROTOCOL"),
];

/// Filter bytecode operations.
pub static INET_DIAG_BYTECODES: Xlat = &[
    (0, "INET_DIAG_BC_NOP"),
    (1, "INET_DIAG_BC_JMP"),
    (2, "INET_DIAG_BC_S_GE"),
    (3, "INET_DIAG_BC_S_LE"),
    (4, "INET_DIAG_BC_D_GE"),
    (5, "INET_DIAG_BC_D_LE"),
    (6, "INET_DIAG_BC_AUTO"),
    (7, "INET_DIAG_BC_S_COND"),
    (8, "INET_DIAG_BC_D_COND"),
    (9, "INET_DIAG_BC_DEV_COND"),
    (10, "INET_DIAG_BC_MARK_COND"),
    (11, "INET_DIAG_BC_S_EQ"),
    (12, "INET_DIAG_BC_D_EQ"),
    (13, "INET_DIAG_BC_CGROUP_COND"),
];

/// INET_DIAG_SHUTDOWN bits (not in the UAPI, so strace shows them as comments).
pub static SHUTDOWN_FLAGS: Xlat = &[(1, "RCV_SHUTDOWN"), (2, "SEND_SHUTDOWN")];

/// Indices of the `SK_MEMINFO_*` array.
pub static SK_MEMINFO: Xlat = &[
    (0, "SK_MEMINFO_RMEM_ALLOC"),
    (1, "SK_MEMINFO_RCVBUF"),
    (2, "SK_MEMINFO_WMEM_ALLOC"),
    (3, "SK_MEMINFO_SNDBUF"),
    (4, "SK_MEMINFO_FWD_ALLOC"),
    (5, "SK_MEMINFO_WMEM_QUEUED"),
    (6, "SK_MEMINFO_OPTMEM"),
    (7, "SK_MEMINFO_BACKLOG"),
    (8, "SK_MEMINFO_DROPS"),
];

/// INET_DIAG_ULP_INFO nested attributes.
pub static INET_ULP_INFO_ATTRS: Xlat = &[
    (0, "INET_ULP_INFO_UNSPEC"),
    (1, "INET_ULP_INFO_NAME"),
    (2, "INET_ULP_INFO_TLS"),
    (3, "INET_ULP_INFO_MPTCP"),
];

/// TLS ULP attributes.
pub static TLS_INFO_ATTRS: Xlat = &[
    (0, "TLS_INFO_UNSPEC"),
    (1, "TLS_INFO_VERSION"),
    (2, "TLS_INFO_CIPHER"),
    (3, "TLS_INFO_TXCONF"),
    (4, "TLS_INFO_RXCONF"),
    (5, "TLS_INFO_ZC_RO_TX"),
    (6, "TLS_INFO_RX_NO_PAD"),
];

pub static TLS_VERSIONS: Xlat = &[(0x0303, "TLS_1_2_VERSION"), (0x0304, "TLS_1_3_VERSION")];

pub static TLS_CIPHERS: Xlat = &[
    (51, "TLS_CIPHER_AES_GCM_128"),
    (52, "TLS_CIPHER_AES_GCM_256"),
    (53, "TLS_CIPHER_AES_CCM_128"),
    (54, "TLS_CIPHER_CHACHA20_POLY1305"),
    (55, "TLS_CIPHER_SM4_GCM"),
    (56, "TLS_CIPHER_SM4_CCM"),
    (57, "TLS_CIPHER_ARIA_GCM_128"),
    (58, "TLS_CIPHER_ARIA_GCM_256"),
];

pub static TLS_CONFIGS: Xlat = &[
    (1, "TLS_CONF_BASE"),
    (2, "TLS_CONF_SW"),
    (3, "TLS_CONF_HW"),
    (4, "TLS_CONF_HW_RECORD"),
];

/// MPTCP subflow attributes (linux/mptcp.h).
pub static MPTCP_SUBFLOW_ATTRS: Xlat = &[
    (0, "MPTCP_SUBFLOW_ATTR_UNSPEC"),
    (1, "MPTCP_SUBFLOW_ATTR_TOKEN_REM"),
    (2, "MPTCP_SUBFLOW_ATTR_TOKEN_LOC"),
    (3, "MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ"),
    (4, "MPTCP_SUBFLOW_ATTR_MAP_SEQ"),
    (5, "MPTCP_SUBFLOW_ATTR_MAP_SFSEQ"),
    (6, "MPTCP_SUBFLOW_ATTR_SSN_OFFSET"),
    (7, "MPTCP_SUBFLOW_ATTR_MAP_DATALEN"),
    (8, "MPTCP_SUBFLOW_ATTR_FLAGS"),
    (9, "MPTCP_SUBFLOW_ATTR_ID_REM"),
    (10, "MPTCP_SUBFLOW_ATTR_ID_LOC"),
    (11, "MPTCP_SUBFLOW_ATTR_PAD"),
];

pub static MPTCP_SUBFLOW_FLAGS: Xlat = &[
    (0x1, "MPTCP_SUBFLOW_FLAG_MCAP_REM"),
    (0x2, "MPTCP_SUBFLOW_FLAG_MCAP_LOC"),
    (0x4, "MPTCP_SUBFLOW_FLAG_JOIN_REM"),
    (0x8, "MPTCP_SUBFLOW_FLAG_JOIN_LOC"),
    (0x10, "MPTCP_SUBFLOW_FLAG_BKUP_REM"),
    (0x20, "MPTCP_SUBFLOW_FLAG_BKUP_LOC"),
    (0x40, "MPTCP_SUBFLOW_FLAG_FULLY_ESTABLISHED"),
    (0x80, "MPTCP_SUBFLOW_FLAG_CONNECTED"),
    (0x100, "MPTCP_SUBFLOW_FLAG_MAPVALID"),
];

/// INET_DIAG_SK_BPF_STORAGES nested attributes.
pub static SK_DIAG_BPF_STORAGES_ATTRS: Xlat = &[
    (0, "SK_DIAG_BPF_STORAGE_REP_NONE"),
    (1, "SK_DIAG_BPF_STORAGE"),
];

pub static SK_DIAG_BPF_STORAGE_ATTRS: Xlat = &[
    (0, "SK_DIAG_BPF_STORAGE_NONE"),
    (1, "SK_DIAG_BPF_STORAGE_PAD"),
    (2, "SK_DIAG_BPF_STORAGE_MAP_ID"),
    (3, "SK_DIAG_BPF_STORAGE_MAP_VALUE"),
];

/// `udiag_show` bits.
pub static UNIX_DIAG_SHOW: Xlat = &[
    (0x1, "UDIAG_SHOW_NAME"),
    (0x2, "UDIAG_SHOW_VFS"),
    (0x4, "UDIAG_SHOW_PEER"),
    (0x8, "UDIAG_SHOW_ICONS"),
    (0x10, "UDIAG_SHOW_RQLEN"),
    (0x20, "UDIAG_SHOW_MEMINFO"),
    (0x40, "UDIAG_SHOW_UID"),
];

/// Reply attributes of unix sockets (no NONE: the names start at 0).
pub static UNIX_DIAG_ATTRS: Xlat = &[
    (0, "UNIX_DIAG_NAME"),
    (1, "UNIX_DIAG_VFS"),
    (2, "UNIX_DIAG_PEER"),
    (3, "UNIX_DIAG_ICONS"),
    (4, "UNIX_DIAG_RQLEN"),
    (5, "UNIX_DIAG_MEMINFO"),
    (6, "UNIX_DIAG_SHUTDOWN"),
    (7, "UNIX_DIAG_UID"),
];

/// `ndiag_show` bits.
pub static NETLINK_DIAG_SHOW: Xlat = &[
    (0x1, "NDIAG_SHOW_MEMINFO"),
    (0x2, "NDIAG_SHOW_GROUPS"),
    (0x4, "NDIAG_SHOW_RING_CFG"),
    (0x8, "NDIAG_SHOW_FLAGS"),
];

/// Reply attributes of netlink sockets.
pub static NETLINK_DIAG_ATTRS: Xlat = &[
    (0, "NETLINK_DIAG_MEMINFO"),
    (1, "NETLINK_DIAG_GROUPS"),
    (2, "NETLINK_DIAG_RX_RING"),
    (3, "NETLINK_DIAG_TX_RING"),
    (4, "NETLINK_DIAG_FLAGS"),
];

/// NETLINK_DIAG_FLAGS bits.
pub static NETLINK_SOCKET_FLAGS: Xlat = &[
    (0x1, "NDIAG_FLAG_CB_RUNNING"),
    (0x2, "NDIAG_FLAG_PKTINFO"),
    (0x4, "NDIAG_FLAG_BROADCAST_ERROR"),
    (0x8, "NDIAG_FLAG_NO_ENOBUFS"),
    (0x10, "NDIAG_FLAG_LISTEN_ALL_NSID"),
    (0x20, "NDIAG_FLAG_CAP_ACK"),
];

/// `ndiag_state`.
/// `ndiag_state` (strace 6.1 also names TCP_CLOSE, what the kernel reports for unconnected
/// sockets).
pub static NETLINK_STATES: Xlat = &[
    (0, "NETLINK_UNCONNECTED"),
    (1, "NETLINK_CONNECTED"),
    (7, "TCP_CLOSE"),
];

/// `pdiag_show` bits.
pub static PACKET_DIAG_SHOW: Xlat = &[
    (0x1, "PACKET_SHOW_INFO"),
    (0x2, "PACKET_SHOW_MCLIST"),
    (0x4, "PACKET_SHOW_RING_CFG"),
    (0x8, "PACKET_SHOW_FANOUT"),
    (0x10, "PACKET_SHOW_MEMINFO"),
    (0x20, "PACKET_SHOW_FILTER"),
];

/// Reply attributes of packet sockets.
pub static PACKET_DIAG_ATTRS: Xlat = &[
    (0, "PACKET_DIAG_INFO"),
    (1, "PACKET_DIAG_MCLIST"),
    (2, "PACKET_DIAG_RX_RING"),
    (3, "PACKET_DIAG_TX_RING"),
    (4, "PACKET_DIAG_FANOUT"),
    (5, "PACKET_DIAG_UID"),
    (6, "PACKET_DIAG_MEMINFO"),
    (7, "PACKET_DIAG_FILTER"),
];

/// `pdi_flags` bits.
pub static PACKET_DIAG_INFO_FLAGS: Xlat = &[
    (0x1, "PDI_RUNNING"),
    (0x2, "PDI_AUXDATA"),
    (0x4, "PDI_ORIGDEV"),
    (0x8, "PDI_VNETHDR"),
    (0x10, "PDI_LOSS"),
];

/// `pdi_version`.
pub static TPACKET_VERSIONS: Xlat = &[(0, "TPACKET_V1"), (1, "TPACKET_V2"), (2, "TPACKET_V3")];
