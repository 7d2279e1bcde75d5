//! Renders decoded values in strace's text format.

use crate::decode::{Flags, QStr, Value};
use std::fmt::Write;

/// Text rendering options.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOpts {
    /// `-x` count (1: hex for strings with non-printable bytes, 2: hex for all strings), or 3
    /// for `--strings-in-hex=non-ascii-chars` (hex escapes for those bytes only).
    pub xflag: u8,
    /// `-X`: how named constants and flags print.
    pub xlat: XlatStyle,
}

/// `-X raw|abbrev|verbose`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum XlatStyle {
    /// Names only (strace's default).
    #[default]
    Abbrev,
    /// Numbers only.
    Raw,
    /// Numbers with the names in a comment.
    Verbose,
}

/// Append the rendering of `v` to `out`.
/// A value as strace text with the default options.
pub fn to_text(v: &Value) -> String {
    let mut s = String::new();
    render(&mut s, v, TextOpts::default());
    s
}

pub fn render(out: &mut String, v: &Value, o: TextOpts) {
    match v {
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Fd(fd) => {
            let _ = write!(out, "{fd}");
        }
        Value::Pid(p) => {
            let _ = write!(out, "{p}");
        }
        Value::PidComm(p, comm) => {
            let _ = write!(out, "{p}<{comm}>");
        }
        Value::FdInfo(fd, info) => {
            let _ = write!(out, "{fd}<{info}>");
        }
        Value::Uint(u) => {
            let _ = write!(out, "{u}");
        }
        Value::Hex(h) => hex(out, *h),
        Value::Oct(m) => out.push_str(&c_octal(*m)),
        Value::FileMode(m) => match o.xlat {
            XlatStyle::Abbrev => file_mode(out, *m),
            XlatStyle::Raw => out.push_str(&c_octal(*m)),
            XlatStyle::Verbose => {
                out.push_str(&c_octal(*m));
                out.push_str(" /* ");
                file_mode(out, *m);
                out.push_str(" */");
            }
        },
        Value::Changed(v) => {
            out.push_str(" => ");
            render(out, v, o);
        }
        Value::Named(name, v) => {
            out.push_str(name);
            out.push('=');
            render(out, v, o);
        }
        Value::Ptr(p) => {
            if *p == 0 {
                out.push_str("NULL");
            } else {
                hex(out, *p);
            }
        }
        Value::Unreadable(p) => hex(out, *p),
        Value::Str(s) => quote(out, s, o),
        Value::Sym(name, raw) => match o.xlat {
            XlatStyle::Abbrev => out.push_str(name),
            XlatStyle::Raw => hex(out, *raw),
            XlatStyle::Verbose => {
                hex(out, *raw);
                let _ = write!(out, " /* {name} */");
            }
        },
        Value::SymDec(name, raw) => match o.xlat {
            XlatStyle::Abbrev => out.push_str(name),
            XlatStyle::Raw => {
                let _ = write!(out, "{raw}");
            }
            XlatStyle::Verbose => {
                let _ = write!(out, "{raw} /* {name} */");
            }
        },
        Value::Or(parts) => {
            let mut first = true;
            for p in parts {
                if matches!(p, Value::Flags(f) if f.raw == 0) && parts.len() > 1 {
                    continue;
                }
                if !first {
                    out.push('|');
                }
                first = false;
                // strace prints a zero-valued leading constant as nothing under -X raw.
                if o.xlat == XlatStyle::Raw && matches!(p, Value::Sym(_, 0)) {
                    continue;
                }
                render(out, p, o);
            }
        }
        Value::Alt(v, text) => match o.xlat {
            XlatStyle::Abbrev => render(out, text, o),
            XlatStyle::Raw => render(out, v, o),
            XlatStyle::Verbose => {
                render(out, v, o);
                out.push_str(" /* ");
                match &**text {
                    // strace's comment form of inet_pton leaves out where it stores.
                    Value::Call(name, args)
                        if args
                            .last()
                            .is_some_and(|a| matches!(a, Value::Expr(e) if e.starts_with('&'))) =>
                    {
                        render(out, &Value::Call(name, args[..args.len() - 1].to_vec()), o)
                    }
                    t => render(out, t, o),
                }
                out.push_str(" */");
            }
        },
        Value::Seq(parts) => {
            for p in parts {
                render(out, p, o);
            }
        }
        Value::Call(name, args) => {
            out.push_str(name);
            out.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                render(out, a, o);
            }
            out.push(')');
        }
        Value::UnknownSym(v, comment) => {
            hex(out, *v);
            // -X raw prints numbers alone, the `/* X_??? */` comment too.
            if o.xlat != XlatStyle::Raw {
                let _ = write!(out, " /* {comment} */");
            }
        }
        Value::Flags(f) => match o.xlat {
            XlatStyle::Abbrev => flags(out, f),
            XlatStyle::Raw => hex(out, f.raw),
            XlatStyle::Verbose => {
                hex(out, f.raw);
                let named = !f.names.is_empty() || !f.extra.is_empty();
                if named || (f.raw == 0 && f.zero != "0") {
                    out.push_str(" /* ");
                    flags(out, f);
                    out.push_str(" */");
                }
            }
        },
        Value::Struct(fields, more) => {
            out.push('{');
            for (i, (name, val)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                if !name.is_empty() {
                    out.push_str(name);
                    out.push('=');
                }
                render(out, val, o);
            }
            if *more {
                if !fields.is_empty() {
                    out.push_str(", ");
                }
                out.push_str("...");
            }
            out.push('}');
        }
        Value::Array(items, more) => {
            out.push('[');
            for (i, val) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                render(out, val, o);
            }
            if *more {
                if !items.is_empty() {
                    out.push_str(", ");
                }
                out.push_str("...");
            }
            out.push(']');
        }
        Value::Expr(s) => out.push_str(s),
        Value::Commented(v, c) => {
            render(out, v, o);
            let _ = write!(out, " /* {c} */");
        }
        Value::SigSet(sigs, complement) => {
            if *complement {
                out.push('~');
            }
            out.push('[');
            for (i, s) in sigs.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                // -X raw: numbers; -X verbose: `10 /* USR1 */`.
                if o.xlat != XlatStyle::Abbrev {
                    let _ = write!(out, "{s}");
                    if o.xlat == XlatStyle::Raw {
                        continue;
                    }
                    out.push_str(" /* ");
                }
                let start = out.len();
                crate::xlat::signals::write_signal_name(out, *s);
                // Sets print names without the SIG prefix: [INT TERM], ~[RTMIN RT_1].
                if out[start..].starts_with("SIG") {
                    out.replace_range(start..start + 3, "");
                }
                if o.xlat == XlatStyle::Verbose {
                    out.push_str(" */");
                }
            }
            out.push(']');
        }
    }
}

/// `S_IFREG|S_ISUID|0755`: the file type by name, then the special bits, then permissions.
fn file_mode(out: &mut String, m: u64) {
    let ftype = m & 0o170000;
    match crate::xlat::name_of(crate::xlat::flags::FILE_TYPES, ftype) {
        Some(t) => {
            out.push_str(t);
            out.push('|');
        }
        None if ftype != 0 => {
            let _ = write!(out, "{ftype:#o}|");
        }
        None => {}
    }
    for (bit, name) in [
        (0o4000, "S_ISUID"),
        (0o2000, "S_ISGID"),
        (0o1000, "S_ISVTX"),
    ] {
        if m & bit != 0 {
            out.push_str(name);
            out.push('|');
        }
    }
    out.push_str(&c_octal(m & 0o777));
}

/// C's `%#03o`: `000`, `022`, `0644`, `04755`.
pub fn c_octal(v: u64) -> String {
    if v == 0 {
        return "000".into();
    }
    format!("{:0>3}", format!("0{v:o}"))
}

fn hex(out: &mut String, v: u64) {
    if v == 0 {
        out.push('0');
    } else {
        let _ = write!(out, "{v:#x}");
    }
}

fn flags(out: &mut String, f: &Flags) {
    let mut first = true;
    for n in f
        .names
        .iter()
        .copied()
        .chain(f.extra.iter().map(|s| s.as_str()))
    {
        if !first {
            out.push('|');
        }
        out.push_str(n);
        first = false;
    }
    if f.rest != 0 {
        if !first {
            out.push('|');
        }
        hex(out, f.rest);
        first = false;
    }
    if first {
        out.push_str(f.zero);
    }
}

/// Quote bytes as strace does: printable ASCII as is, C escapes for the usual controls, octal
/// for the rest (three digits only when an octal digit follows); `-x` switches a string holding
/// any non-printable byte to `\xNN` for those bytes, `-xx` to `\xNN` for every byte.
pub fn quote(out: &mut String, s: &QStr, o: TextOpts) {
    // -x: a string holding any byte that has no printable form (C escapes count as printable)
    // is shown entirely in hex; -xx: every string; --strings-in-hex=non-ascii-chars (3): only
    // those bytes.
    let unprintable = |c: &u8| !(0x20..=0x7e).contains(c) && !matches!(c, 9..=13);
    // A left-out trailing NUL counts as unprintable for -x, and shows in hex (strace).
    let all_hex = s.force_hex
        || o.xflag == 2
        || (o.xflag == 1 && (s.trailing_nul || s.bytes.iter().any(unprintable)));
    let nonprint_hex = o.xflag == 3;
    let with_nul;
    let b = if all_hex && s.trailing_nul {
        with_nul = [s.bytes.as_slice(), &[0]].concat();
        &with_nul
    } else {
        &s.bytes
    };
    out.push('"');
    for (i, &c) in b.iter().enumerate() {
        if all_hex {
            let _ = write!(out, "\\x{c:02x}");
            continue;
        }
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(c as char),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            0x0b => out.push_str("\\v"),
            0x0c => out.push_str("\\f"),
            b'\r' => out.push_str("\\r"),
            _ if nonprint_hex => {
                let _ = write!(out, "\\x{c:02x}");
            }
            _ => {
                let next_is_octal = b.get(i + 1).is_some_and(|n| (b'0'..=b'7').contains(n));
                if next_is_octal {
                    let _ = write!(out, "\\{c:03o}");
                } else {
                    let _ = write!(out, "\\{c:o}");
                }
            }
        }
    }
    out.push('"');
    if s.truncated || (all_hex && s.trailing_nul) {
        out.push_str("...");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(v: &Value) -> String {
        let mut s = String::new();
        render(&mut s, v, TextOpts::default());
        s
    }

    #[test]
    fn strings_escape_like_strace() {
        let v = Value::str(b"\x7fELF\x02\x01\x01\x03\0\0\x10t\n\"\\".to_vec(), true);
        assert_eq!(r(&v), r#""\177ELF\2\1\1\3\0\0\20t\n\"\\"..."#);
        // Three digits when an octal digit follows.
        assert_eq!(r(&Value::str(b"\x001".to_vec(), false)), r#""\0001""#);
        assert_eq!(r(&Value::str(b"\x008".to_vec(), false)), r#""\08""#);
    }

    #[test]
    fn hex_modes() {
        let mut s = String::new();
        let q = QStr {
            bytes: b"a\x01".to_vec(),
            truncated: false,
            force_hex: false,
            trailing_nul: false,
        };
        quote(
            &mut s,
            &q,
            TextOpts {
                xflag: 2,
                ..Default::default()
            },
        );
        assert_eq!(s, r#""\x61\x01""#);
    }

    #[test]
    fn x_modes_as_strace() {
        let q = |b: &[u8], x: u8| {
            let mut s = String::new();
            quote(
                &mut s,
                &QStr {
                    bytes: b.to_vec(),
                    truncated: false,
                    force_hex: false,
                    trailing_nul: false,
                },
                TextOpts {
                    xflag: x,
                    ..Default::default()
                },
            );
            s
        };
        assert_eq!(q(b"ab\n", 1), r#""ab\n""#);
        assert_eq!(q(b"a\x01b", 1), r#""\x61\x01\x62""#);
        assert_eq!(q(b"a\x01b\n", 3), r#""a\x01b\n""#);
        assert_eq!(q(b"x\0y", 3), r#""x\x00y""#);
    }

    #[test]
    fn scalars() {
        assert_eq!(r(&Value::Ptr(0)), "NULL");
        assert_eq!(r(&Value::Ptr(0x7f00)), "0x7f00");
        assert_eq!(r(&Value::Hex(0)), "0");
        assert_eq!(r(&Value::Oct(0o644)), "0644");
        assert_eq!(r(&Value::Oct(0)), "000");
        assert_eq!(r(&Value::Oct(0o22)), "022");
        assert_eq!(r(&Value::Int(-1)), "-1");
    }

    #[test]
    fn composites() {
        let f = Flags {
            raw: 0x80001,
            names: vec!["O_WRONLY", "O_CLOEXEC"],
            rest: 0x40000000,
            extra: vec![],
            zero: "0",
        };
        assert_eq!(r(&Value::Flags(f)), "O_WRONLY|O_CLOEXEC|0x40000000");
        let s = Value::Struct(vec![("st_mode", Value::Expr("S_IFREG|0644".into()))], true);
        assert_eq!(r(&s), "{st_mode=S_IFREG|0644, ...}");
        let a = Value::Array(vec![Value::str(b"sh".to_vec(), false)], true);
        assert_eq!(r(&a), r#"["sh", ...]"#);
        assert_eq!(r(&Value::SigSet(vec![], false)), "[]");
    }
}
