//! Memory management: brk, mmap and friends, locking, residency, NUMA policies, pkeys.

use super::{Ctx, Ret, Value, flags, read_array, u64_at};
use crate::output::text::to_text as text;
use crate::xlat::Xlat;
use crate::xlat::flags as fl;
use crate::xlat::memproc as mp;

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
    ("mlock2", mlock2),
    ("mlockall", mlockall),
    ("mincore", mincore),
    ("membarrier", membarrier),
    ("process_madvise", process_madvise),
    ("mbind", mbind),
    ("set_mempolicy", set_mempolicy),
    ("get_mempolicy", get_mempolicy),
    ("migrate_pages", migrate_pages),
    ("move_pages", move_pages),
    ("remap_file_pages", remap_file_pages),
    ("memfd_secret", memfd_secret),
    ("userfaultfd", userfaultfd),
    ("pkey_alloc", pkey_alloc),
    ("pkey_free", pkey_free),
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
    if f.names.is_empty() && f.rest != 0 {
        return Value::UnknownSym(raw, "PROT_???");
    }
    f.zero = "PROT_NONE";
    Value::Flags(f)
}

/// mmap flags as strace prints them: the mapping type (`0xa /* MAP_??? */` when unknown),
/// the flag bits, unknown bits in hex, then the `MAP_HUGE_*` size.
pub fn map_flags(raw: u64) -> Value {
    let mut f = flags(fl::MAP_FLAGS, raw & !0xf & !(0x3f << 26));
    let mut extra = Vec::new();
    match crate::xlat::name_of(fl::MAP_TYPE, raw & 0xf) {
        Some(t) => f.names.insert(0, t),
        None => {
            extra.push(format!("{:#x} /* MAP_??? */", raw & 0xf));
            extra.extend(f.names.drain(..).map(str::to_string));
        }
    }
    if f.rest != 0 {
        extra.push(format!("{:#x}", f.rest));
        f.rest = 0;
    }
    let huge = (raw >> fl::MAP_HUGE_SHIFT) & fl::MAP_HUGE_MASK;
    if huge != 0 {
        // strace 6.1 prints the page size exponent, not a MAP_HUGE_2MB-style name.
        extra.push(format!("{huge}<<MAP_HUGE_SHIFT"));
    }
    f.extra = extra;
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
        let fl_raw = c.args[3];
        c.push(xflags(fl::MREMAP_FLAGS, fl_raw, "MREMAP_???"));
        // The new address only matters (and is printed) with both MAYMOVE and FIXED.
        if fl_raw & 3 == 3 {
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
        let f = c.xflags(2, fl::MSYNC_FLAGS, "MS_???");
        c.push(f);
    }
}

// ---------------------------------------------------------------------------------------------
// Locking, residency, barriers.

/// Flags as strace's `printflags`: a value with no known bit prints as `0x6 /* MLOCK_??? */`.
fn xflags(table: Xlat, v: u64, unknown: &'static str) -> Value {
    super::process::xflags(table, v, unknown)
}

fn mlock2(c: &mut Ctx) {
    addr_len(c);
    if !c.exiting {
        c.push(c.xflags(2, fl::MLOCK_FLAGS, "MLOCK_???"));
    }
}

fn mlockall(c: &mut Ctx) {
    if !c.exiting {
        c.push(c.xflags(0, fl::MLOCKALL_FLAGS, "MCL_???"));
    }
}

const PAGE_SIZE: u64 = 4096;

fn mincore(c: &mut Ctx) {
    if !c.exiting {
        let a = c.ptr(0);
        c.push(a);
        let l = c.ulong(1);
        c.push(l);
        c.defer();
        return;
    }
    let len = c.args[1];
    let n = len / PAGE_SIZE + u64::from(!len.is_multiple_of(PAGE_SIZE));
    let v = elem_array::<1>(c, c.args[2], n, |b| Value::Uint((b[0] & 1) as u64));
    c.push(v);
}

fn membarrier(c: &mut Ctx) {
    if !c.exiting {
        let cmd = c.sym(0, fl::MEMBARRIER_CMDS, "MEMBARRIER_CMD_???");
        c.push(cmd);
        let f = c.args[1] as u32 as u64;
        c.push(xflags(mp::MEMBARRIER_FLAGS, f, "MEMBARRIER_CMD_FLAG_???"));
        if f & 1 != 0 {
            let cpu = c.int(2);
            c.push(cpu);
        }
        return;
    }
    if c.args[0] as u32 == 0 && !c.failed() && c.rval != 0 {
        c.ret = Ret::HexWith(Value::Flags(flags(fl::MEMBARRIER_CMDS, c.rval as u64)));
    }
}

/// An iovec array with the buffers shown as addresses: `[{iov_base=0x..., iov_len=4096}]`.
fn iovec_addrs(c: &Ctx, addr: u64, n: u64) -> Value {
    elem_array::<16>(c, addr, n, |b| {
        Value::Struct(
            vec![
                ("iov_base", Value::Ptr(u64_at(&b, 0))),
                ("iov_len", Value::Uint(u64_at(&b, 8))),
            ],
            false,
        )
    })
}

fn process_madvise(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let v = iovec_addrs(c, c.args[1], c.args[2]);
        c.push(v);
        let n = c.ulong(2);
        c.push(n);
        let a = c.sym(3, fl::MADV_ADVICE, "MADV_???");
        c.push(a);
        c.push(Value::Hex(c.args[4] as u32 as u64));
    }
}

// ---------------------------------------------------------------------------------------------
// NUMA policies.

/// A node mask of `maxnode` bits: `[0x00000000000001, 0000000000000000]`.
fn nodemask(c: &Ctx, addr: u64, maxnode: u64) -> Value {
    let n = maxnode.saturating_add(62) / 64;
    if (maxnode != 0 && n == 0) || n < maxnode / 64 {
        return Value::Ptr(addr);
    }
    u64_array(c, addr, n, |v| {
        Value::Expr(if v == 0 {
            "0000000000000000".into()
        } else {
            format!("{v:#016x}")
        })
    })
}

/// strace's `print_array` over 8-byte elements: cut after `-s` elements, an unreadable
/// element after the first ends the array with its address.
fn u64_array(c: &Ctx, addr: u64, n: u64, f: impl Fn(u64) -> Value) -> Value {
    elem_array::<8>(c, addr, n, |b| f(u64::from_le_bytes(b)))
}

/// Most elements printed with `-v` (strace prints them all).
const VERBOSE_MAX_ELEMS: u64 = 1 << 16;

/// strace's `print_array` with its `tfetch_mem` reader: elements of `N` bytes, `f` renders
/// one. `NULL`, `[]` when empty, the address when the first element is unreadable or the
/// call failed (at exit); cut after `-s` elements with `...` unless `-v`; an unreadable
/// element after the first ends the array as `... /* 0xaddr */`.
pub fn elem_array<const N: usize>(
    c: &Ctx,
    addr: u64,
    n: u64,
    f: impl Fn([u8; N]) -> Value,
) -> Value {
    elem_array_ex(c, addr, n, false, f)
}

/// [`elem_array`], optionally reading the array even when the call failed.
pub fn elem_array_ex<const N: usize>(
    c: &Ctx,
    addr: u64,
    n: u64,
    ignore_failure: bool,
    f: impl Fn([u8; N]) -> Value,
) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    if n == 0 {
        return Value::Array(vec![], false);
    }
    if n.checked_mul(N as u64)
        .and_then(|s| addr.checked_add(s))
        .is_none()
    {
        return Value::Ptr(addr);
    }
    if c.exiting && c.failed() && !ignore_failure {
        return Value::Ptr(addr);
    }
    let max = if c.opts.verbose {
        VERBOSE_MAX_ELEMS
    } else {
        c.opts.strsize as u64
    };
    let mut items = Vec::new();
    for i in 0..n.min(max.saturating_add(1)) {
        let a = addr + N as u64 * i;
        let Some(b) = read_array::<N>(c.mem, a) else {
            if i == 0 {
                return Value::Ptr(addr);
            }
            items.push(Value::Expr(format!("... /* {a:#x} */")));
            return Value::Array(items, false);
        };
        if i >= max {
            return Value::Array(items, true);
        }
        items.push(f(b));
    }
    Value::Array(items, false)
}

/// A policy mode with its flag bits: `MPOL_INTERLEAVE|MPOL_F_STATIC_NODES`.
fn mpol_mode(raw: u64) -> Value {
    const MASK: u64 = 0x8000 | 0x4000 | 0x2000;
    let mode = raw & !MASK;
    let fbits = raw & MASK;
    if fbits == 0 {
        return super::sym(mp::MPOL_MODES, mode, "MPOL_???");
    }
    match crate::xlat::name_of(mp::MPOL_MODES, mode) {
        Some(n) => {
            let f = flags(mp::MPOL_MODE_FLAGS, fbits);
            Value::Expr(format!("{n}|{}", text(&Value::Flags(f))))
        }
        None => xflags(mp::MPOL_MODE_FLAGS, raw, "MPOL_F_???"),
    }
}

fn mbind(c: &mut Ctx) {
    if !c.exiting {
        let a = c.ptr(0);
        c.push(a);
        let l = c.ulong(1);
        c.push(l);
        c.push(mpol_mode(c.args[2]));
        let m = nodemask(c, c.args[3], c.args[4]);
        c.push(m);
        let n = c.ulong(4);
        c.push(n);
        c.push(c.xflags(5, mp::MPOL_MBIND_FLAGS, "MPOL_???"));
    }
}

fn set_mempolicy(c: &mut Ctx) {
    if !c.exiting {
        c.push(mpol_mode(c.args[0] as u32 as u64));
        let m = nodemask(c, c.args[1], c.args[2]);
        c.push(m);
        let n = c.ulong(2);
        c.push(n);
    }
}

fn get_mempolicy(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    let addr = c.args[0];
    let mode = if addr == 0 {
        Value::Ptr(0)
    } else if c.failed() {
        Value::Ptr(addr)
    } else {
        match read_array::<4>(c.mem, addr) {
            Some(b) => Value::Array(
                vec![super::sym(
                    mp::MPOL_MODES,
                    u32::from_le_bytes(b) as u64,
                    "MPOL_???",
                )],
                false,
            ),
            None => Value::Ptr(addr),
        }
    };
    c.push(mode);
    let m = nodemask(c, c.args[1], c.args[2]);
    c.push(m);
    let n = c.ulong(2);
    c.push(n);
    let a = c.ptr(3);
    c.push(a);
    c.push(xflags(mp::MPOL_GET_FLAGS, c.args[4], "MPOL_???"));
}

fn migrate_pages(c: &mut Ctx) {
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        let n = c.ulong(1);
        c.push(n);
        let o = nodemask(c, c.args[2], c.args[1]);
        c.push(o);
        let m = nodemask(c, c.args[3], c.args[1]);
        c.push(m);
    }
}

fn move_pages(c: &mut Ctx) {
    let n = c.args[1];
    if !c.exiting {
        let p = c.int(0);
        c.push(p);
        c.push(Value::Uint(n));
        let pages = u64_array(c, c.args[2], n, Value::Ptr);
        c.push(pages);
        let nodes = elem_array::<4>(
            c,
            c.args[3],
            n,
            |b| Value::Int(i32::from_le_bytes(b) as i64),
        );
        c.push(nodes);
        c.defer();
        return;
    }
    let status = elem_array::<4>(c, c.args[4], n, |b| {
        let st = i32::from_le_bytes(b);
        match (st < 0)
            .then(|| crate::xlat::errno::errno_name((-(st as i64)) as u64))
            .flatten()
        {
            Some(name) => Value::Expr(format!("-{name}")),
            None => Value::Int(st as i64),
        }
    });
    c.push(status);
    c.push(c.xflags(5, mp::MOVE_PAGES_FLAGS, "MPOL_???"));
}

fn remap_file_pages(c: &mut Ctx) {
    if !c.exiting {
        let a = c.ptr(0);
        c.push(a);
        let s = c.ulong(1);
        c.push(s);
        c.push(prot(c.args[2]));
        let o = c.ulong(3);
        c.push(o);
        c.push(map_flags(c.args[4] as u32 as u64));
    }
}

fn memfd_secret(c: &mut Ctx) {
    if !c.exiting {
        let f = c.flags(0, mp::MEMFD_SECRET_FLAGS);
        c.push(f);
    }
}

fn userfaultfd(c: &mut Ctx) {
    if !c.exiting {
        c.push(c.xflags(0, mp::UFFD_FLAGS, "UFFD_???"));
    }
}

fn pkey_alloc(c: &mut Ctx) {
    if !c.exiting {
        let f = c.hex(0);
        c.push(f);
        c.push(xflags(mp::PKEY_ACCESS, c.args[1], "PKEY_???"));
    }
}

fn pkey_free(c: &mut Ctx) {
    if !c.exiting {
        let k = c.int(0);
        c.push(k);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::decode::testmem::show as r;

    use crate::decode::testmem::{FakeMem, opts, run_decoder};

    use crate::decode::testmem::run;

    const EFAULT: i64 = -14;

    #[test]
    fn locking_flags() {
        let m = FakeMem::default();
        assert_eq!(
            run(mlock2, &m, [0x1000, 4096, 1, 0, 0, 0], 0),
            "0x1000, 4096, MLOCK_ONFAULT"
        );
        assert_eq!(
            run(mlock2, &m, [0x1000, 4096, 6, 0, 0, 0], -22),
            "0x1000, 4096, 0x6 /* MLOCK_??? */"
        );
        assert_eq!(
            run(mlockall, &m, [3, 0, 0, 0, 0, 0], 0),
            "MCL_CURRENT|MCL_FUTURE"
        );
        assert_eq!(
            run(mlockall, &m, [0x10, 0, 0, 0, 0, 0], -22),
            "0x10 /* MCL_??? */"
        );
        assert_eq!(run(mlockall, &m, [0, 0, 0, 0, 0, 0], -22), "0");
    }

    #[test]
    fn mincore_vectors() {
        let m = FakeMem::default().with(0x5000, &[1, 0, 3, 1, 0xfe]);
        assert_eq!(
            run(mincore, &m, [0x1000, 4 * 4096 + 1, 0x5000, 0, 0, 0], 0),
            "0x1000, 16385, [1, 0, 1, 1, 0]"
        );
        assert_eq!(
            run(mincore, &m, [0x1000, 0, 0x5000, 0, 0, 0], 0),
            "0x1000, 0, []"
        );
        // Part of the vector unreadable: the address of the first bad entry; the call
        // failed: the address; nothing to show: [] even on failure.
        assert_eq!(
            run(mincore, &m, [0x1000, 6 * 4096, 0x5000, 0, 0, 0], 0),
            "0x1000, 24576, [1, 0, 1, 1, 0, ... /* 0x5005 */]"
        );
        assert_eq!(
            run(mincore, &m, [0x1001, 0, 0x5000, 0, 0, 0], -22),
            "0x1001, 0, []"
        );
        assert_eq!(
            run(mincore, &m, [0x1001, 1, 0, 0, 0, 0], -22),
            "0x1001, 1, NULL"
        );
        assert_eq!(
            run(mincore, &m, [0x1001, 4096, 0x5000, 0, 0, 0], -22),
            "0x1001, 4096, 0x5000"
        );
        let mut o = opts();
        o.strsize = 2;
        assert_eq!(
            run_decoder(mincore, &m, [0x1000, 4 * 4096, 0x5000, 0, 0, 0], 0, &o),
            "0x1000, 16384, [1, 0, ...]"
        );
    }

    #[test]
    fn membarrier_commands() {
        let m = FakeMem::default();
        assert_eq!(
            run(membarrier, &m, [0, 0, 0, 0, 0, 0], 0x1ff),
            "MEMBARRIER_CMD_QUERY, 0"
        );
        assert_eq!(
            run(membarrier, &m, [8, 1, 3, 0, 0, 0], -22),
            "MEMBARRIER_CMD_PRIVATE_EXPEDITED, MEMBARRIER_CMD_FLAG_CPU, 3"
        );
        assert_eq!(
            run(membarrier, &m, [0x1000, 2, 0, 0, 0, 0], -22),
            "0x1000 /* MEMBARRIER_CMD_??? */, 0x2 /* MEMBARRIER_CMD_FLAG_??? */"
        );
    }

    #[test]
    fn numa_policies() {
        let m = FakeMem::default()
            .with(
                0x2000,
                &[1u64, 0]
                    .iter()
                    .flat_map(|x| x.to_le_bytes())
                    .collect::<Vec<_>>(),
            )
            .with(0x3000, &0u32.to_le_bytes());
        assert_eq!(
            run(mbind, &m, [0x1000, 4096, 2, 0x2000, 2, 1], 0),
            "0x1000, 4096, MPOL_BIND, [0x00000000000001], 2, MPOL_MF_STRICT"
        );
        assert_eq!(
            run(mbind, &m, [0x1000, 4096, 0x8003, 0x2000, 65, 0x13], -22),
            "0x1000, 4096, MPOL_INTERLEAVE|MPOL_F_STATIC_NODES, [0x00000000000001], 65, MPOL_MF_STRICT|MPOL_MF_MOVE|0x10"
        );
        assert_eq!(
            run(mbind, &m, [0x1000, 4096, 77, 1, 64, 0], -22),
            "0x1000, 4096, 0x4d /* MPOL_??? */, 0x1, 64, 0"
        );
        assert_eq!(
            run(set_mempolicy, &m, [0xa007, 0x2000, 128, 0, 0, 0], -22),
            "MPOL_F_STATIC_NODES|MPOL_F_NUMA_BALANCING|0x7, [0x00000000000001, 0000000000000000], 128"
        );
        assert_eq!(
            run(set_mempolicy, &m, [2, 0x2000, 1, 0, 0, 0], -22),
            "MPOL_BIND, 0x2000, 1"
        );
        assert_eq!(
            run(get_mempolicy, &m, [0x3000, 0x2000, 64, 0, 0, 0], 0),
            "[MPOL_DEFAULT], [0x00000000000001], 64, NULL, 0"
        );
        assert_eq!(
            run(get_mempolicy, &m, [1, 0x2000, 64, 0, 0x10, 0], -22),
            "0x1, 0x2000, 64, NULL, 0x10 /* MPOL_??? */"
        );
        assert_eq!(
            run(migrate_pages, &m, [0, 64, 0, 0x9000, 0, 0], EFAULT),
            "0, 64, NULL, 0x9000"
        );
    }

    #[test]
    fn move_pages_arrays() {
        let pages: Vec<u8> = [0x1000u64, 0x2000]
            .iter()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        let st: Vec<u8> = [0i32, -14].iter().flat_map(|x| x.to_le_bytes()).collect();
        let m = FakeMem::default().with(0x5000, &pages).with(0x6000, &st);
        assert_eq!(
            run(move_pages, &m, [0, 2, 0x5000, 0, 0x6000, 2], 0),
            "0, 2, [0x1000, 0x2000], NULL, [0, -EFAULT], MPOL_MF_MOVE"
        );
        assert_eq!(
            run(move_pages, &m, [0, 3, 0x5000, 0, 0x6000, 0], EFAULT),
            "0, 3, [0x1000, 0x2000, ... /* 0x5010 */], NULL, 0x6000, 0"
        );
    }

    #[test]
    fn mremap_and_msync() {
        let m = FakeMem::default();
        assert_eq!(
            run(mremap, &m, [0, 0, 0, 0x1_0000_0002, 0x1234, 0], -22),
            "NULL, 0, 0, MREMAP_FIXED|0x100000000"
        );
        assert_eq!(
            run(mremap, &m, [0, 0, 0, 3, 0x1234, 0], -22),
            "NULL, 0, 0, MREMAP_MAYMOVE|MREMAP_FIXED, 0x1234"
        );
        assert_eq!(
            run(mremap, &m, [0, 0, 0, 8, 0, 0], -22),
            "NULL, 0, 0, 0x8 /* MREMAP_??? */"
        );
        assert_eq!(
            run(msync, &m, [0, 0, 8, 0, 0, 0], -22),
            "NULL, 0, 0x8 /* MS_??? */"
        );
    }

    #[test]
    fn misc_memory() {
        let iov: Vec<u8> = [0x1000u64, 4096]
            .iter()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        let m = FakeMem::default().with(0x5000, &iov);
        assert_eq!(
            run(process_madvise, &m, [3, 0x5000, 1, 20, 0, 0], 4096),
            "3, [{iov_base=0x1000, iov_len=4096}], 1, MADV_COLD, 0"
        );
        assert_eq!(
            run(process_madvise, &m, [3, 1, 2, 21, 0, 0], EFAULT),
            "3, 0x1, 2, MADV_PAGEOUT, 0"
        );
        assert_eq!(
            run(remap_file_pages, &m, [0x1000, 4096, 0, 1, 0, 0], -22),
            "0x1000, 4096, PROT_NONE, 1, MAP_FILE"
        );
        assert_eq!(run(memfd_secret, &m, [1, 0, 0, 0, 0, 0], -22), "0x1");
        assert_eq!(
            run(memfd_secret, &m, [0x80000, 0, 0, 0, 0, 0], 5),
            "O_CLOEXEC"
        );
        assert_eq!(
            run(userfaultfd, &m, [0x80800, 0, 0, 0, 0, 0], 3),
            "O_NONBLOCK|O_CLOEXEC"
        );
        assert_eq!(
            run(userfaultfd, &m, [0x10, 0, 0, 0, 0, 0], -22),
            "0x10 /* UFFD_??? */"
        );
        assert_eq!(
            run(pkey_alloc, &m, [1, 0x10, 0, 0, 0, 0], -22),
            "0x1, 0x10 /* PKEY_??? */"
        );
        assert_eq!(
            run(pkey_alloc, &m, [0, 2, 0, 0, 0, 0], 1),
            "0, PKEY_DISABLE_WRITE"
        );
        assert_eq!(run(pkey_free, &m, [u64::MAX, 0, 0, 0, 0, 0], -22), "-1");
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
        assert_eq!(r(&map_flags(0xa | 0x20)), "0xa /* MAP_??? */|MAP_ANONYMOUS");
        assert_eq!(
            r(&map_flags(0x4 | 0x280 | (32 << 26))),
            "0x4 /* MAP_??? */|0x280|32<<MAP_HUGE_SHIFT"
        );
        assert_eq!(r(&map_flags(0)), "MAP_FILE");
        assert_eq!(r(&prot(0)), "PROT_NONE");
        assert_eq!(r(&prot(0x100)), "0x100 /* PROT_??? */");
        assert_eq!(r(&prot(3)), "PROT_READ|PROT_WRITE");
    }
}
