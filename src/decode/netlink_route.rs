//! Payloads of NETLINK_route messages. (Type names and headers are decoded by
//! [`super::netlink`]; payloads print as hex bytes until this decoder knows them.)

use super::Ctx;
use super::Value;
use super::netlink::NlMsgHdr;

pub fn payload(_c: &Ctx, _hdr: &NlMsgHdr, _addr: u64, _len: u64) -> Option<Value> {
    None
}
