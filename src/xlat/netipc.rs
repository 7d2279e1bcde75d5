//! Tables for the network, IPC and ioctl decoders (values from the kernel headers).
#![allow(dead_code)]

use super::Xlat;

/// From linux/if_ether.h (ETH_P_*), for AF_PACKET protocols.
pub static ETH_P: Xlat = &[
    (0x60, "ETH_P_LOOP"),
    (0x200, "ETH_P_PUP"),
    (0x201, "ETH_P_PUPAT"),
    (0x22f0, "ETH_P_TSN"),
    (0x22eb, "ETH_P_ERSPAN2"),
    (0x800, "ETH_P_IP"),
    (0x805, "ETH_P_X25"),
    (0x806, "ETH_P_ARP"),
    (0xa00, "ETH_P_IEEEPUP"),
    (0xa01, "ETH_P_IEEEPUPAT"),
    (0x4305, "ETH_P_BATMAN"),
    (0x6000, "ETH_P_DEC"),
    (0x6001, "ETH_P_DNA_DL"),
    (0x6002, "ETH_P_DNA_RC"),
    (0x6003, "ETH_P_DNA_RT"),
    (0x6004, "ETH_P_LAT"),
    (0x6005, "ETH_P_DIAG"),
    (0x6006, "ETH_P_CUST"),
    (0x6007, "ETH_P_SCA"),
    (0x6558, "ETH_P_TEB"),
    (0x8035, "ETH_P_RARP"),
    (0x809b, "ETH_P_ATALK"),
    (0x80f3, "ETH_P_AARP"),
    (0x8100, "ETH_P_8021Q"),
    (0x88be, "ETH_P_ERSPAN"),
    (0x8137, "ETH_P_IPX"),
    (0x86dd, "ETH_P_IPV6"),
    (0x8808, "ETH_P_PAUSE"),
    (0x8809, "ETH_P_SLOW"),
    (0x883e, "ETH_P_WCCP"),
    (0x8847, "ETH_P_MPLS_UC"),
    (0x8848, "ETH_P_MPLS_MC"),
    (0x884c, "ETH_P_ATMMPOA"),
    (0x8863, "ETH_P_PPP_DISC"),
    (0x8864, "ETH_P_PPP_SES"),
    (0x886c, "ETH_P_LINK_CTL"),
    (0x8884, "ETH_P_ATMFATE"),
    (0x888e, "ETH_P_PAE"),
    (0x8892, "ETH_P_PROFINET"),
    (0x8899, "ETH_P_REALTEK"),
    (0x88a2, "ETH_P_AOE"),
    (0x88a4, "ETH_P_ETHERCAT"),
    (0x88a8, "ETH_P_8021AD"),
    (0x88b5, "ETH_P_802_EX1"),
    (0x88c7, "ETH_P_PREAUTH"),
    (0x88ca, "ETH_P_TIPC"),
    (0x88cc, "ETH_P_LLDP"),
    (0x88e3, "ETH_P_MRP"),
    (0x88e5, "ETH_P_MACSEC"),
    (0x88e7, "ETH_P_8021AH"),
    (0x88f5, "ETH_P_MVRP"),
    (0x88f7, "ETH_P_1588"),
    (0x88f8, "ETH_P_NCSI"),
    (0x88fb, "ETH_P_PRP"),
    (0x8902, "ETH_P_CFM"),
    (0x8906, "ETH_P_FCOE"),
    (0x8915, "ETH_P_IBOE"),
    (0x890d, "ETH_P_TDLS"),
    (0x8914, "ETH_P_FIP"),
    (0x8917, "ETH_P_80221"),
    (0x892f, "ETH_P_HSR"),
    (0x894f, "ETH_P_NSH"),
    (0x9000, "ETH_P_LOOPBACK"),
    (0x9100, "ETH_P_QINQ1"),
    (0x9200, "ETH_P_QINQ2"),
    (0x9300, "ETH_P_QINQ3"),
    (0xdada, "ETH_P_EDSA"),
    (0xdadb, "ETH_P_DSA_8021Q"),
    (0xe001, "ETH_P_DSA_A5PSW"),
    (0xed3e, "ETH_P_IFE"),
    (0xfbfb, "ETH_P_AF_IUCV"),
    (0x1, "ETH_P_802_3"),
    (0x2, "ETH_P_AX25"),
    (0x3, "ETH_P_ALL"),
    (0x4, "ETH_P_802_2"),
    (0x5, "ETH_P_SNAP"),
    (0x6, "ETH_P_DDCMP"),
    (0x7, "ETH_P_WAN_PPP"),
    (0x8, "ETH_P_PPP_MP"),
    (0x9, "ETH_P_LOCALTALK"),
    (0xc, "ETH_P_CAN"),
    (0xd, "ETH_P_CANFD"),
    (0xe, "ETH_P_CANXL"),
    (0x10, "ETH_P_PPPTALK"),
    (0x11, "ETH_P_TR_802_2"),
    (0x15, "ETH_P_MOBITEX"),
    (0x16, "ETH_P_CONTROL"),
    (0x17, "ETH_P_IRDA"),
    (0x18, "ETH_P_ECONET"),
    (0x19, "ETH_P_HDLC"),
    (0x1a, "ETH_P_ARCNET"),
    (0x1b, "ETH_P_DSA"),
    (0x1c, "ETH_P_TRAILER"),
    (0xf5, "ETH_P_PHONET"),
    (0xf6, "ETH_P_IEEE802154"),
    (0xf7, "ETH_P_CAIF"),
    (0xf8, "ETH_P_XDSA"),
    (0xf9, "ETH_P_MAP"),
    (0xfa, "ETH_P_MCTP"),
];

/// From linux/if_arp.h (ARPHRD_*).
pub static ARPHRD: Xlat = &[
    (0, "ARPHRD_NETROM"),
    (1, "ARPHRD_ETHER"),
    (15, "ARPHRD_DLCI"),
    (19, "ARPHRD_ATM"),
    (23, "ARPHRD_METRICOM"),
    (27, "ARPHRD_EUI64"),
    (32, "ARPHRD_INFINIBAND"),
    (256, "ARPHRD_SLIP"),
    (257, "ARPHRD_CSLIP"),
    (258, "ARPHRD_SLIP6"),
    (259, "ARPHRD_CSLIP6"),
    (260, "ARPHRD_RSRVD"),
    (264, "ARPHRD_ADAPT"),
    (270, "ARPHRD_ROSE"),
    (271, "ARPHRD_X25"),
    (272, "ARPHRD_HWX25"),
    (280, "ARPHRD_CAN"),
    (290, "ARPHRD_MCTP"),
    (512, "ARPHRD_PPP"),
    (513, "ARPHRD_CISCO"),
    (516, "ARPHRD_LAPB"),
    (517, "ARPHRD_DDCMP"),
    (518, "ARPHRD_RAWHDLC"),
    (519, "ARPHRD_RAWIP"),
    (768, "ARPHRD_TUNNEL"),
    (769, "ARPHRD_TUNNEL6"),
    (770, "ARPHRD_FRAD"),
    (771, "ARPHRD_SKIP"),
    (772, "ARPHRD_LOOPBACK"),
    (773, "ARPHRD_LOCALTLK"),
    (774, "ARPHRD_FDDI"),
    (775, "ARPHRD_BIF"),
    (776, "ARPHRD_SIT"),
    (777, "ARPHRD_IPDDP"),
    (778, "ARPHRD_IPGRE"),
    (779, "ARPHRD_PIMREG"),
    (780, "ARPHRD_HIPPI"),
    (781, "ARPHRD_ASH"),
    (782, "ARPHRD_ECONET"),
    (783, "ARPHRD_IRDA"),
    (784, "ARPHRD_FCPP"),
    (785, "ARPHRD_FCAL"),
    (786, "ARPHRD_FCPL"),
    (787, "ARPHRD_FCFABRIC"),
    (800, "ARPHRD_IEEE802_TR"),
    (801, "ARPHRD_IEEE80211"),
    (802, "ARPHRD_IEEE80211_PRISM"),
    (803, "ARPHRD_IEEE80211_RADIOTAP"),
    (804, "ARPHRD_IEEE802154"),
    (805, "ARPHRD_IEEE802154_MONITOR"),
    (820, "ARPHRD_PHONET"),
    (821, "ARPHRD_PHONET_PIPE"),
    (822, "ARPHRD_CAIF"),
    (823, "ARPHRD_IP6GRE"),
    (824, "ARPHRD_NETLINK"),
    (825, "ARPHRD_6LOWPAN"),
    (826, "ARPHRD_VSOCKMON"),
    (65535, "ARPHRD_VOID"),
    (65534, "ARPHRD_NONE"),
];

/// From linux/if_packet.h (sll_pkttype).
pub static PACKET_TYPES: Xlat = &[
    (0, "PACKET_HOST"),
    (1, "PACKET_BROADCAST"),
    (2, "PACKET_MULTICAST"),
    (3, "PACKET_OTHERHOST"),
    (4, "PACKET_OUTGOING"),
    (5, "PACKET_LOOPBACK"),
    (6, "PACKET_USER"),
    (7, "PACKET_KERNEL"),
];

/// From linux/udp.h (SOL_UDP option names).
pub static UDP_OPTIONS: Xlat = &[
    (1, "UDP_CORK"),
    (100, "UDP_ENCAP"),
    (101, "UDP_NO_CHECK6_TX"),
    (102, "UDP_NO_CHECK6_RX"),
    (103, "UDP_SEGMENT"),
    (104, "UDP_GRO"),
];

/// From asm-generic/socket.h: control message types at SOL_SOCKET (strace's scmvals).
pub static SCM_TYPES: Xlat = &[
    (1, "SCM_RIGHTS"),
    (2, "SCM_CREDENTIALS"),
    (3, "SCM_SECURITY"),
    (29, "SO_TIMESTAMP_OLD"),
    (35, "SO_TIMESTAMPNS_OLD"),
    (37, "SO_TIMESTAMPING_OLD"),
    (41, "SCM_WIFI_STATUS"),
    (63, "SO_TIMESTAMP_NEW"),
    (64, "SO_TIMESTAMPNS_NEW"),
    (65, "SO_TIMESTAMPING_NEW"),
];

/// SOL_SOCKET options whose setsockopt value strace prints as an int (`[1]`), or as the
/// address when the length is below `sizeof(int)`.
pub static SOCKET_INT_OPTIONS: &[u64] = &[
    1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 27, 29, 30, 32, 33, 34, 35, 36, 37, 40,
    41, 42, 43, 44, 45, 46, 49, 53, 56, 60, 63, 64, 65, 68, 69, 70, 73, 74, 75,
];

/// From linux/ipc.h: IPC_CREAT, IPC_EXCL, IPC_NOWAIT (msgget/semget flags).
pub static IPC_RESOURCE_FLAGS: Xlat = &[
    (0o1000, "IPC_CREAT"),
    (0o2000, "IPC_EXCL"),
    (0o4000, "IPC_NOWAIT"),
];

/// shmget flags (linux/shm.h).
pub static SHM_RESOURCE_FLAGS: Xlat = &[
    (0o1000, "IPC_CREAT"),
    (0o2000, "IPC_EXCL"),
    (0o4000, "SHM_HUGETLB"),
    (0o10000, "SHM_NORESERVE"),
];

/// shmat flags (linux/shm.h).
pub static SHMAT_FLAGS: Xlat = &[
    (0o10000, "SHM_RDONLY"),
    (0o20000, "SHM_RND"),
    (0o40000, "SHM_REMAP"),
    (0o100000, "SHM_EXEC"),
];

/// sem_flg of struct sembuf (linux/sem.h).
pub static SEMOP_FLAGS: Xlat = &[(0x1000, "SEM_UNDO"), (0o4000, "IPC_NOWAIT")];

/// msgsnd/msgrcv flags (linux/msg.h), in strace's order.
pub static MSG_IPC_FLAGS: Xlat = &[
    (0o10000, "MSG_NOERROR"),
    (0o20000, "MSG_EXCEPT"),
    (0o40000, "MSG_COPY"),
    (0o4000, "IPC_NOWAIT"),
];

/// shmctl commands (linux/ipc.h, linux/shm.h).
pub static SHMCTL_CMDS: Xlat = &[
    (0, "IPC_RMID"),
    (1, "IPC_SET"),
    (2, "IPC_STAT"),
    (3, "IPC_INFO"),
    (11, "SHM_LOCK"),
    (12, "SHM_UNLOCK"),
    (13, "SHM_STAT"),
    (14, "SHM_INFO"),
    (15, "SHM_STAT_ANY"),
];

/// semctl commands (linux/ipc.h, linux/sem.h).
pub static SEMCTL_CMDS: Xlat = &[
    (0, "IPC_RMID"),
    (1, "IPC_SET"),
    (2, "IPC_STAT"),
    (3, "IPC_INFO"),
    (11, "GETPID"),
    (12, "GETVAL"),
    (13, "GETALL"),
    (14, "GETNCNT"),
    (15, "GETZCNT"),
    (16, "SETVAL"),
    (17, "SETALL"),
    (18, "SEM_STAT"),
    (19, "SEM_INFO"),
    (20, "SEM_STAT_ANY"),
];

/// msgctl commands (linux/ipc.h, linux/msg.h).
pub static MSGCTL_CMDS: Xlat = &[
    (0, "IPC_RMID"),
    (1, "IPC_SET"),
    (2, "IPC_STAT"),
    (3, "IPC_INFO"),
    (11, "MSG_STAT"),
    (12, "MSG_INFO"),
    (13, "MSG_STAT_ANY"),
];

/// From linux/loop.h: loop device requests (not in the shared ioctl name table).
pub static LOOP_IOCTLS: Xlat = &[
    (0x4c00, "LOOP_SET_FD"),
    (0x4c01, "LOOP_CLR_FD"),
    (0x4c02, "LOOP_SET_STATUS"),
    (0x4c03, "LOOP_GET_STATUS"),
    (0x4c04, "LOOP_SET_STATUS64"),
    (0x4c05, "LOOP_GET_STATUS64"),
    (0x4c06, "LOOP_CHANGE_FD"),
    (0x4c07, "LOOP_SET_CAPACITY"),
    (0x4c08, "LOOP_SET_DIRECT_IO"),
    (0x4c09, "LOOP_SET_BLOCK_SIZE"),
    (0x4c0a, "LOOP_CONFIGURE"),
    (0x4c80, "LOOP_CTL_ADD"),
    (0x4c81, "LOOP_CTL_REMOVE"),
    (0x4c82, "LOOP_CTL_GET_FREE"),
];

/// From net/if.h (struct ifreq ifr_flags).
pub static IFF_FLAGS: Xlat = &[
    (0x1, "IFF_UP"),
    (0x2, "IFF_BROADCAST"),
    (0x4, "IFF_DEBUG"),
    (0x8, "IFF_LOOPBACK"),
    (0x10, "IFF_POINTOPOINT"),
    (0x20, "IFF_NOTRAILERS"),
    (0x40, "IFF_RUNNING"),
    (0x80, "IFF_NOARP"),
    (0x100, "IFF_PROMISC"),
    (0x200, "IFF_ALLMULTI"),
    (0x400, "IFF_MASTER"),
    (0x800, "IFF_SLAVE"),
    (0x1000, "IFF_MULTICAST"),
    (0x2000, "IFF_PORTSEL"),
    (0x4000, "IFF_AUTOMEDIA"),
    (0x8000, "IFF_DYNAMIC"),
    (0x10000, "IFF_LOWER_UP"),
    (0x20000, "IFF_DORMANT"),
    (0x40000, "IFF_ECHO"),
];

/// TCFLSH argument (asm-generic/termbits.h).
pub static TCFLSH_ARGS: Xlat = &[(0, "TCIFLUSH"), (1, "TCOFLUSH"), (2, "TCIOFLUSH")];

/// TCXONC argument (asm-generic/termbits.h).
pub static TCXONC_ARGS: Xlat = &[(0, "TCOOFF"), (1, "TCOON"), (2, "TCIOFF"), (3, "TCION")];

/// From linux/can.h (AF_CAN protocols; strace also uses it for AF_IRDA).
pub static CAN_PROTOCOLS: Xlat = &[
    (1, "CAN_RAW"),
    (2, "CAN_BCM"),
    (3, "CAN_TP16"),
    (4, "CAN_TP20"),
    (5, "CAN_MCNET"),
    (6, "CAN_ISOTP"),
    (7, "CAN_J1939"),
];

/// From bluetooth/bluetooth.h (AF_BLUETOOTH protocols).
pub static BT_PROTOCOLS: Xlat = &[
    (0, "BTPROTO_L2CAP"),
    (1, "BTPROTO_HCI"),
    (2, "BTPROTO_SCO"),
    (3, "BTPROTO_RFCOMM"),
    (4, "BTPROTO_BNEP"),
    (5, "BTPROTO_CMTP"),
    (6, "BTPROTO_HIDP"),
    (7, "BTPROTO_AVDTP"),
];

/// From linux/netlink.h (SOL_NETLINK option names).
pub static NETLINK_OPTIONS: Xlat = &[
    (1, "NETLINK_ADD_MEMBERSHIP"),
    (2, "NETLINK_DROP_MEMBERSHIP"),
    (3, "NETLINK_PKTINFO"),
    (4, "NETLINK_BROADCAST_ERROR"),
    (5, "NETLINK_NO_ENOBUFS"),
    (6, "NETLINK_RX_RING"),
    (7, "NETLINK_TX_RING"),
    (8, "NETLINK_LISTEN_ALL_NSID"),
    (9, "NETLINK_LIST_MEMBERSHIPS"),
    (10, "NETLINK_CAP_ACK"),
    (11, "NETLINK_EXT_ACK"),
    (12, "NETLINK_GET_STRICT_CHK"),
];

/// From linux/if_packet.h (SOL_PACKET option names).
pub static PACKET_OPTIONS: Xlat = &[
    (1, "PACKET_ADD_MEMBERSHIP"),
    (2, "PACKET_DROP_MEMBERSHIP"),
    (3, "PACKET_RECV_OUTPUT"),
    (5, "PACKET_RX_RING"),
    (6, "PACKET_STATISTICS"),
    (7, "PACKET_COPY_THRESH"),
    (8, "PACKET_AUXDATA"),
    (9, "PACKET_ORIGDEV"),
    (10, "PACKET_VERSION"),
    (11, "PACKET_HDRLEN"),
    (12, "PACKET_RESERVE"),
    (13, "PACKET_TX_RING"),
    (14, "PACKET_LOSS"),
    (15, "PACKET_VNET_HDR"),
    (16, "PACKET_TX_TIMESTAMP"),
    (17, "PACKET_TIMESTAMP"),
    (18, "PACKET_FANOUT"),
    (19, "PACKET_TX_HAS_OFF"),
    (20, "PACKET_QDISC_BYPASS"),
    (21, "PACKET_ROLLOVER_STATS"),
    (22, "PACKET_FANOUT_DATA"),
    (23, "PACKET_IGNORE_OUTGOING"),
    (24, "PACKET_VNET_HDR_SZ"),
];
