//! `-e inject=...` and `-e fault=...`: syscall tampering rules, parsed with strace's grammar
//! and error messages. The engine applies them (see `tracer`).

use super::{SyscallSet, parse_syscall_set};

/// One tampering rule.
#[derive(Debug, Clone, PartialEq)]
pub struct InjectRule {
    pub set: SyscallSet,
    /// Fail with this errno (1..4095).
    pub error: Option<u16>,
    /// Succeed with this value.
    pub retval: Option<i64>,
    /// Deliver this signal on syscall entry.
    pub signal: Option<u32>,
    /// Run this (pure) syscall instead of -1 when faking a result.
    pub syscall: Option<u64>,
    pub delay_enter_ns: Option<u64>,
    pub delay_exit_ns: Option<u64>,
    /// (argument index 0..6, bytes) written where the argument points.
    pub poke_enter: Vec<(usize, Vec<u8>)>,
    pub poke_exit: Vec<(usize, Vec<u8>)>,
    pub first: u32,
    /// Inclusive; None means no end.
    pub last: Option<u32>,
    pub step: u32,
}

impl InjectRule {
    /// Does the n-th (1-based) invocation get tampered?
    pub fn fires(&self, n: u32) -> bool {
        n >= self.first
            && self.last.is_none_or(|l| n <= l)
            && (n - self.first).is_multiple_of(self.step.max(1))
    }

    /// The syscall result is replaced (error= or retval=).
    pub fn fakes_result(&self) -> bool {
        self.error.is_some() || self.retval.is_some()
    }
}

/// Parse `SET[:key=value]...`; `fault` selects `-e fault=` (only error= and when=, ENOSYS by
/// default). Errors are strace's messages.
pub fn parse(spec: &str, fault: bool) -> Result<InjectRule, String> {
    let what = if fault { "fault" } else { "inject" };
    let bad = || format!("invalid {what} argument '{spec}'");
    let mut parts = spec.split(':');
    let set_spec = parts.next().unwrap_or_default();
    let mut rule = InjectRule {
        set: SyscallSet::none(),
        error: None,
        retval: None,
        signal: None,
        syscall: None,
        delay_enter_ns: None,
        delay_exit_ns: None,
        poke_enter: Vec::new(),
        poke_exit: Vec::new(),
        first: 1,
        last: None,
        step: 1,
    };
    for part in parts {
        let (k, v) = part.split_once('=').ok_or_else(bad)?;
        match k {
            "error" => {
                if rule.error.is_some() || rule.retval.is_some() {
                    return Err(bad());
                }
                let e = match v.parse::<u64>() {
                    Ok(n) => n,
                    Err(_) => crate::xlat::errno::errno_by_name(v).ok_or_else(bad)?,
                };
                if !(1..=4095).contains(&e) {
                    return Err(bad());
                }
                rule.error = Some(e as u16);
            }
            "retval" if !fault => {
                if rule.error.is_some() || rule.retval.is_some() {
                    return Err(bad());
                }
                rule.retval = Some(v.parse::<i64>().map_err(|_| bad())?);
            }
            "signal" if !fault => {
                if rule.signal.is_some() {
                    return Err(bad());
                }
                let s = crate::xlat::signals::signal_by_name(v)
                    .filter(|s| (1..=64).contains(s))
                    .ok_or_else(bad)?;
                rule.signal = Some(s);
            }
            "syscall" if !fault => {
                let nr = crate::syscalls::by_name(v).ok_or_else(bad)?;
                let pure = crate::syscalls::lookup(nr)
                    .is_some_and(|e| e.class & crate::syscalls::class::PURE != 0);
                if !pure {
                    return Err(bad());
                }
                rule.syscall = Some(nr);
            }
            "delay_enter" if !fault => {
                rule.delay_enter_ns = Some(crate::stats::parse_duration_ns(v).ok_or_else(bad)?)
            }
            "delay_exit" if !fault => {
                rule.delay_exit_ns = Some(crate::stats::parse_duration_ns(v).ok_or_else(bad)?)
            }
            "poke_enter" if !fault => rule.poke_enter = parse_pokes(v).ok_or_else(bad)?,
            "poke_exit" if !fault => rule.poke_exit = parse_pokes(v).ok_or_else(bad)?,
            "when" => {
                let (f, l, s) = parse_when(v).ok_or_else(bad)?;
                rule.first = f;
                rule.last = l;
                rule.step = s;
            }
            _ => return Err(bad()),
        }
    }
    if fault && rule.error.is_none() {
        rule.error = Some(38); // ENOSYS
    }
    let any = rule.error.is_some()
        || rule.retval.is_some()
        || rule.signal.is_some()
        || rule.delay_enter_ns.is_some()
        || rule.delay_exit_ns.is_some()
        || !rule.poke_enter.is_empty()
        || !rule.poke_exit.is_empty();
    if !any {
        return Err(bad());
    }
    // syscall= only makes sense with a faked result.
    if rule.syscall.is_some() && !rule.fakes_result() {
        return Err(bad());
    }
    rule.set = parse_syscall_set(set_spec)?;
    Ok(rule)
}

/// `first[..last][+[step]]`.
fn parse_when(v: &str) -> Option<(u32, Option<u32>, u32)> {
    let num = |s: &str, max: u32| -> Option<u32> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse::<u32>().ok().filter(|n| (1..=max).contains(n))
    };
    let (range, step) = match v.split_once('+') {
        Some((r, "")) => (r, Some(1)),
        Some((r, s)) => (r, Some(num(s, 65535)?)),
        None => (v, None),
    };
    let (first, last) = match range.split_once("..") {
        Some((f, l)) => (num(f, 65535)?, Some(num(l, 65534)?)),
        None => (num(range, 65535)?, None),
    };
    if let Some(l) = last
        && l < first
    {
        return None;
    }
    Some(match (last, step) {
        // "N": that invocation only.
        (None, None) => (first, Some(first), 1),
        (Some(l), None) => (first, Some(l), 1),
        (l, Some(s)) => (first, l, s),
    })
}

/// `@arg1=0000DEAD,@arg2=41` (hex, an even number of digits; arguments 1..7).
fn parse_pokes(v: &str) -> Option<Vec<(usize, Vec<u8>)>> {
    let mut out = Vec::new();
    for item in v.split(',') {
        let rest = item.strip_prefix("@arg")?;
        let (n, data) = rest.split_once('=')?;
        let n: usize = n.parse().ok().filter(|n| (1..=7).contains(n))?;
        if data.is_empty() || data.len() % 2 != 0 {
            return None;
        }
        let bytes = (0..data.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&data[i..i + 2], 16).ok())
            .collect::<Option<Vec<u8>>>()?;
        out.push((n - 1, bytes));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_forms() {
        let r = parse("close:error=22:when=3", false).unwrap();
        assert_eq!(
            (r.error, r.first, r.last, r.step),
            (Some(22), 3, Some(3), 1)
        );
        assert!(!r.fires(2) && r.fires(3) && !r.fires(4));
        let r = parse("close:error=EBADF:when=2+", false).unwrap();
        assert!(!r.fires(1) && r.fires(2) && r.fires(100));
        let r = parse("close:error=EBADF:when=2+3", false).unwrap();
        assert!(r.fires(2) && !r.fires(3) && r.fires(5) && r.fires(8));
        let r = parse("close:error=EBADF:when=2..6+2", false).unwrap();
        assert!(r.fires(2) && r.fires(4) && r.fires(6) && !r.fires(8));
        let r = parse("close:error=EBADF:when=2..4", false).unwrap();
        assert!(r.fires(2) && r.fires(3) && r.fires(4) && !r.fires(5));
        let r = parse("getpid:retval=42", false).unwrap();
        assert_eq!(r.retval, Some(42));
        let r = parse("write:signal=SIGUSR1", false).unwrap();
        assert_eq!(r.signal, Some(10));
        let r = parse("nanosleep:delay_enter=100ms:delay_exit=5", false).unwrap();
        assert_eq!(
            (r.delay_enter_ns, r.delay_exit_ns),
            (Some(100_000_000), Some(5_000))
        );
        let r = parse("read:poke_exit=@arg2=41420a", false).unwrap();
        assert_eq!(r.poke_exit, vec![(1, vec![0x41, 0x42, 0x0a])]);
        let r = parse("getpid:syscall=gettid:retval=5", false).unwrap();
        assert_eq!(r.syscall, crate::syscalls::by_name("gettid"));
        let r = parse("openat", true).unwrap();
        assert_eq!(r.error, Some(38));
        let r = parse("openat:error=ENOENT:when=3", true).unwrap();
        assert_eq!(r.error, Some(2));
    }

    #[test]
    fn errors_as_strace() {
        for bad in [
            "close",
            "close:error=FOO",
            "close:error=0",
            "close:error=4096",
            "close:retval=1:error=1",
            "close:when=0",
            "close:error=1:when=5..3",
            "close:error=1:when=x",
            "close:signal=FOO",
            "close:delay_enter=x",
            "close:poke_enter=@arg8=00",
            "close:poke_enter=@arg1=0",
            "close:syscall=open:error=1",
            "close:foo=1",
            "close:error=1:when=2+0",
            "close:error=1:when=65536",
        ] {
            assert_eq!(
                parse(bad, false).unwrap_err(),
                format!("invalid inject argument '{bad}'"),
                "{bad}"
            );
        }
        assert_eq!(
            parse("close:retval=1", true).unwrap_err(),
            "invalid fault argument 'close:retval=1'"
        );
        assert_eq!(
            parse("nosuch:error=1", false).unwrap_err(),
            "invalid system call 'nosuch'"
        );
    }
}
