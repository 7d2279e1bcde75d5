//! Files, paths and descriptors: open/read/write/stat and friends.

use super::{Ctx, Ret, Value, flags, read_array, read_path, sym, u32_at, u64_at};
use crate::xlat::flags as fl;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("open", open),
    ("openat", openat),
    ("creat", creat),
    ("close", fd_only),
    ("fsync", fd_only),
    ("fdatasync", fd_only),
    ("fchdir", fd_only),
    ("dup", fd_only),
    ("read", read),
    ("write", write),
    ("pread64", pread),
    ("pwrite64", pwrite),
    ("lseek", lseek),
    ("access", access),
    ("faccessat", faccessat),
    ("faccessat2", faccessat2),
    ("stat", stat_path),
    ("lstat", stat_path),
    ("fstat", fstat),
    ("newfstatat", newfstatat),
    ("statx", statx),
    ("getdents64", getdents64),
    ("getdents", getdents),
    ("ioctl", ioctl),
    ("fcntl", fcntl),
    ("dup2", dup2),
    ("dup3", dup3),
    ("pipe", pipe),
    ("pipe2", pipe2),
    ("readlink", readlink),
    ("readlinkat", readlinkat),
    ("getcwd", getcwd),
    ("fadvise64", fadvise64),
    ("getxattr", getxattr),
    ("lgetxattr", getxattr),
    ("fgetxattr", fgetxattr),
    ("statfs", statfs),
    ("fstatfs", fstatfs),
    ("unlinkat", unlinkat),
    ("mkdirat", mkdirat),
];

fn fd_only(c: &mut Ctx) {
    if !c.exiting {
        let v = c.fd(0);
        c.push(v);
    }
}

/// open/openat flags: the access mode first, then the other bits, as strace prints them.
pub fn open_flags(raw: u64) -> Value {
    let mut f = flags(fl::OPEN_FLAGS, raw & !3);
    let acc = crate::xlat::name_of(fl::OPEN_ACCESS, raw & 3);
    match acc {
        Some(n) => f.names.insert(0, n),
        None => f.rest |= raw & 3,
    }
    f.raw = raw;
    Value::Flags(f)
}

fn needs_mode(raw: u64) -> bool {
    // O_CREAT or O_TMPFILE (which includes O_DIRECTORY).
    raw & libc::O_CREAT as u64 != 0 || raw & libc::O_TMPFILE as u64 == libc::O_TMPFILE as u64
}

fn open(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let raw = c.args[1] as u32 as u64;
        c.push(open_flags(raw));
        if needs_mode(raw) {
            let m = c.mode(2);
            c.push(m);
        }
    }
}

fn openat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        let raw = c.args[2] as u32 as u64;
        c.push(open_flags(raw));
        if needs_mode(raw) {
            let m = c.mode(3);
            c.push(m);
        }
    }
}

fn creat(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let m = c.mode(1);
        c.push(m);
    }
}

/// read-like calls: `fd, ` at entry, the data actually read at exit.
fn read(c: &mut Ctx) {
    if !c.exiting {
        let v = c.fd(0);
        c.push(v);
        c.defer();
        return;
    }
    let data = if c.failed() {
        c.ptr(1)
    } else {
        c.buf(1, c.rval as u64)
    };
    c.push(data);
    let n = c.ulong(2);
    c.push(n);
}

fn pread(c: &mut Ctx) {
    read(c);
    if c.exiting {
        let off = c.long(3);
        c.push(off);
    }
}

fn write(c: &mut Ctx) {
    if !c.exiting {
        let v = c.fd(0);
        c.push(v);
        let b = c.buf(1, c.args[2]);
        c.push(b);
        let n = c.ulong(2);
        c.push(n);
    }
}

fn pwrite(c: &mut Ctx) {
    write(c);
    if !c.exiting {
        let off = c.long(3);
        c.push(off);
    }
}

fn lseek(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let off = c.long(1);
        c.push(off);
        let w = c.sym(2, fl::SEEK_WHENCE, "SEEK_???");
        c.push(w);
    }
}

fn access_mode(raw: u64) -> Value {
    let mut f = flags(fl::ACCESS_MODES, raw);
    f.zero = "F_OK";
    Value::Flags(f)
}

fn access(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        c.push(access_mode(c.args[1] as u32 as u64));
    }
}

fn faccessat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        c.push(access_mode(c.args[2] as u32 as u64));
    }
}

fn faccessat2(c: &mut Ctx) {
    faccessat(c);
    if !c.exiting {
        let f = c.xflags(3, fl::FACCESSAT_FLAGS, "AT_???");
        c.push(f);
    }
}

/// `st_mode` as strace prints it: `S_IFREG|0644`.
pub fn mode_t(m: u64) -> Value {
    Value::FileMode(m)
}

/// `makedev(0x8, 0x1)` as strace prints device numbers (the number in hex under `-X raw`).
pub fn makedev(dev: u64) -> Value {
    let major = ((dev >> 32) & 0xffff_f000) | ((dev >> 8) & 0xfff);
    let minor = ((dev >> 12) & 0xffff_ff00) | (dev & 0xff);
    let h = |v: u64| {
        if v == 0 {
            "0".to_string()
        } else {
            format!("{v:#x}")
        }
    };
    Value::Alt(
        Box::new(Value::Hex(dev)),
        Box::new(Value::Expr(format!("makedev({}, {})", h(major), h(minor)))),
    )
}

/// Seconds since the epoch with strace's `/* 2024-01-01T00:00:00.123456789+0000 */` comment.
pub fn time_comment(sec: i64, nsec: u64) -> Value {
    if sec == 0 && nsec == 0 {
        return Value::Int(0);
    }
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let t = sec as libc::time_t;
    // SAFETY: localtime_r with valid pointers.
    let ok = !unsafe { libc::localtime_r(&t, &mut tm) }.is_null();
    if !ok {
        return Value::Int(sec);
    }
    let mut buf = [0u8; 64];
    let fmt = c"%Y-%m-%dT%H:%M:%S";
    // SAFETY: strftime into a local buffer of known size.
    let n = unsafe {
        libc::strftime(
            buf.as_mut_ptr() as *mut libc::c_char,
            buf.len(),
            fmt.as_ptr(),
            &tm,
        )
    };
    let date = String::from_utf8_lossy(&buf[..n]).into_owned();
    let off = tm.tm_gmtoff;
    let sign = if off < 0 { '-' } else { '+' };
    let off = off.abs();
    // strace leaves the fraction out when it is zero.
    let frac = if nsec != 0 {
        format!(".{nsec:09}")
    } else {
        String::new()
    };
    let comment = format!(
        "{date}{frac}{sign}{:02}{:02}",
        off / 3600,
        (off % 3600) / 60
    );
    Value::Commented(Box::new(Value::Int(sec)), comment)
}

/// `struct stat` (x86_64 layout, 144 bytes).
pub fn stat_struct(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<144>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mode = u32_at(&b, 24) as u64;
    let ftype = mode & 0o170000;
    let is_dev = ftype == 0o020000 || ftype == 0o060000;
    if !c.opts.verbose {
        let mut f = vec![("st_mode", mode_t(mode))];
        if is_dev {
            f.push(("st_rdev", makedev(u64_at(&b, 40))));
        } else {
            f.push(("st_size", Value::Int(u64_at(&b, 48) as i64)));
        }
        return Value::Struct(f, true);
    }
    let mut f = vec![
        ("st_dev", makedev(u64_at(&b, 0))),
        ("st_ino", Value::Uint(u64_at(&b, 8))),
        ("st_mode", mode_t(mode)),
        ("st_nlink", Value::Uint(u64_at(&b, 16))),
        ("st_uid", Value::Uint(u32_at(&b, 28) as u64)),
        ("st_gid", Value::Uint(u32_at(&b, 32) as u64)),
        ("st_blksize", Value::Int(u64_at(&b, 56) as i64)),
        ("st_blocks", Value::Int(u64_at(&b, 64) as i64)),
    ];
    if is_dev {
        f.push(("st_rdev", makedev(u64_at(&b, 40))));
    } else {
        f.push(("st_size", Value::Int(u64_at(&b, 48) as i64)));
    }
    for (name, nname, off) in [
        ("st_atime", "st_atime_nsec", 72),
        ("st_mtime", "st_mtime_nsec", 88),
        ("st_ctime", "st_ctime_nsec", 104),
    ] {
        let sec = u64_at(&b, off) as i64;
        let nsec = u64_at(&b, off + 8);
        f.push((name, time_comment(sec, nsec)));
        f.push((nname, Value::Uint(nsec)));
    }
    Value::Struct(f, false)
}

/// A struct filled in by the kernel: printed at exit, or its address when the call failed.
fn out_struct(c: &Ctx, i: usize, f: fn(&Ctx, u64) -> Value) -> Value {
    if c.failed() {
        c.ptr(i)
    } else {
        f(c, c.args[i])
    }
}

fn stat_path(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        c.defer();
        return;
    }
    let s = out_struct(c, 1, stat_struct);
    c.push(s);
}

fn fstat(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.defer();
        return;
    }
    let s = out_struct(c, 1, stat_struct);
    c.push(s);
}

fn newfstatat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        c.defer();
        return;
    }
    let s = out_struct(c, 2, stat_struct);
    c.push(s);
    let f = c.flags(3, fl::AT_FLAGS);
    c.push(f);
}

/// statx flags: the sync type is a two-bit field with AT_STATX_SYNC_AS_STAT as its zero.
fn statx_flags(raw: u64) -> Value {
    let sync = raw & 0x6000;
    let sync_name = match sync {
        0 => "AT_STATX_SYNC_AS_STAT",
        0x2000 => "AT_STATX_FORCE_SYNC",
        0x4000 => "AT_STATX_DONT_SYNC",
        _ => return Value::Flags(flags(fl::AT_FLAGS, raw)),
    };
    let rest = flags(fl::AT_FLAGS, raw & !0x6000);
    Value::Or(vec![Value::Sym(sync_name, sync), Value::Flags(rest)])
}

fn statx_timestamp(b: &[u8], off: usize, verbose: bool) -> Value {
    let sec = u64_at(b, off) as i64;
    let nsec = u32_at(b, off + 8) as u64;
    let ts = Value::Struct(
        vec![("tv_sec", Value::Int(sec)), ("tv_nsec", Value::Uint(nsec))],
        false,
    );
    match (verbose, time_comment(sec, nsec)) {
        (true, Value::Commented(_, date)) => Value::Commented(Box::new(ts), date),
        _ => ts,
    }
}

/// `struct statx` (256 bytes).
fn statx_struct(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<256>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mask = Value::Flags(flags(fl::STATX_MASK, u32_at(&b, 0) as u64));
    let attrs = Value::Flags(flags(fl::STATX_ATTRS, u64_at(&b, 8)));
    let mode = mode_t(u16_at_(&b, 28) as u64);
    if !c.opts.verbose {
        return Value::Struct(
            vec![
                ("stx_mask", mask),
                ("stx_attributes", attrs),
                ("stx_mode", mode),
                ("stx_size", Value::Uint(u64_at(&b, 40))),
            ],
            true,
        );
    }
    let v = c.opts.verbose;
    let mask_raw = u32_at(&b, 0);
    let mut f = vec![
        ("stx_mask", mask),
        ("stx_blksize", Value::Uint(u32_at(&b, 4) as u64)),
        ("stx_attributes", attrs),
        ("stx_nlink", Value::Uint(u32_at(&b, 16) as u64)),
        ("stx_uid", Value::Uint(u32_at(&b, 20) as u64)),
        ("stx_gid", Value::Uint(u32_at(&b, 24) as u64)),
        ("stx_mode", mode),
        ("stx_ino", Value::Uint(u64_at(&b, 32))),
        ("stx_size", Value::Uint(u64_at(&b, 40))),
        ("stx_blocks", Value::Uint(u64_at(&b, 48))),
        (
            "stx_attributes_mask",
            Value::Flags(flags(fl::STATX_ATTRS, u64_at(&b, 56))),
        ),
        ("stx_atime", statx_timestamp(&b, 64, v)),
    ];
    if mask_raw & 0x800 != 0 {
        f.push(("stx_btime", statx_timestamp(&b, 80, v)));
    }
    f.extend([
        ("stx_ctime", statx_timestamp(&b, 96, v)),
        ("stx_mtime", statx_timestamp(&b, 112, v)),
        ("stx_rdev_major", Value::Uint(u32_at(&b, 128) as u64)),
        ("stx_rdev_minor", Value::Uint(u32_at(&b, 132) as u64)),
        ("stx_dev_major", Value::Uint(u32_at(&b, 136) as u64)),
        ("stx_dev_minor", Value::Uint(u32_at(&b, 140) as u64)),
    ]);
    if mask_raw & 0x1000 != 0 {
        f.push(("stx_mnt_id", Value::Hex(u64_at(&b, 144))));
    }
    if mask_raw & 0x2000 != 0 {
        f.push(("stx_dio_mem_align", Value::Uint(u32_at(&b, 152) as u64)));
        f.push(("stx_dio_offset_align", Value::Uint(u32_at(&b, 156) as u64)));
    }
    Value::Struct(f, false)
}

fn u16_at_(b: &[u8], off: usize) -> u16 {
    super::u16_at(b, off)
}

fn statx(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        c.push(statx_flags(c.args[2] as u32 as u64));
        let m = c.flags(3, fl::STATX_MASK);
        c.push(m);
        c.defer();
        return;
    }
    let s = out_struct(c, 4, statx_struct);
    c.push(s);
}

fn getdents64(c: &mut Ctx) {
    dirents(c, false);
}

/// The old `struct linux_dirent`: the name follows d_reclen, d_type is the record's last
/// byte, and strace prints d_name before d_type.
fn getdents(c: &mut Ctx) {
    dirents(c, true);
}

fn dirents(c: &mut Ctx, old: bool) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.defer();
        return;
    }
    if c.failed() || !c.mem.structs() {
        let p = c.ptr(1);
        c.push(p);
    } else {
        // Count the entries: each record holds its length at offset 16 (d_reclen).
        let len = (c.rval as usize).min(1 << 20);
        let mut buf = vec![0u8; len];
        let n = c.mem.read_some(c.args[1], &mut buf);
        let mut count = 0;
        let mut off = 0;
        let mut entries = Vec::new();
        while off + 19 <= n {
            let reclen = super::u16_at(&buf, off + 16) as usize;
            if reclen < 19 || off + reclen > n {
                break;
            }
            if c.opts.verbose {
                let (name, dtype) = if old {
                    (&buf[off + 18..off + reclen - 1], buf[off + reclen - 1])
                } else {
                    (&buf[off + 19..off + reclen], buf[off + 18])
                };
                let end = name.iter().position(|&x| x == 0).unwrap_or(name.len());
                let name = ("d_name", Value::str(name[..end].to_vec(), false));
                let dtype = ("d_type", sym(DIRENT_TYPES, dtype as u64, "DT_???"));
                let mut f = vec![
                    ("d_ino", Value::Uint(u64_at(&buf, off))),
                    ("d_off", Value::Int(u64_at(&buf, off + 8) as i64)),
                    ("d_reclen", Value::Uint(reclen as u64)),
                ];
                if old {
                    f.extend([name, dtype]);
                } else {
                    f.extend([dtype, name]);
                }
                entries.push(Value::Struct(f, false));
            }
            count += 1;
            off += reclen;
        }
        if c.opts.verbose {
            c.push(Value::Array(entries, false));
        } else {
            c.push(Value::Commented(
                Box::new(Value::Ptr(c.args[1])),
                format!("{count} entries"),
            ));
        }
    }
    let n = c.uint(2);
    c.push(n);
}

/// `d_type` of struct linux_dirent64 (<dirent.h>).
static DIRENT_TYPES: crate::xlat::Xlat = &[
    (0, "DT_UNKNOWN"),
    (1, "DT_FIFO"),
    (2, "DT_CHR"),
    (4, "DT_DIR"),
    (6, "DT_BLK"),
    (8, "DT_REG"),
    (10, "DT_LNK"),
    (12, "DT_SOCK"),
    (14, "DT_WHT"),
];

fn ioctl(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let req = c.args[1] as u32 as u64;
        match crate::xlat::name_of(fl::IOCTL_NAMES, req).or(super::ioctl::request_name(req)) {
            Some(n) => c.push(Value::Sym(n, req)),
            None => c.push(Value::Expr(ioc_expr(req))),
        }
        match super::ioctl::decode_arg(req, c) {
            Some(super::ioctl::IoctlArg::Omit) => return,
            Some(super::ioctl::IoctlArg::Now(v)) => {
                c.push(v);
                return;
            }
            _ => {}
        }
        c.defer();
        return;
    }
    let req = c.args[1] as u32 as u64;
    if let Some(a) = super::ioctl::decode_arg(req, c) {
        if let super::ioctl::IoctlArg::Now(v) = a {
            c.push(v);
        }
        return;
    }
    let arg = match req {
        super::ioctl::TCGETS if !c.failed() => {
            super::ioctl::termios(c.mem, c.args[2], c.opts.verbose)
        }
        super::ioctl::TIOCGWINSZ if !c.failed() => super::ioctl::winsize(c.mem, c.args[2]),
        super::ioctl::TCSETS | super::ioctl::TCSETSW | super::ioctl::TCSETSF => {
            super::ioctl::termios(c.mem, c.args[2], c.opts.verbose)
        }
        super::ioctl::TIOCSWINSZ => super::ioctl::winsize(c.mem, c.args[2]),
        _ => c.ptr(2),
    };
    c.push(arg);
}

/// `_IOC(_IOC_READ, 0x54, 0x1, 0x8)` for request codes without a name.
fn ioc_expr(req: u64) -> String {
    let dir = (req >> 30) & 3;
    let size = (req >> 16) & 0x3fff;
    let ty = (req >> 8) & 0xff;
    let nr = req & 0xff;
    if dir == 0 && size == 0 {
        return format!("{req:#x}");
    }
    let d = match dir {
        0 => "_IOC_NONE",
        1 => "_IOC_WRITE",
        2 => "_IOC_READ",
        _ => "_IOC_READ|_IOC_WRITE",
    };
    format!("_IOC({d}, {ty:#x}, {nr:#x}, {size:#x})")
}

fn fcntl(c: &mut Ctx) {
    let cmd = c.args[1] as u32 as u64;
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.push(sym(fl::FCNTL_CMDS, cmd, "F_???"));
        match cmd as i32 {
            libc::F_DUPFD | libc::F_DUPFD_CLOEXEC | libc::F_SETOWN | libc::F_SETPIPE_SZ => {
                let a = c.int(2);
                c.push(a);
            }
            libc::F_SETFD => {
                let f = c.flags(2, fl::FD_FLAGS);
                c.push(f);
            }
            libc::F_SETFL => {
                c.push(open_flags(c.args[2] as u32 as u64));
            }
            libc::F_GETFD
            | libc::F_GETFL
            | libc::F_GETOWN
            | libc::F_GETPIPE_SZ
            | libc::F_GET_SEALS => {}
            libc::F_ADD_SEALS => {
                let a = c.hex(2);
                c.push(a);
            }
            _ => {
                let a = c.ptr(2);
                c.push(a);
            }
        }
        return;
    }
    if c.failed() {
        return;
    }
    match cmd as i32 {
        libc::F_GETFD if c.rval != 0 => {
            let f = Value::Flags(flags(fl::FD_FLAGS, c.rval as u64));
            c.ret = Ret::HexWith(Value::Seq(vec![Value::Expr("flags ".into()), f]));
        }
        libc::F_GETFL => {
            // strace prints these names whatever -X says.
            if let Value::Flags(f) = open_flags(c.rval as u64) {
                let t = format!("flags {}", flags_text(&f));
                c.ret = Ret::HexWith(Value::Expr(t));
            }
        }
        _ => {}
    }
}

fn flags_text(f: &super::Flags) -> String {
    let mut s = String::new();
    crate::output::text::render(
        &mut s,
        &Value::Flags(f.clone()),
        crate::output::text::TextOpts::default(),
    );
    s
}

fn dup2(c: &mut Ctx) {
    if !c.exiting {
        let a = c.fd(0);
        c.push(a);
        let b = c.fd(1);
        c.push(b);
    }
}

fn dup3(c: &mut Ctx) {
    dup2(c);
    if !c.exiting {
        let f = c.xflags(2, fl::OPEN_FLAGS, "O_???");
        c.push(f);
    }
}

fn fd_pair(c: &Ctx) -> Value {
    if c.failed() {
        return c.ptr(0);
    }
    match read_array::<8>(c.mem, c.args[0]) {
        Some(b) => {
            // An array like any other: cut at -s elements (`[...]` with -s 0) unless -v.
            let mut fds = vec![
                Value::Fd(u32_at(&b, 0) as i32),
                Value::Fd(u32_at(&b, 4) as i32),
            ];
            let cut = !c.opts.verbose && c.opts.strsize < 2;
            fds.truncate(if cut { c.opts.strsize } else { 2 });
            Value::Array(fds, cut)
        }
        None => c.ptr(0),
    }
}

fn pipe(c: &mut Ctx) {
    if c.exiting {
        let p = fd_pair(c);
        c.push(p);
    }
}

fn pipe2(c: &mut Ctx) {
    if c.exiting {
        let p = fd_pair(c);
        c.push(p);
        let f = c.xflags(1, fl::OPEN_FLAGS, "O_???");
        c.push(f);
    } else {
        c.defer();
    }
}

/// The result buffer of readlink: exactly the bytes returned (no NUL), cut at -s.
fn link_buf(c: &Ctx, i: usize) -> Value {
    if c.failed() {
        c.ptr(i)
    } else {
        c.buf(i, c.rval as u64)
    }
}

fn readlink(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        c.defer();
        return;
    }
    let b = link_buf(c, 1);
    c.push(b);
    let n = c.ulong(2);
    c.push(n);
}

fn readlinkat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        c.defer();
        return;
    }
    let b = link_buf(c, 2);
    c.push(b);
    let n = c.ulong(3);
    c.push(n);
}

fn getcwd(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    let p = if c.failed() {
        c.ptr(0)
    } else {
        read_path(c.mem, c.args[0])
    };
    c.push(p);
    let n = c.ulong(1);
    c.push(n);
}

fn fadvise64(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let off = c.long(1);
        c.push(off);
        let len = c.long(2);
        c.push(len);
        let a = c.sym(3, fl::FADVISE_ADVICE, "POSIX_FADV_???");
        c.push(a);
    }
}

fn xattr_value(c: &Ctx, i: usize) -> Value {
    if c.failed() || c.args[i] == 0 {
        return c.ptr(i);
    }
    // strace drops one trailing NUL of an attribute value.
    match c.buf(i, c.rval as u64) {
        Value::Str(mut q) => {
            if !q.truncated && q.bytes.last() == Some(&0) {
                q.bytes.pop();
            }
            Value::Str(q)
        }
        other => other,
    }
}

fn getxattr(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        let n = c.cstr(1);
        c.push(n);
        c.defer();
        return;
    }
    let v = xattr_value(c, 2);
    c.push(v);
    let n = c.ulong(3);
    c.push(n);
}

fn fgetxattr(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        let n = c.cstr(1);
        c.push(n);
        c.defer();
        return;
    }
    let v = xattr_value(c, 2);
    c.push(v);
    let n = c.ulong(3);
    c.push(n);
}

/// `struct statfs` (x86_64: 120 bytes).
fn statfs_struct(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<120>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let ftype = u64_at(&b, 0);
    let fsid = Value::Struct(
        vec![(
            "val",
            Value::Array(
                // strace prints the two words in hex.
                vec![
                    Value::Hex(u32_at(&b, 56) as u64),
                    Value::Hex(u32_at(&b, 60) as u64),
                ],
                false,
            ),
        )],
        false,
    );
    Value::Struct(
        vec![
            (
                "f_type",
                match crate::xlat::name_of(crate::xlat::fs::FS_MAGIC, ftype) {
                    Some(n) => Value::Sym(n, ftype),
                    None => Value::Hex(ftype),
                },
            ),
            ("f_bsize", Value::Int(u64_at(&b, 8) as i64)),
            ("f_blocks", Value::Uint(u64_at(&b, 16))),
            ("f_bfree", Value::Uint(u64_at(&b, 24))),
            ("f_bavail", Value::Uint(u64_at(&b, 32))),
            ("f_files", Value::Uint(u64_at(&b, 40))),
            ("f_ffree", Value::Uint(u64_at(&b, 48))),
            ("f_fsid", fsid),
            ("f_namelen", Value::Int(u64_at(&b, 64) as i64)),
            ("f_frsize", Value::Int(u64_at(&b, 72) as i64)),
            (
                "f_flags",
                Value::Flags(flags(crate::xlat::fs::STATFS_FLAGS, u64_at(&b, 80))),
            ),
        ],
        false,
    )
}

fn statfs(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
        c.defer();
        return;
    }
    let s = out_struct(c, 1, statfs_struct);
    c.push(s);
}

fn fstatfs(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.defer();
        return;
    }
    let s = out_struct(c, 1, statfs_struct);
    c.push(s);
}

fn unlinkat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        let f = c.flags(2, fl::AT_FLAGS);
        c.push(f);
    }
}

fn mkdirat(c: &mut Ctx) {
    if !c.exiting {
        let d = c.dirfd(0);
        c.push(d);
        let p = c.path(1);
        c.push(p);
        let m = c.mode(2);
        c.push(m);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testmem::FakeMem;
    use super::*;

    use crate::decode::testmem::run;

    /// One case per decoder of this family, each as strace prints it: success, failure and
    /// an unreadable pointer (0x9000 is never mapped here).
    #[test]
    fn every_decoder_of_the_family() {
        let mut dirent = Vec::new();
        for (ino, name, t) in [(1u64, &b"."[..], 4u8), (2, b"f", 8)] {
            let mut e = vec![0u8; 24];
            e[0..8].copy_from_slice(&ino.to_le_bytes());
            e[8..16].copy_from_slice(&(ino * 10).to_le_bytes());
            e[16..18].copy_from_slice(&24u16.to_le_bytes());
            e[18] = t;
            e[19..19 + name.len()].copy_from_slice(name);
            dirent.extend(e);
        }
        let m = FakeMem::default()
            .with(0x1000, b"/tmp/x\0")
            .with(0x2000, b"data!")
            .with(0x3000, &[3, 0, 0, 0, 4, 0, 0, 0])
            .with(0x4000, &dirent)
            .with(0x5000, b"/tmp\0");
        let cases: &[(crate::decode::DecodeFn, [u64; 6], i64, &str)] = &[
            (
                open,
                [0x1000, 0o1101, 0o644, 0, 0, 0],
                3,
                r#""/tmp/x", O_WRONLY|O_CREAT|O_TRUNC, 0644"#,
            ),
            (open, [0x9000, 0, 0, 0, 0, 0], -14, "0x9000, O_RDONLY"),
            (creat, [0x1000, 0o600, 0, 0, 0, 0], 3, r#""/tmp/x", 0600"#),
            (fd_only, [7, 0, 0, 0, 0, 0], -9, "7"),
            (write, [1, 0x2000, 5, 0, 0, 0], 5, r#"1, "data!", 5"#),
            (write, [1, 0x9000, 5, 0, 0, 0], -14, "1, 0x9000, 5"),
            (pread, [3, 0x2000, 5, 7, 0, 0], 4, r#"3, "data", 5, 7"#),
            (pwrite, [3, 0x2000, 2, 0, 0, 0], 2, r#"3, "da", 2, 0"#),
            (
                lseek,
                [3, (-2i64) as u64, 2, 0, 0, 0],
                10,
                "3, -2, SEEK_END",
            ),
            (lseek, [3, 0, 7, 0, 0, 0], -22, "3, 0, 0x7 /* SEEK_??? */"),
            (access, [0x1000, 6, 0, 0, 0, 0], 0, r#""/tmp/x", R_OK|W_OK"#),
            (
                faccessat,
                [(-100i64) as u64, 0x1000, 0, 0, 0, 0],
                0,
                r#"AT_FDCWD, "/tmp/x", F_OK"#,
            ),
            (
                faccessat2,
                [3, 0x1000, 1, 0x200, 0, 0],
                0,
                r#"3, "/tmp/x", X_OK, AT_EACCESS"#,
            ),
            (
                getdents64,
                [3, 0x4000, 100, 0, 0, 0],
                48,
                "3, 0x4000 /* 2 entries */, 100",
            ),
            (getdents64, [3, 0x9000, 100, 0, 0, 0], -14, "3, 0x9000, 100"),
            (dup2, [3, 10, 0, 0, 0, 0], 10, "3, 10"),
            (dup3, [3, 10, 0o2000000, 0, 0, 0], 10, "3, 10, O_CLOEXEC"),
            (pipe, [0x3000, 0, 0, 0, 0, 0], 0, "[3, 4]"),
            (pipe2, [0x3000, 0o4000, 0, 0, 0, 0], 0, "[3, 4], O_NONBLOCK"),
            (pipe2, [0x9000, 0, 0, 0, 0, 0], -14, "0x9000, 0"),
            (
                readlink,
                [0x1000, 0x2000, 64, 0, 0, 0],
                3,
                r#""/tmp/x", "dat", 64"#,
            ),
            (
                readlinkat,
                [(-100i64) as u64, 0x1000, 0x2000, 64, 0, 0],
                -22,
                r#"AT_FDCWD, "/tmp/x", 0x2000, 64"#,
            ),
            (getcwd, [0x5000, 64, 0, 0, 0, 0], 5, r#""/tmp", 64"#),
            (getcwd, [0x5000, 2, 0, 0, 0, 0], -34, "0x5000, 2"),
            (
                unlinkat,
                [(-100i64) as u64, 0x1000, 0x200, 0, 0, 0],
                0,
                r#"AT_FDCWD, "/tmp/x", AT_REMOVEDIR"#,
            ),
            (
                mkdirat,
                [(-100i64) as u64, 0x1000, 0o755, 0, 0, 0],
                0,
                r#"AT_FDCWD, "/tmp/x", 0755"#,
            ),
            (
                fadvise64,
                [3, 0, 100, 4, 0, 0],
                0,
                "3, 0, 100, POSIX_FADV_DONTNEED",
            ),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .enumerate()
            .filter_map(|(i, (f, args, rval, want))| {
                let got = run(*f, &m, *args, *rval);
                (got != *want).then(|| format!("case {i}: got {got:?}, want {want:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn openat_flags_and_paths() {
        let m = FakeMem::default().with(0x1000, b"/etc/ld.so.cache\0");
        let flags = (libc::O_RDONLY | libc::O_CLOEXEC) as u64;
        let s = run(openat, &m, [(-100i64) as u64, 0x1000, flags, 0, 0, 0], 3);
        assert_eq!(s, r#"AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC"#);
        let flags = (libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC) as u64;
        let s = run(openat, &m, [3, 0x1000, flags, 0o644, 0, 0], 3);
        assert_eq!(
            s,
            r#"3, "/etc/ld.so.cache", O_WRONLY|O_CREAT|O_TRUNC, 0644"#
        );
        // A bad path pointer prints as an address.
        let s = run(openat, &m, [3, 0xdead0000, 0, 0, 0, 0], -14);
        assert_eq!(s, "3, 0xdead0000, O_RDONLY");
    }

    #[test]
    fn read_shows_returned_bytes_only() {
        let m = FakeMem::default().with(0x2000, b"hello world");
        assert_eq!(
            run(read, &m, [0, 0x2000, 100, 0, 0, 0], 5),
            r#"0, "hello", 100"#
        );
        assert_eq!(
            run(read, &m, [0, 0x2000, 100, 0, 0, 0], -9),
            "0, 0x2000, 100"
        );
    }

    #[test]
    fn stat_abbreviated() {
        let mut st = [0u8; 144];
        st[24..28].copy_from_slice(&(0o100644u32).to_le_bytes());
        st[48..56].copy_from_slice(&33699u64.to_le_bytes());
        let m = FakeMem::default().with(0x3000, &st).with(0x1000, b"\0");
        let s = run(newfstatat, &m, [3, 0x1000, 0x3000, 0x1000, 0, 0], 0);
        assert_eq!(
            s,
            r#"3, "", {st_mode=S_IFREG|0644, st_size=33699, ...}, AT_EMPTY_PATH"#
        );
    }

    #[test]
    fn ioctl_unknown_request() {
        assert_eq!(ioc_expr(0x80085401), "_IOC(_IOC_READ, 0x54, 0x1, 0x8)");
    }
}
