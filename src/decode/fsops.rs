//! Path and file-system operations: link/rename/unlink, chmod/chown, utimes, xattrs, mounts, inotify ...

use super::desc::{cstr_limited, id_arg, umode};
use super::file::time_comment;
use super::{Ctx, Value, read_array, u32_at, u64_at, xflags};
use crate::xlat::Xlat;
use crate::xlat::descfs as dx;
use crate::xlat::flags as fl;
use std::cell::RefCell;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("mknod", mknod),
    ("mknodat", mknodat),
    ("truncate", truncate),
    ("chmod", path_mode),
    ("mkdir", path_mode),
    ("fchmodat", fchmodat),
    ("chown", path_ids),
    ("lchown", path_ids),
    ("fchownat", fchownat),
    ("link", two_paths),
    ("rename", two_paths),
    ("symlink", two_paths),
    ("pivot_root", two_paths),
    ("linkat", linkat),
    ("renameat", renameat),
    ("renameat2", renameat2),
    ("symlinkat", symlinkat),
    ("unlink", one_path),
    ("rmdir", one_path),
    ("chdir", one_path),
    ("chroot", one_path),
    ("utime", utime),
    ("utimes", utimes),
    ("futimesat", futimesat),
    ("utimensat", utimensat),
    ("setxattr", setxattr),
    ("lsetxattr", setxattr),
    ("fsetxattr", fsetxattr),
    ("listxattr", listxattr),
    ("llistxattr", listxattr),
    ("flistxattr", flistxattr),
    ("removexattr", removexattr),
    ("lremovexattr", removexattr),
    ("fremovexattr", fremovexattr),
    ("inotify_init1", inotify_init1),
    ("inotify_add_watch", inotify_add_watch),
    ("inotify_rm_watch", inotify_rm_watch),
    ("name_to_handle_at", name_to_handle_at),
    ("open_by_handle_at", open_by_handle_at),
    ("mount", mount),
    ("umount2", umount2),
    ("swapon", swapon),
    ("fsopen", fsopen),
    ("fsconfig", fsconfig),
    ("fsmount", fsmount),
    ("fspick", fspick),
    ("open_tree", open_tree),
    ("move_mount", move_mount),
    ("mount_setattr", mount_setattr),
    ("openat2", openat2),
    ("fanotify_init", fanotify_init),
    ("fanotify_mark", fanotify_mark),
];

fn arg_flags(c: &Ctx, i: usize, table: Xlat, dflt: &'static str) -> Value {
    xflags(table, c.args[i] as u32 as u64, dflt)
}

fn at_flags(c: &Ctx, i: usize) -> Value {
    arg_flags(c, i, fl::AT_FLAGS, "AT_???")
}

fn one_path(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
    }
}

fn two_paths(c: &mut Ctx) {
    if !c.exiting {
        let a = c.path(0);
        c.push(a);
        let b = c.path(1);
        c.push(b);
    }
}

fn truncate(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let n = c.ulong(1);
        c.push(n);
    }
}

fn path_mode(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        c.push(umode(c.args[1]));
    }
}

/// fchmodat: strace 6.1 prints three arguments (the flags argument is ignored).
fn fchmodat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        c.push(umode(c.args[2]));
    }
}

fn path_ids(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        c.push(id_arg(c.args[1]));
        c.push(id_arg(c.args[2]));
    }
}

fn fchownat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        c.push(id_arg(c.args[2]));
        c.push(id_arg(c.args[3]));
        let f = at_flags(c, 4);
        c.push(f);
    }
}

/// Two dirfd/path pairs (renameat, linkat).
fn two_at_paths(c: &mut Ctx) {
    for i in 0..4 {
        let v = if i % 2 == 0 { c.dirfd(i) } else { c.path(i) };
        c.push(v);
    }
}

fn renameat(c: &mut Ctx) {
    if !c.exiting {
        two_at_paths(c);
    }
}

fn linkat(c: &mut Ctx) {
    if !c.exiting {
        two_at_paths(c);
        let f = at_flags(c, 4);
        c.push(f);
    }
}

fn renameat2(c: &mut Ctx) {
    if !c.exiting {
        two_at_paths(c);
        // strace 6.1's default text for unknown rename flags has two question marks.
        let f = arg_flags(c, 4, fl::RENAME_FLAGS, "RENAME_??");
        c.push(f);
    }
}

fn symlinkat(c: &mut Ctx) {
    if !c.exiting {
        let t = c.path(0);
        c.push(t);
        let d = c.dirfd(1);
        c.push(d);
        let p = c.path(2);
        c.push(p);
    }
}

/// The `/* date */` comment strace puts after a time with a fractional part of `width`
/// digits (microseconds or nanoseconds); none for zero or an out-of-range fraction.
fn date_comment(sec: i64, frac: u64, width: usize, max: u64) -> Option<String> {
    if (sec == 0 && frac == 0) || frac > max {
        return None;
    }
    // time_comment always formats a date for a non-zero fraction; replace its fraction.
    let Value::Commented(_, s) = time_comment(sec, 1) else {
        return None;
    };
    let zone_at = s.len().checked_sub(5)?;
    let base = s.get(..zone_at.checked_sub(10)?)?;
    let zone = &s[zone_at..];
    Some(if frac != 0 {
        format!("{base}.{frac:0width$}{zone}")
    } else {
        format!("{base}{zone}")
    })
}

fn with_comment(v: Value, comment: Option<String>) -> Value {
    match comment {
        Some(c) => Value::Commented(Box::new(v), c),
        None => v,
    }
}

/// `struct utimbuf`: `{actime=N /* date */, modtime=N /* date */}`.
fn utimbuf(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<16>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let field = |off: usize| {
        let s = u64_at(&b, off) as i64;
        with_comment(Value::Int(s), date_comment(s, 0, 0, 0))
    };
    Value::Struct(vec![("actime", field(0)), ("modtime", field(8))], false)
}

fn utime(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let t = utimbuf(c, c.args[1]);
        c.push(t);
    }
}

/// Two `struct timeval` (utimes, futimesat) or `struct timespec` (utimensat): each element
/// 16 bytes, `{tv_sec=N, tv_usec=N} /* date */`.
fn time_pair(c: &Ctx, addr: u64, nsec: bool) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let Some(b) = read_array::<32>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mut items = Vec::new();
    let cap = super::desc::elem_cap(c);
    for k in 0..2usize {
        if k as u64 >= cap {
            items.push(Value::Expr("...".into()));
            break;
        }
        let sec = u64_at(&b, k * 16) as i64;
        let frac = u64_at(&b, k * 16 + 8);
        if nsec && frac == (1 << 30) - 1 {
            items.push(Value::Expr("UTIME_NOW".into()));
            continue;
        }
        if nsec && frac == (1 << 30) - 2 {
            items.push(Value::Expr("UTIME_OMIT".into()));
            continue;
        }
        let (name, width, max) = if nsec {
            ("tv_nsec", 9, 999_999_999)
        } else {
            ("tv_usec", 6, 999_999)
        };
        let v = Value::Struct(
            vec![("tv_sec", Value::Int(sec)), (name, Value::Uint(frac))],
            false,
        );
        items.push(with_comment(v, date_comment(sec, frac, width, max)));
    }
    Value::Array(items, false)
}

fn utimes(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let t = time_pair(c, c.args[1], false);
        c.push(t);
    }
}

fn futimesat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        let t = time_pair(c, c.args[2], false);
        c.push(t);
    }
}

fn utimensat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        let t = time_pair(c, c.args[2], true);
        c.push(t);
        let f = at_flags(c, 3);
        c.push(f);
    }
}

/// Largest xattr value (XATTR_SIZE_MAX); longer values print as their address.
const XATTR_SIZE_MAX: u64 = 65536;

/// An xattr value of `len` bytes, cut at `-s`; a NUL as the last byte shown is left out
/// (strace's QUOTE_OMIT_TRAILING_0), and then no `...` follows.
fn xattr_val(c: &Ctx, i: usize, len: u64) -> Value {
    let addr = c.args[i];
    if len > XATTR_SIZE_MAX || addr == 0 {
        return Value::Ptr(addr);
    }
    match super::desc::strn(c, addr, len) {
        Value::Str(mut q) => {
            if q.bytes.last() == Some(&0) {
                q.bytes.pop();
                q.truncated = false;
            }
            Value::Str(q)
        }
        v => v,
    }
}

/// The value, size and flags of setxattr (arguments 2..4).
fn setxattr_tail(c: &mut Ctx) {
    let v = xattr_val(c, 2, c.args[3]);
    c.push(v);
    let n = c.ulong(3);
    c.push(n);
    let f = arg_flags(c, 4, fl::XATTR_FLAGS, "XATTR_???");
    c.push(f);
}

fn setxattr(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let n = c.cstr(1);
        c.push(n);
        setxattr_tail(c);
    }
}

fn fsetxattr(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let n = c.cstr(1);
        c.push(n);
        setxattr_tail(c);
    }
}

/// The name list listxattr returned (`"a\0b\0"`), or its address.
fn listxattr_tail(c: &mut Ctx) {
    let v = if c.failed() || c.args[2] == 0 {
        c.ptr(1)
    } else {
        super::desc::strn(c, c.args[1], c.rval as u64)
    };
    c.push(v);
    let n = c.ulong(2);
    c.push(n);
}

fn listxattr(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        c.defer();
        return;
    }
    listxattr_tail(c);
}

fn flistxattr(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.defer();
        return;
    }
    listxattr_tail(c);
}

fn removexattr(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let n = c.cstr(1);
        c.push(n);
    }
}

fn fremovexattr(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let n = c.cstr(1);
        c.push(n);
    }
}

fn inotify_init1(c: &mut Ctx) {
    if !c.exiting {
        let f = arg_flags(c, 0, fl::INOTIFY_INIT_FLAGS, "IN_???");
        c.push(f);
    }
}

fn inotify_add_watch(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let p = c.path(1);
        c.push(p);
        let m = arg_flags(c, 2, fl::INOTIFY_MASK, "IN_???");
        c.push(m);
    }
}

fn inotify_rm_watch(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let wd = c.int(1);
        c.push(wd);
    }
}

/// Largest file handle the kernel accepts (MAX_HANDLE_SZ).
const MAX_HANDLE_SZ: u64 = 128;

/// `f_handle` bytes after the 8-byte header, in hex, at most MAX_HANDLE_SZ of them.
fn f_handle(c: &Ctx, addr: u64, bytes: u64) -> Value {
    let len = bytes.min(MAX_HANDLE_SZ) as usize;
    let mut b = vec![0u8; len];
    if c.mem.read_exact(addr.wrapping_add(8), &mut b) {
        Value::Str(super::QStr {
            bytes: b,
            truncated: bytes > MAX_HANDLE_SZ,
            force_hex: true,
            trailing_nul: false,
        })
    } else {
        Value::Expr("???".into())
    }
}

/// `struct file_handle` header: handle_bytes and handle_type.
fn handle_header(c: &Ctx, addr: u64) -> Option<(u64, i64)> {
    let b = read_array::<8>(c.mem, addr)?;
    Some((u32_at(&b, 0) as u64, u32_at(&b, 4) as i32 as i64))
}

thread_local! {
    /// name_to_handle_at's handle_bytes at entry, by handle address: the kernel overwrites it
    /// and strace prints `handle_bytes=IN => OUT`.
    static HANDLE_BYTES: RefCell<Vec<(u64, u64)>> = const { RefCell::new(Vec::new()) };
}

fn name_to_handle_at_flags(c: &Ctx) -> Value {
    arg_flags(c, 4, dx::NAME_TO_HANDLE_AT_FLAGS, "AT_???")
}

fn name_to_handle_at(c: &mut Ctx) {
    let addr = c.args[2];
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        match handle_header(c, addr) {
            Some((bytes, _)) => {
                HANDLE_BYTES.with(|h| {
                    let mut h = h.borrow_mut();
                    h.retain(|&(a, _)| a != addr);
                    if h.len() >= 64 {
                        h.remove(0);
                    }
                    h.push((addr, bytes));
                });
                c.defer();
            }
            None => {
                let v = c.ptr(2);
                c.push(v);
                let m = c.ptr(3);
                c.push(m);
                let f = name_to_handle_at_flags(c);
                c.push(f);
            }
        }
        return;
    }
    // Decoded in full at entry when the handle was unreadable.
    if c.out.len() != 2 {
        return;
    }
    let before = HANDLE_BYTES.with(|h| {
        let mut h = h.borrow_mut();
        let pos = h.iter().position(|&(a, _)| a == addr);
        pos.map(|p| h.remove(p).1)
    });
    let eoverflow = c.rval == -(libc::EOVERFLOW as i64);
    let now = if !c.failed() || eoverflow {
        handle_header(c, addr)
    } else {
        None
    };
    let mut fields = Vec::new();
    let bytes_v = |n: u64| Value::Uint(n);
    match (before, now) {
        (Some(b), Some((n, ty))) => {
            if n != b {
                fields.push(("handle_bytes", Value::Expr(format!("{b} => {n}"))));
            } else {
                fields.push(("handle_bytes", bytes_v(b)));
            }
            if !c.failed() {
                fields.push(("handle_type", Value::Int(ty)));
                fields.push(("f_handle", f_handle(c, addr, n)));
            }
        }
        (Some(b), None) => fields.push(("handle_bytes", bytes_v(b))),
        // No record of the entry (should not happen): what the struct holds now.
        (None, Some((n, ty))) => {
            fields.push(("handle_bytes", bytes_v(n)));
            if !c.failed() {
                fields.push(("handle_type", Value::Int(ty)));
                fields.push(("f_handle", f_handle(c, addr, n)));
            }
        }
        (None, None) => {}
    }
    let s = if fields.is_empty() {
        c.ptr(2)
    } else {
        Value::Struct(fields, false)
    };
    c.push(s);
    let m = if c.failed() {
        c.ptr(3)
    } else {
        match read_array::<4>(c.mem, c.args[3]) {
            Some(b) => Value::Array(vec![Value::Int(i32::from_le_bytes(b) as i64)], false),
            None => c.ptr(3),
        }
    };
    c.push(m);
    let f = name_to_handle_at_flags(c);
    c.push(f);
}

fn open_by_handle_at(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let addr = c.args[1];
        let h = match handle_header(c, addr) {
            Some((bytes, ty)) => Value::Struct(
                vec![
                    ("handle_bytes", Value::Uint(bytes)),
                    ("handle_type", Value::Int(ty)),
                    ("f_handle", f_handle(c, addr, bytes)),
                ],
                false,
            ),
            None => c.ptr(1),
        };
        c.push(h);
        c.push(super::file::open_flags(c.args[2] as u32 as u64));
    }
}

const MS_REMOUNT: u64 = 0x20;
/// MS_BIND | MS_MOVE | MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE: no type, no data.
const MS_NO_TYPE_DATA: u64 = 0x1000 | 0x2000 | 0x100000 | 0x40000 | 0x80000 | 0x20000;

fn mount(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let mut fl_raw = c.args[3];
    let magic = fl_raw & fl::MS_MGC_MSK == fl::MS_MGC_VAL;
    if magic {
        fl_raw &= !fl::MS_MGC_MSK;
    }
    let (skip_type, skip_data) = if fl_raw & MS_REMOUNT != 0 {
        (true, false)
    } else if fl_raw & MS_NO_TYPE_DATA != 0 {
        (true, true)
    } else {
        (false, false)
    };
    let s = c.path(0);
    c.push(s);
    let t = c.path(1);
    c.push(t);
    let ty = if skip_type { c.ptr(2) } else { c.cstr(2) };
    c.push(ty);
    let rest = xflags(fl::MOUNT_FLAGS, fl_raw, "MS_???");
    let flags_v = if !magic {
        rest
    } else if fl_raw == 0 {
        Value::Expr("MS_MGC_VAL".into())
    } else {
        let mut s = String::from("MS_MGC_VAL|");
        crate::output::text::render(&mut s, &rest, Default::default());
        Value::Expr(s)
    };
    c.push(flags_v);
    let d = if skip_data { c.ptr(4) } else { c.cstr(4) };
    c.push(d);
}

fn umount2(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let f = arg_flags(c, 1, fl::UMOUNT_FLAGS, "MNT_???");
        c.push(f);
    }
}

/// swapon flags: the named bits, then `|` and the priority (low 15 bits) in decimal.
fn swapon(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let p = c.path(0);
    c.push(p);
    let raw = c.args[1] as u32 as u64;
    let prio = raw & 0x7fff;
    let rest = raw & !0x7fff;
    if rest == 0 {
        c.push(Value::Uint(prio));
        return;
    }
    let mut s = String::new();
    crate::output::text::render(
        &mut s,
        &xflags(dx::SWAP_FLAGS, rest, "SWAP_FLAG_???"),
        Default::default(),
    );
    s.push_str(&format!("|{prio}"));
    c.push(Value::Expr(s));
}

fn fsopen(c: &mut Ctx) {
    if !c.exiting {
        let n = c.cstr(0);
        c.push(n);
        let f = arg_flags(c, 1, dx::FSOPEN_FLAGS, "FSOPEN_???");
        c.push(f);
    }
}

/// fsconfig keys and string values are read up to 256 bytes.
const FSCONFIG_STR_MAX: usize = 256;

fn fsconfig(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let fd = c.fd(0);
    c.push(fd);
    let cmd = c.args[1] as u32 as u64;
    let v = c.sym(1, dx::FSCONFIG_CMDS, "FSCONFIG_???");
    c.push(v);
    let aux = c.args[4] as i32;
    // SET_FLAG .. SET_FD carry a key.
    let key = if cmd <= 5 {
        cstr_limited(c, c.args[2], FSCONFIG_STR_MAX)
    } else {
        c.ptr(2)
    };
    c.push(key);
    let value = match cmd {
        1 => cstr_limited(c, c.args[3], FSCONFIG_STR_MAX),
        3 | 4 => c.path(3),
        2 if (0..=1 << 20).contains(&aux) => match super::desc::strn(c, c.args[3], aux as u64) {
            Value::Str(mut q) => {
                q.force_hex = true;
                Value::Str(q)
            }
            v => v,
        },
        _ => c.ptr(3),
    };
    let value = if c.args[3] == 0 { Value::Ptr(0) } else { value };
    c.push(value);
    let a = match cmd {
        3 | 4 => c.dirfd(4),
        _ => c.int(4),
    };
    c.push(a);
}

fn fsmount(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let f = arg_flags(c, 1, dx::FSMOUNT_FLAGS, "FSMOUNT_???");
        c.push(f);
        let a = arg_flags(c, 2, dx::FSMOUNT_ATTR_FLAGS, "MOUNT_ATTR_???");
        c.push(a);
    }
}

/// dirfd, path and flags (fspick, open_tree, mount_setattr).
fn dfd_path_flags(c: &mut Ctx, table: Xlat, dflt: &'static str) {
    let d = c.dirfd(0);
    c.push(d);
    let p = c.path(1);
    c.push(p);
    let f = arg_flags(c, 2, table, dflt);
    c.push(f);
}

fn fspick(c: &mut Ctx) {
    if !c.exiting {
        dfd_path_flags(c, dx::FSPICK_FLAGS, "FSPICK_???");
    }
}

fn open_tree(c: &mut Ctx) {
    if !c.exiting {
        dfd_path_flags(c, dx::OPEN_TREE_FLAGS, "OPEN_TREE_???");
    }
}

fn move_mount(c: &mut Ctx) {
    if !c.exiting {
        two_at_paths(c);
        let f = arg_flags(c, 4, dx::MOVE_MOUNT_FLAGS, "MOVE_MOUNT_???");
        c.push(f);
    }
}

/// The bytes of an extensible struct past the `known` ones (strace's print_nonzero_bytes):
/// nothing when they are all zero, `???` when unreadable, else
/// `/* bytes K..N */ "\x.."` cut at `-s`. At most a page is considered.
pub fn tail_bytes(c: &Ctx, addr: u64, known: u64, size: u64) -> Option<Value> {
    let total = size.min(4096);
    if total <= known {
        return None;
    }
    let len = (total - known) as usize;
    let mut tail = vec![0u8; len];
    if !c.mem.read_exact(addr.wrapping_add(known), &mut tail) {
        return Some(Value::Expr("???".into()));
    }
    if tail.iter().all(|&x| x == 0) {
        return None;
    }
    let shown = len.min(c.opts.strsize);
    let q = Value::Str(super::QStr {
        bytes: tail[..shown].to_vec(),
        truncated: shown < len,
        force_hex: true,
        trailing_nul: false,
    });
    let mut s = format!("/* bytes {}..{} */ ", known, total - 1);
    crate::output::text::render(&mut s, &q, Default::default());
    Some(Value::Expr(s))
}

const MOUNT_ATTR_SIZE_VER0: u64 = 32;
const MOUNT_ATTR_IDMAP: u64 = 0x100000;

/// `struct mount_attr` of `size` bytes; bytes past the known 32 (up to a page) are shown
/// when not all zero.
fn mount_attr(c: &Ctx, addr: u64, size: u64) -> Value {
    if size < MOUNT_ATTR_SIZE_VER0 {
        return Value::Ptr(addr);
    }
    let Some(b) = read_array::<32>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let set = u64_at(&b, 0);
    let clr = u64_at(&b, 8);
    let userns = u64_at(&b, 24);
    let userns_v = if userns > i32::MAX as u64 || (set | clr) & MOUNT_ATTR_IDMAP == 0 {
        Value::Uint(userns)
    } else {
        Value::Int(userns as i64)
    };
    let mut f = vec![
        (
            "attr_set",
            xflags(dx::MOUNT_ATTR_ATTR, set, "MOUNT_ATTR_???"),
        ),
        (
            "attr_clr",
            xflags(dx::MOUNT_ATTR_ATTR, clr, "MOUNT_ATTR_???"),
        ),
        (
            "propagation",
            super::sym(dx::MOUNT_ATTR_PROPAGATION, u64_at(&b, 16), "MS_???"),
        ),
        ("userns_fd", userns_v),
    ];
    if let Some(t) = tail_bytes(c, addr, MOUNT_ATTR_SIZE_VER0, size) {
        f.push(("", t));
    }
    Value::Struct(f, false)
}

fn mount_setattr(c: &mut Ctx) {
    if !c.exiting {
        dfd_path_flags(c, dx::MOUNT_SETATTR_FLAGS, "AT_???");
        let a = mount_attr(c, c.args[3], c.args[4]);
        c.push(a);
        let n = c.ulong(4);
        c.push(n);
    }
}

const OPEN_HOW_SIZE_VER0: u64 = 24;

/// `struct open_how` of `size` bytes: flags, mode (when creating or non-zero), resolve.
fn open_how(c: &Ctx, addr: u64, size: u64) -> Value {
    if size < OPEN_HOW_SIZE_VER0 {
        return Value::Ptr(addr);
    }
    let Some(b) = read_array::<24>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let flags_raw = u64_at(&b, 0);
    let mode = u64_at(&b, 8);
    let mut f = vec![("flags", super::file::open_flags(flags_raw))];
    // O_CREAT or __O_TMPFILE.
    if flags_raw & 0x400040 != 0 || mode != 0 {
        f.push(("mode", Value::Oct(mode)));
    }
    f.push((
        "resolve",
        xflags(dx::RESOLVE_FLAGS, u64_at(&b, 16), "RESOLVE_???"),
    ));
    if let Some(t) = tail_bytes(c, addr, OPEN_HOW_SIZE_VER0, size) {
        f.push(("", t));
    }
    Value::Struct(f, false)
}

fn openat2(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        let h = open_how(c, c.args[2], c.args[3]);
        c.push(h);
        let n = c.ulong(3);
        c.push(n);
    }
}

/// fanotify_init flags: the class first (`FAN_CLASS_NOTIF` for 0), then the other flags.
fn fan_init_flags(raw: u64) -> Value {
    let class = super::sym(dx::FAN_CLASSES, raw & 0xc, "FAN_CLASS_???");
    let rest = raw & !0xc;
    let mut s = String::new();
    crate::output::text::render(&mut s, &class, Default::default());
    if rest != 0 {
        s.push('|');
        crate::output::text::render(
            &mut s,
            &xflags(dx::FAN_INIT_FLAGS, rest, "FAN_???"),
            Default::default(),
        );
    }
    Value::Expr(s)
}

fn fanotify_init(c: &mut Ctx) {
    if !c.exiting {
        c.push(fan_init_flags(c.args[0] as u32 as u64));
        c.push(super::file::open_flags(c.args[1] as u32 as u64));
    }
}

fn fanotify_mark(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let f = arg_flags(c, 1, dx::FAN_MARK_FLAGS, "FAN_MARK_???");
        c.push(f);
        c.push(xflags(dx::FAN_EVENTS, c.args[2], "FAN_???"));
        let d = if c.args[3] as i32 == -1 {
            Value::Sym("FAN_NOFD", c.args[3])
        } else {
            c.dirfd(3)
        };
        c.push(d);
        let p = c.path(4);
        c.push(p);
    }
}

/// mknod's mode: 16 bits, a known file type by name, otherwise plain octal (as strace).
fn mknod_mode(raw: u64) -> Value {
    let m = raw & 0xffff;
    let known = matches!(
        m & 0o170000,
        0 | 0o010000 | 0o020000 | 0o040000 | 0o060000 | 0o100000 | 0o120000 | 0o140000
    );
    if known {
        Value::FileMode(m)
    } else {
        Value::Oct(m)
    }
}

/// The device argument, only for character and block devices.
fn mknod_dev(c: &mut Ctx, mode_arg: usize, dev_arg: usize) {
    let t = c.args[mode_arg] & 0o170000;
    if t == 0o020000 || t == 0o060000 {
        c.push(crate::decode::file::makedev(c.args[dev_arg] as u32 as u64));
    }
}

fn mknod(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        c.push(mknod_mode(c.args[1]));
        mknod_dev(c, 1, 2);
    }
}

fn mknodat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        c.push(mknod_mode(c.args[2]));
        mknod_dev(c, 2, 3);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testmem::{FakeMem, opts};
    use super::*;

    use crate::decode::testmem::run;

    const FDCWD: u64 = -100i64 as u64;

    #[test]
    fn paths_modes_and_ids() {
        let m = FakeMem::default()
            .with(0x1000, b"f1\0")
            .with(0x2000, b"f2\0");
        assert_eq!(
            run(path_mode, &m, [0x1000, u64::MAX, 0, 0, 0, 0], 0),
            r#""f1", 0177777"#
        );
        assert_eq!(
            run(path_ids, &m, [0x1000, u64::MAX, 0xffff_fffe, 0, 0, 0], 0),
            r#""f1", -1, 4294967294"#
        );
        assert_eq!(
            run(two_paths, &m, [0x1000, 1, 0, 0, 0, 0], -14),
            r#""f1", 0x1"#
        );
        assert_eq!(
            run(linkat, &m, [FDCWD, 0x1000, 99, 0x2000, 0x8, 0], -22),
            r#"AT_FDCWD, "f1", 99, "f2", 0x8 /* AT_??? */"#
        );
        assert_eq!(
            run(renameat2, &m, [FDCWD, 0x1000, FDCWD, 0x2000, 0x101, 0], -22),
            r#"AT_FDCWD, "f1", AT_FDCWD, "f2", RENAME_NOREPLACE|0x100"#
        );
        assert_eq!(
            run(renameat2, &m, [FDCWD, 0x1000, FDCWD, 0x2000, 0x100, 0], -22),
            r#"AT_FDCWD, "f1", AT_FDCWD, "f2", 0x100 /* RENAME_?? */"#
        );
        assert_eq!(
            run(truncate, &m, [0x1000, u64::MAX, 0, 0, 0, 0], -22),
            r#""f1", 18446744073709551615"#
        );
    }

    fn pair(a: (i64, i64), b: (i64, i64)) -> Vec<u8> {
        [a.0, a.1, b.0, b.1]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect()
    }

    #[test]
    fn utimensat_special_values_and_bad_pointers() {
        let ts = pair((0, (1 << 30) - 2), (5, 1_000_000_000));
        let m = FakeMem::default().with(0x1000, b"f1\0").with(0x3000, &ts);
        assert_eq!(
            run(utimensat, &m, [FDCWD, 0x1000, 0x3000, 0x100, 0, 0], -22),
            r#"AT_FDCWD, "f1", [UTIME_OMIT, {tv_sec=5, tv_nsec=1000000000}], AT_SYMLINK_NOFOLLOW"#
        );
        assert_eq!(
            run(utimensat, &m, [3, 0, 0, 0, 0, 0], 0),
            "3, NULL, NULL, 0"
        );
        assert_eq!(
            run(utimensat, &m, [3, 0x1000, 0x9000, 0, 0, 0], -14),
            r#"3, "f1", 0x9000, 0"#
        );
        assert_eq!(
            run(utime, &m, [0x1000, 0x9000, 0, 0, 0, 0], -14),
            r#""f1", 0x9000"#
        );
        // A zero time has no date comment.
        let tv = pair((0, 0), (0, 0));
        let m = m.with(0x4000, &tv);
        assert_eq!(
            run(utimes, &m, [0x1000, 0x4000, 0, 0, 0, 0], 0),
            r#""f1", [{tv_sec=0, tv_usec=0}, {tv_sec=0, tv_usec=0}]"#
        );
    }

    #[test]
    fn date_comments_carry_the_fraction() {
        let c = date_comment(1_000_000_000, 5, 6, 999_999).unwrap();
        assert!(c.contains(":40.000005"), "{c}");
        let c = date_comment(1_000_000_000, 0, 6, 999_999).unwrap();
        assert!(c.contains(":40") && !c.contains('.'), "{c}");
        assert_eq!(date_comment(5, 1_000_000, 6, 999_999), None);
        assert_eq!(date_comment(0, 0, 9, 999_999_999), None);
    }

    #[test]
    fn xattrs() {
        let m = FakeMem::default()
            .with(0x1000, b"f1\0")
            .with(0x2000, b"user.k\0")
            .with(0x3000, b"value\x01\x02")
            .with(0x4000, b"user.a\0user.b\0");
        assert_eq!(
            run(setxattr, &m, [0x1000, 0x2000, 0x3000, 7, 1, 0], 0),
            r#""f1", "user.k", "value\1\2", 7, XATTR_CREATE"#
        );
        assert_eq!(
            run(fsetxattr, &m, [3, 0x2000, 0x9000, 4, 0x10, 0], -14),
            r#"3, "user.k", 0x9000, 4, 0x10 /* XATTR_??? */"#
        );
        assert_eq!(
            run(listxattr, &m, [0x1000, 0x4000, 256, 0, 0, 0], 14),
            r#""f1", "user.a\0user.b\0", 256"#
        );
        assert_eq!(
            run(flistxattr, &m, [3, 0x4000, 1, 0, 0, 0], -34),
            "3, 0x4000, 1"
        );
        assert_eq!(
            run(listxattr, &m, [0x1000, 0, 0, 0, 0, 0], 14),
            r#""f1", NULL, 0"#
        );
        // Size 0 asks for the needed size: the buffer is not read.
        assert_eq!(
            run(listxattr, &m, [0x1000, 0x4000, 0, 0, 0, 0], 14),
            r#""f1", 0x4000, 0"#
        );
        // A trailing NUL of the value is left out; values over XATTR_SIZE_MAX print as addresses.
        assert_eq!(
            run(setxattr, &m, [0x1000, 0x2000, 0x4000, 7, 0, 0], 0),
            r#""f1", "user.k", "user.a", 7, 0"#
        );
        assert_eq!(
            run(setxattr, &m, [0x1000, 0x2000, 0x4000, 70000, 0, 0], -7),
            r#""f1", "user.k", 0x4000, 70000, 0"#
        );
    }

    #[test]
    fn file_handles() {
        let mut h = Vec::new();
        h.extend_from_slice(&128u32.to_le_bytes());
        h.extend_from_slice(&0u32.to_le_bytes());
        let m = FakeMem::default()
            .with(0x1000, b"f1\0")
            .with(0x2000, &h)
            .with(0x3000, &27i32.to_le_bytes());
        // Entry: handle_bytes=128; the kernel writes back 8 and the handle.
        let mut out = Vec::new();
        let o = opts();
        let mut c = Ctx {
            mem: &m,
            opts: &o,
            args: [FDCWD, 0x1000, 0x2000, 0x3000, 0, 0],
            sp: 0,
            exiting: false,
            rval: 0,
            out: &mut out,
            more: false,
            ret: super::super::Ret::Dec,
        };
        name_to_handle_at(&mut c);
        let mut after = Vec::new();
        after.extend_from_slice(&8u32.to_le_bytes());
        after.extend_from_slice(&1u32.to_le_bytes());
        after.extend_from_slice(&[7, 0x40, 0, 0, 1, 2, 3, 4]);
        let m2 = FakeMem::default()
            .with(0x2000, &after)
            .with(0x3000, &27i32.to_le_bytes());
        c.mem = &m2;
        c.exiting = true;
        name_to_handle_at(&mut c);
        let mut s = String::new();
        for (i, v) in out.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            crate::output::text::render(&mut s, v, Default::default());
        }
        assert_eq!(
            s,
            r#"AT_FDCWD, "f1", {handle_bytes=128 => 8, handle_type=1, f_handle="\x07\x40\x00\x00\x01\x02\x03\x04"}, [27], 0"#
        );
        // An unreadable handle is decoded in full at entry.
        assert_eq!(
            run(
                name_to_handle_at,
                &m,
                [3, 0x1000, 0x9000, 0x3000, 0x1000, 0],
                -14
            ),
            r#"3, "f1", 0x9000, 0x3000, AT_EMPTY_PATH"#
        );
        assert_eq!(
            run(open_by_handle_at, &m2, [99, 0x2000, 0o2000002, 0, 0, 0], 5),
            r#"99, {handle_bytes=8, handle_type=1, f_handle="\x07\x40\x00\x00\x01\x02\x03\x04"}, O_RDWR|O_CLOEXEC"#
        );
        assert_eq!(
            run(open_by_handle_at, &m2, [99, 1, 0, 0, 0, 0], -14),
            "99, 0x1, O_RDONLY"
        );
    }

    #[test]
    fn mount_flags_and_ignored_arguments() {
        let m = FakeMem::default()
            .with(0x1000, b"src\0")
            .with(0x2000, b"dst\0")
            .with(0x3000, b"ext4\0")
            .with(0x4000, b"ro\0");
        assert_eq!(
            run(
                mount,
                &m,
                [0x1000, 0x2000, 0x3000, 0xc0ed_0001, 0x4000, 0],
                -1
            ),
            r#""src", "dst", "ext4", MS_MGC_VAL|MS_RDONLY, "ro""#
        );
        assert_eq!(
            run(
                mount,
                &m,
                [0x1000, 0x2000, 0x3000, 0x1000 | 0x4000, 0x4000, 0],
                -1
            ),
            r#""src", "dst", 0x3000, MS_BIND|MS_REC, 0x4000"#
        );
        assert_eq!(
            run(mount, &m, [0x1000, 0x2000, 0x3000, 0x20, 0x4000, 0], -1),
            r#""src", "dst", 0x3000, MS_REMOUNT, "ro""#
        );
        assert_eq!(
            run(mount, &m, [0, 0x2000, 0, 0xc0ed_0000, 0x9000, 0], -1),
            r#"NULL, "dst", NULL, MS_MGC_VAL, 0x9000"#
        );
        assert_eq!(
            run(umount2, &m, [0x2000, 0x100, 0, 0, 0, 0], -22),
            r#""dst", 0x100 /* MNT_??? */"#
        );
    }

    #[test]
    fn inotify() {
        let m = FakeMem::default().with(0x1000, b"f1\0");
        assert_eq!(
            run(inotify_add_watch, &m, [4, 0x1000, 0x8000_0002, 0, 0, 0], 1),
            r#"4, "f1", IN_MODIFY|IN_ONESHOT"#
        );
        assert_eq!(
            run(inotify_init1, &m, [1, 0, 0, 0, 0, 0], -22),
            "0x1 /* IN_??? */"
        );
        assert_eq!(
            run(inotify_rm_watch, &m, [4, u64::MAX, 0, 0, 0, 0], -22),
            "4, -1"
        );
    }

    #[test]
    fn swapon_priority() {
        let m = FakeMem::default().with(0x1000, b"sw\0");
        assert_eq!(run(swapon, &m, [0x1000, 7, 0, 0, 0, 0], -1), r#""sw", 7"#);
        assert_eq!(
            run(swapon, &m, [0x1000, 0x18005, 0, 0, 0, 0], -1),
            r#""sw", SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5"#
        );
        assert_eq!(
            run(swapon, &m, [0x1000, 0x80000, 0, 0, 0, 0], -1),
            r#""sw", 0x80000 /* SWAP_FLAG_??? */|0"#
        );
    }

    #[test]
    fn fsconfig_arguments_by_command() {
        let m = FakeMem::default()
            .with(0x1000, b"key\0")
            .with(0x2000, b"val\x01\0");
        assert_eq!(
            run(fsconfig, &m, [3, 1, 0x1000, 0x2000, 0, 0], -1),
            r#"3, FSCONFIG_SET_STRING, "key", "val\1", 0"#
        );
        assert_eq!(
            run(fsconfig, &m, [3, 2, 0x1000, 0x2000, 2, 0], -1),
            r#"3, FSCONFIG_SET_BINARY, "key", "\x76\x61", 2"#
        );
        assert_eq!(
            run(fsconfig, &m, [3, 3, 0x1000, 0x2000, FDCWD, 0], -1),
            r#"3, FSCONFIG_SET_PATH, "key", "val\1", AT_FDCWD"#
        );
        assert_eq!(
            run(fsconfig, &m, [3, 6, 0x1000, 0x9000, 0, 0], -1),
            "3, FSCONFIG_CMD_CREATE, 0x1000, 0x9000, 0"
        );
        assert_eq!(
            run(fsconfig, &m, [3, 9, 0x9000, 0, 0, 0], -1),
            "3, 0x9 /* FSCONFIG_??? */, 0x9000, NULL, 0"
        );
    }

    #[test]
    fn extensible_structs() {
        let mut attr = vec![0u8; 48];
        attr[0..8].copy_from_slice(&0x10_0001u64.to_le_bytes());
        attr[16..24].copy_from_slice(&0x4_0000u64.to_le_bytes());
        attr[24..32].copy_from_slice(&3u64.to_le_bytes());
        attr[40] = 1;
        let m = FakeMem::default().with(0x1000, b"x\0").with(0x2000, &attr);
        assert_eq!(
            run(
                mount_setattr,
                &m,
                [FDCWD, 0x1000, 0x8000, 0x2000, 32, 0],
                -1
            ),
            r#"AT_FDCWD, "x", AT_RECURSIVE, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, attr_clr=0, propagation=MS_PRIVATE, userns_fd=3}, 32"#
        );
        assert_eq!(
            run(mount_setattr, &m, [FDCWD, 0x1000, 0, 0x2000, 41, 0], -1),
            r#"AT_FDCWD, "x", 0, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, attr_clr=0, propagation=MS_PRIVATE, userns_fd=3, /* bytes 32..40 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x01"}, 41"#
        );
        // Past the end of readable memory, too small, and a bad pointer.
        assert!(
            run(mount_setattr, &m, [FDCWD, 0x1000, 0, 0x2000, 64, 0], -1).ends_with(", ???}, 64")
        );
        assert_eq!(
            run(mount_setattr, &m, [FDCWD, 0x1000, 0, 0x2000, 16, 0], -1),
            r#"AT_FDCWD, "x", 0, 0x2000, 16"#
        );
        assert_eq!(
            run(openat2, &m, [FDCWD, 0x1000, 0x9000, 24, 0, 0], -1),
            r#"AT_FDCWD, "x", 0x9000, 24"#
        );
        let mut how = vec![0u8; 24];
        how[0..8].copy_from_slice(&0o100101u64.to_le_bytes());
        how[8..16].copy_from_slice(&0o644u64.to_le_bytes());
        how[16..24].copy_from_slice(&8u64.to_le_bytes());
        let m = m.with(0x3000, &how);
        assert_eq!(
            run(openat2, &m, [FDCWD, 0x1000, 0x3000, 24, 0, 0], 3),
            r#"AT_FDCWD, "x", {flags=O_WRONLY|O_CREAT|O_LARGEFILE, mode=0644, resolve=RESOLVE_BENEATH}, 24"#
        );
    }

    #[test]
    fn fanotify() {
        let m = FakeMem::default().with(0x1000, b".\0");
        assert_eq!(
            run(fanotify_init, &m, [0x4005, 2, 0, 0, 0, 0], 3),
            "FAN_CLASS_CONTENT|FAN_CLOEXEC|0x4000, O_RDWR"
        );
        assert_eq!(
            run(fanotify_init, &m, [0xc, 0, 0, 0, 0, 0], -22),
            "0xc /* FAN_CLASS_??? */, O_RDONLY"
        );
        assert_eq!(
            run(
                fanotify_mark,
                &m,
                [3, 1, 0x4000_0028, u64::MAX, 0x1000, 0],
                0
            ),
            r#"3, FAN_MARK_ADD, FAN_CLOSE_WRITE|FAN_OPEN|FAN_ONDIR, FAN_NOFD, ".""#
        );
    }

    #[test]
    fn mknod_modes_and_devices() {
        let m = FakeMem::default().with(0x1000, b"n\0");
        assert_eq!(
            run(mknod, &m, [0x1000, 0o020644, 0x103, 0, 0, 0], 0),
            r#""n", S_IFCHR|0644, makedev(0x1, 0x3)"#
        );
        assert_eq!(
            run(mknodat, &m, [FDCWD, 0x1000, 0o010600, 0x103, 0, 0], 0),
            r#"AT_FDCWD, "n", S_IFIFO|0600"#
        );
        // An unknown file type falls back to plain octal, device not shown.
        assert_eq!(
            run(mknod, &m, [0x1000, 0o070644, 0x103, 0, 0, 0], -22),
            r#""n", 070644"#
        );
    }
}
