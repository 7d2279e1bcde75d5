//! What `-y`/`-yy` print after a descriptor: `</path>`, `<pipe:[ino]>`, and with `-yy` socket
//! endpoints (`TCP:[127.0.0.1:40000->127.0.0.1:80]`, `UNIX-STREAM:[ino->peer]`) and device
//! numbers (`/dev/null<char 1:3>`). Sources: /proc/PID/fd links, /proc/PID/net tables for IP
//! sockets, and the sock_diag netlink interface for UNIX sockets (as strace uses).

use std::ffi::CString;
use std::net::{Ipv4Addr, Ipv6Addr};

thread_local! {
    /// Stable answers (paths, pipes) per (pid, fd, bits): the engine drops the cache whenever a
    /// syscall may change what a descriptor refers to (close, dup2/dup3, close_range, exec, a
    /// new descriptor). Sockets are never cached: their endpoints change with connect/bind.
    static CACHE: std::cell::RefCell<std::collections::HashMap<(i32, i32, u8), String>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

thread_local! {
    /// Whether the caches may be used: only while the engine sees every syscall's exit (and
    /// so every call that invalidates them). Under seccomp-bpf untraced calls make no stop.
    static CACHING: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Turn the descriptor caches on or off (off when untraced syscalls make no stop).
pub fn set_caching(on: bool) {
    CACHING.with(|c| c.set(on));
    invalidate();
}

/// `describe` through the cache.
pub fn describe_cached(pid: i32, fd: i32, bits: u8) -> Option<String> {
    if !CACHING.with(|c| c.get()) {
        return describe(pid, fd, bits);
    }
    if let Some(s) = CACHE.with(|c| c.borrow().get(&(pid, fd, bits)).cloned()) {
        return Some(s);
    }
    let s = describe(pid, fd, bits)?;
    if s.starts_with('/') || s.starts_with("pipe:") {
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() > 4096 {
                c.clear();
            }
            c.insert((pid, fd, bits), s.clone());
        });
    }
    Some(s)
}

/// Forget every cached answer (descriptors may have been closed, replaced or inherited).
pub fn invalidate() {
    CACHE.with(|c| c.borrow_mut().clear());
    NL_CACHE.with(|c| c.borrow_mut().clear());
}

/// The annotation for `fd` of `pid`, without the angle brackets; None if the fd is not open.
pub fn describe(pid: i32, fd: i32, bits: u8) -> Option<String> {
    use crate::cli::{DECODE_FD_DEV, DECODE_FD_PIDFD, DECODE_FD_SOCKET};
    let link = std::fs::read_link(format!("/proc/{pid}/fd/{fd}")).ok()?;
    let link = link.to_string_lossy().into_owned();
    if let Some(ino) = link
        .strip_prefix("socket:[")
        .and_then(|s| s.strip_suffix(']'))
        .and_then(|s| s.parse::<u64>().ok())
    {
        if bits & DECODE_FD_SOCKET != 0 {
            let proto = sock_proto(pid, fd).unwrap_or_else(|| "socket".into());
            return Some(socket_details(pid, &proto, ino).unwrap_or(format!("{proto}:[{ino}]")));
        }
        return Some(link);
    }
    if bits & DECODE_FD_PIDFD != 0 && link == "anon_inode:[pidfd]" {
        // The process a pidfd refers to, from /proc/PID/fdinfo/FD (`Pid:\t1234`).
        if let Some(p) = std::fs::read_to_string(format!("/proc/{pid}/fdinfo/{fd}"))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("Pid:"))
                    .map(|v| v.trim().to_string())
            })
        {
            return Some(format!("pid:{p}"));
        }
    }
    if bits & DECODE_FD_DEV != 0 && link.starts_with('/') {
        use std::os::unix::fs::{FileTypeExt, MetadataExt};
        if let Ok(m) = std::fs::metadata(format!("/proc/{pid}/fd/{fd}")) {
            let ft = m.file_type();
            let kind = if ft.is_char_device() {
                Some("char")
            } else if ft.is_block_device() {
                Some("block")
            } else {
                None
            };
            if let Some(kind) = kind {
                let rdev = m.rdev();
                let major = ((rdev >> 32) & 0xffff_f000) | ((rdev >> 8) & 0xfff);
                let minor = ((rdev >> 12) & 0xffff_ff00) | (rdev & 0xff);
                return Some(format!("{link}<{kind} {major}:{minor}>"));
            }
        }
    }
    Some(link)
}

/// The socket's protocol name as the kernel reports it (`TCP`, `UDPv6`, `UNIX`, `NETLINK`).
fn sock_proto(pid: i32, fd: i32) -> Option<String> {
    let path = CString::new(format!("/proc/{pid}/fd/{fd}")).ok()?;
    let name = c"system.sockprotoname";
    let mut buf = [0u8; 64];
    // SAFETY: getxattr into a local buffer of known size.
    let n = unsafe {
        libc::getxattr(
            path.as_ptr(),
            name.as_ptr(),
            buf.as_mut_ptr() as *mut libc::c_void,
            buf.len(),
        )
    };
    if n <= 0 {
        return None;
    }
    let s = &buf[..n as usize];
    let end = s.iter().position(|&b| b == 0).unwrap_or(s.len());
    Some(String::from_utf8_lossy(&s[..end]).into_owned())
}

fn socket_details(pid: i32, proto: &str, ino: u64) -> Option<String> {
    match proto {
        "TCP" | "UDP" | "TCPv6" | "UDPv6" => {
            if let Some(s) = inet_details(proto, ino) {
                return Some(s);
            }
            let table = match proto {
                "TCP" => "tcp",
                "UDP" => "udp",
                "TCPv6" => "tcp6",
                _ => "udp6",
            };
            let text = std::fs::read_to_string(format!("/proc/{pid}/net/{table}")).ok()?;
            let v6 = proto.ends_with("v6");
            for line in text.lines().skip(1) {
                let f: Vec<&str> = line.split_whitespace().collect();
                if f.len() < 10 || f[9].parse::<u64>().ok() != Some(ino) {
                    continue;
                }
                let local = endpoint(f[1], v6)?;
                let remote = endpoint(f[2], v6)?;
                let ((l, lp), (r, rp)) = (local, remote);
                return Some(if rp != 0 {
                    format!("{proto}:[{l}->{r}]")
                } else if lp != 0 {
                    format!("{proto}:[{l}]")
                } else {
                    format!("{proto}:[{ino}]")
                });
            }
            None
        }
        p if p.starts_with("UNIX") => unix_details(ino),
        "NETLINK" => {
            let (proto, portid) = netlink_entry(pid, ino)?;
            Some(format!(
                "NETLINK:[{}:{portid}]",
                netlink_protocol_name(proto)
            ))
        }
        _ => None,
    }
}

/// `ROUTE` for NETLINK_ROUTE; the number for a protocol without a name.
fn netlink_protocol_name(proto: u32) -> String {
    crate::xlat::name_of(crate::xlat::flags::NETLINK_PROTOCOLS, proto as u64)
        .map(|n| n.trim_start_matches("NETLINK_").to_string())
        .unwrap_or_else(|| proto.to_string())
}

/// A bound netlink socket's protocol and port id, from the tracee's /proc/PID/net/netlink
/// (columns: sk, Eth, Pid, Groups, Rmem, Wmem, Dump, Locks, Drops, Inode). Unbound sockets
/// are not listed there (nor in sock_diag's answer, which strace uses).
fn netlink_entry(pid: i32, ino: u64) -> Option<(u32, u32)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/net/netlink")).ok()?;
    text.lines().skip(1).find_map(|line| {
        let f: Vec<&str> = line.split_whitespace().collect();
        (f.len() >= 10 && f[9].parse::<u64>().ok() == Some(ino))
            .then(|| Some((f[1].parse().ok()?, f[2].parse().ok()?)))
            .flatten()
    })
}

thread_local! {
    /// netlink_socket's answers that cannot change while the descriptor stays the same: not a
    /// netlink socket, or a bound one with its protocol. Dropped with the -y cache.
    static NL_CACHE: std::cell::RefCell<std::collections::HashMap<(i32, i32), Option<u32>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// What a descriptor is for decoders of socket buffers: None if it is not a netlink socket,
/// Some(None) for a netlink socket whose protocol is unknown (not bound yet), Some(Some(p))
/// for one of protocol `p` (NETLINK_ROUTE ...).
pub fn netlink_socket(pid: i32, fd: i32) -> Option<Option<u32>> {
    // The cache holds None for "not a netlink socket" and Some(p) for a bound one.
    let caching = CACHING.with(|c| c.get());
    if caching && let Some(v) = NL_CACHE.with(|c| c.borrow().get(&(pid, fd)).copied()) {
        return v.map(Some);
    }
    let answer = netlink_socket_uncached(pid, fd);
    let stable = match answer {
        None => Some(None),
        Some(Some(p)) => Some(Some(p)),
        Some(None) => None,
    };
    if caching && let Some(v) = stable {
        NL_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() > 4096 {
                c.clear();
            }
            c.insert((pid, fd), v);
        });
    }
    answer
}

fn netlink_socket_uncached(pid: i32, fd: i32) -> Option<Option<u32>> {
    if sock_proto(pid, fd)? != "NETLINK" {
        return None;
    }
    let link = std::fs::read_link(format!("/proc/{pid}/fd/{fd}")).ok();
    let ino = link.as_ref().and_then(|l| {
        l.to_str()?
            .strip_prefix("socket:[")?
            .strip_suffix(']')?
            .parse::<u64>()
            .ok()
    });
    Some(ino.and_then(|i| netlink_entry(pid, i)).map(|(p, _)| p))
}

/// `0100007F:B74B` (/proc/net/tcp) as (`127.0.0.1:47947`, port).
fn endpoint(s: &str, v6: bool) -> Option<(String, u16)> {
    let (addr, port) = s.split_once(':')?;
    let port = u16::from_str_radix(port, 16).ok()?;
    if v6 {
        let mut b = [0u8; 16];
        for (i, chunk) in b.chunks_mut(4).enumerate() {
            let w = u32::from_str_radix(addr.get(i * 8..i * 8 + 8)?, 16).ok()?;
            chunk.copy_from_slice(&w.to_ne_bytes());
        }
        Some((format!("[{}]:{port}", Ipv6Addr::from(b)), port))
    } else {
        let w = u32::from_str_radix(addr, 16).ok()?;
        Some((format!("{}:{port}", Ipv4Addr::from(w.to_ne_bytes())), port))
    }
}

/// Query sock_diag for one UNIX socket: its type, peer inode and bound name.
const SOCK_DIAG_BY_FAMILY: u16 = 20;

/// One sock_diag exchange: send `body` (the request after the netlink header) with `flags`,
/// hand each SOCK_DIAG_BY_FAMILY reply message (header included) to `each` until it returns
/// Some, the dump ends, or the replies run out.
fn sock_diag<T>(body: &[u8], flags: u16, mut each: impl FnMut(&[u8]) -> Option<T>) -> Option<T> {
    // SAFETY: plain socket syscalls on a netlink socket we own and close.
    let fd = unsafe {
        libc::socket(
            libc::AF_NETLINK,
            libc::SOCK_DGRAM | libc::SOCK_CLOEXEC,
            libc::NETLINK_SOCK_DIAG,
        )
    };
    if fd < 0 {
        return None;
    }
    struct Close(i32);
    impl Drop for Close {
        fn drop(&mut self) {
            // SAFETY: closing our own descriptor.
            unsafe { libc::close(self.0) };
        }
    }
    let _guard = Close(fd);
    let total = 16 + body.len();
    let mut req = vec![0u8; total];
    req[0..4].copy_from_slice(&(total as u32).to_ne_bytes());
    req[4..6].copy_from_slice(&SOCK_DIAG_BY_FAMILY.to_ne_bytes());
    req[6..8].copy_from_slice(&(libc::NLM_F_REQUEST as u16 | flags).to_ne_bytes());
    req[16..].copy_from_slice(body);
    // SAFETY: sending a local buffer.
    if unsafe { libc::send(fd, req.as_ptr() as *const libc::c_void, req.len(), 0) } < 0 {
        return None;
    }
    let mut buf = vec![0u8; 32768];
    // A bounded number of datagrams: a dump of every socket on a busy host is still a few.
    for _ in 0..256 {
        // SAFETY: receiving into a local buffer of known size.
        let n = unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), 0) };
        if n <= 0 {
            return None;
        }
        let mut b = &buf[..n as usize];
        while b.len() >= 16 {
            let len = (u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as usize).min(b.len());
            let kind = u16::from_ne_bytes([b[4], b[5]]);
            if kind != SOCK_DIAG_BY_FAMILY || len < 16 {
                return None; // NLMSG_DONE, NLMSG_ERROR or garbage
            }
            if let Some(v) = each(&b[..len]) {
                return Some(v);
            }
            b = &b[((len + 3) & !3).min(b.len())..];
        }
        if flags == 0 {
            return None;
        }
    }
    None
}

/// A TCP/UDP socket's endpoints from an inet_diag dump of its family and protocol (strace's
/// source too: unlike /proc/net, it lists sockets that are bound but not listening yet).
fn inet_details(proto: &str, ino: u64) -> Option<String> {
    let v6 = proto.ends_with("v6");
    let family = if v6 { libc::AF_INET6 } else { libc::AF_INET } as u8;
    let protocol = if proto.starts_with("TCP") {
        libc::IPPROTO_TCP
    } else {
        libc::IPPROTO_UDP
    } as u8;
    // inet_diag_req_v2: family, protocol, ext, pad, states, then a zeroed sockid (48 bytes)
    let mut body = [0u8; 56];
    body[0] = family;
    body[1] = protocol;
    body[4..8].copy_from_slice(&u32::MAX.to_ne_bytes());
    sock_diag(&body, libc::NLM_F_DUMP as u16, |m| {
        // inet_diag_msg after the 16-byte header: 4 bytes, the 48-byte sockid, then
        // expires, rqueue, wqueue, uid, inode.
        let d = m.get(16..16 + 72)?;
        let inode = u32::from_ne_bytes([d[68], d[69], d[70], d[71]]) as u64;
        if inode != ino {
            return None;
        }
        let port = |o: usize| u16::from_be_bytes([d[o], d[o + 1]]);
        let addr = |o: usize| -> String {
            if v6 {
                let mut a = [0u8; 16];
                a.copy_from_slice(&d[o..o + 16]);
                format!("[{}]", Ipv6Addr::from(a))
            } else {
                Ipv4Addr::new(d[o], d[o + 1], d[o + 2], d[o + 3]).to_string()
            }
        };
        let (lp, rp) = (port(4), port(6));
        let (l, r) = (format!("{}:{lp}", addr(8)), format!("{}:{rp}", addr(24)));
        Some(if rp != 0 {
            format!("{proto}:[{l}->{r}]")
        } else if lp != 0 {
            format!("{proto}:[{l}]")
        } else {
            format!("{proto}:[{ino}]")
        })
    })
}

fn unix_details(ino: u64) -> Option<String> {
    const UDIAG_SHOW_NAME: u32 = 1;
    const UDIAG_SHOW_PEER: u32 = 4;
    const UNIX_DIAG_NAME: u16 = 0;
    const UNIX_DIAG_PEER: u16 = 2;
    // unix_diag_req (24 bytes): family, protocol, pad, states, inode, show, cookie
    let mut body = [0u8; 24];
    body[0] = libc::AF_UNIX as u8;
    body[4..8].copy_from_slice(&u32::MAX.to_ne_bytes()); // all states
    body[8..12].copy_from_slice(&(ino as u32).to_ne_bytes());
    body[12..16].copy_from_slice(&(UDIAG_SHOW_NAME | UDIAG_SHOW_PEER).to_ne_bytes());
    body[16..24].copy_from_slice(&[0xff; 8]); // no cookie
    let b = sock_diag(&body, 0, |m| Some(m.to_vec()))?;
    if b.len() < 16 + 16 {
        return None;
    }
    let msg_len = b.len();
    let stype = b[17];
    let mut peer = None;
    let mut name: Option<Vec<u8>> = None;
    let mut off = 16 + 16;
    while off + 4 <= msg_len {
        let len = u16::from_ne_bytes([b[off], b[off + 1]]) as usize;
        let ty = u16::from_ne_bytes([b[off + 2], b[off + 3]]);
        if len < 4 || off + len > msg_len {
            break;
        }
        let data = &b[off + 4..off + len];
        match ty {
            UNIX_DIAG_PEER if data.len() >= 4 => {
                peer = Some(u32::from_ne_bytes([data[0], data[1], data[2], data[3]]))
            }
            UNIX_DIAG_NAME => name = Some(data.to_vec()),
            _ => {}
        }
        off += (len + 3) & !3;
    }
    let kind = match stype as i32 {
        libc::SOCK_STREAM => "STREAM",
        libc::SOCK_DGRAM => "DGRAM",
        libc::SOCK_SEQPACKET => "SEQPACKET",
        _ => return None,
    };
    if peer.is_none() && name.is_none() {
        return None;
    }
    let mut s = format!("UNIX-{kind}:[{ino}");
    if let Some(p) = peer {
        s.push_str(&format!("->{p}"));
    }
    if let Some(n) = name {
        let (abstract_, bytes) = match n.split_first() {
            Some((0, rest)) => (true, rest.to_vec()),
            _ => (false, n),
        };
        s.push(',');
        if abstract_ {
            s.push('@');
        }
        crate::output::text::quote(
            &mut s,
            &crate::decode::QStr {
                bytes,
                truncated: false,
                force_hex: false,
                trailing_nul: false,
            },
            Default::default(),
        );
    }
    s.push(']');
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proc_net_endpoints() {
        assert_eq!(
            endpoint("0100007F:B74B", false),
            Some(("127.0.0.1:46923".to_string(), 46923))
        );
        assert_eq!(
            endpoint("00000000000000000000000001000000:9D06", true),
            Some(("[::1]:40198".to_string(), 40198))
        );
    }

    #[test]
    fn describes_own_descriptors() {
        let pid = std::process::id() as i32;
        let f = std::fs::File::open("/dev/null").unwrap();
        use std::os::fd::AsRawFd;
        let fd = f.as_raw_fd();
        assert_eq!(describe(pid, fd, 1).as_deref(), Some("/dev/null"));
        assert_eq!(
            describe(pid, fd, 15).as_deref(),
            Some("/dev/null<char 1:3>")
        );
        let (a, _b) = std::os::unix::net::UnixStream::pair().unwrap();
        let d = describe(pid, a.as_raw_fd(), 15).unwrap();
        assert!(d.starts_with("UNIX-STREAM:[") && d.contains("->"), "{d}");
        assert!(describe(pid, 999_999, 1).is_none());
    }
}
