//! Time: clocks, timers, itimers, gettimeofday, adjtimex.

use super::process::timespec;
use super::{Ctx, Value, read_array, u64_at};

pub static DECODERS: &[(&str, super::DecodeFn)] = &[];

fn timeval_fields(b: &[u8]) -> Value {
    Value::Struct(
        vec![
            ("tv_sec", Value::Int(u64_at(b, 0) as i64)),
            ("tv_usec", Value::Int(u64_at(b, 8) as i64)),
        ],
        false,
    )
}

/// `struct timeval` pointer: `NULL`, the address, or `{tv_sec=1, tv_usec=0}`.
pub fn timeval(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<16>(c.mem, addr) {
        Some(b) => timeval_fields(&b),
        None => Value::Ptr(addr),
    }
}

/// `struct itimerspec`: `{it_interval={tv_sec=0, tv_nsec=0}, it_value={...}}`.
pub fn itimerspec(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    if read_array::<32>(c.mem, addr).is_none() {
        return Value::Ptr(addr);
    }
    Value::Struct(
        vec![
            ("it_interval", timespec(c, addr)),
            ("it_value", timespec(c, addr + 16)),
        ],
        false,
    )
}

/// `struct itimerval`: `{it_interval={tv_sec=0, tv_usec=0}, it_value={...}}`.
#[allow(dead_code)] // setitimer/getitimer below
pub fn itimerval(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<32>(c.mem, addr) {
        Some(b) => Value::Struct(
            vec![
                ("it_interval", timeval_fields(&b[..16])),
                ("it_value", timeval_fields(&b[16..])),
            ],
            false,
        ),
        None => Value::Ptr(addr),
    }
}
