//! Time: clocks, timers, itimers, gettimeofday, adjtimex.

use super::generic::signal_value;
use super::process::timespec;
use super::signal::{clock_t_value, xflags};
use super::{Ctx, Ret, Value, read_array, u32_at, u64_at};
use crate::xlat::flags as fl;
use crate::xlat::sigpoll as sp;

pub static DECODERS: &[(&str, super::DecodeFn)] = &[
    ("gettimeofday", gettimeofday),
    ("settimeofday", settimeofday),
    ("time", time),
    ("times", times),
    ("getitimer", getitimer),
    ("setitimer", setitimer),
    ("timer_create", timer_create),
    ("timer_settime", timer_settime),
    ("timer_gettime", timer_gettime),
    ("timer_getoverrun", super::poll::int_arg),
    ("timer_delete", super::poll::int_arg),
    ("clock_settime", clock_settime),
    ("adjtimex", adjtimex),
    ("clock_adjtime", clock_adjtime),
    ("alarm", alarm),
];

/// alarm(unsigned int seconds).
fn alarm(c: &mut Ctx) {
    if !c.exiting {
        let v = c.uint(0);
        c.push(v);
    }
}

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

/// `struct timezone`: `{tz_minuteswest=0, tz_dsttime=0}`.
fn timezone(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<8>(c.mem, addr) {
        Some(b) => Value::Struct(
            vec![
                ("tz_minuteswest", Value::Int(u32_at(&b, 0) as i32 as i64)),
                ("tz_dsttime", Value::Int(u32_at(&b, 4) as i32 as i64)),
            ],
            false,
        ),
        None => Value::Ptr(addr),
    }
}

/// An output pointer argument: the address when the call failed, else `f`'s decoding.
fn out(c: &Ctx, i: usize, f: fn(&Ctx, u64) -> Value) -> Value {
    if c.failed() {
        c.ptr(i)
    } else {
        f(c, c.args[i])
    }
}

fn gettimeofday(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    let t = out(c, 0, timeval);
    c.push(t);
    let z = out(c, 1, timezone);
    c.push(z);
}

fn settimeofday(c: &mut Ctx) {
    if !c.exiting {
        let t = timeval(c, c.args[0]);
        c.push(t);
        let z = timezone(c, c.args[1]);
        c.push(z);
    }
}

/// The date strace appends to a time_t: `2026-12-07T15:34:26+0000`.
fn date_text(sec: i64) -> Option<String> {
    match super::file::time_comment(sec, 0) {
        Value::Commented(_, d) => Some(d),
        _ => None,
    }
}

fn time(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    let v = if c.failed() || c.args[0] == 0 {
        c.ptr(0)
    } else {
        match read_array::<8>(c.mem, c.args[0]) {
            Some(b) => Value::Array(
                vec![super::file::time_comment(u64::from_le_bytes(b) as i64, 0)],
                false,
            ),
            None => c.ptr(0),
        }
    };
    c.push(v);
    if !c.failed()
        && let Some(d) = date_text(c.rval)
    {
        c.ret = Ret::DecWith(Value::Expr(d));
    }
}

fn tms(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_array::<32>(c.mem, addr) {
        Some(b) => Value::Struct(
            vec![
                ("tms_utime", clock_t_value(u64_at(&b, 0))),
                ("tms_stime", clock_t_value(u64_at(&b, 8))),
                ("tms_cutime", clock_t_value(u64_at(&b, 16))),
                ("tms_cstime", clock_t_value(u64_at(&b, 24))),
            ],
            false,
        ),
        None => Value::Ptr(addr),
    }
}

pub(crate) fn times(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    let v = out(c, 0, tms);
    c.push(v);
}

fn which(c: &Ctx) -> Value {
    c.sym(0, fl::ITIMER_WHICH, "ITIMER_???")
}

fn getitimer(c: &mut Ctx) {
    if !c.exiting {
        let w = which(c);
        c.push(w);
        c.defer();
        return;
    }
    let v = out(c, 1, itimerval);
    c.push(v);
}

fn setitimer(c: &mut Ctx) {
    if !c.exiting {
        let w = which(c);
        c.push(w);
        let n = itimerval(c, c.args[1]);
        c.push(n);
        c.defer();
        return;
    }
    let v = out(c, 2, itimerval);
    c.push(v);
}

/// `struct sigevent`: the value only when set, the signal by name for the notify kinds that
/// send one, the thread id or function as the kind needs.
fn sigevent(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let Some(b) = read_array::<64>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let val = u64_at(&b, 0);
    let signo = u32_at(&b, 8);
    let notify = u32_at(&b, 12);
    let mut f = Vec::new();
    if val != 0 {
        f.push((
            "sigev_value",
            Value::Struct(
                vec![
                    ("sival_int", Value::Int(val as u32 as i32 as i64)),
                    ("sival_ptr", Value::Ptr(val)),
                ],
                false,
            ),
        ));
    }
    let named = matches!(notify, 0 | 2 | 4);
    f.push((
        "sigev_signo",
        if named {
            signal_value(signo as u64)
        } else {
            Value::Uint(signo as u64)
        },
    ));
    f.push((
        "sigev_notify",
        super::sym(sp::SIGEV_NOTIFY, notify as u64, "SIGEV_???"),
    ));
    match notify {
        4 => f.push((
            "sigev_notify_thread_id",
            Value::Int(u32_at(&b, 16) as i32 as i64),
        )),
        2 => {
            f.push(("sigev_notify_function", Value::Ptr(u64_at(&b, 16))));
            f.push(("sigev_notify_attributes", Value::Ptr(u64_at(&b, 24))));
        }
        _ => {}
    }
    Value::Struct(f, false)
}

fn clock_id(c: &Ctx, i: usize) -> Value {
    c.sym(i, fl::CLOCK_IDS, "CLOCK_???")
}

fn timer_create(c: &mut Ctx) {
    if !c.exiting {
        let id = clock_id(c, 0);
        c.push(id);
        let e = sigevent(c, c.args[1]);
        c.push(e);
        c.defer();
        return;
    }
    let v = if c.failed() || c.args[2] == 0 {
        c.ptr(2)
    } else {
        match read_array::<4>(c.mem, c.args[2]) {
            Some(b) => Value::Array(vec![Value::Int(i32::from_le_bytes(b) as i64)], false),
            None => c.ptr(2),
        }
    };
    c.push(v);
}

fn timer_settime(c: &mut Ctx) {
    if !c.exiting {
        let id = c.int(0);
        c.push(id);
        c.push(c.xflags(1, fl::TIMER_FLAGS, "TIMER_???"));
        let n = itimerspec(c, c.args[2]);
        c.push(n);
        c.defer();
        return;
    }
    let v = out(c, 3, itimerspec);
    c.push(v);
}

fn timer_gettime(c: &mut Ctx) {
    if !c.exiting {
        let id = c.int(0);
        c.push(id);
        c.defer();
        return;
    }
    let v = out(c, 1, itimerspec);
    c.push(v);
}

fn clock_settime(c: &mut Ctx) {
    if !c.exiting {
        let id = clock_id(c, 0);
        c.push(id);
        let t = timespec(c, c.args[1]);
        c.push(t);
    }
}

/// `struct timex` (x86_64 layout, 208 bytes).
fn timex(c: &Ctx, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    let Some(b) = read_array::<208>(c.mem, addr) else {
        return Value::Ptr(addr);
    };
    let l = |o| Value::Int(u64_at(&b, o) as i64);
    let i = |o| Value::Int(u32_at(&b, o) as i32 as i64);
    Value::Struct(
        vec![
            (
                "modes",
                xflags(sp::ADJTIMEX_MODES, u32_at(&b, 0) as u64, "ADJ_???"),
            ),
            ("offset", l(8)),
            ("freq", l(16)),
            ("maxerror", l(24)),
            ("esterror", l(32)),
            (
                "status",
                xflags(sp::ADJTIMEX_STATUS, u32_at(&b, 40) as u64, "STA_???"),
            ),
            ("constant", l(48)),
            ("precision", l(56)),
            ("tolerance", l(64)),
            ("time", timeval_fields(&b[72..88])),
            ("tick", l(88)),
            ("ppsfreq", l(96)),
            ("jitter", l(104)),
            ("shift", i(112)),
            ("stabil", l(120)),
            ("jitcnt", l(128)),
            ("calcnt", l(136)),
            ("errcnt", l(144)),
            ("stbcnt", l(152)),
            ("tai", i(160)),
        ],
        false,
    )
}

/// The timex at exit (address on failure) and the clock state as the result's comment.
fn timex_exit(c: &mut Ctx, i: usize) {
    let v = out(c, i, timex);
    c.push(v);
    if !c.failed()
        && let Some(n) = crate::xlat::name_of(sp::ADJTIMEX_STATE, c.rval as u64)
    {
        c.ret = Ret::DecWith(Value::Expr(n.into()));
    }
}

fn adjtimex(c: &mut Ctx) {
    if !c.exiting {
        c.defer();
        return;
    }
    timex_exit(c, 0);
}

fn clock_adjtime(c: &mut Ctx) {
    if !c.exiting {
        let id = clock_id(c, 0);
        c.push(id);
        c.defer();
        return;
    }
    timex_exit(c, 1);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::testmem::{FakeMem, opts, run_decoder};

    fn words(v: &[u64]) -> Vec<u8> {
        v.iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    #[test]
    fn timevals_and_itimers() {
        let m = FakeMem::default()
            .with(0x1000, &words(&[1, 2, 0, 5]))
            .with(0x2000, &[0xc4, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
        assert_eq!(
            run_decoder(gettimeofday, &m, [0x1000, 0x2000, 0, 0, 0, 0], 0, &opts()),
            "{tv_sec=1, tv_usec=2}, {tz_minuteswest=-60, tz_dsttime=0}"
        );
        assert_eq!(
            run_decoder(gettimeofday, &m, [0x9000, 0, 0, 0, 0, 0], -14, &opts()),
            "0x9000, NULL"
        );
        assert_eq!(
            run_decoder(setitimer, &m, [1, 0x1000, 0x9000, 0, 0, 0], -14, &opts()),
            "ITIMER_VIRTUAL, {it_interval={tv_sec=1, tv_usec=2}, it_value={tv_sec=0, tv_usec=5}}, 0x9000"
        );
        assert_eq!(
            run_decoder(getitimer, &m, [7, 0x9000, 0, 0, 0, 0], -22, &opts()),
            "0x7 /* ITIMER_??? */, 0x9000"
        );
    }

    #[test]
    fn sigevents() {
        let mut ev = words(&[0x1234, 10 | (4 << 32), 77]);
        ev.resize(64, 0);
        let m = FakeMem::default()
            .with(0x1000, &ev)
            .with(0x2000, &3u32.to_le_bytes());
        assert_eq!(
            run_decoder(timer_create, &m, [1, 0x1000, 0x2000, 0, 0, 0], 0, &opts()),
            "CLOCK_MONOTONIC, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=77}, [3]"
        );
        let mut ev = words(&[0, 10 | (99 << 32)]);
        ev.resize(64, 0);
        let m = FakeMem::default().with(0x1000, &ev);
        assert_eq!(
            run_decoder(timer_create, &m, [0, 0x1000, 0x2000, 0, 0, 0], -22, &opts()),
            "CLOCK_REALTIME, {sigev_signo=10, sigev_notify=0x63 /* SIGEV_??? */}, 0x2000"
        );
        assert_eq!(
            run_decoder(timer_create, &m, [99, 1, 2, 0, 0, 0], -14, &opts()),
            "0x63 /* CLOCK_??? */, 0x1, 0x2"
        );
    }

    #[test]
    fn timex_and_times() {
        let mut tx = vec![0u8; 208];
        tx[0..4].copy_from_slice(&0xa001u32.to_le_bytes());
        tx[40] = 0x40;
        let m = FakeMem::default()
            .with(0x1000, &tx)
            .with(0x2000, &words(&[0, 0, 250, 0]));
        let s = run_decoder(adjtimex, &m, [0x1000, 0, 0, 0, 0, 0], 5, &opts());
        assert!(
            s.starts_with("{modes=ADJ_OFFSET_SS_READ, offset=0, freq=0, maxerror=0, esterror=0, status=STA_UNSYNC, "),
            "{s}"
        );
        assert!(s.ends_with(", tai=0}"), "{s}");
        assert_eq!(
            run_decoder(clock_adjtime, &m, [1, 0x9000, 0, 0, 0, 0], -95, &opts()),
            "CLOCK_MONOTONIC, 0x9000"
        );
        assert_eq!(
            run_decoder(times, &m, [0x2000, 0, 0, 0, 0, 0], 1, &opts()),
            "{tms_utime=0, tms_stime=0, tms_cutime=250 /* 2.50 s */, tms_cstime=0}"
        );
        assert_eq!(
            run_decoder(times, &m, [0x9000, 0, 0, 0, 0, 0], -14, &opts()),
            "0x9000"
        );
    }
}
