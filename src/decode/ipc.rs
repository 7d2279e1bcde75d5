//! IPC: SysV shared memory, semaphores, message queues, and POSIX message queues.

use super::{Ctx, Ret, Value, flags, read_array, sym, u16_at, u32_at, u64_at};
use crate::xlat::netipc as nx;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("shmget", shmget),
    ("shmat", shmat),
    ("shmdt", shmdt),
    ("shmctl", shmctl),
    ("semget", semget),
    ("semop", semop),
    ("semtimedop", semtimedop),
    ("semctl", semctl),
    ("msgget", msgget),
    ("msgsnd", msgsnd),
    ("msgrcv", msgrcv),
    ("msgctl", msgctl),
    ("mq_open", mq_open),
    ("mq_unlink", mq_unlink),
    ("mq_timedsend", mq_timedsend),
    ("mq_timedreceive", mq_timedreceive),
    ("mq_notify", mq_notify),
    ("mq_getsetattr", mq_getsetattr),
];

const IPC_64: u64 = 0x100;

fn key(raw: u64) -> Value {
    let k = raw as u32 as u64;
    if k == 0 {
        Value::Sym("IPC_PRIVATE", 0)
    } else {
        Value::Hex(k)
    }
}

/// `IPC_CREAT|IPC_EXCL|0600`: the flag names then the permission bits in octal.
fn resource_flags(table: crate::xlat::Xlat, raw: u64) -> Value {
    let raw = raw as u32 as u64;
    let f = flags(table, raw & !0o777);
    let mut s = String::new();
    for n in &f.names {
        s.push_str(n);
        s.push('|');
    }
    if f.rest != 0 {
        s.push_str(&format!("{:#x}|", f.rest));
    }
    s.push_str(&crate::output::text::c_octal(raw & 0o777));
    Value::Expr(s)
}

/// printflags-style value: names, leftover bits in hex, `0` when empty, or the number with a
/// comment when no name matches.
fn xflags(table: crate::xlat::Xlat, v: u64, unknown: &'static str) -> Value {
    super::net::xflags(table, v, unknown)
}

/// A ctl command, with `IPC_64|` when that bit is set.
fn ctl_cmd(table: crate::xlat::Xlat, raw: u64, unknown: &'static str) -> Value {
    let raw = raw as u32 as u64;
    let base = raw & !IPC_64;
    let v = sym(table, base, unknown);
    if raw & IPC_64 == 0 {
        return v;
    }
    let mut s = String::from("IPC_64|");
    crate::output::text::render(&mut s, &v, Default::default());
    Value::Expr(s)
}

fn shmget(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    c.push(key(c.args[0]));
    let n = c.ulong(1);
    c.push(n);
    c.push(resource_flags(nx::SHM_RESOURCE_FLAGS, c.args[2]));
}

fn semget(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    c.push(key(c.args[0]));
    let n = c.int(1);
    c.push(n);
    c.push(resource_flags(nx::IPC_RESOURCE_FLAGS, c.args[2]));
}

fn msgget(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    c.push(key(c.args[0]));
    c.push(resource_flags(nx::IPC_RESOURCE_FLAGS, c.args[1]));
}

fn shmat(c: &mut Ctx) {
    if c.exiting {
        c.ret = Ret::Hex;
        return;
    }
    let id = c.int(0);
    c.push(id);
    let a = c.ptr(1);
    c.push(a);
    c.push(c.xflags(2, nx::SHMAT_FLAGS, "SHM_???"));
}

fn shmdt(c: &mut Ctx) {
    if !c.exiting {
        let a = c.ptr(0);
        c.push(a);
    }
}

/// `struct ipc64_perm` (48 bytes); IPC_SET shows only the settable fields.
fn ipc_perm(b: &[u8], set_only: bool) -> Value {
    let mut f = vec![
        ("uid", Value::Uint(u32_at(b, 4) as u64)),
        ("gid", Value::Uint(u32_at(b, 8) as u64)),
        ("mode", Value::Oct(u32_at(b, 20) as u64)),
    ];
    if !set_only {
        f.push(("key", Value::Int(u32_at(b, 0) as i32 as i64)));
        f.push(("cuid", Value::Uint(u32_at(b, 12) as u64)));
        f.push(("cgid", Value::Uint(u32_at(b, 16) as u64)));
    }
    Value::Struct(f, false)
}

fn i64v(b: &[u8], off: usize) -> Value {
    Value::Int(u64_at(b, off) as i64)
}

fn u64v(b: &[u8], off: usize) -> Value {
    Value::Uint(u64_at(b, off))
}

fn i32v(b: &[u8], off: usize) -> Value {
    Value::Int(u32_at(b, off) as i32 as i64)
}

fn shmid_ds(c: &Ctx, addr: u64, set: bool) -> Value {
    let Some(b) = read_array::<112>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mut f = vec![("shm_perm", ipc_perm(&b, set))];
    if !set {
        f.extend([
            ("shm_segsz", u64v(&b, 48)),
            ("shm_cpid", i32v(&b, 80)),
            ("shm_lpid", i32v(&b, 84)),
            ("shm_nattch", u64v(&b, 88)),
            ("shm_atime", i64v(&b, 56)),
            ("shm_dtime", i64v(&b, 64)),
            ("shm_ctime", i64v(&b, 72)),
        ]);
    }
    Value::Struct(f, false)
}

fn shminfo(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<40>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    Value::Struct(
        vec![
            ("shmmax", u64v(&b, 0)),
            ("shmmin", u64v(&b, 8)),
            ("shmmni", u64v(&b, 16)),
            ("shmseg", u64v(&b, 24)),
            ("shmall", u64v(&b, 32)),
        ],
        false,
    )
}

fn shm_info(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<48>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    Value::Struct(
        vec![
            ("used_ids", i32v(&b, 0)),
            ("shm_tot", u64v(&b, 8)),
            ("shm_rss", u64v(&b, 16)),
            ("shm_swp", u64v(&b, 24)),
            ("swap_attempts", u64v(&b, 32)),
            ("swap_successes", u64v(&b, 40)),
        ],
        false,
    )
}

fn shmctl(c: &mut Ctx) {
    let cmd = c.args[1] as u32 as u64 & !IPC_64;
    let addr = c.args[2];
    if !c.exiting {
        let id = c.int(0);
        c.push(id);
        c.push(ctl_cmd(nx::SHMCTL_CMDS, c.args[1], "SHM_???"));
        match cmd {
            1 => {
                let v = if addr == 0 {
                    Value::Ptr(0)
                } else {
                    shmid_ds(c, addr, true)
                };
                c.push(v);
            }
            2 | 3 | 13 | 14 | 15 => c.defer(),
            _ => {
                let v = c.ptr(2);
                c.push(v);
            }
        }
        return;
    }
    if !matches!(cmd, 2 | 3 | 13 | 14 | 15) {
        return;
    }
    let v = if c.failed() || addr == 0 {
        c.ptr(2)
    } else {
        match cmd {
            3 => shminfo(c, addr),
            14 => shm_info(c, addr),
            _ => shmid_ds(c, addr, false),
        }
    };
    c.push(v);
}

fn sembuf_array(c: &Ctx, addr: u64, n: u64) -> Value {
    // Structures print as addresses under `-e verbose=` (the empty array stays `[]`).
    if addr != 0 && n != 0 && !c.mem.structs() {
        return Value::Ptr(addr);
    }
    super::array_of(c, addr, n, 6, |b| {
        let fl = u16_at(b, 4) as i16 as i64 as u64 & 0xffff;
        Some(Value::Struct(
            vec![
                ("sem_num", Value::Uint(u16_at(b, 0) as u64)),
                ("sem_op", Value::Int(u16_at(b, 2) as i16 as i64)),
                ("sem_flg", xflags(nx::SEMOP_FLAGS, fl, "SEM_???")),
            ],
            false,
        ))
    })
}

fn semop(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let id = c.int(0);
    c.push(id);
    c.push(sembuf_array(c, c.args[1], c.args[2] as u32 as u64));
    let n = c.uint(2);
    c.push(n);
}

fn semtimedop(c: &mut Ctx) {
    semop(c);
    if !c.exiting {
        let t = super::process::timespec(c, c.args[3]);
        c.push(t);
    }
}

fn semid_ds(c: &Ctx, addr: u64, set: bool) -> Value {
    let Some(b) = read_array::<104>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mut f = vec![("sem_perm", ipc_perm(&b, set))];
    if !set {
        f.extend([
            ("sem_otime", i64v(&b, 48)),
            ("sem_ctime", i64v(&b, 64)),
            ("sem_nsems", u64v(&b, 80)),
        ]);
    }
    Value::Struct(f, false)
}

fn seminfo(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<40>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let names = [
        "semmap", "semmni", "semmns", "semmnu", "semmsl", "semopm", "semume", "semusz", "semvmx",
        "semaem",
    ];
    Value::Struct(
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, i32v(&b, i * 4)))
            .collect(),
        false,
    )
}

fn semctl(c: &mut Ctx) {
    let cmd = c.args[2] as u32 as u64 & !IPC_64;
    let arg = c.args[3];
    if !c.exiting {
        let id = c.int(0);
        c.push(id);
        let n = c.int(1);
        c.push(n);
        c.push(ctl_cmd(nx::SEMCTL_CMDS, c.args[2], "SEM_???"));
        match cmd {
            1 => {
                let v = if arg == 0 {
                    Value::Ptr(0)
                } else {
                    semid_ds(c, arg, true)
                };
                c.push(v);
            }
            2 | 3 | 18 | 19 | 20 => c.defer(),
            _ => {
                let v = c.ptr(3);
                c.push(v);
            }
        }
        return;
    }
    if !matches!(cmd, 2 | 3 | 18 | 19 | 20) {
        return;
    }
    let v = if c.failed() || arg == 0 {
        c.ptr(3)
    } else {
        match cmd {
            3 | 19 => seminfo(c, arg),
            _ => semid_ds(c, arg, false),
        }
    };
    c.push(v);
}

fn msqid_ds(c: &Ctx, addr: u64, set: bool) -> Value {
    let Some(b) = read_array::<120>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mut f = vec![("msg_perm", ipc_perm(&b, set))];
    if set {
        f.push(("msg_qbytes", u64v(&b, 88)));
    } else {
        f.extend([
            ("msg_stime", i64v(&b, 48)),
            ("msg_rtime", i64v(&b, 56)),
            ("msg_ctime", i64v(&b, 64)),
            ("msg_qnum", u64v(&b, 80)),
            ("msg_qbytes", u64v(&b, 88)),
            ("msg_lspid", i32v(&b, 96)),
            ("msg_lrpid", i32v(&b, 100)),
        ]);
    }
    Value::Struct(f, false)
}

fn msginfo(c: &Ctx, addr: u64) -> Value {
    let Some(b) = read_array::<32>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let mut f: Vec<(&'static str, Value)> = [
        "msgpool", "msgmap", "msgmax", "msgmnb", "msgmni", "msgssz", "msgtql",
    ]
    .iter()
    .enumerate()
    .map(|(i, n)| (*n, i32v(&b, i * 4)))
    .collect();
    f.push(("msgseg", Value::Uint(u16_at(&b, 28) as u64)));
    Value::Struct(f, false)
}

fn msgctl(c: &mut Ctx) {
    let cmd = c.args[1] as u32 as u64 & !IPC_64;
    let addr = c.args[2];
    if !c.exiting {
        let id = c.int(0);
        c.push(id);
        c.push(ctl_cmd(nx::MSGCTL_CMDS, c.args[1], "MSG_???"));
        match cmd {
            1 => {
                let v = if addr == 0 {
                    Value::Ptr(0)
                } else {
                    msqid_ds(c, addr, true)
                };
                c.push(v);
            }
            2 | 3 | 11 | 12 | 13 => c.defer(),
            _ => {
                let v = c.ptr(2);
                c.push(v);
            }
        }
        return;
    }
    if !matches!(cmd, 2 | 3 | 11 | 12 | 13) {
        return;
    }
    let v = if c.failed() || addr == 0 {
        c.ptr(2)
    } else {
        match cmd {
            3 | 12 => msginfo(c, addr),
            _ => msqid_ds(c, addr, false),
        }
    };
    c.push(v);
}

/// `{mtype=1, mtext="..."}` with `size` bytes of text.
fn msgbuf(c: &Ctx, addr: u64, size: u64) -> Value {
    let Some(b) = read_array::<8>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    Value::Struct(
        vec![
            ("mtype", Value::Int(i64::from_le_bytes(b))),
            (
                "mtext",
                super::read_buf(c.mem, addr.wrapping_add(8), size, c.opts.strsize),
            ),
        ],
        false,
    )
}

fn msgsnd(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let id = c.int(0);
    c.push(id);
    c.push(msgbuf(c, c.args[1], c.args[2]));
    let n = c.ulong(2);
    c.push(n);
    c.push(c.xflags(3, nx::MSG_IPC_FLAGS, "MSG_???"));
}

fn msgrcv(c: &mut Ctx) {
    if !c.exiting {
        let id = c.int(0);
        c.push(id);
        c.defer();
        return;
    }
    let v = if c.failed() {
        c.ptr(1)
    } else {
        msgbuf(c, c.args[1], c.args[2])
    };
    c.push(v);
    let n = c.ulong(2);
    c.push(n);
    let t = c.long(3);
    c.push(t);
    c.push(c.xflags(4, nx::MSG_IPC_FLAGS, "MSG_???"));
}

/// `struct mq_attr` (four longs).
fn mq_attr(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let Some(b) = read_array::<32>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let fl = u64_at(&b, 0);
    let mut f = flags(&[(0o4000, "O_NONBLOCK")], fl);
    f.raw = fl;
    Value::Struct(
        vec![
            ("mq_flags", Value::Flags(f)),
            ("mq_maxmsg", i64v(&b, 8)),
            ("mq_msgsize", i64v(&b, 16)),
            ("mq_curmsgs", i64v(&b, 24)),
        ],
        false,
    )
}

fn mq_open(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let p = c.path(0);
    c.push(p);
    let raw = c.args[1] as u32 as u64;
    c.push(super::file::open_flags(raw));
    if raw & libc::O_CREAT as u64 != 0 {
        let m = c.mode(2);
        c.push(m);
        c.push(mq_attr(c, c.args[3]));
    }
}

fn mq_unlink(c: &mut Ctx) {
    if !c.exiting {
        let p = c.path(0);
        c.push(p);
    }
}

fn mq_timedsend(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let fd = c.fd(0);
    c.push(fd);
    let b = if c.args[1] == 0 {
        Value::Ptr(0)
    } else {
        c.buf(1, c.args[2])
    };
    c.push(b);
    let n = c.ulong(2);
    c.push(n);
    let p = c.uint(3);
    c.push(p);
    let t = super::process::timespec(c, c.args[4]);
    c.push(t);
}

fn mq_timedreceive(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.defer();
        return;
    }
    let b = if c.failed() {
        c.ptr(1)
    } else {
        c.buf(1, c.rval as u64)
    };
    c.push(b);
    let n = c.ulong(2);
    c.push(n);
    let prio = c.args[3];
    let p = if c.failed() || prio == 0 {
        c.ptr(3)
    } else {
        match read_array::<4>(c.mem, prio) {
            Some(b) => Value::Array(vec![Value::Uint(u32::from_le_bytes(b) as u64)], false),
            None => c.ptr(3),
        }
    };
    c.push(p);
    let t = super::process::timespec(c, c.args[4]);
    c.push(t);
}

/// `struct sigevent` (64 bytes).
pub fn sigevent(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let Some(b) = read_array::<64>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let val = u64_at(&b, 0);
    let signo = u32_at(&b, 8) as u64;
    let notify = u32_at(&b, 12) as u64;
    let mut f = vec![(
        "sigev_value",
        Value::Struct(
            vec![
                ("sival_int", Value::Int(val as u32 as i32 as i64)),
                ("sival_ptr", Value::Ptr(val)),
            ],
            false,
        ),
    )];
    let sig = match notify {
        0 | 2 | 4 => super::generic::signal_value(signo),
        _ => Value::Uint(signo),
    };
    f.push(("sigev_signo", sig));
    f.push((
        "sigev_notify",
        sym(crate::xlat::sigpoll::SIGEV_NOTIFY, notify, "SIGEV_???"),
    ));
    match notify {
        4 => f.push(("sigev_notify_thread_id", i32v(&b, 16))),
        2 => {
            f.push(("sigev_notify_function", Value::Ptr(u64_at(&b, 16))));
            f.push(("sigev_notify_attributes", Value::Ptr(u64_at(&b, 24))));
        }
        _ => {}
    }
    Value::Struct(f, false)
}

fn mq_notify(c: &mut Ctx) {
    if c.exiting {
        return;
    }
    let fd = c.fd(0);
    c.push(fd);
    c.push(sigevent(c, c.args[1]));
}

fn mq_getsetattr(c: &mut Ctx) {
    if !c.exiting {
        let fd = c.fd(0);
        c.push(fd);
        c.push(mq_attr(c, c.args[1]));
        c.defer();
        return;
    }
    let v = c.written(2, mq_attr);
    c.push(v);
}

#[cfg(test)]
mod tests {
    use super::super::testmem::FakeMem;
    use super::*;

    use crate::decode::testmem::run;

    #[test]
    fn get_flags_and_keys() {
        let m = FakeMem::default();
        assert_eq!(
            run(shmget, &m, [0, 4096, 0o3600, 0, 0, 0], 3),
            "IPC_PRIVATE, 4096, IPC_CREAT|IPC_EXCL|0600"
        );
        assert_eq!(
            run(shmget, &m, [0x1234, 1, 0, 0, 0, 0], -2),
            "0x1234, 1, 000"
        );
        assert_eq!(
            run(msgget, &m, [0, 0o6777, 0, 0, 0, 0], 3),
            "IPC_PRIVATE, IPC_EXCL|IPC_NOWAIT|0777"
        );
        assert_eq!(
            run(semget, &m, [0, 2, 0o1600, 0, 0, 0], 1),
            "IPC_PRIVATE, 2, IPC_CREAT|0600"
        );
    }

    #[test]
    fn ctl_commands_and_structs() {
        let mut ds = vec![0u8; 112];
        ds[20..24].copy_from_slice(&0o600u32.to_le_bytes());
        ds[48..56].copy_from_slice(&4096u64.to_le_bytes());
        ds[80..84].copy_from_slice(&77u32.to_le_bytes());
        let m = FakeMem::default().with(0x1000, &ds);
        assert_eq!(
            run(shmctl, &m, [2, 2, 0x1000, 0, 0, 0], 0),
            "2, IPC_STAT, {shm_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, \
             shm_segsz=4096, shm_cpid=77, shm_lpid=0, shm_nattch=0, shm_atime=0, \
             shm_dtime=0, shm_ctime=0}"
        );
        assert_eq!(
            run(shmctl, &m, [2, 1, 0x1000, 0, 0, 0], 0),
            "2, IPC_SET, {shm_perm={uid=0, gid=0, mode=0600}}"
        );
        // Bad pointer, unknown command, IPC_64.
        assert_eq!(
            run(shmctl, &m, [2, 2, 0x9000, 0, 0, 0], -14),
            "2, IPC_STAT, 0x9000"
        );
        assert_eq!(
            run(shmctl, &m, [2, 0x102, 0x9000, 0, 0, 0], 0),
            "2, IPC_64|IPC_STAT, 0x9000"
        );
        assert_eq!(
            run(msgctl, &m, [2, 55, 0, 0, 0, 0], -22),
            "2, 0x37 /* MSG_??? */, NULL"
        );
        assert_eq!(run(semctl, &m, [1, 0, 16, 5, 0, 0], 0), "1, 0, SETVAL, 0x5");
    }

    #[test]
    fn sembufs_and_messages() {
        let ops = [0u8, 0, 1, 0, 0, 0, 1, 0, 2, 0, 0, 0x18];
        let mut msg = 1i64.to_le_bytes().to_vec();
        msg.extend_from_slice(b"hello");
        let m = FakeMem::default().with(0x1000, &ops).with(0x2000, &msg);
        assert_eq!(
            run(semop, &m, [1, 0x1000, 2, 0, 0, 0], 0),
            "1, [{sem_num=0, sem_op=1, sem_flg=0}, {sem_num=1, sem_op=2, sem_flg=SEM_UNDO|IPC_NOWAIT}], 2"
        );
        assert_eq!(
            run(semtimedop, &m, [1, 0x1000, 3, 0, 0, 0], -14),
            "1, [{sem_num=0, sem_op=1, sem_flg=0}, {sem_num=1, sem_op=2, sem_flg=SEM_UNDO|IPC_NOWAIT}, ... /* 0x100c */], 3, NULL"
        );
        assert_eq!(run(semop, &m, [1, 0x9000, 1, 0, 0, 0], -14), "1, 0x9000, 1");
        assert_eq!(
            run(msgsnd, &m, [0, 0x2000, 5, 0o4000, 0, 0], 0),
            r#"0, {mtype=1, mtext="hello"}, 5, IPC_NOWAIT"#
        );
        assert_eq!(
            run(msgrcv, &m, [0, 0x2000, 64, 5, 0o14000, 0], -42),
            "0, 0x2000, 64, 5, MSG_NOERROR|IPC_NOWAIT"
        );
    }

    #[test]
    fn posix_queues() {
        let mut attr = Vec::new();
        for v in [0o4000u64, 4, 32, 0] {
            attr.extend_from_slice(&v.to_le_bytes());
        }
        let mut sev = vec![0u8; 64];
        sev[0..8].copy_from_slice(&42u64.to_le_bytes());
        sev[8..12].copy_from_slice(&10u32.to_le_bytes());
        let m = FakeMem::default()
            .with(0x1000, b"q\0")
            .with(0x2000, &attr)
            .with(0x3000, &sev);
        assert_eq!(
            run(mq_open, &m, [0x1000, 0o302, 0o600, 0x2000, 0, 0], 3),
            r#""q", O_RDWR|O_CREAT|O_EXCL, 0600, {mq_flags=O_NONBLOCK, mq_maxmsg=4, mq_msgsize=32, mq_curmsgs=0}"#
        );
        assert_eq!(
            run(mq_getsetattr, &m, [3, 0, 0x9000, 0, 0, 0], -14),
            "3, NULL, 0x9000"
        );
        assert_eq!(
            run(mq_notify, &m, [3, 0x3000, 0, 0, 0, 0], 0),
            "3, {sigev_value={sival_int=42, sival_ptr=0x2a}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}"
        );
        assert_eq!(
            run(mq_notify, &m, [3, 0x9000, 0, 0, 0, 0], -14),
            "3, 0x9000"
        );
    }
}
