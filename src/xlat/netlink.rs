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

// nlmsg_flags: the flags every message may carry, followed by the ones whose meaning depends
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
    (0x1, "NLM_F_REQUEST"),
    (0x2, "NLM_F_MULTI"),
    (0x4, "NLM_F_ACK"),
    (0x8, "NLM_F_ECHO"),
    (0x10, "NLM_F_DUMP_INTR"),
    (0x20, "NLM_F_DUMP_FILTERED"),
    (0x300, "NLM_F_DUMP"),
    (0x100, "NLM_F_ROOT"),
    (0x200, "NLM_F_MATCH"),
    (0x400, "NLM_F_ATOMIC"),
];

/// Flags of NEW requests.
pub static NLM_F_NEW: Xlat = &[
    (0x1, "NLM_F_REQUEST"),
    (0x2, "NLM_F_MULTI"),
    (0x4, "NLM_F_ACK"),
    (0x8, "NLM_F_ECHO"),
    (0x10, "NLM_F_DUMP_INTR"),
    (0x20, "NLM_F_DUMP_FILTERED"),
    (0x100, "NLM_F_REPLACE"),
    (0x200, "NLM_F_EXCL"),
    (0x400, "NLM_F_CREATE"),
    (0x800, "NLM_F_APPEND"),
];

/// Flags of DELETE requests.
pub static NLM_F_DELETE: Xlat = &[
    (0x1, "NLM_F_REQUEST"),
    (0x2, "NLM_F_MULTI"),
    (0x4, "NLM_F_ACK"),
    (0x8, "NLM_F_ECHO"),
    (0x10, "NLM_F_DUMP_INTR"),
    (0x20, "NLM_F_DUMP_FILTERED"),
    (0x100, "NLM_F_NONREC"),
    (0x200, "NLM_F_BULK"),
];

/// Flags of NLMSG_ERROR (acknowledgement) messages.
pub static NLM_F_ACKS: Xlat = &[
    (0x1, "NLM_F_REQUEST"),
    (0x2, "NLM_F_MULTI"),
    (0x4, "NLM_F_ACK"),
    (0x8, "NLM_F_ECHO"),
    (0x10, "NLM_F_DUMP_INTR"),
    (0x20, "NLM_F_DUMP_FILTERED"),
    (0x100, "NLM_F_CAPPED"),
    (0x200, "NLM_F_ACK_TLVS"),
];

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
