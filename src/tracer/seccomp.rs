//! The seccomp-bpf fast path: a filter installed in the launched command makes the kernel stop
//! the tracee only for the syscalls the trace set selects (SECCOMP_RET_TRACE); everything else
//! runs without a single ptrace stop.

use crate::filter::SyscallSet;

const AUDIT_ARCH_X86_64: u32 = 0xc000_003e;
const SECCOMP_RET_ALLOW: u32 = 0x7fff_0000;
const SECCOMP_RET_TRACE: u32 = 0x7ff0_0000;
const X32_SYSCALL_BIT: u32 = 0x4000_0000;

// Classic BPF opcodes (<linux/bpf_common.h>).
/// BPF_LD | BPF_W | BPF_ABS.
const BPF_LD_W_ABS: u16 = 0x20;
const BPF_JMP_JEQ_K: u16 = 0x15;
const BPF_JMP_JGE_K: u16 = 0x35;
const BPF_RET_K: u16 = 0x06;

/// Offsets in `struct seccomp_data`.
const OFF_NR: u32 = 0;
const OFF_ARCH: u32 = 4;

fn stmt(code: u16, k: u32) -> libc::sock_filter {
    libc::sock_filter {
        code,
        jt: 0,
        jf: 0,
        k,
    }
}

fn jump(code: u16, k: u32, jt: u8, jf: u8) -> libc::sock_filter {
    libc::sock_filter { code, jt, jf, k }
}

/// Build the filter: foreign architectures, x32 and numbers past the table follow the safe
/// path (trace); each listed number returns its own verdict; the rest gets the default.
/// Whichever of traced/untraced is the shorter list is the one spelled out.
pub fn build_filter(set: &SyscallSet, table_len: usize, always: &[u64]) -> Vec<libc::sock_filter> {
    let traced = |nr: usize| set.contains(nr as u64) || always.contains(&(nr as u64));
    let n_traced = (0..table_len).filter(|&nr| traced(nr)).count();
    let list_traced = n_traced <= table_len - n_traced;
    let (listed_ret, default_ret) = if list_traced {
        (SECCOMP_RET_TRACE, SECCOMP_RET_ALLOW)
    } else {
        (SECCOMP_RET_ALLOW, SECCOMP_RET_TRACE)
    };
    let beyond = if set.contains(table_len as u64 + 1000) {
        SECCOMP_RET_TRACE
    } else {
        SECCOMP_RET_ALLOW
    };
    let mut p = vec![
        stmt(BPF_LD_W_ABS, OFF_ARCH),
        jump(BPF_JMP_JEQ_K, AUDIT_ARCH_X86_64, 1, 0),
        stmt(BPF_RET_K, SECCOMP_RET_TRACE),
        stmt(BPF_LD_W_ABS, OFF_NR),
        jump(BPF_JMP_JGE_K, X32_SYSCALL_BIT, 0, 1),
        stmt(BPF_RET_K, SECCOMP_RET_TRACE),
        jump(BPF_JMP_JGE_K, table_len as u32, 0, 1),
        stmt(BPF_RET_K, beyond),
    ];
    for nr in (0..table_len).filter(|&nr| traced(nr) == list_traced) {
        p.push(jump(BPF_JMP_JEQ_K, nr as u32, 0, 1));
        p.push(stmt(BPF_RET_K, listed_ret));
    }
    p.push(stmt(BPF_RET_K, default_ret));
    p
}

/// Install `prog` in the calling process. Called in the forked child before exec; uses only
/// async-signal-safe calls.
///
/// # Safety
/// `prog` must be a valid filter; the caller must be the single thread of a fresh child.
pub unsafe fn install(prog: &[libc::sock_filter]) -> bool {
    let fprog = libc::sock_fprog {
        len: prog.len() as u16,
        filter: prog.as_ptr() as *mut libc::sock_filter,
    };
    unsafe {
        // Without CAP_SYS_ADMIN the kernel insists on no_new_privs.
        if libc::geteuid() != 0 {
            libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        }
        libc::prctl(
            libc::PR_SET_SECCOMP,
            libc::SECCOMP_MODE_FILTER,
            &fprog as *const libc::sock_fprog,
        ) == 0
    }
}

/// Whether this kernel lets us install a filter at all: tried once in a throwaway child.
pub fn available() -> bool {
    let prog = [stmt(BPF_RET_K, SECCOMP_RET_ALLOW)];
    // SAFETY: the child only installs a filter and exits.
    unsafe {
        let pid = libc::fork();
        if pid < 0 {
            return false;
        }
        if pid == 0 {
            let ok = install(&prog);
            libc::_exit(if ok { 0 } else { 1 });
        }
        let mut st = 0;
        while libc::waitpid(pid, &mut st, 0) < 0 {
            if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                return false;
            }
        }
        libc::WIFEXITED(st) && libc::WEXITSTATUS(st) == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Run the filter over one syscall number, as the kernel would.
    fn verdict(p: &[libc::sock_filter], arch: u32, nr: u32) -> u32 {
        let mut pc = 0usize;
        let mut acc = 0u32;
        loop {
            let i = p[pc];
            match i.code {
                BPF_LD_W_ABS => acc = if i.k == OFF_ARCH { arch } else { nr },
                BPF_JMP_JEQ_K => {
                    pc += if acc == i.k { i.jt } else { i.jf } as usize;
                }
                BPF_JMP_JGE_K => {
                    pc += if acc >= i.k { i.jt } else { i.jf } as usize;
                }
                BPF_RET_K => return i.k,
                _ => panic!("unexpected opcode"),
            }
            pc += 1;
        }
    }

    #[test]
    fn filter_traces_exactly_the_set() {
        let len = crate::syscalls::x86_64::SYSCALLS.len();
        for spec in ["write,close", "!write", "%file"] {
            let set = crate::filter::parse_syscall_set(spec).unwrap();
            let p = build_filter(&set, len, &[59]);
            assert!(p.len() < 4096);
            for nr in 0..len as u32 {
                let want = set.contains(nr as u64) || nr == 59;
                let got = verdict(&p, AUDIT_ARCH_X86_64, nr) == SECCOMP_RET_TRACE;
                assert_eq!(got, want, "{spec}: syscall {nr}");
            }
            // Other architectures and x32 always stop, so nothing escapes the tracer.
            assert_eq!(verdict(&p, 0x4000_0003, 1), SECCOMP_RET_TRACE);
            assert_eq!(
                verdict(&p, AUDIT_ARCH_X86_64, X32_SYSCALL_BIT | 1),
                SECCOMP_RET_TRACE
            );
        }
    }
}
