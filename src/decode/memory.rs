//! Memory management: brk, mmap and friends.

use super::{Ctx, Ret, Value, flags};
use crate::xlat::flags as fl;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("brk", brk),
    ("mmap", mmap),
    ("munmap", addr_len),
    ("mprotect", mprotect),
    ("pkey_mprotect", pkey_mprotect),
    ("madvise", madvise),
    ("mremap", mremap),
    ("msync", msync),
    ("mlock", addr_len),
    ("munlock", addr_len),
];

fn brk(c: &mut Ctx) {
    if !c.exiting {
        let p = c.ptr(0);
        c.push(p);
    } else {
        c.ret = Ret::Hex;
    }
}

pub fn prot(raw: u64) -> Value {
    let mut f = flags(fl::PROT_FLAGS, raw);
    f.zero = "PROT_NONE";
    Value::Flags(f)
}

/// mmap flags: the mapping type, then the flag bits, then `MAP_HUGE_*` sizes.
pub fn map_flags(raw: u64) -> Value {
    let mut f = flags(fl::MAP_FLAGS, raw & !0xf & !(0x3f << 26));
    match crate::xlat::name_of(fl::MAP_TYPE, raw & 0xf) {
        Some(t) => f.names.insert(0, t),
        None => f.rest |= raw & 0xf,
    }
    let huge = (raw >> fl::MAP_HUGE_SHIFT) & fl::MAP_HUGE_MASK;
    if huge != 0 {
        // strace 6.1 prints the page size exponent, not a MAP_HUGE_2MB-style name.
        f.extra.push(format!("{huge}<<MAP_HUGE_SHIFT"));
    }
    f.raw = raw;
    Value::Flags(f)
}

fn mmap(c: &mut Ctx) {
    if !c.exiting {
        let a = c.ptr(0);
        c.push(a);
        let l = c.ulong(1);
        c.push(l);
        c.push(prot(c.args[2]));
        c.push(map_flags(c.args[3] as u32 as u64));
        let fd = c.fd(4);
        c.push(fd);
        let off = c.hex(5);
        c.push(off);
    } else {
        c.ret = Ret::Hex;
    }
}

fn addr_len(c: &mut Ctx) {
    if !c.exiting {
        let a = c.ptr(0);
        c.push(a);
        let l = c.ulong(1);
        c.push(l);
    }
}

fn mprotect(c: &mut Ctx) {
    addr_len(c);
    if !c.exiting {
        c.push(prot(c.args[2]));
    }
}

fn pkey_mprotect(c: &mut Ctx) {
    mprotect(c);
    if !c.exiting {
        let k = c.int(3);
        c.push(k);
    }
}

fn madvise(c: &mut Ctx) {
    addr_len(c);
    if !c.exiting {
        let a = c.sym(2, fl::MADV_ADVICE, "MADV_???");
        c.push(a);
    }
}

fn mremap(c: &mut Ctx) {
    if !c.exiting {
        let a = c.ptr(0);
        c.push(a);
        let o = c.ulong(1);
        c.push(o);
        let n = c.ulong(2);
        c.push(n);
        let f = c.flags(3, fl::MREMAP_FLAGS);
        c.push(f);
        if c.args[3] & libc::MREMAP_FIXED as u64 != 0 {
            let na = c.ptr(4);
            c.push(na);
        }
    } else {
        c.ret = Ret::Hex;
    }
}

fn msync(c: &mut Ctx) {
    addr_len(c);
    if !c.exiting {
        let f = c.flags(2, fl::MSYNC_FLAGS);
        c.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::text::{TextOpts, render};

    fn r(v: &Value) -> String {
        let mut s = String::new();
        render(&mut s, v, TextOpts::default());
        s
    }

    #[test]
    fn mmap_flags_as_strace() {
        let raw = (libc::MAP_PRIVATE | libc::MAP_FIXED | libc::MAP_DENYWRITE) as u64;
        assert_eq!(r(&map_flags(raw)), "MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE");
        let raw = (libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_HUGETLB) as u64 | (21 << 26);
        assert_eq!(
            r(&map_flags(raw)),
            "MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT"
        );
        assert_eq!(r(&prot(0)), "PROT_NONE");
        assert_eq!(r(&prot(3)), "PROT_READ|PROT_WRITE");
    }
}
