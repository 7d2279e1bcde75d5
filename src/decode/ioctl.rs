//! Terminal ioctl arguments: `struct termios` (TCGETS/TCSETS*) and `struct winsize`.

use super::{Value, flags, read_array, sym, u32_at};
use crate::xlat::termios as t;

pub const TCGETS: u64 = 0x5401;
pub const TCSETS: u64 = 0x5402;
pub const TCSETSW: u64 = 0x5403;
pub const TCSETSF: u64 = 0x5404;
pub const TIOCGWINSZ: u64 = 0x5413;
pub const TIOCSWINSZ: u64 = 0x5414;

/// A field of several exclusive values (NL0/NL1, CS5..CS8, baud rates) joined into `parts`.
fn field(parts: &mut Vec<String>, table: crate::xlat::Xlat, v: u64) {
    match crate::xlat::name_of(table, v) {
        Some(n) => parts.push(n.to_string()),
        None => parts.push(format!("{v:#x}")),
    }
}

fn flag_words(parts: &mut Vec<String>, table: crate::xlat::Xlat, v: u64) {
    let f = flags(table, v);
    parts.extend(f.names.iter().map(|s| s.to_string()));
    if f.rest != 0 {
        parts.push(format!("{:#x}", f.rest));
    }
}

fn join(parts: Vec<String>) -> Value {
    if parts.is_empty() {
        Value::Expr("0".into())
    } else {
        Value::Expr(parts.join("|"))
    }
}

/// `struct termios` as the kernel's TCGETS fills it (36 bytes).
pub fn termios(mem: &dyn super::Mem, addr: u64, verbose: bool) -> Value {
    let Some(b) = read_array::<36>(mem, addr) else {
        return Value::Ptr(addr);
    };
    let iflag = u32_at(&b, 0) as u64;
    let oflag = u32_at(&b, 4) as u64;
    let cflag = u32_at(&b, 8) as u64;
    let lflag = u32_at(&b, 12) as u64;
    let mut ip = Vec::new();
    flag_words(&mut ip, t::IFLAGS, iflag);
    let mut op = Vec::new();
    let mut omask = 0;
    for (mask, table) in t::ODELAYS {
        field(&mut op, table, oflag & mask);
        omask |= mask;
    }
    flag_words(&mut op, t::OFLAGS, oflag & !omask);
    let mut cp = Vec::new();
    field(&mut cp, t::BAUDS, cflag & 0x100f);
    let ibaud = (cflag >> 16) & 0x100f;
    if ibaud != 0 {
        let mut ib = Vec::new();
        field(&mut ib, t::BAUDS, ibaud);
        cp.push(format!("{}<<IBSHIFT", ib[0]));
    }
    field(&mut cp, t::CSIZES, cflag & 0x30);
    flag_words(
        &mut cp,
        t::CFLAGS,
        cflag & !(0x100f | 0x30 | (0x100f << 16)),
    );
    let mut lp = Vec::new();
    flag_words(&mut lp, t::LFLAGS, lflag);
    let mut f = vec![
        ("c_iflag", join(ip)),
        ("c_oflag", join(op)),
        ("c_cflag", join(cp)),
        ("c_lflag", join(lp)),
    ];
    if !verbose {
        return Value::Struct(f, true);
    }
    f.push(("c_line", sym(t::LINE_DISCS, b[16] as u64, "N_???")));
    let mut cc = Vec::new();
    for (i, &v) in b[17..36].iter().enumerate() {
        let name = t::CC_NAMES
            .get(i)
            .map(|s| s.to_string())
            .unwrap_or_else(|| i.to_string());
        let val = if v == 0 {
            "0".to_string()
        } else {
            format!("{v:#x}")
        };
        cc.push(Value::Expr(format!("[{name}]={val}")));
    }
    f.push(("c_cc", Value::Array(cc, false)));
    Value::Struct(f, false)
}

/// `struct winsize`.
pub fn winsize(mem: &dyn super::Mem, addr: u64) -> Value {
    let Some(b) = read_array::<8>(mem, addr) else {
        return Value::Ptr(addr);
    };
    let h = |o: usize| Value::Uint(super::u16_at(&b, o) as u64);
    Value::Struct(
        vec![
            ("ws_row", h(0)),
            ("ws_col", h(2)),
            ("ws_xpixel", h(4)),
            ("ws_ypixel", h(6)),
        ],
        false,
    )
}

#[cfg(test)]
mod tests {
    use super::super::testmem::FakeMem;
    use super::*;
    use crate::output::text::{TextOpts, render};

    #[test]
    fn termios_as_strace() {
        let mut b = [0u8; 36];
        b[0..4].copy_from_slice(&0x500u32.to_le_bytes()); // ICRNL|IXON
        b[4..8].copy_from_slice(&0x5u32.to_le_bytes()); // OPOST|ONLCR
        b[8..12].copy_from_slice(&0xbfu32.to_le_bytes()); // B38400|CS8|CREAD
        b[12..16].copy_from_slice(&0x8a3bu32.to_le_bytes());
        let m = FakeMem::default().with(0x1000, &b);
        let mut s = String::new();
        render(&mut s, &termios(&m, 0x1000, false), TextOpts::default());
        assert_eq!(
            s,
            "{c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, \
             c_cflag=B38400|CS8|CREAD, \
             c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}"
        );
    }
}
