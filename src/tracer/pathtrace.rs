//! `-P PATH`: only syscalls that touch one of the paths are printed. A path argument matches
//! when its string is a requested path (as given or resolved); a descriptor argument matches
//! when /proc says it refers to a resolved path, which follows descriptors opened on the path.

use crate::decode::{Mem, read_cstring};
use crate::syscalls::{ArgKind, SyscallEnt};

pub struct PathSet {
    /// Paths as given and as resolved (realpath).
    names: Vec<Vec<u8>>,
}

impl PathSet {
    /// Resolve the `-P` paths; each resolution that changes the name is reported as strace
    /// reports it (unless `quiet`).
    pub fn new(paths: &[String], quiet: bool) -> Self {
        let mut names: Vec<Vec<u8>> = Vec::new();
        for p in paths {
            names.push(p.as_bytes().to_vec());
            if let Ok(real) = std::fs::canonicalize(p) {
                let real = real.to_string_lossy().into_owned();
                if real != *p {
                    if !quiet {
                        crate::info_msg(&format!(
                            "Requested path \"{p}\" resolved into \"{real}\""
                        ));
                    }
                    names.push(real.into_bytes());
                }
            }
        }
        PathSet { names }
    }

    fn has(&self, s: &[u8]) -> bool {
        self.names.iter().any(|n| n == s)
    }

    /// Does this syscall (at entry) touch one of the paths?
    pub fn matches(
        &self,
        pid: i32,
        ent: Option<&SyscallEnt>,
        args: &[u64; 6],
        mem: &dyn Mem,
    ) -> bool {
        let Some(ent) = ent else {
            return false;
        };
        for i in 0..ent.nargs as usize {
            match ent.args[i] {
                ArgKind::Path => {
                    if args[i] != 0
                        && let Some((s, true)) = read_cstring(mem, args[i], crate::decode::PATH_MAX)
                        && self.has(&s)
                    {
                        return true;
                    }
                }
                ArgKind::Fd | ArgKind::DirFd => {
                    let fd = args[i] as i32;
                    if fd >= 0
                        && let Ok(link) = std::fs::read_link(format!("/proc/{pid}/fd/{fd}"))
                    {
                        use std::os::unix::ffi::OsStrExt;
                        if self.has(link.as_os_str().as_bytes()) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }
}
