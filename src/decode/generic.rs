//! Syscalls without a dedicated decoder: arguments printed from the table's argument kinds,
//! and unknown numbers as strace prints them (six hex arguments).

use super::{Ctx, Value};
use crate::syscalls::{ArgKind, SyscallEnt};

pub fn decode(ent: Option<&SyscallEnt>, c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let Some(ent) = ent else {
        for i in 0..6 {
            let v = c.hex(i);
            c.push(v);
        }
        return;
    };
    for i in 0..ent.nargs as usize {
        let v = match ent.args[i] {
            ArgKind::Int => c.int(i),
            ArgKind::Long => c.long(i),
            ArgKind::Uint => c.ulong(i),
            ArgKind::Hex => c.hex(i),
            ArgKind::Ptr => c.ptr(i),
            ArgKind::Fd => c.fd(i),
            ArgKind::DirFd => c.dirfd(i),
            ArgKind::Path => c.path(i),
            ArgKind::Str => c.cstr(i),
            ArgKind::Mode => c.mode(i),
            ArgKind::Signal => signal_value(c.args[i]),
        };
        c.push(v);
    }
}

/// A signal number argument: its name, or the number.
pub fn signal_value(raw: u64) -> Value {
    let sig = raw as u32;
    match crate::xlat::signals::signal_name(sig) {
        Some(n) => Value::SymDec(n, raw as i32 as i64),
        None => {
            let mut s = String::new();
            crate::xlat::signals::write_signal_name(&mut s, sig);
            if s.starts_with("SIG") {
                Value::Expr(s)
            } else {
                Value::Int(raw as i32 as i64)
            }
        }
    }
}
