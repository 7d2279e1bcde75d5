//! The ptrace engine: launching or attaching, one event loop over `wait4(-1, __WALL)`, and a
//! small state machine per tracee.

pub mod fdinfo;
pub mod memory;
pub mod pathtrace;
pub mod ptrace;
pub mod seccomp;

use crate::cli::Options;
use crate::decode::{self, Ctx, DecodeOpts, Decoders, Ret, Value};
use crate::filter::{quiet, status};
use crate::output::{self, Lead, Printer};
use crate::syscalls;
use ptrace::SyscallInfo;
use std::collections::HashMap;
use std::ffi::CString;
use std::sync::atomic::{AtomicI32, Ordering};

const NR_EXECVE: u64 = 59;
const NR_EXECVEAT: u64 = 322;
const NR_EXIT: u64 = 60;
const NR_EXIT_GROUP: u64 = 231;
const NR_RESTART_SYSCALL: u64 = 219;
const NR_FCNTL: u64 = 72;
const NR_CLOSE: u64 = 3;
const NR_DUP2: u64 = 33;
const NR_DUP3: u64 = 292;
const NR_CLOSE_RANGE: u64 = 436;
const NR_RENAME: u64 = 82;
const NR_RENAMEAT: u64 = 264;
const NR_RENAMEAT2: u64 = 316;
const NR_RT_SIGRETURN: u64 = 15;
/// PTRACE_GET_SYSCALL_INFO's arch for a 32-bit (`int $0x80`) syscall.
const AUDIT_ARCH_I386: u32 = 0x4000_0003;

/// `-y`/`-Y`: replace descriptor and pid values (at any depth) by the value with what it refers
/// to: `3</etc/passwd>`, `1234<sh>`. `bits` are the -y kinds; `pids` is -Y.
fn annotate(pid: i32, vals: &mut [Value], bits: u8, pids: bool, comms: &Printer) {
    for v in vals {
        match v {
            Value::Pid(p) if pids && *p > 0 => {
                if let Some(comm) = comms.comm(*p) {
                    *v = Value::PidComm(*p, comm);
                }
            }
            Value::Fd(_) | Value::SymDec("AT_FDCWD", _) if bits == 0 => {}
            Value::Fd(fd) if *fd >= 0 => {
                if let Some(info) = fdinfo::describe_cached(pid, *fd, bits) {
                    *v = Value::FdInfo(*fd, info);
                }
            }
            Value::SymDec("AT_FDCWD", _) if bits & crate::cli::DECODE_FD_PATH != 0 => {
                // strace shows the working directory AT_FDCWD stands for.
                if let Ok(cwd) = std::fs::read_link(format!("/proc/{pid}/cwd")) {
                    *v = Value::Expr(format!("AT_FDCWD<{}>", cwd.to_string_lossy()));
                }
            }
            Value::Struct(fields, _) => {
                for (_, f) in fields.iter_mut() {
                    annotate(pid, std::slice::from_mut(f), bits, pids, comms);
                }
            }
            Value::Array(items, _) => annotate(pid, items, bits, pids, comms),
            Value::Named(_, inner) | Value::Changed(inner) | Value::Commented(inner, _) => {
                annotate(pid, std::slice::from_mut(inner.as_mut()), bits, pids, comms)
            }
            _ => {}
        }
    }
}

/// The fatal signal rstrace received (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE), or 0.
static INTERRUPTED: AtomicI32 = AtomicI32::new(0);

extern "C" fn on_fatal_signal(sig: libc::c_int) {
    INTERRUPTED.store(sig, Ordering::SeqCst);
}

const FATAL_SIGNALS: [libc::c_int; 5] = [
    libc::SIGHUP,
    libc::SIGINT,
    libc::SIGQUIT,
    libc::SIGPIPE,
    libc::SIGTERM,
];

/// Per-tracee state.
struct Tracee {
    /// Inside a syscall: entry seen, exit not yet.
    in_syscall: bool,
    nr: u64,
    args: [u64; 6],
    /// Decoded arguments of the current syscall; `entry_len` of them were printed at entry.
    vals: Vec<Value>,
    entry_len: usize,
    /// The entry half ended with `, ` (more arguments follow at exit).
    entry_more: bool,
    /// Nothing printed yet: the launched child before its execve (rstrace's own setup).
    hidden: bool,
    /// The next stop is the first one after attaching: just resume it.
    startup: bool,
    /// Attached with -p (detach, never kill, on interruption).
    attached: bool,
    /// The launched command itself, or one of its descendants.
    ours: bool,
    /// Syscall in progress when we attached (for `restart_syscall(<... resuming ...>`).
    interrupted_nr: Option<u64>,
    /// The initial launched child has not completed an execve yet.
    before_first_exec: bool,
    /// The current syscall passed the `-e trace=` filter and is being printed.
    traced: bool,
    /// Leader facts of the current syscall (for `-n`, `-i` and deferred `-e status=` lines).
    lead: Lead,
    /// Monotonic time of the current syscall's entry (`-T`).
    entry_time: (i64, i64),
    /// Wall-clock time of the current syscall's entry (JSON `time_ns`).
    entry_wall_ns: i64,
    /// Thread-group id (JSON `pid`; `tid` is the tracee's own id when it differs); 0 unknown.
    tgid: i32,
    /// Invocations seen per syscall number, for `-e inject=...:when=`.
    inject_counts: HashMap<u64, u32>,
    /// Tampering applied at this syscall's entry that the exit must finish.
    inject: Option<ActiveInject>,
    /// A signal to deliver when resuming (`:signal=`).
    pending_sig: i32,
    /// Held by a `delay_enter`/`delay_exit` injection: resumed by the timer, not the stop.
    held: bool,
    /// Start of the current syscall for `-c` (system time or monotonic, in ns).
    count_start: u64,
    /// The last syscall number seen, for `-n` on signal and exit lines.
    last_nr: Option<u64>,
    /// The tracee's last syscall was a 32-bit one (strace's personality 1).
    pers32: bool,
    /// The current syscall's i386 number, when it is a 32-bit one.
    nr32: Option<u64>,
    /// The current 32-bit syscall's arguments are shown as numbers (its structures differ).
    raw32: bool,
}

impl Tracee {
    /// The name of the current syscall: the i386 one for a 32-bit call.
    fn syscall_name(&self) -> std::borrow::Cow<'static, str> {
        match self.nr32.and_then(syscalls::i386::name) {
            Some(n) => std::borrow::Cow::Borrowed(n),
            None => syscall_name(self.nr),
        }
    }

    fn new() -> Self {
        Tracee {
            in_syscall: false,
            nr: 0,
            args: [0; 6],
            vals: Vec::with_capacity(8),
            entry_len: 0,
            entry_more: false,
            hidden: false,
            startup: true,
            attached: false,
            ours: true,
            interrupted_nr: None,
            before_first_exec: false,
            traced: false,
            lead: Lead::default(),
            entry_time: (0, 0),
            count_start: 0,
            inject_counts: HashMap::new(),
            entry_wall_ns: 0,
            tgid: 0,
            inject: None,
            pending_sig: 0,
            held: false,
            last_nr: None,
            pers32: false,
            nr32: None,
            raw32: false,
        }
    }
}

pub struct Tracer {
    opts: Options,
    printer: Printer,
    decoders: Decoders,
    dopts: DecodeOpts,
    tracees: HashMap<i32, Tracee>,
    /// The launched command's pid and, once it ended, its wait status.
    launched: Option<i32>,
    launched_status: Option<i32>,
    /// PTRACE_GET_SYSCALL_INFO works on this kernel.
    have_info: bool,
    result: String,
    /// `-c` without options that need decoding (-P): the counting fast path.
    count_only: bool,
    /// `-c`/`-C` statistics, and the system time (`ru_stime`, ns) of the current stop.
    stats: Option<crate::stats::Stats>,
    /// 32-bit calls, summarised in a table of their own.
    stats32: Option<crate::stats::Stats>,
    stop_stime_ns: u64,
    /// `-P` paths.
    paths: Option<pathtrace::PathSet>,
    /// Syscall numbers whose result is a pid (`-Y` names it).
    pid_returning: Vec<bool>,
    /// Syscall numbers whose result is a descriptor (`-y` annotates it).
    fd_returning: Vec<bool>,
    /// Tracees held by injected delays: (deadline on CLOCK_MONOTONIC in ns, pid).
    delays: std::collections::BinaryHeap<std::cmp::Reverse<(u64, i32)>>,
    /// signalfd for SIGCHLD, so the loop can wait for a tracee event or a delay's end at once.
    sigchld_fd: i32,
    /// The seccomp-bpf fast path is on: tracees run with PTRACE_CONT between traced syscalls.
    seccomp: bool,
    /// The signal mask rstrace started with; the launched command gets it back.
    orig_mask: libc::sigset_t,
    /// Syscalls printed so far (`--syscall-limit`).
    printed: u64,
    /// `--syscall-limit` reached: detach everything.
    limit_reached: bool,
}

/// Tampering in progress for one syscall.
struct ActiveInject {
    /// The value the syscall returns instead (`-errno` or `retval`).
    fake: Option<i64>,
    delay_exit_ns: Option<u64>,
    poke_exit: Vec<(usize, Vec<u8>)>,
    delayed: bool,
    /// Only argument memory was changed: strace's `(INJECTED: args)`.
    poked: bool,
}

/// One syscall stop's facts.
struct Stop {
    op: u8,
    /// A 32-bit (`int $0x80`) syscall: `nr` is an i386 number.
    arch32: bool,
    nr: u64,
    args: [u64; 6],
    rval: i64,
    sp: u64,
    ip: u64,
}

fn ptrace_options(exitkill: bool, follow: bool, seccomp: bool) -> usize {
    let mut o = libc::PTRACE_O_TRACESYSGOOD | libc::PTRACE_O_TRACEEXEC;
    if seccomp {
        o |= libc::PTRACE_O_TRACESECCOMP;
    }
    if follow {
        o |= libc::PTRACE_O_TRACECLONE | libc::PTRACE_O_TRACEFORK | libc::PTRACE_O_TRACEVFORK;
    }
    if exitkill {
        o |= libc::PTRACE_O_EXITKILL;
    }
    o as usize
}

fn strerror(e: i32) -> String {
    std::io::Error::from_raw_os_error(e)
        .to_string()
        .split(" (os error")
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Find COMMAND as strace does: a name with a slash is used as is, otherwise PATH is searched
/// for an executable regular file (falling back to the first match of any kind).
fn resolve_command(name: &[u8]) -> Result<Vec<u8>, String> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::PermissionsExt;
    let shown = String::from_utf8_lossy(name).into_owned();
    let cant = |e: &std::io::Error| {
        format!(
            "Can't stat '{shown}': {}",
            strerror(e.raw_os_error().unwrap_or(libc::ENOENT))
        )
    };
    let meta = |p: &[u8]| std::fs::metadata(std::ffi::OsStr::from_bytes(p));
    if name.contains(&b'/') {
        return meta(name).map(|_| name.to_vec()).map_err(|e| cant(&e));
    }
    // PATH is bytes: its directories need not be UTF-8.
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/bin:/usr/bin".into());
    let mut first = None;
    for dir in path.as_bytes().split(|&b| b == b':') {
        let dir: &[u8] = if dir.is_empty() { b"." } else { dir };
        let mut cand = dir.to_vec();
        cand.push(b'/');
        cand.extend_from_slice(name);
        if let Ok(m) = meta(&cand) {
            if m.is_file() && m.permissions().mode() & 0o111 != 0 {
                return Ok(cand);
            }
            first.get_or_insert(cand);
        }
    }
    first.ok_or_else(|| cant(&std::io::Error::from_raw_os_error(libc::ENOENT)))
}

impl Tracer {
    pub fn new(opts: Options, printer: Printer) -> Self {
        let dopts = DecodeOpts {
            strsize: opts.strsize,
            verbose: false,
        };
        Tracer {
            opts,
            printer,
            decoders: Decoders::new(),
            dopts,
            tracees: HashMap::new(),
            launched: None,
            launched_status: None,
            have_info: true,
            result: String::with_capacity(64),
            printed: 0,
            limit_reached: false,
            seccomp: false,
            delays: std::collections::BinaryHeap::new(),
            sigchld_fd: -1,
            paths: None,
            stats: None,
            stats32: None,
            count_only: false,
            stop_stime_ns: 0,
            pid_returning: {
                let mut v = vec![false; syscalls::x86_64::SYSCALLS.len()];
                for name in syscalls::PID_RETURNING {
                    if let Some(nr) = syscalls::by_name(name) {
                        v[nr as usize] = true;
                    }
                }
                v
            },
            fd_returning: {
                let mut v = vec![false; syscalls::x86_64::SYSCALLS.len()];
                for name in syscalls::FD_RETURNING {
                    if let Some(nr) = syscalls::by_name(name) {
                        v[nr as usize] = true;
                    }
                }
                v
            },
            // SAFETY: an all-zero sigset_t is an empty set.
            orig_mask: unsafe { std::mem::zeroed() },
        }
    }

    /// Block (with `-o FILE PROG`, strace's `-I3`) or catch the fatal signals.
    fn setup_signals(&mut self) {
        // SAFETY: reading the current mask into a local.
        unsafe {
            libc::sigprocmask(libc::SIG_BLOCK, std::ptr::null(), &mut self.orig_mask);
        }
        // strace's -I: 2 (waiting) by default, 3 (never) for `-o FILE PROG`.
        let level = self.opts.interruptible.unwrap_or(
            if self.opts.output.is_some() && self.opts.pids.is_empty() {
                3
            } else {
                2
            },
        );
        let block = level >= 3;
        // SAFETY: installing a handler that only stores to an atomic; sigset ops on locals.
        unsafe {
            if block {
                let mut set: libc::sigset_t = std::mem::zeroed();
                libc::sigemptyset(&mut set);
                for s in FATAL_SIGNALS {
                    libc::sigaddset(&mut set, s);
                }
                if level >= 4 {
                    libc::sigaddset(&mut set, libc::SIGTSTP);
                }
                libc::sigprocmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
            } else if level == 1 {
                // -I1: fatal signals keep their default action; rstrace dies at once and the
                // kernel detaches its tracees, which run on.
            } else {
                let mut sa: libc::sigaction = std::mem::zeroed();
                sa.sa_sigaction = on_fatal_signal as *const () as usize;
                libc::sigemptyset(&mut sa.sa_mask);
                sa.sa_flags = 0; // no SA_RESTART: wait4 must return EINTR
                for s in FATAL_SIGNALS {
                    libc::sigaction(s, &sa, std::ptr::null_mut());
                }
            }
        }
    }

    /// Fork the command: the child stops itself, is seized, then execs, so that its first
    /// traced syscall is the program's execve.
    fn launch(&mut self) -> Result<(), String> {
        // The command line as given, bytes and all (arguments need not be UTF-8).
        use std::os::unix::ffi::OsStrExt;
        let cmd: Vec<Vec<u8>> = if self.opts.command_raw.len() == self.opts.command.len() {
            self.opts
                .command_raw
                .iter()
                .map(|a| a.as_bytes().to_vec())
                .collect()
        } else {
            self.opts
                .command
                .iter()
                .map(|a| a.as_bytes().to_vec())
                .collect()
        };
        let path = resolve_command(&cmd[0])?;
        let cpath = CString::new(path).map_err(|e| e.to_string())?;
        let mut cargs: Vec<CString> = cmd
            .iter()
            .map(|a| CString::new(a.clone()).unwrap_or_default())
            .collect();
        if let Some(a0) = &self.opts.argv0 {
            cargs[0] = CString::new(a0.as_bytes()).unwrap_or_default();
        }
        let mut argv: Vec<*const libc::c_char> = cargs.iter().map(|a| a.as_ptr()).collect();
        argv.push(std::ptr::null());
        // -E VAR=VAL sets, -E VAR removes, in order, over rstrace's own environment.
        let mut env: Vec<(std::ffi::OsString, std::ffi::OsString)> = std::env::vars_os().collect();
        for e in &self.opts.env {
            let (k, v) = match e.split_once('=') {
                Some((k, v)) => (k, Some(v)),
                None => (e.as_str(), None),
            };
            env.retain(|(ek, _)| ek != k);
            if let Some(v) = v {
                env.push((k.into(), v.into()));
            }
        }
        let cenv: Vec<CString> = env
            .iter()
            .filter_map(|(k, v)| {
                use std::os::unix::ffi::OsStrExt;
                let mut b = k.as_bytes().to_vec();
                b.push(b'=');
                b.extend_from_slice(v.as_bytes());
                CString::new(b).ok()
            })
            .collect();
        let mut envp: Vec<*const libc::c_char> = cenv.iter().map(|a| a.as_ptr()).collect();
        envp.push(std::ptr::null());
        // The seccomp filter is built before fork: the child only installs it.
        let filter = if self.seccomp {
            seccomp::build_filter(
                &self.opts.trace,
                syscalls::x86_64::SYSCALLS.len(),
                &[NR_EXECVE, NR_EXECVEAT],
            )
        } else {
            Vec::new()
        };
        // -u USER: the command runs with that user's ids and groups.
        let user = match &self.opts.user {
            Some(u) => Some(lookup_user(u)?),
            None => None,
        };
        let errmsg = format!("{}: exec: ", crate::progname());
        // -D: this process becomes the command and a grandchild becomes the tracer, so the
        // command keeps rstrace's pid and parent. `gate` releases the command once seized.
        let mut gate = [-1i32; 2];
        let pid = if self.opts.daemonize > 0 {
            // SAFETY: pipe2 into a local array; fork in a single-threaded process.
            unsafe {
                if libc::pipe2(gate.as_mut_ptr(), libc::O_CLOEXEC) < 0 {
                    return Err(format!("pipe: {}", strerror(last_errno())));
                }
                let me = libc::getpid();
                let c = libc::fork();
                if c < 0 {
                    return Err(format!("fork: {}", strerror(last_errno())));
                }
                if c == 0 {
                    // The middle child: its own child is the tracer; it leaves at once so that
                    // the tracer is no child of the command.
                    let g = libc::fork();
                    if g != 0 {
                        libc::_exit(if g < 0 { 1 } else { 0 });
                    }
                    match self.opts.daemonize {
                        1 => {}
                        2 => {
                            libc::setpgid(0, 0);
                        }
                        _ => {
                            libc::setsid();
                        }
                    }
                    libc::close(gate[0]);
                    return self.seize_daemonized(me, gate[1]);
                }
                let mut st = 0;
                while libc::waitpid(c, &mut st, 0) < 0 && last_errno() == libc::EINTR {}
                libc::close(gate[1]);
                0
            }
        } else {
            // SAFETY: fork in a single-threaded process; the child only calls
            // async-signal-safe functions before exec.
            unsafe { libc::fork() }
        };
        if pid < 0 {
            return Err(format!("fork: {}", strerror(last_errno())));
        }
        if pid == 0 {
            unsafe {
                // The command gets the signal mask rstrace was started with.
                libc::sigprocmask(libc::SIG_SETMASK, &self.orig_mask, std::ptr::null_mut());
                // Rust's runtime ignores SIGPIPE; an ignored disposition would survive exec.
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
                if let Some((uid, gid, name)) = &user
                    && (libc::initgroups(name.as_ptr(), *gid) < 0
                        || libc::setgid(*gid) < 0
                        || libc::setuid(*uid) < 0)
                {
                    let msg = format!("{errmsg}setuid: {}\n", strerror(last_errno()));
                    libc::write(2, msg.as_ptr() as *const libc::c_void, msg.len());
                    libc::_exit(1);
                }
                if gate[0] >= 0 {
                    // -D: wait until the tracer has seized us (it closes its end).
                    let mut b = 0u8;
                    while libc::read(gate[0], &mut b as *mut u8 as *mut libc::c_void, 1) < 0
                        && last_errno() == libc::EINTR
                    {}
                } else {
                    libc::kill(libc::getpid(), libc::SIGSTOP);
                }
                if !filter.is_empty() && !seccomp::install(&filter) {
                    let msg = format!("{errmsg}seccomp filter: {}\n", strerror(last_errno()));
                    libc::write(2, msg.as_ptr() as *const libc::c_void, msg.len());
                    libc::_exit(1);
                }
                libc::execve(cpath.as_ptr(), argv.as_ptr(), envp.as_ptr());
                let e = last_errno();
                let text = strerror(e);
                let msg = format!("{errmsg}{text}\n");
                libc::write(2, msg.as_ptr() as *const libc::c_void, msg.len());
                libc::_exit(1);
            }
        }
        // Wait for the child's self-stop, then seize it.
        let mut status = 0;
        loop {
            // SAFETY: plain waitpid on our own child.
            let r = unsafe { libc::waitpid(pid, &mut status, libc::WSTOPPED) };
            if r == pid || (r < 0 && last_errno() != libc::EINTR) {
                break;
            }
        }
        if !libc::WIFSTOPPED(status) {
            return Err("child did not stop".into());
        }
        ptrace::seize(
            pid,
            // With -I1 strace lets the command outlive a killed tracer (unless
            // --kill-on-exit); otherwise the command dies with rstrace.
            ptrace_options(
                self.opts.interruptible != Some(1) || self.opts.kill_on_exit,
                self.opts.follow > 0,
                self.seccomp,
            ),
        )
        .map_err(|e| format!("PTRACE_SEIZE: {}", strerror(e)))?;
        // End the job-control stop the child put itself in: resuming it by ptrace alone leaves
        // the group stop pending, and threads it starts later (untraced without -f) would stop.
        // SAFETY: signalling our own child.
        unsafe { libc::kill(pid, libc::SIGCONT) };
        let mut t = Tracee::new();
        t.hidden = true;
        t.before_first_exec = true;
        self.tracees.insert(pid, t);
        self.launched = Some(pid);
        Ok(())
    }

    /// -D: the tracer grandchild seizes the original process, which waits on `gate`.
    fn seize_daemonized(&mut self, pid: i32, gate: i32) -> Result<(), String> {
        let r = ptrace::seize(
            pid,
            ptrace_options(false, self.opts.follow > 0, self.seccomp),
        )
        .and_then(|_| ptrace::interrupt(pid));
        // SAFETY: closing our end of the gate releases the command either way.
        unsafe { libc::close(gate) };
        r.map_err(|e| format!("PTRACE_SEIZE: {}", strerror(e)))?;
        let mut t = Tracee::new();
        t.hidden = true;
        t.before_first_exec = true;
        self.tracees.insert(pid, t);
        Ok(())
    }

    /// Attach to `-p` processes (and with -f all their threads).
    fn attach(&mut self, pid: i32) -> Result<(), String> {
        let mut tids = vec![pid];
        if self.opts.follow > 0
            && let Ok(rd) = std::fs::read_dir(format!("/proc/{pid}/task"))
        {
            for e in rd.flatten() {
                if let Some(t) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok())
                    && t != pid
                {
                    tids.push(t);
                }
            }
        }
        for tid in tids {
            if self.tracees.contains_key(&tid) {
                continue;
            }
            let opts = ptrace_options(self.opts.kill_on_exit, self.opts.follow > 0, false);
            if let Err(e) = ptrace::seize(tid, opts) {
                let mut msg = format!("attach: ptrace(PTRACE_SEIZE, {tid}): {}", strerror(e));
                if e == libc::EPERM {
                    msg.push('\n');
                    msg.push_str(&format!("{}: {}", crate::progname(), eperm_reason(tid)));
                }
                return Err(msg);
            }
            let _ = ptrace::interrupt(tid);
            let mut t = Tracee::new();
            t.attached = true;
            t.ours = false;
            self.tracees.insert(tid, t);
            if self.opts.quiet & quiet::ATTACH == 0 {
                crate::info_msg(&format!("Process {tid} attached"));
                if self.opts.json {
                    let ev = output::json::attach_event(json_origin(tid, None));
                    self.printer.json_event(tid, &ev);
                }
            }
        }
        Ok(())
    }

    /// Run until every tracee is gone; returns rstrace's exit code (or re-raises a signal).
    /// Decide on the seccomp-bpf fast path. strace makes it opt-in; rstrace uses it whenever
    /// the output cannot differ: a launched command followed with -f (children inherit the
    /// filter, so every process must stay traced), a trace set that leaves syscalls out, and no
    /// option that detaches from tracees midway (-b execve, --syscall-limit).
    fn choose_seccomp(&mut self) {
        let explicit = self.opts.seccomp;
        if explicit == Some(false) {
            return;
        }
        if explicit == Some(true) {
            if !self.opts.pids.is_empty() {
                crate::error_msg("--seccomp-bpf is not enabled for processes attached with -p");
            }
            if self.opts.follow == 0 {
                crate::error_msg(
                    "--seccomp-bpf cannot be used without -f/--follow-forks, disabling",
                );
                return;
            }
        }
        if self.opts.command.is_empty() || self.opts.follow == 0 {
            return;
        }
        if explicit.is_none()
            && (self.opts.trace == crate::filter::SyscallSet::all()
                || self.opts.detach_on_execve
                || self.opts.syscall_limit.is_some())
        {
            return;
        }
        self.seccomp = seccomp::available();
        self.debug(&format!(
            "seccomp-bpf {}",
            if self.seccomp {
                "enabled"
            } else {
                "unavailable"
            }
        ));
    }

    /// `-d`: a line of internal state on stderr.
    fn debug(&self, msg: &str) {
        if self.opts.debug {
            crate::info_msg(&format!("[debug] {msg}"));
        }
    }

    /// Resume a tracee: to its next syscall stop, or, on the seccomp path and outside a
    /// syscall, to the next traced syscall (PTRACE_CONT).
    fn resume(&self, pid: i32, sig: i32) {
        let in_syscall = self.tracees.get(&pid).is_some_and(|t| t.in_syscall);
        let _ = if self.seccomp && !in_syscall {
            ptrace::cont(pid, sig)
        } else {
            ptrace::syscall(pid, sig)
        };
    }

    pub fn run(mut self) -> i32 {
        self.setup_signals();
        if self
            .opts
            .inject
            .iter()
            .any(|r| r.delay_enter_ns.is_some() || r.delay_exit_ns.is_some())
        {
            // SIGCHLD through a signalfd: delays wait on it together with their deadline.
            // SAFETY: blocking a signal and creating a signalfd for it.
            unsafe {
                let mut set: libc::sigset_t = std::mem::zeroed();
                libc::sigemptyset(&mut set);
                libc::sigaddset(&mut set, libc::SIGCHLD);
                libc::sigprocmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
                self.sigchld_fd = libc::signalfd(-1, &set, libc::SFD_CLOEXEC | libc::SFD_NONBLOCK);
            }
        }
        if self.opts.summary > 0 {
            let percentiles = self.opts.summary_percentiles
                || self.opts.summary_columns.as_ref().is_some_and(|c| {
                    c.iter().any(|c| {
                        matches!(
                            c,
                            crate::stats::Col::P50
                                | crate::stats::Col::P90
                                | crate::stats::Col::P99
                        )
                    })
                });
            let overhead = self.opts.summary_overhead_ns;
            self.stats = Some(crate::stats::Stats::new(overhead, percentiles));
            self.stats32 = Some(crate::stats::Stats::new_i386(overhead, percentiles));
            self.printer.suppressed = self.opts.summary == 1;
            self.count_only =
                self.opts.summary == 1 && self.opts.paths.is_empty() && self.opts.inject.is_empty();
        }
        if !self.opts.paths.is_empty() {
            let quiet = self.opts.quiet & quiet::PATH_RESOLUTION != 0;
            self.paths = Some(pathtrace::PathSet::new(&self.opts.paths, quiet));
        }
        self.choose_seccomp();
        fdinfo::set_caching(!self.seccomp);
        if !self.opts.command.is_empty()
            && let Err(e) = self.launch()
        {
            crate::error_msg(&e);
            return 1;
        }
        let pids = self.opts.pids.clone();
        let mut attach_failed = false;
        for pid in pids {
            if pid == std::process::id() as i32 {
                crate::error_msg("I'm sorry, I can't let you do that, Dave.");
                attach_failed = true;
                continue;
            }
            if let Err(e) = self.attach(pid) {
                crate::error_msg(&e);
                attach_failed = true;
            }
        }
        if self.tracees.is_empty() {
            return if attach_failed { 1 } else { 0 };
        }
        self.printer.nprocs = self.tracees.len();
        self.event_loop();
        if let Some(stats) = &self.stats {
            let mut cols = self
                .opts
                .summary_columns
                .clone()
                .unwrap_or_else(|| crate::stats::DEFAULT_COLUMNS.to_vec());
            if self.opts.summary_percentiles && self.opts.summary_columns.is_none() {
                use crate::stats::Col;
                cols.splice(3..3, [Col::P50, Col::P90, Col::P99]);
            }
            if self.opts.json {
                let ev = stats.to_json(self.opts.summary_sort, self.opts.summary_wall);
                let line = output::json::to_line(&ev);
                self.printer.write_raw(&line);
            } else {
                let mut table = String::new();
                stats.render(&mut table, &cols, self.opts.summary_sort);
                // 32-bit calls get a table of their own, as in strace.
                if let Some(s32) = self.stats32.as_ref().filter(|s| !s.is_empty()) {
                    table.push_str("System call usage summary for 32 bit mode:\n");
                    s32.render(&mut table, &cols, self.opts.summary_sort);
                }
                self.printer.write_raw(&table);
            }
        }
        self.printer.finish();
        let sig = INTERRUPTED.load(Ordering::SeqCst);
        if sig != 0 && (!self.opts.pids.is_empty() || self.launched_status.is_none()) {
            reraise(sig);
        }
        match self.launched_status {
            Some(st) if libc::WIFSIGNALED(st) => {
                reraise(libc::WTERMSIG(st));
                128 + libc::WTERMSIG(st)
            }
            Some(st) if libc::WIFEXITED(st) => libc::WEXITSTATUS(st),
            _ => 0,
        }
    }

    fn event_loop(&mut self) {
        let mut info = SyscallInfo::default();
        while !self.tracees.is_empty() {
            let sig = INTERRUPTED.load(Ordering::SeqCst);
            if sig != 0 {
                self.cleanup(sig);
                return;
            }
            if !self.delays.is_empty() && !self.wait_with_delays() {
                continue;
            }
            let mut status = 0;
            // -c without -w measures system CPU time, which wait4 reports with each stop.
            let want_rusage = self.stats.is_some() && !self.opts.summary_wall;
            // SAFETY: an all-zero rusage is valid plain data.
            let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
            let ru_ptr = if want_rusage {
                &mut ru as *mut libc::rusage
            } else {
                std::ptr::null_mut()
            };
            // SAFETY: wait4 with valid status and (optional) rusage pointers.
            let pid = unsafe { libc::wait4(-1, &mut status, libc::__WALL, ru_ptr) };
            if want_rusage {
                self.stop_stime_ns =
                    ru.ru_stime.tv_sec as u64 * 1_000_000_000 + ru.ru_stime.tv_usec as u64 * 1000;
            }
            if pid < 0 {
                match last_errno() {
                    libc::EINTR => continue,
                    _ => break, // ECHILD: nothing left to wait for
                }
            }
            self.handle(pid, status, &mut info);
        }
    }

    /// With tracees held by injected delays: resume those whose time has come, then wait for
    /// either a tracee event (SIGCHLD on the signalfd) or the next deadline, so one delayed
    /// tracee never holds up the others. Returns true when a tracee event is ready for wait4.
    fn wait_with_delays(&mut self) -> bool {
        loop {
            let now = monotonic_ns();
            while let Some(std::cmp::Reverse((deadline, pid))) = self.delays.peek().copied() {
                if deadline > now {
                    break;
                }
                self.delays.pop();
                if let Some(t) = self.tracees.get_mut(&pid) {
                    t.held = false;
                    let sig = std::mem::take(&mut t.pending_sig);
                    // A held tracee is at a syscall stop: the exit (or the next entry) follows.
                    let _ = if self.seccomp && !t.in_syscall {
                        ptrace::cont(pid, sig)
                    } else {
                        ptrace::syscall(pid, sig)
                    };
                }
            }
            let Some(std::cmp::Reverse((deadline, _))) = self.delays.peek().copied() else {
                return true;
            };
            // Anything waiting? A non-blocking probe with WNOWAIT leaves it for wait4.
            // SAFETY: siginfo_t is plain data; waitid fills it.
            let mut si: libc::siginfo_t = unsafe { std::mem::zeroed() };
            let r = unsafe {
                libc::waitid(
                    libc::P_ALL,
                    0,
                    &mut si,
                    libc::WEXITED | libc::WSTOPPED | libc::WNOHANG | libc::WNOWAIT | libc::__WALL,
                )
            };
            // SAFETY: si_pid is valid after a successful waitid.
            if r == 0 && unsafe { si.si_pid() } != 0 {
                return true;
            }
            if r < 0 && last_errno() == libc::ECHILD {
                return true;
            }
            // Sleep until a SIGCHLD or the next deadline. A SIGCHLD may be stale (its event
            // already reaped), so the probe above runs again either way.
            let wait = deadline.saturating_sub(monotonic_ns());
            let ts = libc::timespec {
                tv_sec: (wait / 1_000_000_000) as libc::time_t,
                tv_nsec: (wait % 1_000_000_000) as libc::c_long,
            };
            let mut pfd = libc::pollfd {
                fd: self.sigchld_fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: ppoll on one valid descriptor with a timeout.
            let n = unsafe { libc::ppoll(&mut pfd, 1, &ts, std::ptr::null()) };
            if n > 0 {
                let mut buf = [0u8; 128 * 8];
                // SAFETY: reading into a local buffer (non-blocking descriptor).
                while unsafe {
                    libc::read(
                        self.sigchld_fd,
                        buf.as_mut_ptr() as *mut libc::c_void,
                        buf.len(),
                    )
                } > 0
                {}
            }
            if INTERRUPTED.load(Ordering::SeqCst) != 0 {
                return false;
            }
        }
    }

    fn handle(&mut self, pid: i32, status: i32, info: &mut SyscallInfo) {
        if libc::WIFEXITED(status) || libc::WIFSIGNALED(status) {
            self.on_exit(pid, status);
            return;
        }
        if !libc::WIFSTOPPED(status) {
            return;
        }
        if let std::collections::hash_map::Entry::Vacant(e) = self.tracees.entry(pid) {
            // A new child reported before its parent's fork event.
            e.insert(Tracee::new());
            self.new_child(pid);
        }
        let sig = libc::WSTOPSIG(status);
        let event = (status >> 16) & 0xff;
        if sig == libc::SIGTRAP | 0x80 {
            if self.count_only {
                self.count_stop(pid, info);
            } else {
                self.on_syscall_stop(pid, info);
            }
            if self.limit_reached {
                self.detach_all();
                return;
            }
            if self.tracees.get(&pid).is_some_and(|t| t.held) {
                return; // the delay's timer resumes it
            }
            let sig = self
                .tracees
                .get_mut(&pid)
                .map_or(0, |t| std::mem::take(&mut t.pending_sig));
            self.resume(pid, sig);
            return;
        }
        if event == libc::PTRACE_EVENT_SECCOMP {
            // A traced syscall's entry on the seccomp path: the exit comes by PTRACE_SYSCALL.
            if self.count_only {
                self.count_stop(pid, info);
            } else {
                self.on_syscall_stop(pid, info);
            }
            if self.tracees.get(&pid).is_some_and(|t| t.held) {
                return;
            }
            let sig = self
                .tracees
                .get_mut(&pid)
                .map_or(0, |t| std::mem::take(&mut t.pending_sig));
            let _ = ptrace::syscall(pid, sig);
            return;
        }
        if event != 0 {
            self.on_event(pid, sig, event);
            return;
        }
        // Signal-delivery-stop: show it and re-inject the signal (any number, RT included).
        let Some(t) = self.tracees.get_mut(&pid) else {
            return;
        };
        t.startup = false;
        let shown =
            !t.hidden && (1..=64).contains(&sig) && self.opts.signals & (1u64 << (sig - 1)) != 0;
        let nr = t.last_nr;
        if shown && let Ok(si) = ptrace::getsiginfo(pid) {
            let mut line = String::with_capacity(128);
            line.push_str("--- ");
            crate::xlat::signals::write_signal_name(&mut line, sig as u32);
            line.push(' ');
            let mut v = decode::signal::siginfo(&si);
            if self.opts.decode_pids {
                annotate(pid, std::slice::from_mut(&mut v), 0, true, &self.printer);
            }
            output::text::render(&mut line, &v, self.printer.text);
            line.push_str(" ---");
            let ip = if self.opts.iptr {
                ptrace::getregs(pid).ok().map(|r| r.rip)
            } else {
                None
            };
            let ip32 = self.tracees.get(&pid).is_some_and(|t| t.pers32);
            self.printer.event_line(pid, &line, Lead { nr, ip, ip32 });
            if self.opts.json {
                let ev = output::json::signal_event(json_origin(pid, ip), sig as u32, Some(&v));
                self.printer.json_event(pid, &ev);
            }
        }
        self.resume(pid, sig);
    }

    /// The leader for lines that are not syscalls: the last syscall number, no address.
    fn event_lead(&self, pid: i32) -> Lead {
        Lead {
            nr: self.tracees.get(&pid).and_then(|t| t.last_nr),
            ip: None,
            ip32: false,
        }
    }

    fn on_event(&mut self, pid: i32, sig: i32, event: i32) {
        match event {
            libc::PTRACE_EVENT_STOP => {
                let lead = self.event_lead(pid);
                let t = self.tracees.get_mut(&pid).expect("known tracee");
                if t.startup {
                    t.startup = false;
                    if t.attached {
                        // The syscall the process was blocked in, for restart_syscall's line.
                        if let Ok(regs) = ptrace::getregs(pid)
                            && (regs.orig_rax as i64) >= 0
                        {
                            t.interrupted_nr = Some(regs.orig_rax);
                        }
                    }
                    self.resume(pid, 0);
                    return;
                }
                let group_stop = matches!(
                    sig,
                    libc::SIGSTOP | libc::SIGTSTP | libc::SIGTTIN | libc::SIGTTOU
                );
                if group_stop {
                    let shown = !t.hidden && self.opts.signals & (1u64 << (sig - 1)) != 0;
                    if shown {
                        let mut line = String::from("--- stopped by ");
                        crate::xlat::signals::write_signal_name(&mut line, sig as u32);
                        line.push_str(" ---");
                        self.printer.event_line(pid, &line, lead);
                        if self.opts.json {
                            let ev = output::json::stop_event(json_origin(pid, None), sig as u32);
                            self.printer.json_event(pid, &ev);
                        }
                    }
                    let _ = ptrace::listen(pid);
                } else {
                    self.resume(pid, 0);
                }
            }
            libc::PTRACE_EVENT_FORK | libc::PTRACE_EVENT_VFORK | libc::PTRACE_EVENT_CLONE => {
                if let Ok(child) = ptrace::geteventmsg(pid) {
                    let child = child as i32;
                    let ours = self.tracees.get(&pid).is_some_and(|t| t.ours);
                    let known = self.tracees.contains_key(&child);
                    let t = self.tracees.entry(child).or_insert_with(Tracee::new);
                    t.ours = ours;
                    if !known {
                        self.new_child(child);
                    }
                }
                self.resume(pid, 0);
            }
            libc::PTRACE_EVENT_EXEC => {
                // A non-leader thread that execs takes over the leader's pid.
                if let Ok(old) = ptrace::geteventmsg(pid) {
                    let old = old as i32;
                    if old != pid {
                        // The leader's own pending call ends here, as strace shows it.
                        let leader = self.tracees.remove(&pid).filter(|l| !l.hidden);
                        if let Some(l) = &leader {
                            self.finish_pending(pid, l);
                            // The other threads are gone: the superseded line already counts
                            // as a single process (no `[pid N]` prefix on stderr).
                            self.printer.nprocs = self.tracees.len().max(1);
                        }
                        // The exec'ing thread's execve line, if still open, ends as strace
                        // ends it.
                        if self.printer.is_open(old) {
                            self.printer
                                .close_line(old, &format!(" <pid changed to {pid} ...>"));
                        }
                        if let Some(l) = &leader
                            && self.opts.quiet & quiet::THREAD_EXECVE == 0
                        {
                            let msg = format!("+++ superseded by execve in pid {old} +++");
                            let lead = Lead {
                                nr: l.last_nr,
                                ip: None,
                                ip32: false,
                            };
                            self.printer.event_line(pid, &msg, lead);
                        }
                        if let Some(t) = self.tracees.remove(&old) {
                            self.tracees.insert(pid, t);
                        }
                        self.printer.forget(old);
                        self.printer.nprocs = self.tracees.len();
                    }
                    let hidden = self
                        .tracees
                        .get(&pid)
                        .is_none_or(|t| t.hidden && t.before_first_exec);
                    if self.opts.json && !hidden {
                        let program = std::fs::read_link(format!("/proc/{pid}/exe"))
                            .map(|p| p.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        let argv: Vec<String> = std::fs::read(format!("/proc/{pid}/cmdline"))
                            .unwrap_or_default()
                            .split(|&b| b == 0)
                            .filter(|a| !a.is_empty())
                            .map(|a| String::from_utf8_lossy(a).into_owned())
                            .collect();
                        let ev = output::json::exec_event_with_program(
                            json_origin(pid, None),
                            old,
                            &program,
                            &argv,
                        );
                        self.printer.json_event(pid, &ev);
                    }
                }
                self.resume(pid, 0);
            }
            _ => {
                self.resume(pid, 0);
            }
        }
    }

    fn on_exit(&mut self, pid: i32, status: i32) {
        // Its pid may come back as another process: no -y answers survive it.
        fdinfo::invalidate();
        self.debug(&format!("tracee {pid} ended, wait status {status:#x}"));
        let Some(t) = self.tracees.remove(&pid) else {
            return;
        };
        let lead = Lead {
            nr: t.last_nr,
            ip: None,
            ip32: false,
        };
        if !t.hidden {
            if t.nr == NR_EXIT_GROUP || t.nr == NR_EXIT || self.printer.is_open(pid) {
                self.finish_pending(pid, &t);
            }
            let msg = if libc::WIFEXITED(status) {
                format!("+++ exited with {} +++", libc::WEXITSTATUS(status))
            } else {
                let mut m = String::from("+++ killed by ");
                crate::xlat::signals::write_signal_name(&mut m, libc::WTERMSIG(status) as u32);
                if libc::WCOREDUMP(status) {
                    m.push_str(" (core dumped)");
                }
                m.push_str(" +++");
                m
            };
            // strace shows a death by signal only for signals in -e signal=.
            let shown = if libc::WIFSIGNALED(status) {
                let sig = libc::WTERMSIG(status);
                (1..=64).contains(&sig) && self.opts.signals & (1u64 << (sig - 1)) != 0
            } else {
                self.opts.quiet & quiet::EXIT == 0
            };
            if shown {
                self.printer.event_line(pid, &msg, lead);
            }
            if shown
                && self.opts.json
                && let Some(how) = output::json::ExitHow::from_wait_status(status)
            {
                let ev = output::json::exit_event(json_origin(pid, None), how);
                self.printer.json_event(pid, &ev);
            }
        } else if t.before_first_exec && Some(pid) == self.launched {
            // The exec failed: strace still reports how its child ended.
            let msg = format!("+++ exited with {} +++", libc::WEXITSTATUS(status));
            self.printer.event_line(pid, &msg, lead);
            if self.opts.json
                && let Some(how) = output::json::ExitHow::from_wait_status(status)
            {
                let ev = output::json::exit_event(json_origin(pid, None), how);
                self.printer.json_event(pid, &ev);
            }
        }
        self.printer.forget(pid);
        if Some(pid) == self.launched {
            self.launched_status = Some(status);
        }
        self.printer.nprocs = self.tracees.len().max(1);
    }

    /// A child was auto-attached (-f): strace announces it on stderr unless `-q` or `-o`.
    fn new_child(&mut self, pid: i32) {
        if self.opts.json
            && let Some(t) = self.tracees.get_mut(&pid)
        {
            t.tgid = read_tgid(pid);
        }
        self.debug(&format!("new tracee {pid}"));
        self.printer.nprocs = self.tracees.len();
        if self.opts.quiet & quiet::ATTACH == 0 && self.printer.to_stderr() {
            self.printer.flush();
            crate::info_msg(&format!("Process {pid} attached"));
        }
        if self.opts.json && self.opts.quiet & quiet::ATTACH == 0 {
            let ev = output::json::attach_event(json_origin(pid, None));
            self.printer.json_event(pid, &ev);
        }
    }

    /// A tracee's syscall will never return (it exited, or another thread's execve replaced it):
    /// close its line with `= ?`.
    fn finish_pending(&mut self, pid: i32, t: &Tracee) {
        if !t.in_syscall || !t.traced {
            return;
        }
        if self.opts.json {
            let name = t.syscall_name();
            let ev = output::json::syscall_event(
                output::json::Origin {
                    pid: if t.tgid > 0 { t.tgid } else { pid },
                    tid: (t.tgid > 0 && t.tgid != pid).then_some(pid),
                    time_ns: Some(t.entry_wall_ns),
                    ip: None,
                },
                &output::json::SyscallRecord {
                    name: &name,
                    nr: t.nr,
                    args: &t.vals[..t.entry_len],
                    unfinished: true,
                    ..Default::default()
                },
            );
            self.printer.json_event(pid, &ev);
            return;
        }
        if self.opts.status != status::ALL {
            // Deferred by -e status=: print it whole if unfinished calls are wanted.
            if self.opts.status & status::UNFINISHED != 0 {
                let name = t.syscall_name();
                self.printer.syscall_entry(
                    pid,
                    &name,
                    &t.vals[..t.entry_len],
                    t.entry_more,
                    t.lead,
                );
                self.printer.syscall_vanished(pid);
            }
            return;
        }
        if self.printer.is_open(pid) {
            self.printer.syscall_vanished(pid);
        } else {
            let name = t.syscall_name();
            self.printer
                .syscall_exit(pid, &name, &[], false, "?", self.event_lead(pid));
        }
    }

    /// strace's message when a tracee switches between 64-bit and 32-bit calls: at the
    /// entry of the call, before any filtering; quiet with -q, and with -o when the command
    /// was launched (as attach messages).
    fn note_personality(&mut self, pid: i32, arch32: bool, lead: Lead) {
        if self.opts.quiet & quiet::PERSONALITY != 0
            || !(self.printer.to_stderr() || self.opts.command.is_empty())
        {
            return;
        }
        let msg = format!(
            "[ Process PID={pid} runs in {} bit mode. ]",
            if arch32 { 32 } else { 64 }
        );
        if self.printer.suppressed {
            // -c prints no trace lines, but these still.
            self.printer.write_raw(&format!("{msg}\n"));
        } else {
            self.printer.event_line(pid, &msg, lead);
        }
    }

    /// `-c` alone: the cheapest stop handling. The entry stop costs one
    /// PTRACE_GET_SYSCALL_INFO (the number and whether it is a 32-bit call), the exit stop
    /// one PTRACE_PEEKUSER of rax (the result): together no dearer than one GETREGSET.
    /// Without PTRACE_GET_SYSCALL_INFO the exit's GETREGSET gives number and result.
    fn count_stop(&mut self, pid: i32, info: &mut SyscallInfo) {
        let now = if self.opts.summary_wall {
            let (s, n) = output::monotonic();
            s as u64 * 1_000_000_000 + n as u64
        } else {
            self.stop_stime_ns
        };
        let have_info = self.have_info;
        let Some(t) = self.tracees.get_mut(&pid) else {
            return;
        };
        t.startup = false;
        if !t.in_syscall {
            if have_info {
                match ptrace::get_syscall_info(pid, info) {
                    Ok(_) if matches!(info.op, ptrace::OP_ENTRY | ptrace::OP_SECCOMP) => {}
                    // Out of step (an exit first after attaching): wait for the next entry.
                    Ok(_) => return,
                    Err(libc::EIO) | Err(libc::EINVAL) => self.have_info = false,
                    Err(_) => return,
                }
            }
            t.in_syscall = true;
            t.count_start = now;
            if self.have_info {
                let arch32 = info.arch == AUDIT_ARCH_I386;
                t.nr = info.data[0];
                t.nr32 = arch32.then_some(t.nr);
                if arch32 && t.nr == syscalls::i386::NR_SOCKETCALL {
                    let args = [info.data[1], info.data[2], 0, 0, 0, 0];
                    if let Some((call, ..)) = socketcall_subcall(pid, &args) {
                        t.nr32 = Some(syscalls::i386::SUBCALL_BASE + call);
                    }
                }
                if arch32 != t.pers32 {
                    t.pers32 = arch32;
                    self.note_personality(pid, arch32, Lead::default());
                }
            }
            return;
        }
        t.in_syscall = false;
        let (nr, rval) = if self.have_info {
            let Ok(rax) = ptrace::peekuser(pid, ptrace::RAX_OFFSET) else {
                return;
            };
            (t.nr, rax as i64)
        } else {
            let Ok(regs) = ptrace::getregs(pid) else {
                return;
            };
            // rt_sigreturn restores the registers of the interrupted code, where orig_rax
            // is -1.
            let nr = if regs.orig_rax == u64::MAX {
                NR_RT_SIGRETURN
            } else {
                regs.orig_rax
            };
            (nr, regs.rax as i64)
        };
        let dur = now.saturating_sub(t.count_start);
        if let Some(nr32) = t.nr32 {
            let failed = (-4095..0).contains(&rval);
            if self.opts.trace.contains32(nr32)
                && let Some(stats) = self.stats32.as_mut()
            {
                stats.record(nr32, failed, dur);
            }
            return;
        }
        let is_exec = nr == NR_EXECVE || nr == NR_EXECVEAT;
        if t.hidden {
            // rstrace's own setup before the command's execve is not counted.
            if !(is_exec && rval == 0) {
                return;
            }
            t.hidden = false;
        }
        if is_exec && rval == 0 {
            t.before_first_exec = false;
        }
        if !self.opts.trace.contains(nr) {
            return;
        }
        let nf = syscalls::lookup(nr).is_some_and(|e| e.class & syscalls::class::NEVER_FAILS != 0);
        if let Some(stats) = self.stats.as_mut() {
            stats.record(nr, !nf && (-4095..0).contains(&rval), dur);
        }
    }

    fn on_syscall_stop(&mut self, pid: i32, info: &mut SyscallInfo) {
        let Some(mut stop) = self.fetch(pid, info) else {
            return;
        };
        let t = self.tracees.get_mut(&pid).expect("known tracee");
        t.startup = false;
        if stop.op == ptrace::OP_ENTRY {
            if stop.arch32 != t.pers32 {
                t.pers32 = stop.arch32;
                // -n shows the previous call's number here, as strace's leader does.
                let lead = Lead {
                    nr: t.last_nr,
                    ip: Some(stop.ip),
                    ip32: stop.arch32,
                };
                self.note_personality(pid, stop.arch32, lead);
            }
            let t = self.tracees.get_mut(&pid).expect("known tracee");
            // A 32-bit call is decoded as its x86_64 namesake where the ABIs agree.
            (t.nr32, t.raw32) = (stop.arch32.then_some(stop.nr), false);
            // socketcall is shown as the call it stands for, with its argument words, when
            // they can be read (strace's subcall decoding).
            let sub = (stop.arch32 && stop.nr == syscalls::i386::NR_SOCKETCALL)
                .then(|| socketcall_subcall(pid, &stop.args))
                .flatten();
            let mut filter_nr32 = stop.nr;
            if let Some((call, direct32, _, args)) = sub {
                t.nr32 = Some(syscalls::i386::SUBCALL_BASE + call);
                filter_nr32 = direct32;
                stop.args = args;
            }
            let nr = if let Some((_, _, nr64, _)) = sub {
                nr64
            } else if stop.arch32 {
                match syscalls::i386::native(stop.nr) {
                    syscalls::i386::Native::Same(n) => n,
                    syscalls::i386::Native::Raw(n) | syscalls::i386::Native::Foreign(n) => {
                        t.raw32 = true;
                        n
                    }
                }
            } else {
                stop.nr
            };
            let in_trace = if stop.arch32 {
                self.opts.trace.contains32(filter_nr32)
            } else {
                self.opts.trace.contains(nr)
            };
            if t.hidden && (nr == NR_EXECVE || nr == NR_EXECVEAT) {
                t.hidden = false;
            }
            t.in_syscall = true;
            t.nr = nr;
            t.args = stop.args;
            // -n on signal and exit lines shows the last syscall made, traced or not.
            t.last_nr = Some(stop.nr);
            t.vals.clear();
            t.inject = None;
            // -T counts from here, so a delay_enter injection shows in the duration.
            if self.opts.syscall_times.is_some() {
                t.entry_time = output::monotonic();
            }
            // As in strace 6.1, only syscalls in the trace set are tampered with (they may still
            // go unprinted: -e status=, -z/-Z, -P).
            if !self.opts.inject.is_empty()
                && !t.hidden
                && in_trace
                && let Some(rule) = self.opts.inject.iter().rev().find(|r| r.set.contains(nr))
            {
                let n = t.inject_counts.entry(nr).or_insert(0);
                *n = n.saturating_add(1);
                if rule.fires(*n) {
                    t.inject = Some(inject_entry(pid, rule, &stop.args));
                    if let Some(ns) = rule.delay_enter_ns {
                        t.held = true;
                        self.delays
                            .push(std::cmp::Reverse((monotonic_ns() + ns, pid)));
                    }
                    if let Some(sig) = rule.signal {
                        t.pending_sig = sig as i32;
                    }
                }
            }
            t.traced = !t.hidden && in_trace;
            if t.traced
                && let Some(paths) = &self.paths
            {
                let mem = memory::ProcMem::new(pid);
                t.traced = paths.matches(pid, syscalls::lookup(nr), &stop.args, &mem);
            }
            if !t.traced {
                return;
            }
            if self.stats.is_some() {
                t.count_start = if self.opts.summary_wall {
                    let (s, n) = output::monotonic();
                    s as u64 * 1_000_000_000 + n as u64
                } else {
                    self.stop_stime_ns
                };
                if self.opts.summary == 1 {
                    // -c: nothing is decoded or printed, only counted.
                    return;
                }
            }
            t.lead = Lead {
                nr: Some(stop.nr),
                ip: Some(stop.ip),
                ip32: stop.arch32,
            };
            if self.opts.json {
                t.entry_wall_ns = wall_ns();
            }
            let raw32 = t.raw32;
            self.dopts.verbose = self.opts.verbose_for(nr);
            let mut c = Ctx {
                mem: &memory::ProcMem::with_structs(pid, self.opts.deref.contains(nr)),
                opts: &self.dopts,
                args: stop.args,
                sp: stop.sp,
                exiting: false,
                rval: 0,
                out: &mut t.vals,
                more: false,
                ret: Ret::Dec,
            };
            let ent = syscalls::lookup(nr);
            if raw32 && nr == syscalls::i386::COMPAT_BASE + syscalls::i386::NR_SOCKETCALL {
                // A socketcall whose arguments could not be read: the call and the address.
                let call = stop.args[0] as u32 as u64;
                let name = (call as usize)
                    .checked_sub(1)
                    .and_then(|i| syscalls::i386::SOCKETCALL.get(i));
                c.out.push(match name {
                    Some(&(n, _, _)) => Value::Sym(n, call),
                    None => Value::Uint(call),
                });
                c.out.push(Value::Ptr(stop.args[1] & 0xffff_ffff));
            } else if raw32 || self.opts.raw.contains(nr) {
                // -e raw=: every argument in hex, nothing decoded.
                let n = ent.map_or(6, |e| e.nargs as usize);
                for i in 0..n {
                    c.out.push(Value::Hex(stop.args[i]));
                }
            } else if nr == NR_RESTART_SYSCALL {
                if let Some(prev) = t.interrupted_nr.take() {
                    c.out.push(Value::Expr(format!(
                        "<... resuming interrupted {} ...>",
                        syscall_name(prev)
                    )));
                }
            } else {
                self.decoders.decode(nr, ent, &mut c);
            }
            let more = c.more;
            if self.opts.decode_fds != 0 || self.opts.decode_pids {
                annotate(
                    pid,
                    &mut t.vals,
                    self.opts.decode_fds,
                    self.opts.decode_pids,
                    &self.printer,
                );
            }
            t.entry_len = t.vals.len();
            t.entry_more = more;
            if self.opts.status == status::ALL {
                let name = t.syscall_name();
                self.printer
                    .syscall_entry(pid, &name, &t.vals, more, t.lead);
            }
        } else if stop.op == ptrace::OP_EXIT {
            if !t.in_syscall {
                return;
            }
            t.in_syscall = false;
            let mut rval = stop.rval;
            let mut tamper_note = "";
            if let Some(active) = t.inject.take() {
                if let Some(fake) = active.fake
                    && let Ok(mut regs) = ptrace::getregs(pid)
                {
                    regs.rax = fake as u64;
                    if ptrace::setregs(pid, &regs).is_ok() {
                        rval = fake;
                    }
                }
                for (i, data) in &active.poke_exit {
                    memory::write(pid, t.args[*i], data);
                }
                if let Some(ns) = active.delay_exit_ns {
                    t.held = true;
                    self.delays
                        .push(std::cmp::Reverse((monotonic_ns() + ns, pid)));
                }
                tamper_note = match (active.fake.is_some(), active.poked, active.delayed) {
                    (true, _, true) => " (INJECTED) (DELAYED)",
                    (true, _, false) => " (INJECTED)",
                    (false, true, true) => " (INJECTED: args) (DELAYED)",
                    (false, true, false) => " (INJECTED: args)",
                    (false, false, true) => " (DELAYED)",
                    (false, false, false) => "",
                };
            }
            let nr = t.nr;
            // What descriptors refer to may have changed: the descriptor caches start afresh.
            // This runs for every syscall, traced or not; under seccomp-bpf untraced calls
            // make no stop, so the caches are off there (see fdinfo::set_caching).
            if matches!(
                nr,
                NR_CLOSE | NR_DUP2 | NR_DUP3 | NR_CLOSE_RANGE | NR_EXECVE | NR_EXECVEAT
            ) || self.fd_returning.get(nr as usize).copied().unwrap_or(false)
                || matches!(nr, NR_FCNTL | NR_RENAME | NR_RENAMEAT | NR_RENAMEAT2)
            {
                fdinfo::invalidate();
            }
            if !t.traced {
                return;
            }
            if let Some(stats) = self.stats.as_mut() {
                let now = if self.opts.summary_wall {
                    let (s, n) = output::monotonic();
                    s as u64 * 1_000_000_000 + n as u64
                } else {
                    self.stop_stime_ns
                };
                let dur = now.saturating_sub(t.count_start);
                let nf = syscalls::lookup(nr)
                    .is_some_and(|e| e.class & syscalls::class::NEVER_FAILS != 0);
                let failed = !nf && (-4095..0).contains(&rval);
                match (t.nr32, self.stats32.as_mut()) {
                    (Some(nr32), Some(s32)) => s32.record(nr32, failed, dur),
                    _ => stats.record(nr, failed, dur),
                }
                if self.opts.summary == 1 {
                    if (nr == NR_EXECVE || nr == NR_EXECVEAT) && rval == 0 {
                        t.before_first_exec = false;
                    } else if (nr == NR_EXECVE || nr == NR_EXECVEAT) && t.before_first_exec {
                        t.hidden = true;
                    }
                    return;
                }
            }
            let raw = self.opts.raw.contains(nr);
            let t_raw32 = t.raw32;
            self.dopts.verbose = self.opts.verbose_for(nr);
            let mut c = Ctx {
                mem: &memory::ProcMem::with_structs(pid, self.opts.deref.contains(nr)),
                opts: &self.dopts,
                args: t.args,
                sp: stop.sp,
                exiting: true,
                rval,
                out: &mut t.vals,
                more: false,
                ret: if raw { Ret::Hex } else { Ret::Dec },
            };
            let ent = syscalls::lookup(nr);
            if nr != NR_RESTART_SYSCALL && !raw && !t_raw32 {
                self.decoders.decode(nr, ent, &mut c);
            }
            let ret = c.ret.clone();
            let never_fails = ent.is_some_and(|e| e.class & syscalls::class::NEVER_FAILS != 0);
            self.result.clear();
            output::format_result(&mut self.result, rval, &ret, never_fails, self.printer.text);
            self.result.push_str(tamper_note);
            if self.opts.decode_pids
                && !raw
                && rval > 0
                && self
                    .pid_returning
                    .get(nr as usize)
                    .copied()
                    .unwrap_or(false)
                && let Some(comm) = self.printer.comm(rval as i32)
            {
                self.result.push('<');
                self.result.push_str(&comm);
                self.result.push('>');
            }
            if (self.opts.decode_fds != 0 || self.opts.decode_pids) && !raw {
                let entry_len = t.entry_len;
                annotate(
                    pid,
                    &mut t.vals[entry_len..],
                    self.opts.decode_fds,
                    self.opts.decode_pids,
                    &self.printer,
                );
            }
            if self.opts.decode_fds != 0 && !raw {
                let returns_fd = self.fd_returning.get(nr as usize).copied().unwrap_or(false)
                    || (nr == NR_FCNTL
                        && matches!(t.args[1] as i32, libc::F_DUPFD | libc::F_DUPFD_CLOEXEC));
                if returns_fd
                    && rval >= 0
                    && let Some(info) = fdinfo::describe(pid, rval as i32, self.opts.decode_fds)
                {
                    self.result.push('<');
                    self.result.push_str(&info);
                    self.result.push('>');
                }
            }
            if let Some(digits) = self.opts.syscall_times {
                let (s0, n0) = t.entry_time;
                let (s1, n1) = output::monotonic();
                let mut ds = s1 - s0;
                let mut dn = n1 - n0;
                if dn < 0 {
                    ds -= 1;
                    dn += 1_000_000_000;
                }
                use std::fmt::Write as _;
                let _ = write!(self.result, " <{ds}");
                output::write_fraction(&mut self.result, dn, digits);
                self.result.push('>');
            }
            let name = t.syscall_name();
            let failed = !never_fails && (-4095..0).contains(&rval);
            let failed_exec = (nr == NR_EXECVE || nr == NR_EXECVEAT) && rval < 0;
            let entry_len = t.entry_len;
            if failed_exec && t.before_first_exec {
                t.hidden = true; // what follows is rstrace's own error path
            }
            let mut detach_now = false;
            if (nr == NR_EXECVE || nr == NR_EXECVEAT) && rval == 0 {
                // -b execve: leave a process that execs, except the command's own first exec.
                detach_now = self.opts.detach_on_execve && !t.before_first_exec;
                t.before_first_exec = false;
            }
            let lead_sep = entry_len > 0 && !t.entry_more;
            if self.opts.status != status::ALL {
                let want = if failed {
                    status::FAILED
                } else {
                    status::SUCCESSFUL
                };
                if self.opts.status & want == 0 {
                    return;
                }
                self.printer
                    .syscall_entry(pid, &name, &t.vals[..entry_len], t.entry_more, t.lead);
            }
            let rest = &t.vals[entry_len..];
            self.printer
                .syscall_exit(pid, &name, rest, lead_sep, &self.result, t.lead);
            if self.opts.json {
                use output::json;
                let (retval, errno) = json::split_result(rval, never_fails);
                let errno = errno.map(|e| json::Errno {
                    num: e,
                    name: crate::xlat::errno::errno_name(e),
                    text: crate::xlat::errno::errno_text(e),
                });
                let fd_info = (self.opts.decode_fds != 0
                    && rval >= 0
                    && self.fd_returning.get(nr as usize).copied().unwrap_or(false))
                .then(|| fdinfo::describe(pid, rval as i32, self.opts.decode_fds))
                .flatten();
                let ret_value = match (&ret, fd_info) {
                    _ if errno.is_some() => None,
                    (_, Some(info)) => Some(Value::FdInfo(rval as i32, info)),
                    (Ret::Hex, _) => Some(Value::Hex(rval as u64)),
                    (Ret::Oct, _) => Some(Value::Oct(rval as u64)),
                    (Ret::HexWith(s), _) => Some(Value::Alt(
                        Box::new(Value::Hex(rval as u64)),
                        Box::new(s.clone()),
                    )),
                    (Ret::DecWith(s), _) => {
                        Some(Value::Alt(Box::new(Value::Int(rval)), Box::new(s.clone())))
                    }
                    (Ret::Dec, _) => None,
                };
                let dur = self.opts.syscall_times.map(|_| {
                    let (s0, n0) = t.entry_time;
                    let (s1, n1) = output::monotonic();
                    ((s1 - s0) * 1_000_000_000 + (n1 - n0)).max(0) as u64
                });
                let ev = json::syscall_event(
                    json::Origin {
                        pid: if t.tgid > 0 { t.tgid } else { pid },
                        tid: (t.tgid > 0 && t.tgid != pid).then_some(pid),
                        time_ns: Some(t.entry_wall_ns),
                        ip: self.opts.iptr.then_some(t.lead.ip).flatten(),
                    },
                    &json::SyscallRecord {
                        name: &name,
                        nr,
                        args: &t.vals,
                        retval,
                        errno,
                        ret: ret_value.as_ref(),
                        exit_time_ns: Some(wall_ns()),
                        duration_ns: dur,
                        unfinished: false,
                        injected: tamper_note.contains("INJECTED"),
                        data: None,
                    },
                );
                self.printer.json_event(pid, &ev);
            }
            self.dump_io(pid, nr, rval);
            self.printed += 1;
            if self.opts.syscall_limit.is_some_and(|n| self.printed >= n) {
                self.limit_reached = true;
            }
            if detach_now {
                self.tracees.remove(&pid);
                let _ = ptrace::detach(pid, 0);
                self.printer.forget(pid);
                self.printer.nprocs = self.tracees.len().max(1);
            }
        }
    }

    /// `-e read=`/`-e write=`: hex-dump the data a read or write moved on a chosen descriptor.
    fn dump_io(&mut self, pid: i32, nr: u64, rval: i64) {
        if rval <= 0 || (self.opts.read_fds.is_empty() && self.opts.write_fds.is_empty()) {
            return;
        }
        let Some(t) = self.tracees.get(&pid) else {
            return;
        };
        let fd = t.args[0] as i32 as i64;
        let name = syscall_name(nr);
        // (descriptor set, where the iovecs are: None for a plain buffer at args[1]).
        let (set, vectored) = match name.as_ref() {
            "read" | "pread64" | "recvfrom" => (&self.opts.read_fds, None),
            "write" | "pwrite64" | "sendto" => (&self.opts.write_fds, None),
            "readv" | "preadv" | "preadv2" => (&self.opts.read_fds, Some((t.args[1], t.args[2]))),
            "writev" | "pwritev" | "pwritev2" => {
                (&self.opts.write_fds, Some((t.args[1], t.args[2])))
            }
            "recvmsg" | "sendmsg" => {
                let set = if name == "recvmsg" {
                    &self.opts.read_fds
                } else {
                    &self.opts.write_fds
                };
                // struct msghdr: msg_iov at 16, msg_iovlen at 24.
                let mem = memory::ProcMem::new(pid);
                let Some(h) = decode::read_array::<32>(&mem, t.args[1]) else {
                    return;
                };
                (set, Some((decode::u64_at(&h, 16), decode::u64_at(&h, 24))))
            }
            _ => return,
        };
        if !set.contains(fd) {
            return;
        }
        let mem = memory::ProcMem::new(pid);
        // Bounded: a dump never holds more than 16 MiB of one call's data.
        let mut left = (rval as usize).min(16 << 20);
        match vectored {
            None => {
                let mut buf = vec![0u8; left];
                let got = decode::Mem::read_some(&mem, t.args[1], &mut buf);
                self.printer.hexdump(pid, &buf[..got]);
            }
            Some((iov, count)) => {
                // strace's form: ` * N bytes in buffer I` before each buffer's dump.
                for i in 0..count.min(1024) {
                    if left == 0 {
                        break;
                    }
                    let Some(v) = decode::read_array::<16>(&mem, iov + 16 * i) else {
                        break;
                    };
                    let (base, len) = (decode::u64_at(&v, 0), decode::u64_at(&v, 8) as usize);
                    let n = len.min(left);
                    let mut buf = vec![0u8; n];
                    let got = decode::Mem::read_some(&mem, base, &mut buf);
                    self.printer
                        .raw_line(pid, &format!(" * {got} bytes in buffer {i}\n"));
                    self.printer.hexdump(pid, &buf[..got]);
                    left -= n;
                }
            }
        }
    }

    /// `--syscall-limit` reached: let every tracee go on untraced.
    fn detach_all(&mut self) {
        let pids: Vec<i32> = self.tracees.keys().copied().collect();
        for pid in pids {
            self.detach(pid);
        }
        self.tracees.clear();
    }

    /// One syscall stop's facts, via PTRACE_GET_SYSCALL_INFO or, on kernels without it, the
    /// registers and our own entry/exit toggle.
    fn fetch(&mut self, pid: i32, info: &mut SyscallInfo) -> Option<Stop> {
        if self.have_info {
            match ptrace::get_syscall_info(pid, info) {
                Ok(_) => {
                    let d = info.data;
                    let (sp, ip) = (info.stack_pointer, info.instruction_pointer);
                    return match info.op {
                        ptrace::OP_ENTRY | ptrace::OP_SECCOMP => Some(Stop {
                            op: ptrace::OP_ENTRY,
                            arch32: info.arch == AUDIT_ARCH_I386,
                            nr: d[0],
                            args: [d[1], d[2], d[3], d[4], d[5], d[6]],
                            rval: 0,
                            sp,
                            ip,
                        }),
                        ptrace::OP_EXIT => Some(Stop {
                            op: ptrace::OP_EXIT,
                            arch32: false,
                            nr: 0,
                            args: [0; 6],
                            rval: d[0] as i64,
                            sp,
                            ip,
                        }),
                        _ => None,
                    };
                }
                Err(libc::EIO) | Err(libc::EINVAL) => self.have_info = false,
                Err(_) => return None,
            }
        }
        let regs = ptrace::getregs(pid).ok()?;
        let t = self.tracees.get(&pid)?;
        // The syscall instruction is 2 bytes before the saved instruction pointer.
        let ip = regs.rip.wrapping_sub(2);
        if t.in_syscall {
            Some(Stop {
                op: ptrace::OP_EXIT,
                arch32: false,
                nr: 0,
                args: [0; 6],
                rval: regs.rax as i64,
                sp: regs.rsp,
                ip,
            })
        } else {
            Some(Stop {
                op: ptrace::OP_ENTRY,
                arch32: false,
                nr: regs.orig_rax,
                args: [regs.rdi, regs.rsi, regs.rdx, regs.r10, regs.r8, regs.r9],
                rval: 0,
                sp: regs.rsp,
                ip,
            })
        }
    }

    /// rstrace was told to stop: launched processes get the signal, everything is detached.
    fn cleanup(&mut self, sig: i32) {
        let pids: Vec<i32> = self.tracees.keys().copied().collect();
        for pid in pids {
            let t = &self.tracees[&pid];
            if Some(pid) == self.launched {
                // SAFETY: signalling our own child.
                unsafe {
                    libc::kill(pid, libc::SIGCONT);
                    libc::kill(pid, sig);
                }
            }
            let attached = t.attached;
            // -e status=detached: a call cut short by the detach, held back until now.
            let deferred = (self.opts.status != status::ALL
                && self.opts.status & status::DETACHED != 0
                && t.in_syscall
                && t.traced)
                .then(|| {
                    (
                        t.syscall_name(),
                        t.vals[..t.entry_len].to_vec(),
                        t.entry_more,
                        t.lead,
                    )
                });
            let open = self.printer.is_open(pid);
            self.detach(pid);
            self.printer.flush();
            if attached && self.opts.quiet & quiet::ATTACH == 0 {
                crate::info_msg(&format!("Process {pid} detached"));
                if self.opts.json {
                    let ev =
                        output::json::detach_event(json_origin(pid, None), Some("interrupted"));
                    self.printer.json_event(pid, &ev);
                }
            }
            if let Some((name, vals, more, lead)) = deferred {
                self.printer.syscall_entry(pid, &name, &vals, more, lead);
                self.printer.close_line(pid, " <detached ...>");
            } else if open {
                self.printer.close_line(pid, " <detached ...>");
            }
        }
        self.tracees.clear();
    }

    /// Detach from a tracee that may be running: stop it first if PTRACE_DETACH needs that.
    fn detach(&mut self, pid: i32) {
        self.debug(&format!("detaching {pid}"));
        if ptrace::detach(pid, 0).is_ok() {
            return;
        }
        if ptrace::interrupt(pid).is_err() {
            return;
        }
        loop {
            let mut status = 0;
            // SAFETY: waiting for one specific tracee.
            let r = unsafe { libc::waitpid(pid, &mut status, libc::__WALL) };
            if r < 0 {
                if last_errno() == libc::EINTR {
                    continue;
                }
                return;
            }
            if !libc::WIFSTOPPED(status) {
                return;
            }
            let sig = libc::WSTOPSIG(status);
            let event = (status >> 16) & 0xff;
            // A pending signal caught on the way out is handed back to the process.
            let deliver = if event == 0 && sig != (libc::SIGTRAP | 0x80) {
                sig
            } else {
                0
            };
            if ptrace::detach(pid, deliver).is_ok() || last_errno() == libc::ESRCH {
                return;
            }
        }
    }
}

/// The call a 32-bit socketcall stands for, when its argument words can be read: the call
/// number, the direct i386 syscall's number, the x86_64 one, and the arguments.
fn socketcall_subcall(pid: i32, args: &[u64; 6]) -> Option<(u64, u64, u64, [u64; 6])> {
    let call = args[0] as u32 as u64;
    let (direct32, nr64, words) = syscalls::i386::socketcall_target(call)?;
    let mut b = [0u8; 24];
    let mem = memory::ProcMem::new(pid);
    let addr = args[1] & 0xffff_ffff;
    if addr == 0 || !crate::decode::Mem::read_exact(&mem, addr, &mut b[..words * 4]) {
        return None;
    }
    let mut out = [0u64; 6];
    for (i, a) in out.iter_mut().enumerate().take(words) {
        *a = u32::from_le_bytes([b[i * 4], b[i * 4 + 1], b[i * 4 + 2], b[i * 4 + 3]]) as u64;
    }
    Some((call, direct32, nr64, out))
}

fn syscall_name(nr: u64) -> std::borrow::Cow<'static, str> {
    match syscalls::lookup(nr) {
        Some(e) => std::borrow::Cow::Borrowed(e.name),
        // An i386 number without a name (see syscalls::i386::COMPAT_BASE).
        None if nr >= syscalls::i386::COMPAT_BASE => {
            std::borrow::Cow::Owned(format!("syscall_{:#x}", nr - syscalls::i386::COMPAT_BASE))
        }
        None => std::borrow::Cow::Owned(format!("syscall_{nr:#x}")),
    }
}

/// Who and when, for a JSON event other than a syscall.
fn json_origin(pid: i32, ip: Option<u64>) -> output::json::Origin {
    let tgid = read_tgid(pid);
    output::json::Origin {
        pid: if tgid > 0 { tgid } else { pid },
        tid: (tgid > 0 && tgid != pid).then_some(pid),
        time_ns: Some(wall_ns()),
        ip,
    }
}

/// A thread's thread-group id (`Tgid:` in /proc/TID/status), or 0 when it is gone.
fn read_tgid(tid: i32) -> i32 {
    std::fs::read_to_string(format!("/proc/{tid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Tgid:"))
                .and_then(|v| v.trim().parse().ok())
        })
        .unwrap_or(0)
}

/// CLOCK_MONOTONIC in nanoseconds.
fn monotonic_ns() -> u64 {
    let (s, n) = output::monotonic();
    s as u64 * 1_000_000_000 + n as u64
}

/// CLOCK_REALTIME in nanoseconds since the epoch (JSON timestamps).
fn wall_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime into a local.
    unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// Tamper with a syscall at its entry: poke memory, replace the syscall number when the
/// result is faked, and hold the tracee for `delay_enter`.
fn inject_entry(
    pid: i32,
    rule: &crate::filter::inject::InjectRule,
    args: &[u64; 6],
) -> ActiveInject {
    for (i, data) in &rule.poke_enter {
        memory::write(pid, args[*i], data);
    }
    let fake = match (rule.error, rule.retval) {
        (Some(e), _) => Some(-(e as i64)),
        (None, Some(v)) => Some(v),
        _ => None,
    };
    if fake.is_some()
        && let Ok(mut regs) = ptrace::getregs(pid)
    {
        // -1 is no syscall at all; `:syscall=` names a harmless one to run instead.
        regs.orig_rax = rule.syscall.unwrap_or(u64::MAX);
        let _ = ptrace::setregs(pid, &regs);
    }
    ActiveInject {
        fake,
        delay_exit_ns: rule.delay_exit_ns,
        poke_exit: rule.poke_exit.clone(),
        delayed: rule.delay_enter_ns.is_some() || rule.delay_exit_ns.is_some(),
        poked: !rule.poke_enter.is_empty() || !rule.poke_exit.is_empty(),
    }
}

/// `-u USER` or `-u UID:GID`: (uid, gid, name for initgroups).
fn lookup_user(spec: &str) -> Result<(libc::uid_t, libc::gid_t, CString), String> {
    if let Some((u, g)) = spec.split_once(':')
        && let (Ok(u), Ok(g)) = (u.parse(), g.parse())
    {
        return Ok((u, g, CString::new(spec).unwrap_or_default()));
    }
    let name = CString::new(spec).map_err(|e| e.to_string())?;
    // SAFETY: getpwnam returns a pointer to static storage or NULL; read immediately.
    let pw = unsafe { libc::getpwnam(name.as_ptr()) };
    if pw.is_null() {
        return Err(format!("Cannot find user '{spec}'"));
    }
    // SAFETY: non-null passwd entry.
    let (uid, gid) = unsafe { ((*pw).pw_uid, (*pw).pw_gid) };
    Ok((uid, gid, name))
}

fn eperm_reason(pid: i32) -> String {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let tracer = status
        .lines()
        .find_map(|l| l.strip_prefix("TracerPid:"))
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    if !tracer.is_empty() && tracer != "0" {
        return format!("process {pid} is already traced by process {tracer}");
    }
    if let Ok(scope) = std::fs::read_to_string("/proc/sys/kernel/yama/ptrace_scope")
        && scope.trim() != "0"
    {
        return format!(
            "Yama ptrace_scope is {} (see /proc/sys/kernel/yama/ptrace_scope), which restricts attaching",
            scope.trim()
        );
    }
    format!(
        "process {pid} may be non-dumpable, owned by another user, or protected by a security module or container"
    )
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// Die by `sig` as the traced command did (core dumps off, so rstrace leaves none of its own).
fn reraise(sig: i32) {
    // SAFETY: resetting a disposition and signalling ourselves.
    unsafe {
        let lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::setrlimit(libc::RLIMIT_CORE, &lim);
        libc::signal(sig, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, sig);
        libc::sigprocmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(sig);
    }
}
