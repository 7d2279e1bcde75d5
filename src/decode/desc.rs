//! Descriptor I/O beyond read/write: vectored I/O, sendfile, splice, copy_file_range, fallocate ...

use super::{Ctx, Mem, Value, read_array, read_cstring, u64_at, xflags};
use crate::xlat::Xlat;
use crate::xlat::descfs as dx;
use crate::xlat::flags as fl;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("readv", readv),
    ("writev", writev),
    ("preadv", preadv),
    ("pwritev", pwritev),
    ("preadv2", preadv2),
    ("pwritev2", pwritev2),
    ("sendfile", sendfile),
    ("copy_file_range", copy_file_range),
    ("splice", splice),
    ("tee", tee),
    ("vmsplice", vmsplice),
    ("ftruncate", ftruncate),
    ("fallocate", fallocate),
    ("sync_file_range", sync_file_range),
    ("close_range", close_range),
    ("memfd_create", memfd_create),
    ("flock", flock),
    ("fchmod", fchmod),
    ("fchown", fchown),
];

/// Most elements an array prints (strace has no limit with `-v`, and `-s` can be huge; this
/// keeps hostile counts over large readable memory bounded).
const MAX_ELEMS: u64 = 1 << 16;

/// Flags from argument `i` (an `unsigned int`).
fn arg_flags(c: &Ctx, i: usize, table: Xlat, dflt: &'static str) -> Value {
    xflags(table, c.args[i] as u32 as u64, dflt)
}

/// A file mode as strace prints a `umode_t` number: octal of its low 16 bits.
pub fn umode(raw: u64) -> Value {
    Value::Oct(raw & 0xffff)
}

/// A uid/gid argument: `-1` for `(uid_t)-1`, else unsigned decimal of the low 32 bits.
pub fn id_arg(raw: u64) -> Value {
    let v = raw as u32;
    if v == u32::MAX {
        Value::Int(-1)
    } else {
        Value::Uint(v as u64)
    }
}

/// Elements an array may print: `-s` without `-v`, as strace abbreviates arrays.
pub fn elem_cap(c: &Ctx) -> u64 {
    if c.opts.verbose {
        MAX_ELEMS
    } else {
        (c.opts.strsize as u64).min(MAX_ELEMS)
    }
}

/// `len` bytes at `addr` shown up to `-s` (strace's printstrn): like `read_buf`, but one
/// byte past the `-s` budget is read too, so an unreadable buffer prints as its address even
/// with `-s 0`.
pub fn strn(c: &Ctx, addr: u64, len: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let want = len.min(c.opts.strsize as u64 + 1) as usize;
    let mut b = vec![0u8; want];
    if !c.mem.read_exact(addr, &mut b) {
        return Value::Unreadable(addr);
    }
    b.truncate(c.opts.strsize);
    Value::str(b, len > c.opts.strsize as u64)
}

/// How iovec contents are shown.
#[derive(Clone, Copy)]
pub enum IovData {
    /// Only the buffer addresses (failed calls).
    Addrs,
    /// The buffers' contents, at most this many bytes in total (what the kernel transferred).
    Upto(u64),
    /// The buffers' contents in full (written data).
    All,
}

/// A `struct iovec` array of `count` elements at `addr`: `[{iov_base="...", iov_len=N}, ...]`.
/// Each buffer is cut at `-s`; with [`IovData::Upto`] the data shown in total is capped at the
/// returned byte count, as strace does for readv.
pub fn iov_array(c: &Ctx, addr: u64, count: u64, data: IovData) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    if count == 0 {
        return Value::Array(Vec::new(), false);
    }
    // strace prints the address when the array's size overflows the address space.
    match count.checked_mul(16).and_then(|n| addr.checked_add(n)) {
        Some(_) => {}
        None => return Value::Ptr(addr),
    }
    let cap = elem_cap(c);
    let mut left = match data {
        IovData::Upto(n) => n,
        _ => u64::MAX,
    };
    let mut items = Vec::new();
    for idx in 0..count {
        // strace reads an element before checking the -s cap: an unreadable one is reported
        // even where the cap would have stopped the array.
        let cur = addr + idx * 16;
        let Some(b) = read_array::<16>(c.mem, cur) else {
            if idx == 0 {
                return Value::Ptr(addr);
            }
            items.push(Value::Expr(format!("... /* {cur:#x} */")));
            break;
        };
        if idx >= cap {
            items.push(Value::Expr("...".into()));
            break;
        }
        let base = u64_at(&b, 0);
        let len = u64_at(&b, 8);
        // The transferred bytes are shared out in order, whether or not a buffer is shown.
        let n = len.min(left);
        if left != u64::MAX {
            left -= n;
        }
        let base_v = match data {
            IovData::Addrs => Value::Ptr(base),
            _ => strn(c, base, n),
        };
        items.push(Value::Struct(
            vec![("iov_base", base_v), ("iov_len", Value::Uint(len))],
            false,
        ));
    }
    Value::Array(items, false)
}

/// readv-like: `fd` at entry; the buffers (what was read) and the count at exit.
fn readv(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.defer();
        return;
    }
    let data = if c.failed() {
        IovData::Addrs
    } else {
        IovData::Upto(c.rval as u64)
    };
    let v = iov_array(c, c.args[1], c.args[2], data);
    c.push(v);
    let n = c.ulong(2);
    c.push(n);
}

/// writev-like: everything at entry.
fn writev(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let v = iov_array(c, c.args[1], c.args[2], IovData::All);
        c.push(v);
        let n = c.ulong(2);
        c.push(n);
    }
}

fn preadv(c: &mut Ctx) {
    readv(c);
    if c.exiting {
        let off = c.long(3);
        c.push(off);
    }
}

fn pwritev(c: &mut Ctx) {
    writev(c);
    if !c.exiting {
        let off = c.long(3);
        c.push(off);
    }
}

fn preadv2(c: &mut Ctx) {
    preadv(c);
    if c.exiting {
        let f = arg_flags(c, 5, fl::RWF_FLAGS, "RWF_???");
        c.push(f);
    }
}

fn pwritev2(c: &mut Ctx) {
    pwritev(c);
    if !c.exiting {
        let f = arg_flags(c, 5, fl::RWF_FLAGS, "RWF_???");
        c.push(f);
    }
}

/// A pointer to a 64-bit number: `[N]`, `NULL`, or the address when unreadable.
fn int64_ptr(mem: &dyn Mem, addr: u64, signed: bool) -> Option<Value> {
    if addr == 0 {
        return None;
    }
    let b = read_array::<8>(mem, addr)?;
    let v = u64_at(&b, 0);
    let n = if signed {
        Value::Int(v as i64)
    } else {
        Value::Uint(v)
    };
    Some(Value::Array(vec![n], false))
}

fn int64_arg(c: &Ctx, i: usize, signed: bool) -> Value {
    int64_ptr(c.mem, c.args[i], signed).unwrap_or(Value::Ptr(c.args[i]))
}

/// sendfile: the offset is printed at entry and, when it moved, again at exit (`[3] => [13]`).
/// With no readable offset or a zero count the call is complete at entry.
fn sendfile(c: &mut Ctx) {
    if !c.exiting {
        let a = c.fd(0);
        c.push(a);
        let b = c.fd(1);
        c.push(b);
        let off = int64_ptr(c.mem, c.args[2], false);
        let done = off.is_none() || c.args[3] == 0;
        c.push(off.unwrap_or(Value::Ptr(c.args[2])));
        // Not deferred: strace prints ` => [N]` right after the offset at exit.
        if done {
            let n = c.ulong(3);
            c.push(n);
        }
        return;
    }
    // Entry pushed fd, fd and the offset; a complete entry also pushed the count.
    if c.out.len() != 3 {
        return;
    }
    if !c.failed()
        && c.rval != 0
        && let Some(v) = int64_ptr(c.mem, c.args[2], false)
    {
        c.push(Value::Changed(Box::new(v)));
    }
    let n = c.ulong(3);
    c.push(n);
}

fn copy_file_range(c: &mut Ctx) {
    if !c.exiting {
        let a = c.fd(0);
        c.push(a);
        let o = int64_arg(c, 1, true);
        c.push(o);
        let b = c.fd(2);
        c.push(b);
        let o = int64_arg(c, 3, true);
        c.push(o);
        let n = c.ulong(4);
        c.push(n);
        let f = c.uint(5);
        c.push(f);
    }
}

fn splice_flags(c: &Ctx, i: usize) -> Value {
    arg_flags(c, i, fl::SPLICE_FLAGS, "SPLICE_F_???")
}

fn splice(c: &mut Ctx) {
    if !c.exiting {
        let a = c.fd(0);
        c.push(a);
        let o = int64_arg(c, 1, true);
        c.push(o);
        let b = c.fd(2);
        c.push(b);
        let o = int64_arg(c, 3, true);
        c.push(o);
        let n = c.ulong(4);
        c.push(n);
        let f = splice_flags(c, 5);
        c.push(f);
    }
}

fn tee(c: &mut Ctx) {
    if !c.exiting {
        let a = c.fd(0);
        c.push(a);
        let b = c.fd(1);
        c.push(b);
        let n = c.ulong(2);
        c.push(n);
        let f = splice_flags(c, 3);
        c.push(f);
    }
}

/// writev's arguments, then splice flags.
fn vmsplice(c: &mut Ctx) {
    writev(c);
    if !c.exiting {
        let f = splice_flags(c, 3);
        c.push(f);
    }
}

fn ftruncate(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let n = c.ulong(1);
        c.push(n);
    }
}

fn fallocate(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let m = arg_flags(c, 1, fl::FALLOC_FLAGS, "FALLOC_FL_???");
        c.push(m);
        let off = c.long(2);
        c.push(off);
        let len = c.long(3);
        c.push(len);
    }
}

fn sync_file_range(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let off = c.long(1);
        c.push(off);
        let n = c.long(2);
        c.push(n);
        let f = arg_flags(c, 3, dx::SYNC_FILE_RANGE_FLAGS, "SYNC_FILE_RANGE_???");
        c.push(f);
    }
}

fn close_range(c: &mut Ctx) {
    if !c.exiting {
        let a = c.uint(0);
        c.push(a);
        let b = c.uint(1);
        c.push(b);
        let f = arg_flags(c, 2, fl::CLOSE_RANGE_FLAGS, "CLOSE_RANGE_???");
        c.push(f);
    }
}

/// memfd names are read up to the kernel's limit (249 bytes plus the NUL).
const MFD_NAME_READ: usize = 250;

/// A NUL-terminated string of which at most `limit` bytes are read (strace's `printstr_ex`
/// with a length), shown up to `-s` bytes.
pub fn cstr_limited(c: &Ctx, addr: u64, limit: usize) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let max = c.opts.strsize;
    match read_cstring(c.mem, addr, limit.min(max.saturating_add(1))) {
        Some((mut b, term)) => {
            let cut = !term || b.len() > max;
            b.truncate(max);
            Value::str(b, cut)
        }
        None => Value::Unreadable(addr),
    }
}

/// memfd_create flags: the huge page size (bits 26..31) prints as `21<<MFD_HUGE_SHIFT`.
fn memfd_flags(raw: u64) -> Value {
    let huge_mask = fl::MFD_HUGE_MASK << fl::MFD_HUGE_SHIFT;
    let huge = raw & huge_mask;
    let rest = raw & !huge_mask;
    if huge == 0 {
        return xflags(fl::MEMFD_FLAGS, rest, "MFD_???");
    }
    let mut s = String::new();
    if rest != 0 {
        crate::output::text::render(
            &mut s,
            &xflags(fl::MEMFD_FLAGS, rest, "MFD_???"),
            Default::default(),
        );
        s.push('|');
    }
    s.push_str(&format!("{}<<MFD_HUGE_SHIFT", huge >> fl::MFD_HUGE_SHIFT));
    Value::Expr(s)
}

fn memfd_create(c: &mut Ctx) {
    if !c.exiting {
        let n = cstr_limited(c, c.args[0], MFD_NAME_READ);
        c.push(n);
        c.push(memfd_flags(c.args[1] as u32 as u64));
    }
}

fn flock(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let op = arg_flags(c, 1, fl::FLOCK_OPS, "LOCK_???");
        c.push(op);
    }
}

fn fchmod(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.push(umode(c.args[1]));
    }
}

fn fchown(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.push(id_arg(c.args[1]));
        c.push(id_arg(c.args[2]));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testmem::{FakeMem, run_decoder};
    use super::*;

    use crate::decode::testmem::run;

    fn iov(base: u64, len: u64) -> Vec<u8> {
        let mut v = base.to_le_bytes().to_vec();
        v.extend_from_slice(&len.to_le_bytes());
        v
    }

    #[test]
    fn writev_prints_each_buffer() {
        let mut arr = iov(0x2000, 6);
        arr.extend(iov(0x3000, 2));
        arr.extend(iov(0, 0));
        let m = FakeMem::default()
            .with(0x1000, &arr)
            .with(0x2000, b"hello ")
            .with(0x3000, b"!\n");
        assert_eq!(
            run(writev, &m, [3, 0x1000, 3, 0, 0, 0], 8),
            r#"3, [{iov_base="hello ", iov_len=6}, {iov_base="!\n", iov_len=2}, {iov_base=NULL, iov_len=0}], 3"#
        );
        assert_eq!(run(writev, &m, [3, 0, 0, 0, 0, 0], 0), "3, NULL, 0");
        assert_eq!(run(writev, &m, [3, 0x1000, 0, 0, 0, 0], 0), "3, [], 0");
        // Bad pointers: the array address, and the element's buffer address.
        assert_eq!(
            run(writev, &m, [3, 0x9000, 2, 0, 0, 0], -14),
            "3, 0x9000, 2"
        );
        let m2 = FakeMem::default().with(0x1000, &iov(0x7777, 4));
        assert_eq!(
            run(writev, &m2, [3, 0x1000, 1, 0, 0, 0], -14),
            "3, [{iov_base=0x7777, iov_len=4}], 1"
        );
        // The array runs into unmapped memory, and a count whose size overflows.
        assert_eq!(
            run(writev, &m2, [3, 0x1000, 5, 0, 0, 0], -14),
            "3, [{iov_base=0x7777, iov_len=4}, ... /* 0x1010 */], 5"
        );
        assert_eq!(
            run(writev, &m2, [3, 0x1000, u64::MAX, 0, 0, 0], -22),
            "3, 0x1000, 18446744073709551615"
        );
    }

    #[test]
    fn readv_shows_only_returned_bytes() {
        let mut arr = iov(0x2000, 4);
        arr.extend(iov(0x3000, 8));
        let m = FakeMem::default()
            .with(0x1000, &arr)
            .with(0x2000, b"abcd")
            .with(0x3000, b"efghijkl");
        assert_eq!(
            run(readv, &m, [3, 0x1000, 2, 0, 0, 0], 6),
            r#"3, [{iov_base="abcd", iov_len=4}, {iov_base="ef", iov_len=8}], 2"#
        );
        assert_eq!(
            run(readv, &m, [3, 0x1000, 2, 0, 0, 0], -9),
            "3, [{iov_base=0x2000, iov_len=4}, {iov_base=0x3000, iov_len=8}], 2"
        );
        assert_eq!(
            run(preadv2, &m, [3, 0x1000, 1, 7, 0, 0x400], 4),
            r#"3, [{iov_base="abcd", iov_len=4}], 1, 7, 0x400 /* RWF_??? */"#
        );
    }

    #[test]
    fn iovec_element_count_is_capped_at_strsize() {
        let mut arr = Vec::new();
        for _ in 0..3 {
            arr.extend(iov(0x2000, 1));
        }
        let m = FakeMem::default().with(0x1000, &arr).with(0x2000, b"x");
        let o = crate::decode::DecodeOpts {
            strsize: 2,
            verbose: false,
        };
        assert_eq!(
            run_decoder(writev, &m, [3, 0x1000, 3, 0, 0, 0], 3, &o),
            r#"3, [{iov_base="x", iov_len=1}, {iov_base="x", iov_len=1}, ...], 3"#
        );
    }

    #[test]
    fn sendfile_offset_in_and_out() {
        let m = FakeMem::default().with(0x1000, &13u64.to_le_bytes());
        assert_eq!(
            run(sendfile, &m, [4, 3, 0x1000, 10, 0, 0], 10),
            "4, 3, [13] => [13], 10"
        );
        assert_eq!(
            run(sendfile, &m, [4, 3, 0x1000, 10, 0, 0], -9),
            "4, 3, [13], 10"
        );
        assert_eq!(run(sendfile, &m, [4, 3, 0, 10, 0, 0], 10), "4, 3, NULL, 10");
        assert_eq!(run(sendfile, &m, [4, 3, 1, 10, 0, 0], -14), "4, 3, 0x1, 10");
    }

    #[test]
    fn splice_and_copy_offsets() {
        let m = FakeMem::default().with(0x1000, &(-1i64).to_le_bytes());
        assert_eq!(
            run(splice, &m, [3, 0x1000, 4, 0, 8, 5], 8),
            "3, [-1], 4, NULL, 8, SPLICE_F_MOVE|SPLICE_F_MORE"
        );
        assert_eq!(
            run(copy_file_range, &m, [3, 1, 4, 0x1000, 8, 0], -14),
            "3, 0x1, 4, [-1], 8, 0"
        );
    }

    #[test]
    fn flag_words() {
        let m = FakeMem::default().with(0x1000, b"descfs\0");
        assert_eq!(
            run(memfd_create, &m, [0x1000, 4 | (21 << 26), 0, 0, 0, 0], 3),
            r#""descfs", MFD_HUGETLB|21<<MFD_HUGE_SHIFT"#
        );
        assert_eq!(
            run(memfd_create, &m, [0x9000, 0x100, 0, 0, 0, 0], -14),
            "0x9000, 0x100 /* MFD_??? */"
        );
        assert_eq!(
            run(fallocate, &m, [3, 3, 0, 4096, 0, 0], 0),
            "3, FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE, 0, 4096"
        );
        assert_eq!(run(flock, &m, [3, 0, 0, 0, 0, 0], -22), "3, 0");
        assert_eq!(
            run(fchown, &m, [3, u64::MAX, 0x1_0000_0005, 0, 0, 0], 0),
            "3, -1, 5"
        );
        assert_eq!(run(fchmod, &m, [3, u64::MAX, 0, 0, 0, 0], 0), "3, 0177777");
        assert_eq!(
            run(close_range, &m, [3, u32::MAX as u64, 4, 0, 0, 0], 0),
            "3, 4294967295, CLOSE_RANGE_CLOEXEC"
        );
    }
}
