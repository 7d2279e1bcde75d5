//! Generic netlink family names (`nlctrl`, `nl80211` ...): their message type numbers are
//! given out by the kernel at run time, so, as strace does, they are asked of the kernel's
//! controller (CTRL_CMD_GETFAMILY dump) once, the first time a NETLINK_GENERIC message is
//! decoded.

use std::sync::OnceLock;

const GENL_ID_CTRL: u16 = 0x10;
const CTRL_CMD_GETFAMILY: u8 = 3;
const CTRL_ATTR_FAMILY_ID: u16 = 1;
const CTRL_ATTR_FAMILY_NAME: u16 = 2;
const NLMSG_DONE: u16 = 3;
const NLMSG_ERROR: u16 = 2;

/// The name of generic netlink family `id`, if the kernel has one by that number.
pub fn family_name(id: u16) -> Option<&'static str> {
    static FAMILIES: OnceLock<Vec<(u16, &'static str)>> = OnceLock::new();
    FAMILIES
        .get_or_init(|| query().unwrap_or_default())
        .iter()
        .find(|&&(i, _)| i == id)
        .map(|&(_, n)| n)
}

/// Dump the families from the controller. The names live as long as the process (a few
/// dozen short strings, read once).
fn query() -> Option<Vec<(u16, &'static str)>> {
    // SAFETY: plain socket calls on a descriptor we own and close below.
    let fd = unsafe {
        libc::socket(
            libc::AF_NETLINK,
            libc::SOCK_RAW | libc::SOCK_CLOEXEC,
            libc::NETLINK_GENERIC,
        )
    };
    if fd < 0 {
        return None;
    }
    let out = dump(fd);
    // SAFETY: closing our own descriptor.
    unsafe { libc::close(fd) };
    out
}

fn dump(fd: i32) -> Option<Vec<(u16, &'static str)>> {
    // nlmsghdr (16 bytes) + genlmsghdr (cmd, version, reserved u16)
    let mut req = [0u8; 20];
    req[0..4].copy_from_slice(&20u32.to_ne_bytes());
    req[4..6].copy_from_slice(&GENL_ID_CTRL.to_ne_bytes());
    let flags = (libc::NLM_F_REQUEST | libc::NLM_F_DUMP) as u16;
    req[6..8].copy_from_slice(&flags.to_ne_bytes());
    req[8..12].copy_from_slice(&1u32.to_ne_bytes());
    req[16] = CTRL_CMD_GETFAMILY;
    req[17] = 1;
    // SAFETY: sending a local buffer.
    if unsafe { libc::send(fd, req.as_ptr() as *const libc::c_void, req.len(), 0) } < 0 {
        return None;
    }
    let mut families = Vec::new();
    let mut buf = vec![0u8; 32768];
    // A bounded number of reads: the dump is a handful of datagrams.
    for _ in 0..64 {
        // SAFETY: receiving into a local buffer of known size.
        let n = unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), 0) };
        if n <= 0 {
            return Some(families);
        }
        let mut b = &buf[..n as usize];
        while b.len() >= 16 {
            let len = (u32::from_ne_bytes(b[0..4].try_into().ok()?) as usize).min(b.len());
            let kind = u16::from_ne_bytes([b[4], b[5]]);
            if kind == NLMSG_DONE || kind == NLMSG_ERROR {
                return Some(families);
            }
            if len < 20 {
                break;
            }
            if let Some(f) = family(&b[20..len]) {
                families.push(f);
            }
            b = &b[((len + 3) & !3).min(b.len())..];
        }
    }
    Some(families)
}

/// The id and name attributes of one family's message.
fn family(mut attrs: &[u8]) -> Option<(u16, &'static str)> {
    let (mut id, mut name) = (None, None);
    while attrs.len() >= 4 {
        let len = (u16::from_ne_bytes([attrs[0], attrs[1]]) as usize).min(attrs.len());
        let kind = u16::from_ne_bytes([attrs[2], attrs[3]]) & 0x3fff;
        if len < 4 {
            break;
        }
        let data = &attrs[4..len];
        match kind {
            CTRL_ATTR_FAMILY_ID if data.len() >= 2 => {
                id = Some(u16::from_ne_bytes([data[0], data[1]]))
            }
            CTRL_ATTR_FAMILY_NAME => {
                let end = data.iter().position(|&c| c == 0).unwrap_or(data.len());
                name = Some(String::from_utf8_lossy(&data[..end]).into_owned());
            }
            _ => {}
        }
        attrs = &attrs[((len + 3) & !3).min(attrs.len())..];
    }
    Some((id?, Box::leak(name?.into_boxed_str())))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_controller_names_itself() {
        // Every kernel with generic netlink has the controller family, "nlctrl", at 0x10.
        assert_eq!(super::family_name(0x10), Some("nlctrl"));
        assert_eq!(super::family_name(0xffff), None);
    }
}
