//! Tables for NETLINK_SOCK_DIAG payloads (inet/unix/netlink/packet diag requests and replies) (values from the kernel headers).
#![allow(dead_code)]
