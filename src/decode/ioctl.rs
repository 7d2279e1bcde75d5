//! Terminal ioctl arguments: `struct termios` (TCGETS/TCSETS*) and `struct winsize`.

use super::{Ctx, Value, flags, read_array, sym, u32_at, u64_at};
use crate::xlat::netipc as nx;
use crate::xlat::termios as t;

pub const TCGETS: u64 = 0x5401;
pub const TCSETS: u64 = 0x5402;
pub const TCSETSW: u64 = 0x5403;
pub const TCSETSF: u64 = 0x5404;
pub const TIOCGWINSZ: u64 = 0x5413;
pub const TIOCSWINSZ: u64 = 0x5414;
pub const TCSBRK: u64 = 0x5409;
pub const TCXONC: u64 = 0x540a;
pub const TCFLSH: u64 = 0x540b;
pub const TIOCEXCL: u64 = 0x540c;
pub const TIOCNXCL: u64 = 0x540d;
pub const TIOCSCTTY: u64 = 0x540e;
pub const TIOCGPGRP: u64 = 0x540f;
pub const TIOCSPGRP: u64 = 0x5410;
pub const TIOCOUTQ: u64 = 0x5411;
pub const FIONREAD: u64 = 0x541b;
pub const FIONBIO: u64 = 0x5421;
pub const TIOCNOTTY: u64 = 0x5422;
pub const TIOCGETD: u64 = 0x5424;
pub const TCSBRKP: u64 = 0x5425;
pub const TIOCGSID: u64 = 0x5429;
pub const FIONCLEX: u64 = 0x5450;
pub const FIOCLEX: u64 = 0x5451;
pub const FIOASYNC: u64 = 0x5452;
pub const TIOCGPTN: u64 = 0x80045430;
pub const TIOCSPTLCK: u64 = 0x40045431;
pub const TIOCGPKT: u64 = 0x80045438;
pub const TIOCGPTLCK: u64 = 0x80045439;
pub const TIOCGEXCL: u64 = 0x80045440;
pub const BLKROGET: u64 = 0x125e;
pub const BLKRRPART: u64 = 0x125f;
pub const BLKGETSIZE: u64 = 0x1260;
pub const BLKRAGET: u64 = 0x1263;
pub const BLKFRAGET: u64 = 0x1265;
pub const BLKSECTGET: u64 = 0x1267;
pub const BLKSSZGET: u64 = 0x1268;
pub const BLKIOMIN: u64 = 0x1278;
pub const BLKIOOPT: u64 = 0x1279;
pub const BLKALIGNOFF: u64 = 0x127a;
pub const BLKPBSZGET: u64 = 0x127b;
pub const BLKROTATIONAL: u64 = 0x127e;
pub const BLKBSZGET: u64 = 0x80081270;
pub const BLKGETSIZE64: u64 = 0x80081272;
pub const SIOCGIFCONF: u64 = 0x8912;

/// A field of several exclusive values (NL0/NL1, CS5..CS8, baud rates) joined into `parts`.
fn field(parts: &mut Vec<String>, table: crate::xlat::Xlat, v: u64) {
    match crate::xlat::name_of(table, v) {
        Some(n) => parts.push(n.to_string()),
        None => parts.push(format!("{v:#x}")),
    }
}

fn flag_words(parts: &mut Vec<String>, table: crate::xlat::Xlat, v: u64) {
    let f = flags(table, v);
    parts.extend(f.names.iter().map(|s| s.to_string()));
    if f.rest != 0 {
        parts.push(format!("{:#x}", f.rest));
    }
}

fn join(parts: Vec<String>) -> Value {
    if parts.is_empty() {
        Value::Expr("0".into())
    } else {
        Value::Expr(parts.join("|"))
    }
}

/// `struct termios` as the kernel's TCGETS fills it (36 bytes).
pub fn termios(mem: &dyn super::Mem, addr: u64, verbose: bool) -> Value {
    let Some(b) = read_array::<36>(mem, addr) else {
        return Value::Ptr(addr);
    };
    let iflag = u32_at(&b, 0) as u64;
    let oflag = u32_at(&b, 4) as u64;
    let cflag = u32_at(&b, 8) as u64;
    let lflag = u32_at(&b, 12) as u64;
    let mut ip = Vec::new();
    flag_words(&mut ip, t::IFLAGS, iflag);
    let mut op = Vec::new();
    let mut omask = 0;
    for (mask, table) in t::ODELAYS {
        field(&mut op, table, oflag & mask);
        omask |= mask;
    }
    flag_words(&mut op, t::OFLAGS, oflag & !omask);
    let mut cp = Vec::new();
    field(&mut cp, t::BAUDS, cflag & 0x100f);
    let ibaud = (cflag >> 16) & 0x100f;
    if ibaud != 0 {
        let mut ib = Vec::new();
        field(&mut ib, t::BAUDS, ibaud);
        cp.push(format!("{}<<IBSHIFT", ib[0]));
    }
    field(&mut cp, t::CSIZES, cflag & 0x30);
    flag_words(
        &mut cp,
        t::CFLAGS,
        cflag & !(0x100f | 0x30 | (0x100f << 16)),
    );
    let mut lp = Vec::new();
    flag_words(&mut lp, t::LFLAGS, lflag);
    let mut f = vec![
        ("c_iflag", join(ip)),
        ("c_oflag", join(op)),
        ("c_cflag", join(cp)),
        ("c_lflag", join(lp)),
    ];
    if !verbose {
        return Value::Struct(f, true);
    }
    f.push(("c_line", sym(t::LINE_DISCS, b[16] as u64, "N_???")));
    let mut cc = Vec::new();
    for (i, &v) in b[17..36].iter().enumerate() {
        let name = t::CC_NAMES
            .get(i)
            .map(|s| s.to_string())
            .unwrap_or_else(|| i.to_string());
        let val = if v == 0 {
            "0".to_string()
        } else {
            format!("{v:#x}")
        };
        cc.push(Value::Expr(format!("[{name}]={val}")));
    }
    f.push(("c_cc", Value::Array(cc, false)));
    Value::Struct(f, false)
}

/// `struct winsize`.
pub fn winsize(mem: &dyn super::Mem, addr: u64) -> Value {
    let Some(b) = read_array::<8>(mem, addr) else {
        return Value::Ptr(addr);
    };
    let h = |o: usize| Value::Uint(super::u16_at(&b, o) as u64);
    Value::Struct(
        vec![
            ("ws_row", h(0)),
            ("ws_col", h(2)),
            ("ws_xpixel", h(4)),
            ("ws_ypixel", h(6)),
        ],
        false,
    )
}

/// How the third argument of an ioctl is printed.
// Used from file.rs's ioctl decoder once the integration described there is applied.
#[allow(dead_code)]
#[derive(Debug, Clone, PartialEq)]
pub enum IoctlArg {
    /// Not printed at all: `ioctl(3, FIOCLEX)`.
    Omit,
    /// Printed now (with the entry half when called at entry, else with the exit half).
    Now(Value),
    /// An output argument: printed by the exit half (call `decode_arg` again when exiting).
    AtExit,
}

/// Names of requests missing from the shared ioctl table (loop devices).
#[allow(dead_code)]
pub fn request_name(req: u64) -> Option<&'static str> {
    crate::xlat::name_of(nx::LOOP_IOCTLS, req)
}

fn int_at(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<4>(c.mem, addr) {
        Some(b) => Value::Array(vec![Value::Int(i32::from_le_bytes(b) as i64)], false),
        None => Value::Ptr(addr),
    }
}

fn uint_at(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<4>(c.mem, addr) {
        Some(b) => Value::Array(vec![Value::Uint(u32::from_le_bytes(b) as u64)], false),
        None => Value::Ptr(addr),
    }
}

fn u64_at_ptr(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<8>(c.mem, addr) {
        Some(b) => Value::Array(vec![Value::Uint(u64::from_le_bytes(b))], false),
        None => Value::Ptr(addr),
    }
}

fn u16_at_ptr(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<2>(c.mem, addr) {
        Some(b) => Value::Array(vec![Value::Uint(u16::from_le_bytes(b) as u64)], false),
        None => Value::Ptr(addr),
    }
}

/// An output read at exit: the address when the call failed.
fn out(c: &Ctx, f: fn(&Ctx, u64) -> Value) -> IoctlArg {
    if !c.exiting {
        IoctlArg::AtExit
    } else if c.failed() {
        IoctlArg::Now(Value::Ptr(c.args[2]))
    } else {
        IoctlArg::Now(f(c, c.args[2]))
    }
}

/// The fixed-size `ifr_name` (16 bytes): up to the NUL, `...` when there is none.
fn ifr_name(b: &[u8]) -> Value {
    let name = &b[..16];
    match name.iter().position(|&x| x == 0) {
        Some(n) => Value::str(name[..n].to_vec(), false),
        None => Value::str(name.to_vec(), true),
    }
}

/// The union part of `struct ifreq` for a get request (40-byte struct in `b`).
fn ifreq_field(req: u64, b: &[u8]) -> Option<(&'static str, Value)> {
    let i32v = |o: usize| Value::Int(u32_at(b, o) as i32 as i64);
    Some(match req {
        0x8915 | 0x8917 | 0x8919 | 0x891b => {
            let name = match req {
                0x8915 => "ifr_addr",
                0x8917 => "ifr_dstaddr",
                0x8919 => "ifr_broadaddr",
                _ => "ifr_netmask",
            };
            (name, super::net::sockaddr_bytes(&b[16..32]))
        }
        0x8913 => (
            "ifr_flags",
            Value::Flags(flags(nx::IFF_FLAGS, super::u16_at(b, 16) as u64)),
        ),
        0x8933 => ("ifr_ifindex", i32v(16)),
        0x891d => ("ifr_metric", i32v(16)),
        0x8921 => ("ifr_mtu", i32v(16)),
        0x8942 => ("ifr_qlen", i32v(16)),
        0x8910 => ("ifr_name", ifr_name(b)),
        _ => return None,
    })
}

/// SIOCGIF* requests that take a `struct ifreq` in and out.
fn ifreq_get(req: u64, c: &Ctx) -> IoctlArg {
    let addr = c.args[2];
    if !c.exiting {
        return IoctlArg::AtExit;
    }
    let Some(b) = read_array::<40>(c.mem, addr) else {
        return IoctlArg::Now(Value::Ptr(addr));
    };
    // What the caller passed in: the index for SIOCGIFNAME, the name otherwise.
    let mut f = if req == 0x8910 {
        // The kernel leaves ifr_ifindex in place.
        vec![("ifr_ifindex", Value::Int(u32_at(&b, 16) as i32 as i64))]
    } else {
        vec![("ifr_name", ifr_name(&b))]
    };
    if !c.failed()
        && let Some(x) = ifreq_field(req, &b)
    {
        f.push(x);
    }
    IoctlArg::Now(Value::Struct(f, false))
}

fn ifc_len(len: i32) -> Value {
    let n = (len as u32) / 40;
    if len > 0 && n * 40 == len as u32 {
        Value::Expr(format!("{len} /* {n} * sizeof(struct ifreq) */"))
    } else {
        Value::Int(len as i64)
    }
}

/// SIOCGIFCONF: `{ifc_len=IN => OUT, ifc_buf=[{ifr_name=..., ifr_addr=...}, ...]}`.
fn ifconf(c: &Ctx) -> IoctlArg {
    let addr = c.args[2];
    if !c.exiting {
        match read_array::<16>(c.mem, addr) {
            Some(b) => {
                super::net::stash(c, vec![u32_at(&b, 0) as i32 as i64, u64_at(&b, 8) as i64]);
                IoctlArg::AtExit
            }
            None => IoctlArg::Now(Value::Ptr(addr)),
        }
    } else {
        let Some(saved) = super::net::unstash(c) else {
            // Printed at entry (unreadable).
            return IoctlArg::Omit;
        };
        let (in_len, in_buf) = (saved[0] as i32, saved[1] as u64);
        let now = read_array::<16>(c.mem, addr);
        let Some(b) = now else {
            let mut f = Vec::new();
            if in_buf == 0 {
                f.push(("ifc_len", ifc_len(in_len)));
            }
            f.push(("ifc_buf", Value::Ptr(in_buf)));
            return IoctlArg::Now(Value::Struct(f, false));
        };
        let (len, buf) = (u32_at(&b, 0) as i32, u64_at(&b, 8));
        let len_v = if in_buf != 0 && in_len != len {
            let mut s = String::new();
            crate::output::text::render(&mut s, &ifc_len(in_len), Default::default());
            s.push_str(" => ");
            crate::output::text::render(&mut s, &ifc_len(len), Default::default());
            Value::Expr(s)
        } else {
            ifc_len(if in_buf == 0 { len } else { in_len })
        };
        let buf_v = if in_buf == 0 || c.failed() {
            if in_buf != buf {
                Value::Expr(format!("{} => {}", ptr_text(in_buf), ptr_text(buf)))
            } else {
                Value::Ptr(in_buf)
            }
        } else {
            let n = (len.max(0) as u64) / 40;
            if n != 0 && !c.mem.structs() {
                Value::Ptr(buf)
            } else {
                super::array_of(c, buf, n, 40, |e| {
                    Some(Value::Struct(
                        vec![
                            ("ifr_name", ifr_name(e)),
                            ("ifr_addr", super::net::sockaddr_bytes(&e[16..32])),
                        ],
                        false,
                    ))
                })
            }
        };
        IoctlArg::Now(Value::Struct(
            vec![("ifc_len", len_v), ("ifc_buf", buf_v)],
            false,
        ))
    }
}

fn ptr_text(p: u64) -> String {
    if p == 0 {
        "NULL".into()
    } else {
        format!("{p:#x}")
    }
}

/// The third ioctl argument for the requests decoded here, or None for the caller's default.
/// Called at entry and, when it answered `AtExit`, again at exit.
#[allow(dead_code)]
pub fn decode_arg(req: u64, c: &Ctx) -> Option<IoctlArg> {
    let arg = c.args[2];
    let int_now = || IoctlArg::Now(Value::Int(arg as i32 as i64));
    let input = |f: fn(&Ctx, u64) -> Value| {
        if c.exiting {
            IoctlArg::Omit
        } else {
            IoctlArg::Now(f(c, arg))
        }
    };
    Some(match req {
        // No argument.
        FIOCLEX | FIONCLEX | TIOCNOTTY | TIOCEXCL | TIOCNXCL | BLKRRPART | 0x4c01 | 0x4c07
        | 0x4c82 => IoctlArg::Omit,
        // An int passed by value.
        TIOCSCTTY | TCSBRK | TCSBRKP | 0x4c00 | 0x4c06 | 0x4c80 | 0x4c81 if !c.exiting => int_now(),
        0x4c08 | 0x4c09 if !c.exiting => IoctlArg::Now(Value::Uint(arg)),
        // FICLONE: the source descriptor, by value (a plain int: strace's -y leaves it bare).
        0x40049409 if !c.exiting => int_now(),
        0x40049409 => IoctlArg::Omit,
        TCFLSH if !c.exiting => IoctlArg::Now(sym(nx::TCFLSH_ARGS, arg as u32 as u64, "TC???")),
        TCXONC if !c.exiting => IoctlArg::Now(sym(nx::TCXONC_ARGS, arg as u32 as u64, "TC???")),
        TIOCSCTTY | TCSBRK | TCSBRKP | TCFLSH | TCXONC | 0x4c00 | 0x4c06 | 0x4c08 | 0x4c09
        | 0x4c80 | 0x4c81 => IoctlArg::Omit,
        // An int read from memory at entry.
        FIONBIO | FIOASYNC | TIOCSPGRP | TIOCSPTLCK => input(int_at),
        // An int written by the kernel.
        FIONREAD | TIOCOUTQ | TIOCGPGRP | TIOCGSID | TIOCGETD | TIOCGPTLCK | TIOCGPKT
        | TIOCGEXCL | BLKSSZGET | BLKBSZGET | BLKROGET | BLKALIGNOFF | BLKPBSZGET => out(c, int_at),
        TIOCGPTN | BLKIOMIN | BLKIOOPT => out(c, uint_at),
        BLKGETSIZE64 | BLKGETSIZE | BLKRAGET | BLKFRAGET => out(c, u64_at_ptr),
        BLKSECTGET | BLKROTATIONAL => out(c, u16_at_ptr),
        // struct ifreq requests.
        0x8910 | 0x8913 | 0x8915 | 0x8917 | 0x8919 | 0x891b | 0x891d | 0x8921 | 0x8933 | 0x8942 => {
            ifreq_get(req, c)
        }
        SIOCGIFCONF => ifconf(c),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::testmem::FakeMem;
    use super::*;
    use crate::output::text::{TextOpts, render};

    #[test]
    fn termios_as_strace() {
        let mut b = [0u8; 36];
        b[0..4].copy_from_slice(&0x500u32.to_le_bytes()); // ICRNL|IXON
        b[4..8].copy_from_slice(&0x5u32.to_le_bytes()); // OPOST|ONLCR
        b[8..12].copy_from_slice(&0xbfu32.to_le_bytes()); // B38400|CS8|CREAD
        b[12..16].copy_from_slice(&0x8a3bu32.to_le_bytes());
        let m = FakeMem::default().with(0x1000, &b);
        let mut s = String::new();
        render(&mut s, &termios(&m, 0x1000, false), TextOpts::default());
        assert_eq!(
            s,
            "{c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, \
             c_cflag=B38400|CS8|CREAD, \
             c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}"
        );
    }
}

#[cfg(test)]
mod arg_tests {
    use super::super::testmem::{FakeMem, opts};
    use super::*;
    use crate::output::text::render;

    /// The ioctl argument as file.rs's decoder would print it: entry, then exit.
    fn arg(req: u64, m: &FakeMem, a: u64, rval: i64) -> Option<String> {
        let o = opts();
        let mut out = Vec::new();
        let mut c = Ctx {
            mem: m,
            opts: &o,
            args: [3, req, a, 0, 0, 0],
            sp: 0x55,
            exiting: false,
            rval: 0,
            out: &mut out,
            more: false,
            ret: super::super::Ret::Dec,
        };
        let mut shown = None;
        match decode_arg(req, &c)? {
            IoctlArg::Omit => return Some(String::new()),
            IoctlArg::Now(v) => shown = Some(v),
            IoctlArg::AtExit => {}
        }
        c.exiting = true;
        c.rval = rval;
        if let Some(IoctlArg::Now(v)) = decode_arg(req, &c) {
            assert!(shown.is_none(), "printed twice");
            shown = Some(v);
        }
        let mut s = String::new();
        render(&mut s, &shown?, Default::default());
        Some(s)
    }

    #[test]
    fn int_arguments() {
        let m = FakeMem::default().with(0x1000, &5u32.to_le_bytes());
        assert_eq!(arg(FIONREAD, &m, 0x1000, 0).as_deref(), Some("[5]"));
        assert_eq!(arg(FIONREAD, &m, 0x1000, -9).as_deref(), Some("0x1000"));
        assert_eq!(arg(FIONBIO, &m, 0x1000, 0).as_deref(), Some("[5]"));
        assert_eq!(arg(FIONBIO, &m, 0x9000, -14).as_deref(), Some("0x9000"));
        assert_eq!(arg(TIOCGPGRP, &m, 0, -14).as_deref(), Some("NULL"));
        assert_eq!(arg(FIOCLEX, &m, 0, 0).as_deref(), Some(""));
        assert_eq!(arg(TCFLSH, &m, 0, 0).as_deref(), Some("TCIFLUSH"));
        assert_eq!(arg(TIOCSCTTY, &m, 0, 0).as_deref(), Some("0"));
        assert_eq!(arg(0x4c09, &m, 4096, -25).as_deref(), Some("4096"));
        assert_eq!(request_name(0x4c82), Some("LOOP_CTL_GET_FREE"));
        assert_eq!(arg(TCGETS, &m, 0x1000, 0), None);
    }

    #[test]
    fn ifreq_and_ifconf() {
        let mut ifr = vec![0u8; 40];
        ifr[..2].copy_from_slice(b"lo");
        ifr[16..20].copy_from_slice(&1u32.to_le_bytes());
        let mut addr_ifr = ifr.clone();
        addr_ifr[16..32].copy_from_slice(&[2, 0, 0, 0, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
        let mut conf = Vec::new();
        conf.extend_from_slice(&40u32.to_le_bytes());
        conf.extend_from_slice(&[0; 4]);
        conf.extend_from_slice(&0x3000u64.to_le_bytes());
        let m = FakeMem::default()
            .with(0x1000, &ifr)
            .with(0x2000, &conf)
            .with(0x3000, &addr_ifr);
        assert_eq!(
            arg(0x8933, &m, 0x1000, 0).as_deref(),
            Some(r#"{ifr_name="lo", ifr_ifindex=1}"#)
        );
        assert_eq!(
            arg(0x8910, &m, 0x1000, -19).as_deref(),
            Some("{ifr_ifindex=1}")
        );
        assert_eq!(arg(0x8933, &m, 0x9000, -14).as_deref(), Some("0x9000"));
        assert_eq!(
            arg(SIOCGIFCONF, &m, 0x2000, 0).as_deref(),
            Some(
                r#"{ifc_len=40 /* 1 * sizeof(struct ifreq) */, ifc_buf=[{ifr_name="lo", ifr_addr={sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}}]}"#
            )
        );
        assert_eq!(arg(SIOCGIFCONF, &m, 0x9000, -14).as_deref(), Some("0x9000"));
    }
}
