//! The conformance workloads, shared by the conformance suite and the JSON schema check.

/// Per-workload normalisations beyond the common ones.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mask {
    /// The program writes something run-dependent to stdout (e.g. `date`):
    /// replace the buffer of `write(1, ...)`.
    StdoutWrites,
}

/// One workload: tracer options (besides `-o`), the command (an argv whose
/// first element `@NAME` means the fixture `tests/fixtures/NAME.c`), and
/// extra masks.
pub struct Workload {
    pub name: &'static str,
    pub opts: &'static [&'static str],
    pub cmd: &'static [&'static str],
    pub masks: &'static [Mask],
}

pub const fn wl(
    name: &'static str,
    opts: &'static [&'static str],
    cmd: &'static [&'static str],
) -> Workload {
    Workload {
        name,
        opts,
        cmd,
        masks: &[],
    }
}

pub const fn wlm(
    name: &'static str,
    opts: &'static [&'static str],
    cmd: &'static [&'static str],
    masks: &'static [Mask],
) -> Workload {
    Workload {
        name,
        opts,
        cmd,
        masks,
    }
}

pub const LS_DIR: &str = "/usr/share/common-licenses";
pub const PY: &str = "/usr/bin/python3";
/// Netlink messages of every protocol with names in rstrace, sent where the kernel refuses them.
/// A loopback HTTP request answered by python's http.server, in one thread.
pub const HTTP_PAIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/http_pair.py");
pub const NETLINK_FAMILIES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/netlink_families.py"
);
pub const STDOUT: &[Mask] = &[Mask::StdoutWrites];

/// The workloads.  `-o FILE` is always added (for `-ff`: `-ff -o PREFIX`).
#[rustfmt::skip]
pub const WORKLOADS: &[Workload] = &[
    wl("true",                  &[],              &["true"]),
    wl("echo hi",               &[],              &["echo", "hi"]),
    wl("echo hi -v",            &["-v"],          &["echo", "hi"]),
    wl("cat hostname",          &[],              &["cat", "/etc/hostname"]),
    wl("cat os-release -s 8",   &["-s", "8"],     &["cat", "/etc/os-release"]),
    wl("cat os-release -s 100", &["-s", "100"],   &["cat", "/etc/os-release"]),
    wl("ls -l",                 &[],              &["ls", "-l", LS_DIR]),
    wl("ls -l -v",              &["-v"],          &["ls", "-l", LS_DIR]),
    wl("ls -l -s 100",          &["-s", "100"],   &["ls", "-l", LS_DIR]),
    wl("sh pipe -f",            &["-f"],          &["sh", "-c", "echo a | cat"]),
    wl("sh pipe -ff",           &["-ff"],         &["sh", "-c", "echo a | cat"]),
    wlm("date",                 &[],              &["date"], STDOUT),
    wlm("date -v",              &["-v"],          &["date"], STDOUT),
    wl("id",                    &[],              &["id"]),
    wl("id -v",                 &["-v"],          &["id"]),
    wl("python3",               &[],              &[PY, "-c", "pass"]),
    wl("python3 -f",            &["-f"],          &[PY, "-c", "pass"]),
    wl("python3 -s 100",        &["-s", "100"],   &[PY, "-c", "pass"]),
    // Netlink: rtnetlink dumps (links, addresses, routes) and sock_diag requests whose
    // filters match no socket, so both runs see the same replies.
    wl("ip addr",               &[],              &["ip", "addr"]),
    wl("ip -d link -v",         &["-v"],          &["ip", "-d", "link"]),
    wl("ip route -s 8",         &["-s", "8"],     &["ip", "route"]),
    wl("ip -6 route",           &[],              &["ip", "-6", "route"]),
    wl("getent ahosts localhost", &[],            &["getent", "ahosts", "localhost"]),
    wl("getent hosts localhost", &["-f"],         &["getent", "hosts", "localhost"]),
    wl("http.server and client", &["-e", "trace=%network,poll,read,write"], &[PY, HTTP_PAIR]),
    wl("http.server -yy",       &["-yy", "-e", "trace=%network"], &[PY, HTTP_PAIR]),
    wl("ss -tln sport :1",      &["-v"],          &["ss", "-tln", "sport", "=", ":1"]),
    wl("ss -xl nonexistent",    &[],              &["ss", "-xl", "src", "/nonexistent/rstrace"]),
    wl("netlink families",      &["-e", "trace=sendto"], &[PY, NETLINK_FAMILIES]),
    wl("netlink families -X raw", &["-X", "raw", "-e", "trace=sendto"], &[PY, NETLINK_FAMILIES]),
    wl("netlink families -X verbose", &["-X", "verbose", "-e", "trace=sendto"], &[PY, NETLINK_FAMILIES]),
    wl("ip addr -X verbose",    &["-X", "verbose"], &["ip", "addr"]),
    wl("ip addr -X raw -xx",    &["-X", "raw", "-xx"], &["ip", "addr"]),
    wl("ip link -x",            &["-x"],          &["ip", "link"]),
    wl("ss -tln -X verbose",    &["-X", "verbose"], &["ss", "-tln", "sport", "=", ":1"]),
    wl("connect -X raw",        &["-X", "raw", "-e", "trace=connect"], &[PY, "-c", "import socket\nfor f, a in ((socket.AF_INET, ('127.0.0.1', 1)), (socket.AF_INET6, ('::1', 1))): socket.socket(f).connect_ex(a)"]),
    wl("connect -X verbose -xx", &["-X", "verbose", "-xx", "-e", "trace=connect"], &[PY, "-c", "import socket\nfor f, a in ((socket.AF_INET, ('127.0.0.1', 1)), (socket.AF_INET6, ('::1', 1))): socket.socket(f).connect_ex(a)"]),
    // 32-bit calls in a 64-bit process: personality messages, i386 names, i386 filters.
    wl("int80",                 &[],              &["@int80"]),
    wl("int80 trace=getpid,write", &["-e", "trace=getpid,write,socketcall"], &["@int80"]),
    wl("int80 trace=@32",       &["-e", "trace=getpid@32,setuid32,/^open"], &["@int80"]),
    wl("int80 %creds -n",       &["-n", "-e", "trace=%creds"], &["@int80"]),
    wl("unknown nr trace=none", &["-e", "trace=none"], &["@unknown_nr"]),
    // The decoder issues' syscalls no other fixture calls: success, failure, bad pointers.
    wl("misc_calls",            &[],              &["@misc_calls"]),
    wl("misc_calls -v -s 4",    &["-v", "-s", "4"], &["@misc_calls"]),
    wl("misc_calls -X verbose", &["-X", "verbose"], &["@misc_calls"]),
    wl("misc_calls -X raw",     &["-X", "raw"],   &["@misc_calls"]),
    wl("misc_bpf",              &["-e", "trace=bpf,perf_event_open"], &["@misc_bpf"]),
    // (No -v: it shows bytes past the attr that hold a stack address, which differs by run.)
    wl("misc_bpf -X raw",       &["-X", "raw", "-e", "trace=bpf,perf_event_open"], &["@misc_bpf"]),
    wl("misc_bpf -s 8 -X verbose", &["-s", "8", "-X", "verbose", "-e", "trace=bpf,perf_event_open"], &["@misc_bpf"]),
    wl("misc_bpf -s 1 -x",      &["-s", "1", "-x", "-e", "trace=bpf,perf_event_open"], &["@misc_bpf"]),
    wl("ptrace_event -X raw",   &["-X", "raw", "-e", "trace=wait4,ptrace"], &["@ptrace_event"]),
    wl("ptrace_event -X verbose", &["-X", "verbose", "-e", "trace=wait4,ptrace"], &["@ptrace_event"]),
    wl("ptrace_event",          &["-e", "trace=wait4,ptrace"], &["@ptrace_event"]),
    wl("clone -X verbose",      &["-X", "verbose", "-e", "trace=clone,wait4"], &["@fork_wait"]),
    wl("misc_kexec",            &["-e", "trace=kexec_load,kexec_file_load"], &["@misc_kexec"]),
    wl("misc_kexec -X raw",     &["-X", "raw", "-e", "trace=kexec_load,kexec_file_load"], &["@misc_kexec"]),
    wl("misc_kexec -X verbose", &["-X", "verbose", "-e", "trace=kexec_load,kexec_file_load"], &["@misc_kexec"]),
    wl("misc_admin",            &[],              &["@misc_admin"]),
    wl("misc_admin -s 8",       &["-s", "8"],     &["@misc_admin"]),
    wl("misc_admin -X raw",     &["-X", "raw"],   &["@misc_admin"]),
    wl("misc_admin -X verbose", &["-X", "verbose"], &["@misc_admin"]),
    wl("fork_wait",             &[],              &["@fork_wait"]),
    wl("fork_wait -f",          &["-f"],          &["@fork_wait"]),
    wl("fork_wait -ff",         &["-ff"],         &["@fork_wait"]),
    wl("fork_exec -f",          &["-f"],          &["@fork_exec"]),
    wl("fork_exec -ff -v",      &["-ff", "-v"],   &["@fork_exec"]),
    wl("signals -f",            &["-f"],          &["@signals"]),
    wl("signals",               &[],              &["@signals"]),
    wl("threads -f",            &["-f"],          &["@threads"]),
    wl("threads -ff",           &["-ff"],         &["@threads"]),
    wl("thread_exec -f",        &["-f"],          &["@thread_exec"]),
    wl("badptr",                &[],              &["@badptr"]),
    wl("badptr -s 8",           &["-s", "8"],     &["@badptr"]),
    wl("badptr -v",             &["-v"],          &["@badptr"]),
    wl("fatal segv",            &[],              &["@fatal", "segv"]),
    wl("fatal abort",           &[],              &["@fatal", "abort"]),
    wl("fatal abort -f",        &["-f"],          &["@fatal", "abort"]),
    // Filtering and output options (-e, -z/-Z, -q, timestamps, -T, -n, -i, raw, hex dumps).
    wl("ls trace=%file",        &["-e", "trace=%file"], &["ls", "-l", LS_DIR]),
    wl("ls trace=!mmap,close",  &["-e", "trace=!mmap,close"], &["ls", "-l", LS_DIR]),
    wl("ls trace=/stat -z",     &["-z", "-e", "trace=/stat"], &["ls", "-l", LS_DIR]),
    wl("ls -Z",                 &["-Z"],          &["ls", "-l", LS_DIR]),
    wl("ls status=failed",      &["-e", "status=failed"], &["ls", "-l", LS_DIR]),
    wl("sh %process -f",        &["-f", "-e", "trace=%process"], &["sh", "-c", "echo a | cat"]),
    wl("signals signal=none",   &["-f", "-e", "signal=none"], &["@signals"]),
    wl("signals -qq",           &["-f", "-qq"],   &["@signals"]),
    wl("python3 %%stat,%desc",  &["-e", "trace=%%stat,%desc"], &[PY, "-c", "pass"]),
    wl("cat raw=all",           &["-e", "raw=all"], &["cat", "/etc/hostname"]),
    wl("cat raw=read",          &["-e", "raw=read,openat"], &["cat", "/etc/hostname"]),
    wl("cat read=3",            &["-e", "read=3", "-e", "trace=read"], &["cat", "/etc/os-release"]),
    wl("echo write=1",          &["-e", "write=1"], &["echo", "hello, world"]),
    wl("cat -n",                &["-n"],          &["cat", "/etc/hostname"]),
    wl("cat -tt -T",            &["-tt", "-T"],   &["cat", "/etc/hostname"]),
    wl("cat -ttt -r",           &["-ttt"],        &["cat", "/etc/hostname"]),
    wl("cat -r",                &["-r"],          &["cat", "/etc/hostname"]),
    wl("cat -i",                &["-i"],          &["cat", "/etc/hostname"]),
    wl("cat -a 20 -x",          &["-a", "20", "-x"], &["cat", "/etc/os-release"]),
    wl("cat -xx",               &["-xx"],         &["cat", "/etc/hostname"]),
    // -y / -yy: descriptors annotated with paths, pipes, sockets and devices.
    // Real workloads of the decoder issues.
    wl("cp -a",                 &["-f"],          &["sh", "-c", "rm -rf /tmp/rstrace-cpa; cp -a /usr/share/common-licenses /tmp/rstrace-cpa; rm -rf /tmp/rstrace-cpa"]),
    wl("tar c",                 &[],              &["tar", "cf", "/tmp/rstrace-tar.tar", "-C", "/usr/share", "common-licenses"]),
    wl("find -name",            &[],              &["find", LS_DIR, "-name", "GPL*", "-type", "f"]),
    wl("git rev-parse",         &["-f"],          &["git", "-C", env!("CARGO_MANIFEST_DIR"), "rev-parse", "--is-inside-work-tree"]),
    wl("find -newer (fstatfs)", &["-e", "trace=fstatfs,statfs"], &["find", LS_DIR, "-maxdepth", "1", "-newer", "/etc/hostname"]),
    wl("df -a",                 &["-e", "trace=statfs"], &["df", "-a"]),
    wl("cat -y",                &["-y"],          &["cat", "/etc/hostname"]),
    wl("ls -yy",                &["-yy"],         &["ls", "-l", LS_DIR]),
    wl("sh pipe -f -yy",        &["-f", "-yy"],   &["sh", "-c", "echo a | cat"]),
    // The -y cache must notice dup2/close it does not print (and, under -f with seccomp-bpf,
    // does not even stop at).
    wl("sh redirects -y write",  &["-y", "-e", "trace=write"], &["sh", "-c", "echo a >/dev/null; echo b >/dev/zero"]),
    wl("sh redirects -f -y write", &["-f", "-y", "-e", "trace=write"], &["sh", "-c", "echo a >/dev/null; echo b >/dev/zero"]),
    wl("python3 --decode-fds=path", &["--decode-fds=path"], &[PY, "-c", "pass"]),
    wl("ls verbose=none",       &["-e", "verbose=none"], &["ls", "-l", LS_DIR]),
    wl("python3 verbose=!stat", &["-e", "verbose=!newfstatat,statx"], &[PY, "-c", "pass"]),
    wl("python3 pidfd -yy",     &["-yy", "-e", "trace=pidfd_open,close"], &[PY, "-c", "import os; fd = os.pidfd_open(os.getpid()); os.close(fd)"]),
    wl("vector_io dumps",       &["-e", "read=3", "-e", "write=1"], &["@vector_io"]),
    wl("ls -X raw",             &["-X", "raw"],   &["ls", "-l", LS_DIR]),
    wl("ls -X verbose",         &["-X", "verbose"], &["ls", "-l", LS_DIR]),
    wl("fork_wait -f -Y",       &["-f", "-Y"],    &["@fork_wait"]),
    wl("signals -f -Y",         &["-f", "-Y"],    &["@signals"]),
    wl("cat -P",                &["-P", "/etc/hostname"], &["cat", "/etc/hostname"]),
    wl("ls -P libc",            &["-P", "/lib/x86_64-linux-gnu/libc.so.6"], &["ls", LS_DIR]),
    // Tampering (-e inject / -e fault).
    wl("ls inject close when=3", &["-e", "inject=close:error=22:when=3"], &["ls", LS_DIR]),
    wl("python3 getpid retval", &["-e", "inject=getpid:retval=42", "-e", "trace=getpid"], &[PY, "-c", "import os; print(os.getpid())"]),
    wl("sh write signal", &["-e", "inject=write:signal=SIGUSR1", "-e", "trace=write"], &["sh", "-c", "trap '' USR1; echo x"]),
    wl("sleep delay_enter -T", &["-T", "-e", "inject=clock_nanosleep:delay_enter=20ms", "-e", "trace=clock_nanosleep"], &["sleep", "0.01"]),
    wl("cat poke_enter",        &["-e", "inject=openat:poke_enter=@arg2=2f6574632f686f7374732f00:when=3"], &["cat", "/etc/hostname"]),
    wl("python3 fault openat",  &["-e", "fault=openat:error=ENOENT:when=4+2", "-e", "trace=openat"], &[PY, "-B", "-c", "import json"]),
    wl("sh -f inject seccomp",  &["-f", "-e", "trace=write,close", "-e", "inject=close:error=EBADF:when=2"], &["sh", "-c", "echo a | cat"]),
    wl("sh -f inject untraced", &["-f", "-e", "trace=write", "-e", "inject=close:error=EBADF:when=2"], &["sh", "-c", "echo a | cat"]),
    wl("ls inject -z",          &["-z", "-e", "inject=openat:error=ENOENT:when=3"], &["ls", LS_DIR]),
    wl("true inject syscall=",  &["-e", "inject=getppid:syscall=gettid:retval=7"], &["@fork_wait"]),
    // The seccomp-bpf path (automatic with -f and a partial trace set; strace needs
    // --seccomp-bpf for the same output).
    wl("sh pipe -f trace=write,openat", &["-f", "-e", "trace=write,openat,close"], &["sh", "-c", "echo a | cat"]),
    wl("python3 -f %file",      &["-f", "-e", "trace=%file"], &[PY, "-c", "pass"]),
    wl("threads -f trace=write", &["-f", "-e", "trace=write,exit_group"], &["@threads"]),
    wl("fork_exec -f %process", &["-f", "-e", "trace=%process"], &["@fork_exec"]),
    wl("signals -f trace=kill", &["-f", "-e", "trace=kill,rt_sigreturn"], &["@signals"]),
    wl("ls --seccomp-bpf -f",   &["--seccomp-bpf", "-f", "-e", "trace=close"], &["ls", "-l", LS_DIR]),
];
