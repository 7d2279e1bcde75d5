//! Tables for NETLINK_ROUTE payloads (ifinfomsg, ifaddrmsg, rtmsg ...) and their attributes (values from the kernel headers).
#![allow(dead_code)]
