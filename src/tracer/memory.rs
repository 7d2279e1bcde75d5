//! Tracee memory access: `process_vm_readv`, falling back to `PTRACE_PEEKDATA` where it fails
//! (e.g. kernels built without CONFIG_CROSS_MEMORY_ATTACH).

use crate::decode::Mem;
use std::cell::Cell;

pub struct ProcMem {
    pub pid: libc::pid_t,
    /// `-e verbose=`: false when this syscall's structures are not to be dereferenced.
    pub structs: bool,
    /// process_vm_readv is unavailable (ENOSYS/EPERM): use PEEKDATA from now on.
    use_peek: Cell<bool>,
}

impl ProcMem {
    /// Memory of `pid`; `structs` false makes structures print as addresses (`-e verbose=`).
    pub fn with_structs(pid: libc::pid_t, structs: bool) -> Self {
        ProcMem {
            structs,
            ..ProcMem::new(pid)
        }
    }

    pub fn new(pid: libc::pid_t) -> Self {
        ProcMem {
            pid,
            structs: true,
            use_peek: Cell::new(false),
        }
    }

    fn vm_read(&self, addr: u64, buf: &mut [u8]) -> Result<usize, i32> {
        let local = libc::iovec {
            iov_base: buf.as_mut_ptr() as *mut libc::c_void,
            iov_len: buf.len(),
        };
        let remote = libc::iovec {
            iov_base: addr as *mut libc::c_void,
            iov_len: buf.len(),
        };
        // SAFETY: the local iovec covers `buf`; the kernel checks the remote range.
        let r = unsafe { libc::process_vm_readv(self.pid, &local, 1, &remote, 1, 0) };
        if r < 0 {
            Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
        } else {
            Ok(r as usize)
        }
    }

    fn peek_read(&self, addr: u64, buf: &mut [u8]) -> usize {
        let mut n = 0;
        while n < buf.len() {
            let a = addr.wrapping_add(n as u64);
            let aligned = a & !7;
            let word = match super::ptrace::peekdata(self.pid, aligned) {
                Ok(w) => w.to_le_bytes(),
                Err(_) => break,
            };
            let skip = (a - aligned) as usize;
            let take = (8 - skip).min(buf.len() - n);
            buf[n..n + take].copy_from_slice(&word[skip..skip + take]);
            n += take;
        }
        n
    }
}

/// Write `data` into the tracee at `addr` (`poke_enter`/`poke_exit`): process_vm_writev, or
/// word by word with PTRACE_POKEDATA (read-modify-write at the edges) where that fails.
pub fn write(pid: libc::pid_t, addr: u64, data: &[u8]) -> bool {
    let local = libc::iovec {
        iov_base: data.as_ptr() as *mut libc::c_void,
        iov_len: data.len(),
    };
    let remote = libc::iovec {
        iov_base: addr as *mut libc::c_void,
        iov_len: data.len(),
    };
    // SAFETY: the local iovec covers `data`; the kernel checks the remote range.
    let r = unsafe { libc::process_vm_writev(pid, &local, 1, &remote, 1, 0) };
    if r == data.len() as isize {
        return true;
    }
    let mut off = 0usize;
    while off < data.len() {
        let a = addr.wrapping_add(off as u64);
        let aligned = a & !7;
        let skip = (a - aligned) as usize;
        let Ok(word) = super::ptrace::peekdata(pid, aligned) else {
            return false;
        };
        let mut bytes = word.to_le_bytes();
        let take = (8 - skip).min(data.len() - off);
        bytes[skip..skip + take].copy_from_slice(&data[off..off + take]);
        if super::ptrace::pokedata(pid, aligned, u64::from_le_bytes(bytes)).is_err() {
            return false;
        }
        off += take;
    }
    true
}

impl Mem for ProcMem {
    fn structs(&self) -> bool {
        self.structs
    }

    fn netlink_socket(&self, fd: i32) -> Option<Option<u32>> {
        super::fdinfo::netlink_socket(self.pid, fd)
    }

    fn read_some(&self, addr: u64, buf: &mut [u8]) -> usize {
        if buf.is_empty() {
            return 0;
        }
        if addr.checked_add(buf.len() as u64).is_none() {
            return 0;
        }
        if !self.use_peek.get() {
            // process_vm_readv reads across pages but fails as a whole when the first page is
            // unmapped; a partial read stops at the first unreadable page.
            match self.vm_read(addr, buf) {
                Ok(n) => return n,
                Err(libc::ENOSYS) | Err(libc::EPERM) => self.use_peek.set(true),
                Err(_) => return 0,
            }
        }
        self.peek_read(addr, buf)
    }
}
