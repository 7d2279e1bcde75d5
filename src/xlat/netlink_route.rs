//! Tables for NETLINK_ROUTE payloads (ifinfomsg, ifaddrmsg, rtmsg ...) and their attributes
//! (values from the kernel headers; the names strace 6.1 knows).
#![allow(dead_code)]

use super::Xlat;

/// linux/if_link.h: IFLA_* (rtnl_link_attrs).
pub static IFLA_ATTRS: Xlat = &[
    (0, "IFLA_UNSPEC"),
    (1, "IFLA_ADDRESS"),
    (2, "IFLA_BROADCAST"),
    (3, "IFLA_IFNAME"),
    (4, "IFLA_MTU"),
    (5, "IFLA_LINK"),
    (6, "IFLA_QDISC"),
    (7, "IFLA_STATS"),
    (8, "IFLA_COST"),
    (9, "IFLA_PRIORITY"),
    (10, "IFLA_MASTER"),
    (11, "IFLA_WIRELESS"),
    (12, "IFLA_PROTINFO"),
    (13, "IFLA_TXQLEN"),
    (14, "IFLA_MAP"),
    (15, "IFLA_WEIGHT"),
    (16, "IFLA_OPERSTATE"),
    (17, "IFLA_LINKMODE"),
    (18, "IFLA_LINKINFO"),
    (19, "IFLA_NET_NS_PID"),
    (20, "IFLA_IFALIAS"),
    (21, "IFLA_NUM_VF"),
    (22, "IFLA_VFINFO_LIST"),
    (23, "IFLA_STATS64"),
    (24, "IFLA_VF_PORTS"),
    (25, "IFLA_PORT_SELF"),
    (26, "IFLA_AF_SPEC"),
    (27, "IFLA_GROUP"),
    (28, "IFLA_NET_NS_FD"),
    (29, "IFLA_EXT_MASK"),
    (30, "IFLA_PROMISCUITY"),
    (31, "IFLA_NUM_TX_QUEUES"),
    (32, "IFLA_NUM_RX_QUEUES"),
    (33, "IFLA_CARRIER"),
    (34, "IFLA_PHYS_PORT_ID"),
    (35, "IFLA_CARRIER_CHANGES"),
    (36, "IFLA_PHYS_SWITCH_ID"),
    (37, "IFLA_LINK_NETNSID"),
    (38, "IFLA_PHYS_PORT_NAME"),
    (39, "IFLA_PROTO_DOWN"),
    (40, "IFLA_GSO_MAX_SEGS"),
    (41, "IFLA_GSO_MAX_SIZE"),
    (42, "IFLA_PAD"),
    (43, "IFLA_XDP"),
    (44, "IFLA_EVENT"),
    (45, "IFLA_NEW_NETNSID"),
    (46, "IFLA_IF_NETNSID"),
    (47, "IFLA_CARRIER_UP_COUNT"),
    (48, "IFLA_CARRIER_DOWN_COUNT"),
    (49, "IFLA_NEW_IFINDEX"),
    (50, "IFLA_MIN_MTU"),
    (51, "IFLA_MAX_MTU"),
    (52, "IFLA_PROP_LIST"),
    (53, "IFLA_ALT_IFNAME"),
    (54, "IFLA_PERM_ADDRESS"),
    (55, "IFLA_PROTO_DOWN_REASON"),
    (56, "IFLA_PARENT_DEV_NAME"),
    (57, "IFLA_PARENT_DEV_BUS_NAME"),
    (58, "IFLA_GRO_MAX_SIZE"),
    (59, "IFLA_TSO_MAX_SIZE"),
    (60, "IFLA_TSO_MAX_SEGS"),
    (61, "IFLA_ALLMULTI"),
];

/// linux/rtnetlink.h: RTEXT_FILTER_* (IFLA_EXT_MASK).
pub static RTEXT_FILTER: Xlat = &[
    (1, "RTEXT_FILTER_VF"),
    (2, "RTEXT_FILTER_BRVLAN"),
    (4, "RTEXT_FILTER_BRVLAN_COMPRESSED"),
    (8, "RTEXT_FILTER_SKIP_STATS"),
    (0x10, "RTEXT_FILTER_MRP"),
    (0x20, "RTEXT_FILTER_CFM_CONFIG"),
    (0x40, "RTEXT_FILTER_CFM_STATUS"),
];

/// linux/if_link.h: IFLA_INFO_*.
pub static IFLA_INFO_ATTRS: Xlat = &[
    (0, "IFLA_INFO_UNSPEC"),
    (1, "IFLA_INFO_KIND"),
    (2, "IFLA_INFO_DATA"),
    (3, "IFLA_INFO_XSTATS"),
    (4, "IFLA_INFO_SLAVE_KIND"),
    (5, "IFLA_INFO_SLAVE_DATA"),
];

/// linux/if_link.h: IFLA_XDP_*.
pub static IFLA_XDP_ATTRS: Xlat = &[
    (0, "IFLA_XDP_UNSPEC"),
    (1, "IFLA_XDP_FD"),
    (2, "IFLA_XDP_ATTACHED"),
    (3, "IFLA_XDP_FLAGS"),
    (4, "IFLA_XDP_PROG_ID"),
    (5, "IFLA_XDP_DRV_PROG_ID"),
    (6, "IFLA_XDP_SKB_PROG_ID"),
    (7, "IFLA_XDP_HW_PROG_ID"),
    (8, "IFLA_XDP_EXPECTED_FD"),
];

/// linux/if_link.h: XDP_ATTACHED_*.
pub static XDP_ATTACHED: Xlat = &[
    (0, "XDP_ATTACHED_NONE"),
    (1, "XDP_ATTACHED_DRV"),
    (2, "XDP_ATTACHED_SKB"),
    (3, "XDP_ATTACHED_HW"),
    (4, "XDP_ATTACHED_MULTI"),
];

/// linux/if_link.h: XDP_FLAGS_*.
pub static XDP_FLAGS: Xlat = &[
    (1, "XDP_FLAGS_UPDATE_IF_NOEXIST"),
    (2, "XDP_FLAGS_SKB_MODE"),
    (4, "XDP_FLAGS_DRV_MODE"),
    (8, "XDP_FLAGS_HW_MODE"),
    (0x10, "XDP_FLAGS_REPLACE"),
];

/// linux/if_link.h: IFLA_INET_*.
pub static IFLA_INET_ATTRS: Xlat = &[(0, "IFLA_INET_UNSPEC"), (1, "IFLA_INET_CONF")];

/// linux/if_link.h: IFLA_INET6_*.
pub static IFLA_INET6_ATTRS: Xlat = &[
    (0, "IFLA_INET6_UNSPEC"),
    (1, "IFLA_INET6_FLAGS"),
    (2, "IFLA_INET6_CONF"),
    (3, "IFLA_INET6_STATS"),
    (4, "IFLA_INET6_MCAST"),
    (5, "IFLA_INET6_CACHEINFO"),
    (6, "IFLA_INET6_ICMP6STATS"),
    (7, "IFLA_INET6_TOKEN"),
    (8, "IFLA_INET6_ADDR_GEN_MODE"),
    (9, "IFLA_INET6_RA_MTU"),
];

/// linux/if_link.h: IN6_ADDR_GEN_MODE_*.
pub static IN6_ADDR_GEN_MODE: Xlat = &[
    (0, "IN6_ADDR_GEN_MODE_EUI64"),
    (1, "IN6_ADDR_GEN_MODE_NONE"),
    (2, "IN6_ADDR_GEN_MODE_STABLE_PRIVACY"),
    (3, "IN6_ADDR_GEN_MODE_RANDOM"),
];

/// linux/if_link.h: IFLA_EVENT_*.
pub static IFLA_EVENTS: Xlat = &[
    (0, "IFLA_EVENT_NONE"),
    (1, "IFLA_EVENT_REBOOT"),
    (2, "IFLA_EVENT_FEATURES"),
    (3, "IFLA_EVENT_BONDING_FAILOVER"),
    (4, "IFLA_EVENT_NOTIFY_PEERS"),
    (5, "IFLA_EVENT_IGMP_RESEND"),
    (6, "IFLA_EVENT_BONDING_OPTIONS"),
];

/// linux/if_link.h: IFLA_PROTO_DOWN_REASON_*.
pub static IFLA_PROTO_DOWN_REASON_ATTRS: Xlat = &[
    (0, "IFLA_PROTO_DOWN_REASON_UNSPEC"),
    (1, "IFLA_PROTO_DOWN_REASON_MASK"),
    (2, "IFLA_PROTO_DOWN_REASON_VALUE"),
];

/// linux/if_link.h: IFLA_PORT_*.
pub static IFLA_PORT_ATTRS: Xlat = &[
    (0, "IFLA_PORT_UNSPEC"),
    (1, "IFLA_PORT_VF"),
    (2, "IFLA_PORT_PROFILE"),
    (3, "IFLA_PORT_VSI_TYPE"),
    (4, "IFLA_PORT_INSTANCE_UUID"),
    (5, "IFLA_PORT_HOST_UUID"),
    (6, "IFLA_PORT_REQUEST"),
    (7, "IFLA_PORT_RESPONSE"),
];

/// linux/if_link.h: IFLA_VF_PORT_*.
pub static IFLA_VF_PORT_ATTRS: Xlat = &[(0, "IFLA_VF_PORT_UNSPEC"), (1, "IFLA_VF_PORT")];

/// linux/if_link.h: IFLA_BRPORT_*.
pub static IFLA_BRPORT_ATTRS: Xlat = &[
    (0, "IFLA_BRPORT_UNSPEC"),
    (1, "IFLA_BRPORT_STATE"),
    (2, "IFLA_BRPORT_PRIORITY"),
    (3, "IFLA_BRPORT_COST"),
    (4, "IFLA_BRPORT_MODE"),
    (5, "IFLA_BRPORT_GUARD"),
    (6, "IFLA_BRPORT_PROTECT"),
    (7, "IFLA_BRPORT_FAST_LEAVE"),
    (8, "IFLA_BRPORT_LEARNING"),
    (9, "IFLA_BRPORT_UNICAST_FLOOD"),
    (10, "IFLA_BRPORT_PROXYARP"),
    (11, "IFLA_BRPORT_LEARNING_SYNC"),
    (12, "IFLA_BRPORT_PROXYARP_WIFI"),
    (13, "IFLA_BRPORT_ROOT_ID"),
    (14, "IFLA_BRPORT_BRIDGE_ID"),
    (15, "IFLA_BRPORT_DESIGNATED_PORT"),
    (16, "IFLA_BRPORT_DESIGNATED_COST"),
    (17, "IFLA_BRPORT_ID"),
    (18, "IFLA_BRPORT_NO"),
    (19, "IFLA_BRPORT_TOPOLOGY_CHANGE_ACK"),
    (20, "IFLA_BRPORT_CONFIG_PENDING"),
    (21, "IFLA_BRPORT_MESSAGE_AGE_TIMER"),
    (22, "IFLA_BRPORT_FORWARD_DELAY_TIMER"),
    (23, "IFLA_BRPORT_HOLD_TIMER"),
    (24, "IFLA_BRPORT_FLUSH"),
    (25, "IFLA_BRPORT_MULTICAST_ROUTER"),
    (26, "IFLA_BRPORT_PAD"),
    (27, "IFLA_BRPORT_MCAST_FLOOD"),
    (28, "IFLA_BRPORT_MCAST_TO_UCAST"),
    (29, "IFLA_BRPORT_VLAN_TUNNEL"),
    (30, "IFLA_BRPORT_BCAST_FLOOD"),
    (31, "IFLA_BRPORT_GROUP_FWD_MASK"),
    (32, "IFLA_BRPORT_NEIGH_SUPPRESS"),
    (33, "IFLA_BRPORT_ISOLATED"),
    (34, "IFLA_BRPORT_BACKUP_PORT"),
    (35, "IFLA_BRPORT_MRP_RING_OPEN"),
    (36, "IFLA_BRPORT_MRP_IN_OPEN"),
    (37, "IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT"),
    (38, "IFLA_BRPORT_MCAST_EHT_HOSTS_CNT"),
    (39, "IFLA_BRPORT_LOCKED"),
];

/// linux/if_link.h: IFLA_BR_*.
pub static IFLA_BR_ATTRS: Xlat = &[
    (0, "IFLA_BR_UNSPEC"),
    (1, "IFLA_BR_FORWARD_DELAY"),
    (2, "IFLA_BR_HELLO_TIME"),
    (3, "IFLA_BR_MAX_AGE"),
    (4, "IFLA_BR_AGEING_TIME"),
    (5, "IFLA_BR_STP_STATE"),
    (6, "IFLA_BR_PRIORITY"),
    (7, "IFLA_BR_VLAN_FILTERING"),
    (8, "IFLA_BR_VLAN_PROTOCOL"),
    (9, "IFLA_BR_GROUP_FWD_MASK"),
    (10, "IFLA_BR_ROOT_ID"),
    (11, "IFLA_BR_BRIDGE_ID"),
    (12, "IFLA_BR_ROOT_PORT"),
    (13, "IFLA_BR_ROOT_PATH_COST"),
    (14, "IFLA_BR_TOPOLOGY_CHANGE"),
    (15, "IFLA_BR_TOPOLOGY_CHANGE_DETECTED"),
    (16, "IFLA_BR_HELLO_TIMER"),
    (17, "IFLA_BR_TCN_TIMER"),
    (18, "IFLA_BR_TOPOLOGY_CHANGE_TIMER"),
    (19, "IFLA_BR_GC_TIMER"),
    (20, "IFLA_BR_GROUP_ADDR"),
    (21, "IFLA_BR_FDB_FLUSH"),
    (22, "IFLA_BR_MCAST_ROUTER"),
    (23, "IFLA_BR_MCAST_SNOOPING"),
    (24, "IFLA_BR_MCAST_QUERY_USE_IFADDR"),
    (25, "IFLA_BR_MCAST_QUERIER"),
    (26, "IFLA_BR_MCAST_HASH_ELASTICITY"),
    (27, "IFLA_BR_MCAST_HASH_MAX"),
    (28, "IFLA_BR_MCAST_LAST_MEMBER_CNT"),
    (29, "IFLA_BR_MCAST_STARTUP_QUERY_CNT"),
    (30, "IFLA_BR_MCAST_LAST_MEMBER_INTVL"),
    (31, "IFLA_BR_MCAST_MEMBERSHIP_INTVL"),
    (32, "IFLA_BR_MCAST_QUERIER_INTVL"),
    (33, "IFLA_BR_MCAST_QUERY_INTVL"),
    (34, "IFLA_BR_MCAST_QUERY_RESPONSE_INTVL"),
    (35, "IFLA_BR_MCAST_STARTUP_QUERY_INTVL"),
    (36, "IFLA_BR_NF_CALL_IPTABLES"),
    (37, "IFLA_BR_NF_CALL_IP6TABLES"),
    (38, "IFLA_BR_NF_CALL_ARPTABLES"),
    (39, "IFLA_BR_VLAN_DEFAULT_PVID"),
    (40, "IFLA_BR_PAD"),
    (41, "IFLA_BR_VLAN_STATS_ENABLED"),
    (42, "IFLA_BR_MCAST_STATS_ENABLED"),
    (43, "IFLA_BR_MCAST_IGMP_VERSION"),
    (44, "IFLA_BR_MCAST_MLD_VERSION"),
    (45, "IFLA_BR_VLAN_STATS_PER_PORT"),
    (46, "IFLA_BR_MULTI_BOOLOPT"),
    (47, "IFLA_BR_MCAST_QUERIER_STATE"),
];

/// linux/if_link.h: IFLA_TUN_*.
pub static IFLA_TUN_ATTRS: Xlat = &[
    (0, "IFLA_TUN_UNSPEC"),
    (1, "IFLA_TUN_OWNER"),
    (2, "IFLA_TUN_GROUP"),
    (3, "IFLA_TUN_TYPE"),
    (4, "IFLA_TUN_PI"),
    (5, "IFLA_TUN_VNET_HDR"),
    (6, "IFLA_TUN_PERSIST"),
    (7, "IFLA_TUN_MULTI_QUEUE"),
    (8, "IFLA_TUN_NUM_QUEUES"),
    (9, "IFLA_TUN_NUM_DISABLED_QUEUES"),
];

/// linux/ip.h: IPV4_DEVCONF_* as array indices (the value less one).
pub static IPV4_DEVCONF: Xlat = &[
    (0, "IPV4_DEVCONF_FORWARDING-1"),
    (1, "IPV4_DEVCONF_MC_FORWARDING-1"),
    (2, "IPV4_DEVCONF_PROXY_ARP-1"),
    (3, "IPV4_DEVCONF_ACCEPT_REDIRECTS-1"),
    (4, "IPV4_DEVCONF_SECURE_REDIRECTS-1"),
    (5, "IPV4_DEVCONF_SEND_REDIRECTS-1"),
    (6, "IPV4_DEVCONF_SHARED_MEDIA-1"),
    (7, "IPV4_DEVCONF_RP_FILTER-1"),
    (8, "IPV4_DEVCONF_ACCEPT_SOURCE_ROUTE-1"),
    (9, "IPV4_DEVCONF_BOOTP_RELAY-1"),
    (10, "IPV4_DEVCONF_LOG_MARTIANS-1"),
    (11, "IPV4_DEVCONF_TAG-1"),
    (12, "IPV4_DEVCONF_ARPFILTER-1"),
    (13, "IPV4_DEVCONF_MEDIUM_ID-1"),
    (14, "IPV4_DEVCONF_NOXFRM-1"),
    (15, "IPV4_DEVCONF_NOPOLICY-1"),
    (16, "IPV4_DEVCONF_FORCE_IGMP_VERSION-1"),
    (17, "IPV4_DEVCONF_ARP_ANNOUNCE-1"),
    (18, "IPV4_DEVCONF_ARP_IGNORE-1"),
    (19, "IPV4_DEVCONF_PROMOTE_SECONDARIES-1"),
    (20, "IPV4_DEVCONF_ARP_ACCEPT-1"),
    (21, "IPV4_DEVCONF_ARP_NOTIFY-1"),
    (22, "IPV4_DEVCONF_ACCEPT_LOCAL-1"),
    (23, "IPV4_DEVCONF_SRC_VMARK-1"),
    (24, "IPV4_DEVCONF_PROXY_ARP_PVLAN-1"),
    (25, "IPV4_DEVCONF_ROUTE_LOCALNET-1"),
    (26, "IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL-1"),
    (27, "IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL-1"),
    (28, "IPV4_DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN-1"),
    (29, "IPV4_DEVCONF_DROP_UNICAST_IN_L2_MULTICAST-1"),
    (30, "IPV4_DEVCONF_DROP_GRATUITOUS_ARP-1"),
    (31, "IPV4_DEVCONF_BC_FORWARDING-1"),
    (32, "IPV4_DEVCONF_ARP_EVICT_NOCARRIER-1"),
];

/// linux/ipv6.h: DEVCONF_*.
pub static DEVCONF: Xlat = &[
    (0, "DEVCONF_FORWARDING"),
    (1, "DEVCONF_HOPLIMIT"),
    (2, "DEVCONF_MTU6"),
    (3, "DEVCONF_ACCEPT_RA"),
    (4, "DEVCONF_ACCEPT_REDIRECTS"),
    (5, "DEVCONF_AUTOCONF"),
    (6, "DEVCONF_DAD_TRANSMITS"),
    (7, "DEVCONF_RTR_SOLICITS"),
    (8, "DEVCONF_RTR_SOLICIT_INTERVAL"),
    (9, "DEVCONF_RTR_SOLICIT_DELAY"),
    (10, "DEVCONF_USE_TEMPADDR"),
    (11, "DEVCONF_TEMP_VALID_LFT"),
    (12, "DEVCONF_TEMP_PREFERED_LFT"),
    (13, "DEVCONF_REGEN_MAX_RETRY"),
    (14, "DEVCONF_MAX_DESYNC_FACTOR"),
    (15, "DEVCONF_MAX_ADDRESSES"),
    (16, "DEVCONF_FORCE_MLD_VERSION"),
    (17, "DEVCONF_ACCEPT_RA_DEFRTR"),
    (18, "DEVCONF_ACCEPT_RA_PINFO"),
    (19, "DEVCONF_ACCEPT_RA_RTR_PREF"),
    (20, "DEVCONF_RTR_PROBE_INTERVAL"),
    (21, "DEVCONF_ACCEPT_RA_RT_INFO_MAX_PLEN"),
    (22, "DEVCONF_PROXY_NDP"),
    (23, "DEVCONF_OPTIMISTIC_DAD"),
    (24, "DEVCONF_ACCEPT_SOURCE_ROUTE"),
    (25, "DEVCONF_MC_FORWARDING"),
    (26, "DEVCONF_DISABLE_IPV6"),
    (27, "DEVCONF_ACCEPT_DAD"),
    (28, "DEVCONF_FORCE_TLLAO"),
    (29, "DEVCONF_NDISC_NOTIFY"),
    (30, "DEVCONF_MLDV1_UNSOLICITED_REPORT_INTERVAL"),
    (31, "DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL"),
    (32, "DEVCONF_SUPPRESS_FRAG_NDISC"),
    (33, "DEVCONF_ACCEPT_RA_FROM_LOCAL"),
    (34, "DEVCONF_USE_OPTIMISTIC"),
    (35, "DEVCONF_ACCEPT_RA_MTU"),
    (36, "DEVCONF_STABLE_SECRET"),
    (37, "DEVCONF_USE_OIF_ADDRS_ONLY"),
    (38, "DEVCONF_ACCEPT_RA_MIN_HOP_LIMIT"),
    (39, "DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN"),
    (40, "DEVCONF_DROP_UNICAST_IN_L2_MULTICAST"),
    (41, "DEVCONF_DROP_UNSOLICITED_NA"),
    (42, "DEVCONF_KEEP_ADDR_ON_DOWN"),
    (43, "DEVCONF_RTR_SOLICIT_MAX_INTERVAL"),
    (44, "DEVCONF_SEG6_ENABLED"),
    (45, "DEVCONF_SEG6_REQUIRE_HMAC"),
    (46, "DEVCONF_ENHANCED_DAD"),
    (47, "DEVCONF_ADDR_GEN_MODE"),
    (48, "DEVCONF_DISABLE_POLICY"),
    (49, "DEVCONF_ACCEPT_RA_RT_INFO_MIN_PLEN"),
    (50, "DEVCONF_NDISC_TCLASS"),
    (51, "DEVCONF_RPL_SEG_ENABLED"),
    (52, "DEVCONF_RA_DEFRTR_METRIC"),
    (53, "DEVCONF_IOAM6_ENABLED"),
    (54, "DEVCONF_IOAM6_ID"),
    (55, "DEVCONF_IOAM6_ID_WIDE"),
    (56, "DEVCONF_NDISC_EVICT_NOCARRIER"),
    (57, "DEVCONF_ACCEPT_UNTRACKED_NA"),
];

/// linux/snmp.h: IPSTATS_MIB_*.
pub static IPSTATS_MIB: Xlat = &[
    (0, "IPSTATS_MIB_NUM"),
    (1, "IPSTATS_MIB_INPKTS"),
    (2, "IPSTATS_MIB_INOCTETS"),
    (3, "IPSTATS_MIB_INDELIVERS"),
    (4, "IPSTATS_MIB_OUTFORWDATAGRAMS"),
    (5, "IPSTATS_MIB_OUTPKTS"),
    (6, "IPSTATS_MIB_OUTOCTETS"),
    (7, "IPSTATS_MIB_INHDRERRORS"),
    (8, "IPSTATS_MIB_INTOOBIGERRORS"),
    (9, "IPSTATS_MIB_INNOROUTES"),
    (10, "IPSTATS_MIB_INADDRERRORS"),
    (11, "IPSTATS_MIB_INUNKNOWNPROTOS"),
    (12, "IPSTATS_MIB_INTRUNCATEDPKTS"),
    (13, "IPSTATS_MIB_INDISCARDS"),
    (14, "IPSTATS_MIB_OUTDISCARDS"),
    (15, "IPSTATS_MIB_OUTNOROUTES"),
    (16, "IPSTATS_MIB_REASMTIMEOUT"),
    (17, "IPSTATS_MIB_REASMREQDS"),
    (18, "IPSTATS_MIB_REASMOKS"),
    (19, "IPSTATS_MIB_REASMFAILS"),
    (20, "IPSTATS_MIB_FRAGOKS"),
    (21, "IPSTATS_MIB_FRAGFAILS"),
    (22, "IPSTATS_MIB_FRAGCREATES"),
    (23, "IPSTATS_MIB_INMCASTPKTS"),
    (24, "IPSTATS_MIB_OUTMCASTPKTS"),
    (25, "IPSTATS_MIB_INBCASTPKTS"),
    (26, "IPSTATS_MIB_OUTBCASTPKTS"),
    (27, "IPSTATS_MIB_INMCASTOCTETS"),
    (28, "IPSTATS_MIB_OUTMCASTOCTETS"),
    (29, "IPSTATS_MIB_INBCASTOCTETS"),
    (30, "IPSTATS_MIB_OUTBCASTOCTETS"),
    (31, "IPSTATS_MIB_CSUMERRORS"),
    (32, "IPSTATS_MIB_NOECTPKTS"),
    (33, "IPSTATS_MIB_ECT1PKTS"),
    (34, "IPSTATS_MIB_ECT0PKTS"),
    (35, "IPSTATS_MIB_CEPKTS"),
    (36, "IPSTATS_MIB_REASM_OVERLAPS"),
];

/// linux/snmp.h: ICMP6_MIB_*.
pub static ICMP6_MIB: Xlat = &[
    (0, "ICMP6_MIB_NUM"),
    (1, "ICMP6_MIB_INMSGS"),
    (2, "ICMP6_MIB_INERRORS"),
    (3, "ICMP6_MIB_OUTMSGS"),
    (4, "ICMP6_MIB_OUTERRORS"),
    (5, "ICMP6_MIB_CSUMERRORS"),
];

/// linux/if_addr.h: IFA_*.
pub static IFA_ATTRS: Xlat = &[
    (0, "IFA_UNSPEC"),
    (1, "IFA_ADDRESS"),
    (2, "IFA_LOCAL"),
    (3, "IFA_LABEL"),
    (4, "IFA_BROADCAST"),
    (5, "IFA_ANYCAST"),
    (6, "IFA_CACHEINFO"),
    (7, "IFA_MULTICAST"),
    (8, "IFA_FLAGS"),
    (9, "IFA_RT_PRIORITY"),
    (10, "IFA_TARGET_NETNSID"),
    (11, "IFA_PROTO"),
];

/// linux/if_addr.h: IFA_F_*.
pub static IFA_FLAGS: Xlat = &[
    (1, "IFA_F_SECONDARY"),
    (2, "IFA_F_NODAD"),
    (4, "IFA_F_OPTIMISTIC"),
    (8, "IFA_F_DADFAILED"),
    (0x10, "IFA_F_HOMEADDRESS"),
    (0x20, "IFA_F_DEPRECATED"),
    (0x40, "IFA_F_TENTATIVE"),
    (0x80, "IFA_F_PERMANENT"),
    (0x100, "IFA_F_MANAGETEMPADDR"),
    (0x200, "IFA_F_NOPREFIXROUTE"),
    (0x400, "IFA_F_MCAUTOJOIN"),
    (0x800, "IFA_F_STABLE_PRIVACY"),
];

/// linux/if_addr.h: IFAPROT_*.
pub static IFAPROT: Xlat = &[];

/// linux/rtnetlink.h: RT_SCOPE_*.
pub static RT_SCOPES: Xlat = &[
    (0, "RT_SCOPE_UNIVERSE"),
    (0xc8, "RT_SCOPE_SITE"),
    (0xfd, "RT_SCOPE_LINK"),
    (0xfe, "RT_SCOPE_HOST"),
    (0xff, "RT_SCOPE_NOWHERE"),
];

/// linux/rtnetlink.h: RTA_*.
pub static RTA_ATTRS: Xlat = &[
    (0, "RTA_UNSPEC"),
    (1, "RTA_DST"),
    (2, "RTA_SRC"),
    (3, "RTA_IIF"),
    (4, "RTA_OIF"),
    (5, "RTA_GATEWAY"),
    (6, "RTA_PRIORITY"),
    (7, "RTA_PREFSRC"),
    (8, "RTA_METRICS"),
    (9, "RTA_MULTIPATH"),
    (10, "RTA_PROTOINFO"),
    (11, "RTA_FLOW"),
    (12, "RTA_CACHEINFO"),
    (13, "RTA_SESSION"),
    (14, "RTA_MP_ALGO"),
    (15, "RTA_TABLE"),
    (16, "RTA_MARK"),
    (17, "RTA_MFC_STATS"),
    (18, "RTA_VIA"),
    (19, "RTA_NEWDST"),
    (20, "RTA_PREF"),
    (21, "RTA_ENCAP_TYPE"),
    (22, "RTA_ENCAP"),
    (23, "RTA_EXPIRES"),
    (24, "RTA_PAD"),
    (25, "RTA_UID"),
    (26, "RTA_TTL_PROPAGATE"),
    (27, "RTA_IP_PROTO"),
    (28, "RTA_SPORT"),
    (29, "RTA_DPORT"),
    (30, "RTA_NH_ID"),
];

/// linux/rtnetlink.h: RTAX_*.
pub static RTAX_ATTRS: Xlat = &[
    (0, "RTAX_UNSPEC"),
    (1, "RTAX_LOCK"),
    (2, "RTAX_MTU"),
    (3, "RTAX_WINDOW"),
    (4, "RTAX_RTT"),
    (5, "RTAX_RTTVAR"),
    (6, "RTAX_SSTHRESH"),
    (7, "RTAX_CWND"),
    (8, "RTAX_ADVMSS"),
    (9, "RTAX_REORDERING"),
    (10, "RTAX_HOPLIMIT"),
    (11, "RTAX_INITCWND"),
    (12, "RTAX_FEATURES"),
    (13, "RTAX_RTO_MIN"),
    (14, "RTAX_INITRWND"),
    (15, "RTAX_QUICKACK"),
    (16, "RTAX_CC_ALGO"),
    (17, "RTAX_FASTOPEN_NO_COOKIE"),
];

/// linux/rtnetlink.h: RTN_*.
pub static RTN_TYPES: Xlat = &[
    (0, "RTN_UNSPEC"),
    (1, "RTN_UNICAST"),
    (2, "RTN_LOCAL"),
    (3, "RTN_BROADCAST"),
    (4, "RTN_ANYCAST"),
    (5, "RTN_MULTICAST"),
    (6, "RTN_BLACKHOLE"),
    (7, "RTN_UNREACHABLE"),
    (8, "RTN_PROHIBIT"),
    (9, "RTN_THROW"),
    (10, "RTN_NAT"),
    (11, "RTN_XRESOLVE"),
];

/// linux/rtnetlink.h: RTPROT_*.
pub static RTPROT: Xlat = &[
    (0, "RTPROT_UNSPEC"),
    (1, "RTPROT_REDIRECT"),
    (2, "RTPROT_KERNEL"),
    (3, "RTPROT_BOOT"),
    (4, "RTPROT_STATIC"),
    (8, "RTPROT_GATED"),
    (9, "RTPROT_RA"),
    (10, "RTPROT_MRT"),
    (11, "RTPROT_ZEBRA"),
    (12, "RTPROT_BIRD"),
    (13, "RTPROT_DNROUTED"),
    (14, "RTPROT_XORP"),
    (15, "RTPROT_NTK"),
    (16, "RTPROT_DHCP"),
    (17, "RTPROT_MROUTED"),
    (18, "RTPROT_KEEPALIVED"),
    (42, "RTPROT_BABEL"),
    (99, "RTPROT_OPENR"),
    (186, "RTPROT_BGP"),
    (187, "RTPROT_ISIS"),
    (188, "RTPROT_OSPF"),
    (189, "RTPROT_RIP"),
    (192, "RTPROT_EIGRP"),
];

/// linux/rtnetlink.h: RT_TABLE_*.
pub static RT_TABLES: Xlat = &[
    (0, "RT_TABLE_UNSPEC"),
    (252, "RT_TABLE_COMPAT"),
    (253, "RT_TABLE_DEFAULT"),
    (254, "RT_TABLE_MAIN"),
    (255, "RT_TABLE_LOCAL"),
];

/// linux/rtnetlink.h: RTM_F_*.
pub static RTM_F: Xlat = &[
    (0x100, "RTM_F_NOTIFY"),
    (0x200, "RTM_F_CLONED"),
    (0x400, "RTM_F_EQUALIZE"),
    (0x800, "RTM_F_PREFIX"),
    (0x1000, "RTM_F_LOOKUP_TABLE"),
    (0x2000, "RTM_F_FIB_MATCH"),
    (0x4000, "RTM_F_OFFLOAD"),
    (0x8000, "RTM_F_TRAP"),
    (0x20000000, "RTM_F_OFFLOAD_FAILED"),
];

/// linux/rtnetlink.h: RTNH_F_*.
pub static RTNH_F: Xlat = &[
    (1, "RTNH_F_DEAD"),
    (2, "RTNH_F_PERVASIVE"),
    (4, "RTNH_F_ONLINK"),
    (8, "RTNH_F_OFFLOAD"),
    (0x10, "RTNH_F_LINKDOWN"),
    (0x20, "RTNH_F_UNRESOLVED"),
    (0x40, "RTNH_F_TRAP"),
];

/// linux/lwtunnel.h: LWTUNNEL_ENCAP_*.
pub static LWTUNNEL_ENCAP: Xlat = &[
    (0, "LWTUNNEL_ENCAP_NONE"),
    (1, "LWTUNNEL_ENCAP_MPLS"),
    (2, "LWTUNNEL_ENCAP_IP"),
    (3, "LWTUNNEL_ENCAP_ILA"),
    (4, "LWTUNNEL_ENCAP_IP6"),
    (5, "LWTUNNEL_ENCAP_SEG6"),
    (6, "LWTUNNEL_ENCAP_BPF"),
    (7, "LWTUNNEL_ENCAP_SEG6_LOCAL"),
    (8, "LWTUNNEL_ENCAP_RPL"),
];

/// linux/neighbour.h: NDA_*.
pub static NDA_ATTRS: Xlat = &[
    (0, "NDA_UNSPEC"),
    (1, "NDA_DST"),
    (2, "NDA_LLADDR"),
    (3, "NDA_CACHEINFO"),
    (4, "NDA_PROBES"),
    (5, "NDA_VLAN"),
    (6, "NDA_PORT"),
    (7, "NDA_VNI"),
    (8, "NDA_IFINDEX"),
    (9, "NDA_MASTER"),
    (10, "NDA_LINK_NETNSID"),
    (11, "NDA_SRC_VNI"),
    (12, "NDA_PROTOCOL"),
    (13, "NDA_NH_ID"),
    (14, "NDA_FDB_EXT_ATTRS"),
    (15, "NDA_FLAGS_EXT"),
    (16, "NDA_NDM_STATE_MASK"),
    (17, "NDA_NDM_FLAGS_MASK"),
];

/// linux/neighbour.h: NUD_*.
pub static NUD_STATES: Xlat = &[
    (0, "NUD_NONE"),
    (1, "NUD_INCOMPLETE"),
    (2, "NUD_REACHABLE"),
    (4, "NUD_STALE"),
    (8, "NUD_DELAY"),
    (0x10, "NUD_PROBE"),
    (0x20, "NUD_FAILED"),
    (0x40, "NUD_NOARP"),
    (0x80, "NUD_PERMANENT"),
];

/// linux/neighbour.h: NTF_* (ndm_flags).
pub static NTF_FLAGS: Xlat = &[
    (1, "NTF_USE"),
    (2, "NTF_SELF"),
    (4, "NTF_MASTER"),
    (8, "NTF_PROXY"),
    (0x10, "NTF_EXT_LEARNED"),
    (0x20, "NTF_OFFLOADED"),
    (0x40, "NTF_STICKY"),
    (0x80, "NTF_ROUTER"),
];

/// linux/neighbour.h: NTF_EXT_* (NDA_FLAGS_EXT).
pub static NTF_EXT_FLAGS: Xlat = &[(1, "NTF_EXT_MANAGED")];

/// linux/neighbour.h: NFEA_*.
pub static NFEA_ATTRS: Xlat = &[
    (0, "NFEA_UNSPEC"),
    (1, "NFEA_ACTIVITY_NOTIFY"),
    (2, "NFEA_DONT_REFRESH"),
];

/// linux/fib_rules.h: FRA_*.
pub static FRA_ATTRS: Xlat = &[
    (0, "FRA_UNSPEC"),
    (1, "FRA_DST"),
    (2, "FRA_SRC"),
    (3, "FRA_IIFNAME"),
    (4, "FRA_GOTO"),
    (5, "FRA_UNUSED2"),
    (6, "FRA_PRIORITY"),
    (7, "FRA_UNUSED3"),
    (8, "FRA_UNUSED4"),
    (9, "FRA_UNUSED5"),
    (10, "FRA_FWMARK"),
    (11, "FRA_FLOW"),
    (12, "FRA_TUN_ID"),
    (13, "FRA_SUPPRESS_IFGROUP"),
    (14, "FRA_SUPPRESS_PREFIXLEN"),
    (15, "FRA_TABLE"),
    (16, "FRA_FWMASK"),
    (17, "FRA_OIFNAME"),
    (18, "FRA_PAD"),
    (19, "FRA_L3MDEV"),
    (20, "FRA_UID_RANGE"),
    (21, "FRA_PROTOCOL"),
    (22, "FRA_IP_PROTO"),
    (23, "FRA_SPORT_RANGE"),
    (24, "FRA_DPORT_RANGE"),
];

/// linux/fib_rules.h: FR_ACT_*.
pub static FR_ACT: Xlat = &[
    (0, "FR_ACT_UNSPEC"),
    (1, "FR_ACT_TO_TBL"),
    (2, "FR_ACT_GOTO"),
    (3, "FR_ACT_NOP"),
    (4, "FR_ACT_RES3"),
    (5, "FR_ACT_RES4"),
    (6, "FR_ACT_BLACKHOLE"),
    (7, "FR_ACT_UNREACHABLE"),
    (8, "FR_ACT_PROHIBIT"),
];

/// linux/fib_rules.h: FIB_RULE_*.
pub static FIB_RULE_FLAGS: Xlat = &[
    (1, "FIB_RULE_PERMANENT"),
    (2, "FIB_RULE_INVERT"),
    (4, "FIB_RULE_UNRESOLVED"),
    (8, "FIB_RULE_IIF_DETACHED"),
    (0x10, "FIB_RULE_OIF_DETACHED"),
    (0x10000, "FIB_RULE_FIND_SADDR"),
];

/// IPv6 interface flags (kernel-internal net/if_inet6.h, strace's inet6_if_flags).
pub static INET6_IF_FLAGS: Xlat = &[
    (0x10, "IF_RS_SENT"),
    (0x20, "IF_RA_RCVD"),
    (0x40, "IF_RA_MANAGED"),
    (0x80, "IF_RA_OTHERCONF"),
    (0x8000_0000, "IF_READY"),
];

/// linux/ip.h: IPTOS_* type of service bits, in strace's order.
pub static IPTOS: Xlat = &[
    (0x10, "IPTOS_LOWDELAY"),
    (0x08, "IPTOS_THROUGHPUT"),
    (0x04, "IPTOS_RELIABILITY"),
    (0x02, "IPTOS_MINCOST"),
];

/// linux/netconf.h: NETCONFA_*.
pub static NETCONFA_ATTRS: Xlat = &[
    (0, "NETCONFA_UNSPEC"),
    (1, "NETCONFA_IFINDEX"),
    (2, "NETCONFA_FORWARDING"),
    (3, "NETCONFA_RP_FILTER"),
    (4, "NETCONFA_MC_FORWARDING"),
    (5, "NETCONFA_PROXY_NEIGH"),
    (6, "NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN"),
    (7, "NETCONFA_INPUT"),
    (8, "NETCONFA_BC_FORWARDING"),
];

/// linux/net_namespace.h: NETNSA_*.
pub static NETNSA_ATTRS: Xlat = &[
    (0, "NETNSA_NONE"),
    (1, "NETNSA_NSID"),
    (2, "NETNSA_PID"),
    (3, "NETNSA_FD"),
    (4, "NETNSA_TARGET_NSID"),
    (5, "NETNSA_CURRENT_NSID"),
];
