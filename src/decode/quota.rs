//! quotactl and quotactl_fd: `QCMD(cmd, type)`, then the arguments the command uses, with the
//! VFS quota structures (if_dqblk, if_dqinfo) and the XFS flag words decoded.
//!
//! The XFS structures (fs_disk_quota, fs_quota_stat[v]) and if_nextdqblk are shown as
//! addresses for now.

use super::{Ctx, Value, read_array, sym, u32_at, u64_at, xflags};
use crate::xlat::descfs as dx;

pub static DECODERS: &[(&str, super::DecodeFn)] =
    &[("quotactl", quotactl), ("quotactl_fd", quotactl_fd)];

const Q_SYNC: u64 = 0x800001;
const Q_QUOTAON: u64 = 0x800002;
const Q_QUOTAOFF: u64 = 0x800003;
const Q_GETFMT: u64 = 0x800004;
const Q_GETINFO: u64 = 0x800005;
const Q_SETINFO: u64 = 0x800006;
const Q_GETQUOTA: u64 = 0x800007;
const Q_SETQUOTA: u64 = 0x800008;
const Q_XQUOTAON: u64 = 0x5801;
const Q_XQUOTAOFF: u64 = 0x5802;
const Q_XGETQSTAT: u64 = 0x5805;
const Q_XQUOTARM: u64 = 0x5806;
const Q_XQUOTASYNC: u64 = 0x5807;
const Q_XGETQSTATV: u64 = 0x5808;

/// `QCMD(Q_GETQUOTA, USRQUOTA)`: the command is the high 24 bits, the type the low 8.
fn qcmd(raw: u64) -> Value {
    let raw = raw as u32 as u64;
    let mut s = String::from("QCMD(");
    let r = |s: &mut String, v: &Value| crate::output::text::render(s, v, Default::default());
    r(&mut s, &sym(dx::QUOTA_CMDS, raw >> 8, "Q_???"));
    s.push_str(", ");
    r(&mut s, &sym(dx::QUOTA_TYPES, raw & 0xff, "???QUOTA"));
    s.push(')');
    Value::Expr(s)
}

/// struct if_dqblk: limits and usage, the times and validity mask only with -v.
fn dqblk(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<72>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let names = [
        "dqb_bhardlimit",
        "dqb_bsoftlimit",
        "dqb_curspace",
        "dqb_ihardlimit",
        "dqb_isoftlimit",
        "dqb_curinodes",
    ];
    let mut f: Vec<_> = names
        .iter()
        .enumerate()
        .map(|(i, &n)| (n, Value::Uint(u64_at(&b, i * 8))))
        .collect();
    if !c.opts.verbose {
        return Value::Struct(f, true);
    }
    f.push(("dqb_btime", Value::Uint(u64_at(&b, 48))));
    f.push(("dqb_itime", Value::Uint(u64_at(&b, 56))));
    let valid = u32_at(&b, 64) as u64;
    f.push(("dqb_valid", xflags(dx::QUOTA_QIF, valid, "QIF_???")));
    Value::Struct(f, false)
}

/// struct if_dqinfo: grace times, flags and validity mask.
fn dqinfo(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<24>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    Value::Struct(
        vec![
            ("dqi_bgrace", Value::Uint(u64_at(&b, 0))),
            ("dqi_igrace", Value::Uint(u64_at(&b, 8))),
            (
                "dqi_flags",
                xflags(dx::QUOTA_DQF, u32_at(&b, 16) as u64, "DQF_???"),
            ),
            (
                "dqi_valid",
                xflags(dx::QUOTA_IIF, u32_at(&b, 20) as u64, "IIF_???"),
            ),
        ],
        false,
    )
}

/// A u32 in brackets, decoded by `f`, or the address when unreadable.
fn u32_box(c: &Ctx, addr: u64, f: impl Fn(u64) -> Value) -> Value {
    match read_array::<4>(c.mem, addr) {
        Some(b) => Value::Array(vec![f(u32_at(&b, 0) as u64)], false),
        None => Value::Ptr(addr),
    }
}

/// The arguments after the special file (or fd): `id` is args[id], `addr` args[id + 1].
fn command_args(c: &mut Ctx, cmd: u64, id: usize) {
    let addr = c.args[id + 1];
    if c.exiting {
        // Commands that fill a structure in (deferred at entry): shown once the call returned.
        if !matches!(
            cmd,
            Q_GETFMT | Q_GETINFO | Q_XGETQSTAT | Q_XGETQSTATV | Q_GETQUOTA
        ) {
            return;
        }
        let v = if c.failed() {
            Value::Ptr(addr)
        } else {
            match cmd {
                Q_GETQUOTA => dqblk(c, addr),
                Q_GETINFO => dqinfo(c, addr),
                Q_GETFMT => u32_box(c, addr, |v| sym(dx::QUOTA_FORMATS, v, "QFMT_VFS_???")),
                _ => Value::Ptr(addr),
            }
        };
        c.push(v);
        return;
    }
    match cmd {
        Q_SYNC | Q_QUOTAOFF | Q_XQUOTASYNC => {}
        Q_QUOTAON => {
            let fmt = sym(dx::QUOTA_FORMATS, c.args[id] as u32 as u64, "QFMT_VFS_???");
            c.push(fmt);
            let p = c.path(id + 1);
            c.push(p);
        }
        Q_SETQUOTA => {
            let i = c.int(id);
            c.push(i);
            c.push(dqblk(c, addr));
        }
        Q_SETINFO => c.push(dqinfo(c, addr)),
        Q_XQUOTAON | Q_XQUOTAOFF => {
            c.push(u32_box(c, addr, |v| {
                xflags(dx::QUOTA_XFS_FLAGS, v, "FS_QUOTA_???")
            }));
        }
        Q_XQUOTARM => {
            c.push(u32_box(c, addr, |v| {
                xflags(dx::QUOTA_XFS_TYPES, v, "FS_???_QUOTA")
            }));
        }
        Q_GETFMT | Q_GETINFO | Q_XGETQSTAT | Q_XGETQSTATV => c.defer(),
        Q_GETQUOTA => {
            let i = c.int(id);
            c.push(i);
            c.defer();
        }
        // Every other command, known or not: an id and an address.
        _ => {
            let i = c.int(id);
            c.push(i);
            c.push(Value::Ptr(addr));
        }
    }
}

fn quotactl(c: &mut Ctx) {
    let cmd = (c.args[0] as u32 as u64) >> 8;
    if !c.exiting {
        c.push(qcmd(c.args[0]));
        let p = c.path(1);
        c.push(p);
    }
    command_args(c, cmd, 2);
}

fn quotactl_fd(c: &mut Ctx) {
    let cmd = (c.args[1] as u32 as u64) >> 8;
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.push(qcmd(c.args[1]));
    }
    command_args(c, cmd, 2);
}

#[cfg(test)]
mod tests {
    use super::super::testmem::{FakeMem, run};
    use super::*;

    #[test]
    fn results_are_decoded_after_success_only() {
        let mut blk = Vec::new();
        for v in [1u64, 2, 3, 4, 5, 6, 7, 8] {
            blk.extend(v.to_le_bytes());
        }
        blk.extend(0x3fu32.to_le_bytes());
        blk.extend([0; 4]);
        let m = FakeMem::default()
            .with(0x1000, b"/dev/x\0")
            .with(0x2000, &blk)
            .with(0x3000, &4u32.to_le_bytes());
        let getq = 0x8000_0700u64;
        assert_eq!(
            run(quotactl, &m, [getq, 0x1000, 1000, 0x2000, 0, 0], 0),
            r#"QCMD(Q_GETQUOTA, USRQUOTA), "/dev/x", 1000, {dqb_bhardlimit=1, dqb_bsoftlimit=2, dqb_curspace=3, dqb_ihardlimit=4, dqb_isoftlimit=5, dqb_curinodes=6, ...}"#
        );
        assert_eq!(
            run(quotactl, &m, [getq, 0x1000, 1000, 0x2000, 0, 0], -2),
            r#"QCMD(Q_GETQUOTA, USRQUOTA), "/dev/x", 1000, 0x2000"#
        );
        assert_eq!(
            run(quotactl, &m, [0x8000_0401, 0x1000, 0, 0x3000, 0, 0], 0),
            r#"QCMD(Q_GETFMT, GRPQUOTA), "/dev/x", [QFMT_VFS_V1]"#
        );
        // A structure running into unmapped memory is shown by address.
        assert_eq!(
            run(quotactl_fd, &m, [3, getq, 7, 0x2008, 0, 0], 0),
            "3, QCMD(Q_GETQUOTA, USRQUOTA), 7, 0x2008"
        );
    }
}
