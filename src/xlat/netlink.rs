//! Netlink tables (values from linux/netlink.h, linux/rtnetlink.h, linux/sock_diag.h and
//! linux/inet_diag.h).
#![allow(dead_code)]

use super::Xlat;

/// Reserved control message types (below NLMSG_MIN_TYPE), for every protocol.
pub static NLMSG_TYPES: Xlat = &[
    (1, "NLMSG_NOOP"),
    (2, "NLMSG_ERROR"),
    (3, "NLMSG_DONE"),
    (4, "NLMSG_OVERRUN"),
];

/// NETLINK_ROUTE message types.
pub static RTM_TYPES: Xlat = &[
    (16, "RTM_NEWLINK"),
    (17, "RTM_DELLINK"),
    (18, "RTM_GETLINK"),
    (19, "RTM_SETLINK"),
    (20, "RTM_NEWADDR"),
    (21, "RTM_DELADDR"),
    (22, "RTM_GETADDR"),
    (24, "RTM_NEWROUTE"),
    (25, "RTM_DELROUTE"),
    (26, "RTM_GETROUTE"),
    (28, "RTM_NEWNEIGH"),
    (29, "RTM_DELNEIGH"),
    (30, "RTM_GETNEIGH"),
    (32, "RTM_NEWRULE"),
    (33, "RTM_DELRULE"),
    (34, "RTM_GETRULE"),
    (36, "RTM_NEWQDISC"),
    (37, "RTM_DELQDISC"),
    (38, "RTM_GETQDISC"),
    (40, "RTM_NEWTCLASS"),
    (41, "RTM_DELTCLASS"),
    (42, "RTM_GETTCLASS"),
    (44, "RTM_NEWTFILTER"),
    (45, "RTM_DELTFILTER"),
    (46, "RTM_GETTFILTER"),
    (48, "RTM_NEWACTION"),
    (49, "RTM_DELACTION"),
    (50, "RTM_GETACTION"),
    (52, "RTM_NEWPREFIX"),
    (58, "RTM_GETMULTICAST"),
    (62, "RTM_GETANYCAST"),
    (64, "RTM_NEWNEIGHTBL"),
    (66, "RTM_GETNEIGHTBL"),
    (67, "RTM_SETNEIGHTBL"),
    (68, "RTM_NEWNDUSEROPT"),
    (72, "RTM_NEWADDRLABEL"),
    (73, "RTM_DELADDRLABEL"),
    (74, "RTM_GETADDRLABEL"),
    (78, "RTM_GETDCB"),
    (79, "RTM_SETDCB"),
    (80, "RTM_NEWNETCONF"),
    (81, "RTM_DELNETCONF"),
    (82, "RTM_GETNETCONF"),
    (84, "RTM_NEWMDB"),
    (85, "RTM_DELMDB"),
    (86, "RTM_GETMDB"),
    (88, "RTM_NEWNSID"),
    (89, "RTM_DELNSID"),
    (90, "RTM_GETNSID"),
    (92, "RTM_NEWSTATS"),
    (94, "RTM_GETSTATS"),
    (95, "RTM_SETSTATS"),
    (96, "RTM_NEWCACHEREPORT"),
    (100, "RTM_NEWCHAIN"),
    (101, "RTM_DELCHAIN"),
    (102, "RTM_GETCHAIN"),
    (104, "RTM_NEWNEXTHOP"),
    (105, "RTM_DELNEXTHOP"),
    (106, "RTM_GETNEXTHOP"),
    (108, "RTM_NEWLINKPROP"),
    (109, "RTM_DELLINKPROP"),
    (110, "RTM_GETLINKPROP"),
    (112, "RTM_NEWVLAN"),
    (113, "RTM_DELVLAN"),
    (114, "RTM_GETVLAN"),
    (116, "RTM_NEWNEXTHOPBUCKET"),
    (117, "RTM_DELNEXTHOPBUCKET"),
    (118, "RTM_GETNEXTHOPBUCKET"),
    (120, "RTM_NEWTUNNEL"),
    (121, "RTM_DELTUNNEL"),
    (122, "RTM_GETTUNNEL"),
];

/// NETLINK_SOCK_DIAG message types.
pub static SOCK_DIAG_TYPES: Xlat = &[
    (18, "TCPDIAG_GETSOCK"),
    (19, "DCCPDIAG_GETSOCK"),
    (20, "SOCK_DIAG_BY_FAMILY"),
    (21, "SOCK_DESTROY"),
];

// nlmsg_flags: the flags every message may carry (NLM_F), then the ones whose meaning depends
// on the kind of request (strace prints the common ones first, then the specific ones).

/// Flags of any message.
pub static NLM_F: Xlat = &[
    (0x1, "NLM_F_REQUEST"),
    (0x2, "NLM_F_MULTI"),
    (0x4, "NLM_F_ACK"),
    (0x8, "NLM_F_ECHO"),
    (0x10, "NLM_F_DUMP_INTR"),
    (0x20, "NLM_F_DUMP_FILTERED"),
];

/// Flags of GET requests.
pub static NLM_F_GET: Xlat = &[
    (0x300, "NLM_F_DUMP"),
    (0x100, "NLM_F_ROOT"),
    (0x200, "NLM_F_MATCH"),
    (0x400, "NLM_F_ATOMIC"),
];

/// Flags of NEW requests.
pub static NLM_F_NEW: Xlat = &[
    (0x100, "NLM_F_REPLACE"),
    (0x200, "NLM_F_EXCL"),
    (0x400, "NLM_F_CREATE"),
    (0x800, "NLM_F_APPEND"),
];

/// Flags of DELETE requests.
pub static NLM_F_DELETE: Xlat = &[(0x100, "NLM_F_NONREC"), (0x200, "NLM_F_BULK")];

/// Flags of NLMSG_ERROR (acknowledgement) messages.
pub static NLM_F_ACKS: Xlat = &[(0x100, "NLM_F_CAPPED"), (0x200, "NLM_F_ACK_TLVS")];

/// Extended acknowledgement attributes (NLMSGERR_ATTR_*).
pub static NLMSGERR_ATTRS: Xlat = &[
    (0, "NLMSGERR_ATTR_UNUSED"),
    (1, "NLMSGERR_ATTR_MSG"),
    (2, "NLMSGERR_ATTR_OFFS"),
    (3, "NLMSGERR_ATTR_COOKIE"),
    (4, "NLMSGERR_ATTR_POLICY"),
    (5, "NLMSGERR_ATTR_MISS_TYPE"),
    (6, "NLMSGERR_ATTR_MISS_NEST"),
];
/// NETLINK_AUDIT message types (linux/audit.h).
pub static AUDIT_TYPES: Xlat = &[
    (1000, "AUDIT_GET"),
    (1001, "AUDIT_SET"),
    (1002, "AUDIT_LIST"),
    (1003, "AUDIT_ADD"),
    (1004, "AUDIT_DEL"),
    (1005, "AUDIT_USER"),
    (1006, "AUDIT_LOGIN"),
    (1007, "AUDIT_WATCH_INS"),
    (1008, "AUDIT_WATCH_REM"),
    (1009, "AUDIT_WATCH_LIST"),
    (1010, "AUDIT_SIGNAL_INFO"),
    (1011, "AUDIT_ADD_RULE"),
    (1012, "AUDIT_DEL_RULE"),
    (1013, "AUDIT_LIST_RULES"),
    (1014, "AUDIT_TRIM"),
    (1015, "AUDIT_MAKE_EQUIV"),
    (1016, "AUDIT_TTY_GET"),
    (1017, "AUDIT_TTY_SET"),
    (1018, "AUDIT_SET_FEATURE"),
    (1019, "AUDIT_GET_FEATURE"),
    (1100, "AUDIT_FIRST_USER_MSG"),
    (1107, "AUDIT_USER_AVC"),
    (1124, "AUDIT_USER_TTY"),
    (1199, "AUDIT_LAST_USER_MSG"),
    (1200, "AUDIT_DAEMON_START"),
    (1201, "AUDIT_DAEMON_END"),
    (1202, "AUDIT_DAEMON_ABORT"),
    (1203, "AUDIT_DAEMON_CONFIG"),
    (1300, "AUDIT_SYSCALL"),
    (1301, "AUDIT_FS_WATCH"),
    (1302, "AUDIT_PATH"),
    (1303, "AUDIT_IPC"),
    (1304, "AUDIT_SOCKETCALL"),
    (1305, "AUDIT_CONFIG_CHANGE"),
    (1306, "AUDIT_SOCKADDR"),
    (1307, "AUDIT_CWD"),
    (1309, "AUDIT_EXECVE"),
    (1311, "AUDIT_IPC_SET_PERM"),
    (1312, "AUDIT_MQ_OPEN"),
    (1313, "AUDIT_MQ_SENDRECV"),
    (1314, "AUDIT_MQ_NOTIFY"),
    (1315, "AUDIT_MQ_GETSETATTR"),
    (1316, "AUDIT_KERNEL_OTHER"),
    (1317, "AUDIT_FD_PAIR"),
    (1318, "AUDIT_OBJ_PID"),
    (1319, "AUDIT_TTY"),
    (1320, "AUDIT_EOE"),
    (1321, "AUDIT_BPRM_FCAPS"),
    (1322, "AUDIT_CAPSET"),
    (1323, "AUDIT_MMAP"),
    (1324, "AUDIT_NETFILTER_PKT"),
    (1325, "AUDIT_NETFILTER_CFG"),
    (1326, "AUDIT_SECCOMP"),
    (1327, "AUDIT_PROCTITLE"),
    (1328, "AUDIT_FEATURE_CHANGE"),
    (1329, "AUDIT_REPLACE"),
    (1330, "AUDIT_KERN_MODULE"),
    (1331, "AUDIT_FANOTIFY"),
    (1332, "AUDIT_TIME_INJOFFSET"),
    (1333, "AUDIT_TIME_ADJNTPVAL"),
    (1334, "AUDIT_BPF"),
    (1335, "AUDIT_EVENT_LISTENER"),
    (1336, "AUDIT_URINGOP"),
    (1337, "AUDIT_OPENAT2"),
    (1338, "AUDIT_DM_CTRL"),
    (1339, "AUDIT_DM_EVENT"),
    (1400, "AUDIT_AVC"),
    (1401, "AUDIT_SELINUX_ERR"),
    (1402, "AUDIT_AVC_PATH"),
    (1403, "AUDIT_MAC_POLICY_LOAD"),
    (1404, "AUDIT_MAC_STATUS"),
    (1405, "AUDIT_MAC_CONFIG_CHANGE"),
    (1406, "AUDIT_MAC_UNLBL_ALLOW"),
    (1407, "AUDIT_MAC_CIPSOV4_ADD"),
    (1408, "AUDIT_MAC_CIPSOV4_DEL"),
    (1409, "AUDIT_MAC_MAP_ADD"),
    (1410, "AUDIT_MAC_MAP_DEL"),
    (1411, "AUDIT_MAC_IPSEC_ADDSA"),
    (1412, "AUDIT_MAC_IPSEC_DELSA"),
    (1413, "AUDIT_MAC_IPSEC_ADDSPD"),
    (1414, "AUDIT_MAC_IPSEC_DELSPD"),
    (1415, "AUDIT_MAC_IPSEC_EVENT"),
    (1416, "AUDIT_MAC_UNLBL_STCADD"),
    (1417, "AUDIT_MAC_UNLBL_STCDEL"),
    (1418, "AUDIT_MAC_CALIPSO_ADD"),
    (1419, "AUDIT_MAC_CALIPSO_DEL"),
    (1700, "AUDIT_ANOM_PROMISCUOUS"),
    (1701, "AUDIT_ANOM_ABEND"),
    (1702, "AUDIT_ANOM_LINK"),
    (1703, "AUDIT_ANOM_CREAT"),
    (1799, "AUDIT_LAST_KERN_ANOM_MSG"),
    (1800, "AUDIT_INTEGRITY_DATA"),
    (1801, "AUDIT_INTEGRITY_METADATA"),
    (1802, "AUDIT_INTEGRITY_STATUS"),
    (1803, "AUDIT_INTEGRITY_HASH"),
    (1804, "AUDIT_INTEGRITY_PCR"),
    (1805, "AUDIT_INTEGRITY_RULE"),
    (1806, "AUDIT_INTEGRITY_EVM_XATTR"),
    (1807, "AUDIT_INTEGRITY_POLICY_RULE"),
    (2000, "AUDIT_KERNEL"),
    (2100, "AUDIT_FIRST_USER_MSG2"),
    (2999, "AUDIT_LAST_USER_MSG2"),
];

/// NETLINK_XFRM message types (linux/xfrm.h).
pub static XFRM_TYPES: Xlat = &[
    (0x10, "XFRM_MSG_NEWSA"),
    (0x11, "XFRM_MSG_DELSA"),
    (0x12, "XFRM_MSG_GETSA"),
    (0x13, "XFRM_MSG_NEWPOLICY"),
    (0x14, "XFRM_MSG_DELPOLICY"),
    (0x15, "XFRM_MSG_GETPOLICY"),
    (0x16, "XFRM_MSG_ALLOCSPI"),
    (0x17, "XFRM_MSG_ACQUIRE"),
    (0x18, "XFRM_MSG_EXPIRE"),
    (0x19, "XFRM_MSG_UPDPOLICY"),
    (0x1a, "XFRM_MSG_UPDSA"),
    (0x1b, "XFRM_MSG_POLEXPIRE"),
    (0x1c, "XFRM_MSG_FLUSHSA"),
    (0x1d, "XFRM_MSG_FLUSHPOLICY"),
    (0x1e, "XFRM_MSG_NEWAE"),
    (0x1f, "XFRM_MSG_GETAE"),
    (0x20, "XFRM_MSG_REPORT"),
    (0x21, "XFRM_MSG_MIGRATE"),
    (0x22, "XFRM_MSG_NEWSADINFO"),
    (0x23, "XFRM_MSG_GETSADINFO"),
    (0x24, "XFRM_MSG_NEWSPDINFO"),
    (0x25, "XFRM_MSG_GETSPDINFO"),
    (0x26, "XFRM_MSG_MAPPING"),
    (0x27, "XFRM_MSG_SETDEFAULT"),
    (0x28, "XFRM_MSG_GETDEFAULT"),
];

/// NETLINK_SELINUX message types (linux/selinux_netlink.h).
pub static SELINUX_TYPES: Xlat = &[
    (0x10, "SELNL_MSG_SETENFORCE"),
    (0x11, "SELNL_MSG_POLICYLOAD"),
];

/// NETLINK_CRYPTO message types (linux/cryptouser.h).
pub static CRYPTO_TYPES: Xlat = &[
    (0x10, "CRYPTO_MSG_NEWALG"),
    (0x11, "CRYPTO_MSG_DELALG"),
    (0x12, "CRYPTO_MSG_UPDATEALG"),
    (0x13, "CRYPTO_MSG_GETALG"),
    (0x14, "CRYPTO_MSG_DELRNG"),
    (0x15, "CRYPTO_MSG_GETSTAT"),
];

/// NETLINK_NETFILTER subsystems, the high byte of the message type (linux/netfilter/nfnetlink.h).
pub static NFNL_SUBSYS: Xlat = &[
    (0, "NFNL_SUBSYS_NONE"),
    (1, "NFNL_SUBSYS_CTNETLINK"),
    (2, "NFNL_SUBSYS_CTNETLINK_EXP"),
    (3, "NFNL_SUBSYS_QUEUE"),
    (4, "NFNL_SUBSYS_ULOG"),
    (5, "NFNL_SUBSYS_OSF"),
    (6, "NFNL_SUBSYS_IPSET"),
    (7, "NFNL_SUBSYS_ACCT"),
    (8, "NFNL_SUBSYS_CTNETLINK_TIMEOUT"),
    (9, "NFNL_SUBSYS_CTHELPER"),
    (10, "NFNL_SUBSYS_NFTABLES"),
    (11, "NFNL_SUBSYS_NFT_COMPAT"),
    (12, "NFNL_SUBSYS_HOOK"),
];

/// NETLINK_NETFILTER's own control messages.
pub static NFNL_MSG: Xlat = &[(0x10, "NFNL_MSG_BATCH_BEGIN"), (0x11, "NFNL_MSG_BATCH_END")];

/// ctnetlink message types.
pub static NF_CT_MSG: Xlat = &[
    (0, "IPCTNL_MSG_CT_NEW"),
    (1, "IPCTNL_MSG_CT_GET"),
    (2, "IPCTNL_MSG_CT_DELETE"),
    (3, "IPCTNL_MSG_CT_GET_CTRZERO"),
    (4, "IPCTNL_MSG_CT_GET_STATS_CPU"),
    (5, "IPCTNL_MSG_CT_GET_STATS"),
    (6, "IPCTNL_MSG_CT_GET_DYING"),
    (7, "IPCTNL_MSG_CT_GET_UNCONFIRMED"),
];

/// ctnetlink expectation message types.
pub static NF_CT_EXP_MSG: Xlat = &[
    (0, "IPCTNL_MSG_EXP_NEW"),
    (1, "IPCTNL_MSG_EXP_GET"),
    (2, "IPCTNL_MSG_EXP_DELETE"),
    (3, "IPCTNL_MSG_EXP_GET_STATS_CPU"),
];

/// nfnetlink_queue message types.
pub static NF_QUEUE_MSG: Xlat = &[
    (0, "NFQNL_MSG_PACKET"),
    (1, "NFQNL_MSG_VERDICT"),
    (2, "NFQNL_MSG_CONFIG"),
    (3, "NFQNL_MSG_VERDICT_BATCH"),
];

/// nfnetlink_log message types.
pub static NF_ULOG_MSG: Xlat = &[(0, "NFULNL_MSG_PACKET"), (1, "NFULNL_MSG_CONFIG")];

/// nfnetlink_osf message types.
pub static NF_OSF_MSG: Xlat = &[(0, "OSF_MSG_ADD"), (1, "OSF_MSG_REMOVE")];

/// ipset message types.
pub static NF_IPSET_MSG: Xlat = &[
    (0, "IPSET_CMD_NONE"),
    (1, "IPSET_CMD_PROTOCOL"),
    (2, "IPSET_CMD_CREATE"),
    (3, "IPSET_CMD_DESTROY"),
    (4, "IPSET_CMD_FLUSH"),
    (5, "IPSET_CMD_RENAME"),
    (6, "IPSET_CMD_SWAP"),
    (7, "IPSET_CMD_LIST"),
    (8, "IPSET_CMD_SAVE"),
    (9, "IPSET_CMD_ADD"),
    (10, "IPSET_CMD_DEL"),
    (11, "IPSET_CMD_TEST"),
    (12, "IPSET_CMD_HEADER"),
    (13, "IPSET_CMD_TYPE"),
    (14, "IPSET_CMD_GET_BYNAME"),
    (15, "IPSET_CMD_GET_BYINDEX"),
    (16, "IPSET_CMD_RESTORE"),
    (17, "IPSET_CMD_HELP"),
    (18, "IPSET_CMD_VERSION"),
    (19, "IPSET_CMD_QUIT"),
    (20, "IPSET_CMD_COMMIT"),
];

/// nfnetlink_acct message types.
pub static NF_ACCT_MSG: Xlat = &[
    (0, "NFNL_MSG_ACCT_NEW"),
    (1, "NFNL_MSG_ACCT_GET"),
    (2, "NFNL_MSG_ACCT_GET_CTRZERO"),
    (3, "NFNL_MSG_ACCT_DEL"),
    (4, "NFNL_MSG_ACCT_OVERQUOTA"),
];

/// nfnetlink_cttimeout message types.
pub static NF_CTTIMEOUT_MSG: Xlat = &[
    (0, "IPCTNL_MSG_TIMEOUT_NEW"),
    (1, "IPCTNL_MSG_TIMEOUT_GET"),
    (2, "IPCTNL_MSG_TIMEOUT_DELETE"),
    (3, "IPCTNL_MSG_TIMEOUT_DEFAULT_SET"),
    (4, "IPCTNL_MSG_TIMEOUT_DEFAULT_GET"),
];

/// nfnetlink_cthelper message types.
pub static NF_CTHELPER_MSG: Xlat = &[
    (0, "NFNL_MSG_CTHELPER_NEW"),
    (1, "NFNL_MSG_CTHELPER_GET"),
    (2, "NFNL_MSG_CTHELPER_DEL"),
];

/// nf_tables message types.
pub static NF_NFT_MSG: Xlat = &[
    (0, "NFT_MSG_NEWTABLE"),
    (1, "NFT_MSG_GETTABLE"),
    (2, "NFT_MSG_DELTABLE"),
    (3, "NFT_MSG_NEWCHAIN"),
    (4, "NFT_MSG_GETCHAIN"),
    (5, "NFT_MSG_DELCHAIN"),
    (6, "NFT_MSG_NEWRULE"),
    (7, "NFT_MSG_GETRULE"),
    (8, "NFT_MSG_DELRULE"),
    (9, "NFT_MSG_NEWSET"),
    (10, "NFT_MSG_GETSET"),
    (11, "NFT_MSG_DELSET"),
    (12, "NFT_MSG_NEWSETELEM"),
    (13, "NFT_MSG_GETSETELEM"),
    (14, "NFT_MSG_DELSETELEM"),
    (15, "NFT_MSG_NEWGEN"),
    (16, "NFT_MSG_GETGEN"),
    (17, "NFT_MSG_TRACE"),
    (18, "NFT_MSG_NEWOBJ"),
    (19, "NFT_MSG_GETOBJ"),
    (20, "NFT_MSG_DELOBJ"),
    (21, "NFT_MSG_GETOBJ_RESET"),
    (22, "NFT_MSG_NEWFLOWTABLE"),
    (23, "NFT_MSG_GETFLOWTABLE"),
    (24, "NFT_MSG_DELFLOWTABLE"),
];

/// nf_tables_compat message types.
pub static NF_NFT_COMPAT_MSG: Xlat = &[(0, "NFNL_MSG_COMPAT_GET")];

/// nfnetlink_hook message types.
pub static NF_HOOK_MSG: Xlat = &[(0, "NFNL_MSG_HOOK_GET")];

/// `struct nfgenmsg`'s version.
pub static NFNETLINK_VERSIONS: Xlat = &[(0, "NFNETLINK_V0")];
