//! Thin wrappers over the ptrace requests rstrace uses. Errors are plain errno values: ESRCH
//! from a tracee that vanished between two calls is normal and handled by the caller.

use libc::{c_long, c_void, pid_t};

pub const PTRACE_GET_SYSCALL_INFO: libc::c_uint = 0x420e;
pub const OP_ENTRY: u8 = 1;
pub const OP_EXIT: u8 = 2;
pub const OP_SECCOMP: u8 = 3;

/// `struct ptrace_syscall_info` from <linux/ptrace.h>.
#[repr(C)]
#[derive(Default, Clone, Copy)]
pub struct SyscallInfo {
    pub op: u8,
    pub pad: [u8; 3],
    pub arch: u32,
    pub instruction_pointer: u64,
    pub stack_pointer: u64,
    /// entry: nr, args[6]; exit: rval (i64), is_error (u8); seccomp: nr, args, ret_data.
    pub data: [u64; 8],
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn req(request: libc::c_uint, pid: pid_t, addr: usize, data: usize) -> Result<c_long, i32> {
    // SAFETY: ptrace with integer/pointer arguments; the kernel validates pid and addresses.
    let r = unsafe { libc::ptrace(request, pid, addr as *mut c_void, data as *mut c_void) };
    if r == -1 {
        let e = errno();
        if e != 0 {
            return Err(e);
        }
    }
    Ok(r)
}

pub fn seize(pid: pid_t, options: usize) -> Result<(), i32> {
    req(libc::PTRACE_SEIZE, pid, 0, options).map(drop)
}

pub fn interrupt(pid: pid_t) -> Result<(), i32> {
    req(libc::PTRACE_INTERRUPT, pid, 0, 0).map(drop)
}

/// Resume to the next syscall stop, delivering `sig` (0 for none).
pub fn syscall(pid: pid_t, sig: i32) -> Result<(), i32> {
    req(libc::PTRACE_SYSCALL, pid, 0, sig as usize).map(drop)
}

/// Resume without syscall stops (the seccomp path stops only at traced syscalls).
pub fn cont(pid: pid_t, sig: i32) -> Result<(), i32> {
    req(libc::PTRACE_CONT, pid, 0, sig as usize).map(drop)
}

/// Leave a group-stopped tracee stopped while still reporting events (PTRACE_LISTEN).
pub fn listen(pid: pid_t) -> Result<(), i32> {
    req(libc::PTRACE_LISTEN, pid, 0, 0).map(drop)
}

pub fn detach(pid: pid_t, sig: i32) -> Result<(), i32> {
    req(libc::PTRACE_DETACH, pid, 0, sig as usize).map(drop)
}

pub fn geteventmsg(pid: pid_t) -> Result<u64, i32> {
    let mut msg: libc::c_ulong = 0;
    req(
        libc::PTRACE_GETEVENTMSG,
        pid,
        0,
        &mut msg as *mut libc::c_ulong as usize,
    )?;
    Ok(msg as u64)
}

pub fn getsiginfo(pid: pid_t) -> Result<libc::siginfo_t, i32> {
    // SAFETY: siginfo_t is plain data; zeroed is a valid value.
    let mut si: libc::siginfo_t = unsafe { std::mem::zeroed() };
    req(
        libc::PTRACE_GETSIGINFO,
        pid,
        0,
        &mut si as *mut libc::siginfo_t as usize,
    )?;
    Ok(si)
}

pub fn get_syscall_info(pid: pid_t, info: &mut SyscallInfo) -> Result<usize, i32> {
    let r = req(
        PTRACE_GET_SYSCALL_INFO,
        pid,
        std::mem::size_of::<SyscallInfo>(),
        info as *mut SyscallInfo as usize,
    )?;
    Ok(r as usize)
}

/// The general registers, for kernels without PTRACE_GET_SYSCALL_INFO.
pub fn getregs(pid: pid_t) -> Result<libc::user_regs_struct, i32> {
    // SAFETY: user_regs_struct is plain data.
    let mut regs: libc::user_regs_struct = unsafe { std::mem::zeroed() };
    let mut iov = libc::iovec {
        iov_base: &mut regs as *mut _ as *mut c_void,
        iov_len: std::mem::size_of::<libc::user_regs_struct>(),
    };
    const NT_PRSTATUS: usize = 1;
    req(
        libc::PTRACE_GETREGSET,
        pid,
        NT_PRSTATUS,
        &mut iov as *mut libc::iovec as usize,
    )?;
    Ok(regs)
}

/// Write the general registers back (tampering: syscall number, return value).
pub fn setregs(pid: pid_t, regs: &libc::user_regs_struct) -> Result<(), i32> {
    let mut iov = libc::iovec {
        iov_base: regs as *const _ as *mut c_void,
        iov_len: std::mem::size_of::<libc::user_regs_struct>(),
    };
    const NT_PRSTATUS: usize = 1;
    req(
        libc::PTRACE_SETREGSET,
        pid,
        NT_PRSTATUS,
        &mut iov as *mut libc::iovec as usize,
    )
    .map(drop)
}

pub fn pokedata(pid: pid_t, addr: u64, word: u64) -> Result<(), i32> {
    req(libc::PTRACE_POKEDATA, pid, addr as usize, word as usize).map(drop)
}

/// One word of the tracee's saved registers (`struct user`), `off` bytes in.
pub fn peekuser(pid: pid_t, off: usize) -> Result<u64, i32> {
    // As PEEKDATA: the word itself is returned, so errno tells -1 from a failure.
    // SAFETY: errno location is thread-local and always valid.
    unsafe { *libc::__errno_location() = 0 };
    req(libc::PTRACE_PEEKUSER, pid, off, 0).map(|w| w as u64)
}

/// Byte offset of `rax` (the return value at syscall exit) in `struct user_regs_struct`.
pub const RAX_OFFSET: usize = 10 * 8;

pub fn peekdata(pid: pid_t, addr: u64) -> Result<u64, i32> {
    // PEEKDATA returns the word itself; -1 is ambiguous, so errno is cleared first.
    // SAFETY: errno location is thread-local and always valid.
    unsafe { *libc::__errno_location() = 0 };
    req(libc::PTRACE_PEEKDATA, pid, addr as usize, 0).map(|w| w as u64)
}
