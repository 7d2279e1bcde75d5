//! Constant and flag tables (strace's `xlat/`): numbers and names taken from the kernel headers.
//! Each table is plain data; the helpers here turn a number into a structured value.

// Tables and helpers here serve decoders that later issues add; unused entries are expected.
pub mod admin;
pub mod bpf;
pub mod descfs;
#[allow(dead_code)]
pub mod errno;
#[allow(dead_code)]
pub mod flags;
pub mod fs;
#[allow(dead_code)]
pub mod memproc;
pub mod netipc;
pub mod netlink;
pub mod netlink_diag;
pub mod netlink_route;
#[allow(dead_code)]
pub mod signals;
pub mod sigpoll;
pub mod termios;

/// A table of named values, in the order strace prints them.
pub type Xlat = &'static [(u64, &'static str)];

/// Find the name of a value in a table of exact values.
pub fn name_of(table: Xlat, v: u64) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == v).map(|(_, n)| *n)
}
