//! Syscall decoders. Each decoder reads the tracee through [`Mem`] and pushes structured
//! [`Value`]s; printing is the printers' job.
//!
//! A decoder is called twice: at syscall entry (`exiting == false`) it pushes the arguments
//! that are inputs, sets `more` if others follow, and returns; at exit it pushes the rest.
//! This split is what strace prints before ` <unfinished ...>` and after `<... resumed>`.

pub mod admin;
pub mod bpf;
pub mod desc;
pub mod file;
pub mod fsops;
pub mod generic;
pub mod genl;
pub mod ioctl;
pub mod ipc;
pub mod memory;
pub mod net;
pub mod netlink;
pub mod netlink_diag;
pub mod netlink_route;
pub mod poll;
pub mod process;
pub mod quota;
pub mod signal;
pub mod time;
pub mod value;

pub use value::{Flags, QStr, Value};

use crate::syscalls::SyscallEnt;
use crate::xlat::Xlat;

/// Reads tracee memory. Implemented over `process_vm_readv` for real tracees and over a byte
/// map in tests.
pub trait Mem {
    /// Read as many bytes as possible into `buf`, stopping at the first unreadable byte.
    /// Returns how many bytes were read.
    fn read_some(&self, addr: u64, buf: &mut [u8]) -> usize;

    /// Read exactly `buf.len()` bytes.
    fn read_exact(&self, addr: u64, buf: &mut [u8]) -> bool {
        self.read_some(addr, buf) == buf.len()
    }

    /// Structures may be dereferenced (false under `-e verbose=` for syscalls outside the set:
    /// they print as addresses, strings still print).
    fn structs(&self) -> bool {
        true
    }

    /// For decoders of socket data: None if descriptor `fd` is not a netlink socket, else its
    /// protocol (NETLINK_ROUTE ...), Some(None) while that is unknown (not bound yet).
    fn netlink_socket(&self, _fd: i32) -> Option<Option<u32>> {
        None
    }
}

/// The options decoders honour.
#[derive(Debug, Clone)]
pub struct DecodeOpts {
    pub strsize: usize,
    pub verbose: bool,
}

/// How the return value is printed.
#[derive(Debug, Clone, PartialEq)]
pub enum Ret {
    /// Signed decimal (the default).
    Dec,
    /// `0x...` (addresses: mmap, brk).
    Hex,
    /// Octal (umask).
    Oct,
    /// A decoded value, e.g. `0x1 (flags FD_CLOEXEC)`: the number in hex, then the value in parentheses.
    HexWith(Value),
    /// Signed decimal followed by a decoded value in parentheses, e.g. poll's
    /// `1 ([{fd=3, revents=POLLIN}])`, `0 (Timeout)`, rt_sigtimedwait's `10 (SIGUSR1)`.
    DecWith(Value),
}

/// Kernel limit for path names; strace reads paths up to this length, ignoring `-s`.
pub const PATH_MAX: usize = 4096;

/// One syscall stop being decoded.
pub struct Ctx<'a> {
    pub mem: &'a dyn Mem,
    pub opts: &'a DecodeOpts,
    pub args: [u64; 6],
    /// The tracee's stack pointer at the stop (rt_sigreturn reads its frame from there).
    pub sp: u64,
    pub exiting: bool,
    /// The raw return value (valid when exiting).
    pub rval: i64,
    /// Decoded arguments so far (entry ones are kept for the exit call).
    pub out: &'a mut Vec<Value>,
    /// Set at entry when arguments remain to be printed at exit.
    pub more: bool,
    pub ret: Ret,
}

impl Ctx<'_> {
    /// True when the syscall failed (valid when exiting).
    pub fn failed(&self) -> bool {
        (-4095..0).contains(&self.rval)
    }

    pub fn push(&mut self, v: Value) {
        self.out.push(v);
    }

    /// Finish the entry half: the remaining arguments come at exit.
    pub fn defer(&mut self) {
        self.more = true;
    }

    pub fn int(&self, i: usize) -> Value {
        Value::Int(self.args[i] as i32 as i64)
    }
    pub fn long(&self, i: usize) -> Value {
        Value::Int(self.args[i] as i64)
    }
    pub fn uint(&self, i: usize) -> Value {
        Value::Uint(self.args[i] as u32 as u64)
    }
    pub fn ulong(&self, i: usize) -> Value {
        Value::Uint(self.args[i])
    }
    pub fn hex(&self, i: usize) -> Value {
        Value::Hex(self.args[i])
    }
    /// What the kernel wrote to argument `i`'s memory, decoded by `f` at exit; only the
    /// address when the call failed (the memory holds nothing new then).
    pub fn written(&self, i: usize, f: impl FnOnce(&Ctx, u64) -> Value) -> Value {
        if self.failed() {
            self.ptr(i)
        } else {
            f(self, self.args[i])
        }
    }
    pub fn ptr(&self, i: usize) -> Value {
        Value::Ptr(self.args[i])
    }
    /// A pid argument (`-Y` shows its command name).
    pub fn pid(&self, i: usize) -> Value {
        Value::Pid(self.args[i] as i32)
    }
    pub fn fd(&self, i: usize) -> Value {
        Value::Fd(self.args[i] as i32)
    }
    pub fn dirfd(&self, i: usize) -> Value {
        dirfd(self.args[i])
    }
    pub fn mode(&self, i: usize) -> Value {
        // strace prints mode_t arguments as 16-bit values.
        Value::Oct(self.args[i] & 0xffff)
    }
    pub fn flags(&self, i: usize, table: Xlat) -> Value {
        Value::Flags(flags(table, self.args[i] as u32 as u64))
    }
    /// Flags of the int argument `i`, or the number with `/* unknown */` when no bit has a
    /// name (see [`xflags`]).
    pub fn xflags(&self, i: usize, table: Xlat, unknown: &'static str) -> Value {
        xflags(table, self.args[i] as u32 as u64, unknown)
    }
    pub fn sym(&self, i: usize, table: Xlat, unknown: &'static str) -> Value {
        sym(table, self.args[i] as u32 as u64, unknown)
    }
    pub fn path(&self, i: usize) -> Value {
        read_path(self.mem, self.args[i])
    }
    pub fn cstr(&self, i: usize) -> Value {
        read_cstr(self.mem, self.args[i], self.opts.strsize)
    }
    /// A buffer of `len` bytes at argument `i` (read/write data), cut at `-s`.
    pub fn buf(&self, i: usize, len: u64) -> Value {
        read_buf(self.mem, self.args[i], len, self.opts.strsize)
    }
}

/// `AT_FDCWD` or a descriptor.
pub fn dirfd(raw: u64) -> Value {
    if raw as i32 == -100 {
        Value::SymDec("AT_FDCWD", raw as i32 as i64)
    } else {
        Value::Fd(raw as i32)
    }
}

/// Split `v` into the names of `table`; leftover bits are kept in `rest`.
pub fn flags(table: Xlat, v: u64) -> Flags {
    let mut names = Vec::new();
    let mut rest = v;
    for &(bit, name) in table {
        if bit != 0 && v & bit == bit && rest & bit != 0 {
            names.push(name);
            rest &= !bit;
        }
    }
    Flags {
        raw: v,
        names,
        rest,
        extra: Vec::new(),
        zero: "0",
    }
}

/// Flags, or (when no bit has a name) the number with strace's `/* PREFIX_??? */` comment.
pub fn xflags(table: Xlat, v: u64, unknown: &'static str) -> Value {
    let f = flags(table, v);
    if f.names.is_empty() && f.rest != 0 {
        Value::UnknownSym(v, unknown)
    } else {
        Value::Flags(f)
    }
}

/// A constant by name, or the number with a `/* UNKNOWN??? */` comment as strace prints it.
pub fn sym(table: Xlat, v: u64, unknown: &'static str) -> Value {
    match crate::xlat::name_of(table, v) {
        Some(n) => Value::Sym(n, v),
        None => Value::UnknownSym(v, unknown),
    }
}

/// Read a NUL-terminated string of at most `max` bytes, page by page so that a string ending
/// just before an unmapped page is still read. Returns the bytes and whether a NUL was found.
pub fn read_cstring(mem: &dyn Mem, addr: u64, max: usize) -> Option<(Vec<u8>, bool)> {
    const PAGE: u64 = 4096;
    let mut out = Vec::new();
    let mut cur = addr;
    let mut chunk = [0u8; 4096];
    while out.len() < max {
        let room = (PAGE - cur % PAGE) as usize;
        let want = room.min(max - out.len());
        let got = mem.read_some(cur, &mut chunk[..want]);
        if let Some(nul) = chunk[..got].iter().position(|&b| b == 0) {
            out.extend_from_slice(&chunk[..nul]);
            return Some((out, true));
        }
        out.extend_from_slice(&chunk[..got]);
        if got < want {
            return None;
        }
        cur = cur.wrapping_add(got as u64);
    }
    Some((out, false))
}

/// A path name argument: `NULL`, the quoted path, or the address if unreadable.
pub fn read_path(mem: &dyn Mem, addr: u64) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_cstring(mem, addr, PATH_MAX) {
        Some((b, term)) => Value::str(b, !term),
        None => Value::Unreadable(addr),
    }
}

/// A NUL-terminated string cut at `strsize` bytes.
pub fn read_cstr(mem: &dyn Mem, addr: u64, strsize: usize) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    match read_cstring(mem, addr, strsize.saturating_add(1)) {
        Some((mut b, term)) => {
            let cut = b.len() > strsize || !term;
            b.truncate(strsize);
            Value::str(b, cut)
        }
        None => Value::Unreadable(addr),
    }
}

/// `len` bytes of data at `addr`, of which at most `strsize` are shown.
pub fn read_buf(mem: &dyn Mem, addr: u64, len: u64, strsize: usize) -> Value {
    if addr == 0 && len > 0 {
        return Value::Ptr(0);
    }
    // strace reads one byte past the -s budget when there is more data (it decides on the
    // `...` that way), so an unreadable buffer shows as its address even with -s 0.
    let n = len.min(strsize as u64 + 1) as usize;
    let mut b = vec![0u8; n];
    if !mem.read_exact(addr, &mut b) {
        return Value::Unreadable(addr);
    }
    b.truncate(strsize);
    Value::str(b, len > strsize as u64)
}

/// Element cap for arrays: -s elements unless -v, and a hard bound against hostile counts.
fn array_cap(c: &Ctx) -> u64 {
    if c.opts.verbose {
        1 << 16
    } else {
        c.opts.strsize as u64
    }
}

/// strace's print_array over `n` elements of `size` bytes at `addr`: `NULL`, `[]`, the address
/// when the first element is unreadable, `[a, b, ...]` cut at `-s` elements unless `-v`, and
/// `[a, ... /* 0x... */]` when a later one is unreadable; `each` returns None to stop with `...`.
pub fn array_of(
    c: &Ctx,
    addr: u64,
    n: u64,
    size: u64,
    mut each: impl FnMut(&[u8]) -> Option<Value>,
) -> Value {
    if addr == 0 {
        return Value::Ptr(0);
    }
    if n == 0 {
        return Value::Array(Vec::new(), false);
    }
    if n.checked_mul(size)
        .and_then(|s| addr.checked_add(s))
        .is_none()
    {
        return Value::Ptr(addr);
    }
    let cap = array_cap(c);
    let mut items = Vec::new();
    let mut buf = vec![0u8; size as usize];
    for i in 0..n {
        let cur = addr + i * size;
        if !c.mem.read_exact(cur, &mut buf) {
            if i == 0 {
                return Value::Ptr(addr);
            }
            items.push(Value::Commented(
                Box::new(Value::Expr("...".into())),
                format!("{cur:#x}"),
            ));
            return Value::Array(items, false);
        }
        if i >= cap {
            return Value::Array(items, true);
        }
        match each(&buf) {
            Some(v) => items.push(v),
            None => return Value::Array(items, true),
        }
    }
    Value::Array(items, false)
}

/// Read a plain-old-data struct of `N` bytes.
pub fn read_array<const N: usize>(mem: &dyn Mem, addr: u64) -> Option<[u8; N]> {
    let mut b = [0u8; N];
    if addr != 0 && mem.structs() && mem.read_exact(addr, &mut b) {
        Some(b)
    } else {
        None
    }
}

/// Little-endian field access into a struct read from the tracee.
pub fn u64_at(b: &[u8], off: usize) -> u64 {
    u64::from_le_bytes(b[off..off + 8].try_into().unwrap())
}
pub fn u32_at(b: &[u8], off: usize) -> u32 {
    u32::from_le_bytes(b[off..off + 4].try_into().unwrap())
}
pub fn u16_at(b: &[u8], off: usize) -> u16 {
    u16::from_le_bytes(b[off..off + 2].try_into().unwrap())
}

/// A decoder for one syscall.
pub type DecodeFn = fn(&mut Ctx);

/// Decoders by syscall name. Syscalls not listed here are printed from their table entry's
/// argument kinds by [`generic::decode`].
fn registry() -> impl Iterator<Item = (&'static str, DecodeFn)> {
    file::DECODERS
        .iter()
        .chain(memory::DECODERS)
        .chain(net::DECODERS)
        .chain(process::DECODERS)
        .chain(signal::DECODERS)
        .chain(desc::DECODERS)
        .chain(fsops::DECODERS)
        .chain(quota::DECODERS)
        .chain(poll::DECODERS)
        .chain(time::DECODERS)
        .chain(ipc::DECODERS)
        .chain(bpf::DECODERS)
        .chain(admin::DECODERS)
        .copied()
}

/// Decoders indexed by syscall number, built once at startup from the registry.
pub struct Decoders {
    by_nr: Vec<Option<DecodeFn>>,
}

impl Decoders {
    pub fn new() -> Self {
        let table = crate::syscalls::x86_64::SYSCALLS;
        let mut by_nr = vec![None; table.len()];
        for (name, f) in registry() {
            if let Some(nr) = crate::syscalls::by_name(name) {
                by_nr[nr as usize] = Some(f);
            }
        }
        Decoders { by_nr }
    }

    /// Run the decoder for `nr` (entry or exit half).
    pub fn decode(&self, nr: u64, ent: Option<&SyscallEnt>, c: &mut Ctx) {
        match self.by_nr.get(nr as usize).copied().flatten() {
            Some(f) => f(c),
            None => generic::decode(ent, c),
        }
    }
}

impl Default for Decoders {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
pub mod testmem {
    //! Fake tracee memory for decoder unit tests.
    use super::Mem;

    /// Memory made of mapped regions; everything else is unreadable.
    #[derive(Default)]
    pub struct FakeMem {
        pub regions: Vec<(u64, Vec<u8>)>,
        /// What `netlink_socket` answers for every descriptor.
        pub netlink: Option<Option<u32>>,
    }

    impl FakeMem {
        pub fn with(mut self, addr: u64, bytes: &[u8]) -> Self {
            self.regions.push((addr, bytes.to_vec()));
            self
        }

        /// Every descriptor is a netlink socket of `protocol` (None: not known).
        pub fn netlink(mut self, protocol: Option<u32>) -> Self {
            self.netlink = Some(protocol);
            self
        }
    }

    /// Run a decoder's entry and exit halves over `mem` and render the arguments as strace
    /// text (without the syscall name and result), e.g. `3, "abc", 3`.
    pub fn run_decoder(
        f: super::DecodeFn,
        mem: &FakeMem,
        args: [u64; 6],
        rval: i64,
        opts: &super::DecodeOpts,
    ) -> String {
        let mut out = Vec::new();
        let mut c = super::Ctx {
            mem,
            opts,
            args,
            sp: 0,
            exiting: false,
            rval: 0,
            out: &mut out,
            more: false,
            ret: super::Ret::Dec,
        };
        f(&mut c);
        c.exiting = true;
        c.rval = rval;
        f(&mut c);
        let mut s = String::new();
        for (i, v) in out.iter().enumerate() {
            if i > 0 && !matches!(v, super::Value::Changed(_)) {
                s.push_str(", ");
            }
            crate::output::text::render(&mut s, v, Default::default());
        }
        s
    }

    /// `run_decoder` with the default options.
    pub fn run(f: super::DecodeFn, mem: &FakeMem, args: [u64; 6], rval: i64) -> String {
        run_decoder(f, mem, args, rval, &opts())
    }

    /// A value as strace text.
    pub fn show(v: &super::Value) -> String {
        let mut s = String::new();
        crate::output::text::render(&mut s, v, Default::default());
        s
    }

    /// Default decoding options: `-s 32`, no `-v`.
    pub fn opts() -> super::DecodeOpts {
        super::DecodeOpts {
            strsize: 32,
            verbose: false,
        }
    }

    impl Mem for FakeMem {
        fn netlink_socket(&self, _fd: i32) -> Option<Option<u32>> {
            self.netlink
        }

        fn read_some(&self, addr: u64, buf: &mut [u8]) -> usize {
            let mut n = 0;
            while n < buf.len() {
                let a = addr + n as u64;
                let byte = self.regions.iter().find_map(|(base, data)| {
                    (a >= *base && a < base + data.len() as u64).then(|| data[(a - base) as usize])
                });
                match byte {
                    Some(b) => buf[n] = b,
                    None => break,
                }
                n += 1;
            }
            n
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testmem::FakeMem;
    use super::*;

    #[test]
    fn cstring_stops_at_unmapped_page() {
        // "abc" ends right at the end of a mapped page with no NUL: unreadable.
        let m = FakeMem::default().with(0x1ffd, b"abc");
        assert_eq!(read_path(&m, 0x1ffd), Value::Unreadable(0x1ffd));
        let m = FakeMem::default().with(0x1ffc, b"abc\0");
        assert_eq!(read_path(&m, 0x1ffc), Value::str(b"abc".to_vec(), false));
        assert_eq!(read_path(&m, 0), Value::Ptr(0));
    }

    #[test]
    fn cstr_is_cut_at_strsize() {
        let m = FakeMem::default().with(0x1000, b"abcdef\0");
        assert_eq!(read_cstr(&m, 0x1000, 3), Value::str(b"abc".to_vec(), true));
        assert_eq!(
            read_cstr(&m, 0x1000, 6),
            Value::str(b"abcdef".to_vec(), false)
        );
    }

    #[test]
    fn buffers_are_cut_and_bad_pointers_kept() {
        let m = FakeMem::default().with(0x1000, b"hello world");
        assert_eq!(
            read_buf(&m, 0x1000, 11, 5),
            Value::str(b"hello".to_vec(), true)
        );
        assert_eq!(
            read_buf(&m, 0x1000, 5, 32),
            Value::str(b"hello".to_vec(), false)
        );
        assert_eq!(read_buf(&m, 0x9000, 5, 32), Value::Unreadable(0x9000));
        // A huge length reads only the -s budget.
        assert_eq!(
            read_buf(&m, 0x1000, 1 << 40, 4),
            Value::str(b"hell".to_vec(), true)
        );
    }

    #[test]
    fn flags_keep_unknown_bits() {
        let t: Xlat = &[(1, "A"), (4, "C")];
        let f = flags(t, 1 | 2 | 4);
        assert_eq!(f.names, vec!["A", "C"]);
        assert_eq!(f.rest, 2);
    }
}

#[cfg(test)]
mod fuzz {
    //! Every decoder, fed random arguments and random tracee memory (readable in patches,
    //! unreadable elsewhere), at entry and exit, with and without `-v`: no panic, and no
    //! unbounded reads. A fixed seed keeps the run reproducible; the count is bounded for CI.
    use super::testmem::FakeMem;
    use super::*;

    /// xorshift64*: small, deterministic, good enough to spread values.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// Arguments that matter to decoders: small ints, flags, pointers into the fake memory,
    /// pointers just before its end, NULL, -1, the kernel half, huge lengths.
    fn arg(r: &mut Rng) -> u64 {
        match r.below(9) {
            0 => 0,
            1 => u64::MAX,
            2 => r.below(16),
            3 => 0x1000 + r.below(0x2000),
            4 => 0x3000 - r.below(8),
            5 => 0xffff_8000_0000_0000 + r.below(0x1000),
            6 => 1 << r.below(64),
            7 => r.below(1 << 31) << r.below(33),
            _ => r.next(),
        }
    }

    #[test]
    fn every_decoder_survives_random_input() {
        let mut r = Rng(0x9e37_79b9_7f4a_7c15);
        let decs = Decoders::new();
        let table = crate::syscalls::x86_64::SYSCALLS;
        let mut calls = 0;
        for round in 0..12 {
            // Two readable pages of random bytes (with NULs sprinkled so strings end sometimes).
            let mut bytes = vec![0u8; 0x2000];
            for b in bytes.iter_mut() {
                *b = if r.below(8) == 0 { 0 } else { r.next() as u8 };
            }
            let mem = FakeMem::default().with(0x1000, &bytes);
            for (nr, ent) in table.iter().enumerate() {
                if ent.name.is_empty() {
                    continue;
                }
                let args = [
                    arg(&mut r),
                    arg(&mut r),
                    arg(&mut r),
                    arg(&mut r),
                    arg(&mut r),
                    arg(&mut r),
                ];
                let rval = match r.below(4) {
                    0 => -(r.below(4096) as i64),
                    1 => 0,
                    2 => r.below(0x3000) as i64,
                    _ => r.next() as i64,
                };
                let opts = DecodeOpts {
                    strsize: [0, 1, 32, 4096][round % 4],
                    verbose: round % 2 == 1,
                };
                let mut out = Vec::new();
                let mut c = Ctx {
                    mem: &mem,
                    opts: &opts,
                    args,
                    sp: 0x1800,
                    exiting: false,
                    rval: 0,
                    out: &mut out,
                    more: false,
                    ret: Ret::Dec,
                };
                decs.decode(nr as u64, Some(ent), &mut c);
                c.exiting = true;
                c.rval = rval;
                decs.decode(nr as u64, Some(ent), &mut c);
                // Rendering must not panic either.
                let mut s = String::new();
                for v in &out {
                    crate::output::text::render(&mut s, v, Default::default());
                }
                assert!(
                    s.len() < 4 << 20,
                    "{}: {} bytes of output",
                    ent.name,
                    s.len()
                );
                calls += 1;
            }
        }
        assert!(calls > 4000, "{calls}");
    }
}

#[cfg(test)]
mod proptests {
    //! Property tests (proptest, a fixed case budget for CI): hostile input never panics the
    //! option parser, the `-e` expression parsers or any decoder.
    use super::testmem::FakeMem;
    use super::*;
    use proptest::prelude::*;

    fn config() -> ProptestConfig {
        ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn option_parser_never_panics(args in proptest::collection::vec(".{0,12}", 0..8)) {
            let _ = crate::cli::parse(&args);
        }

        #[test]
        fn expression_parsers_never_panic(spec in ".{0,40}") {
            let _ = crate::filter::parse_syscall_set(&spec);
            let _ = crate::filter::parse_signal_set(&spec);
            let _ = crate::filter::parse_status_set(&spec);
            let _ = crate::filter::parse_quiet_set(&spec);
            let _ = crate::filter::parse_fd_set(&spec);
            let _ = crate::filter::inject::parse(&spec, false);
            let _ = crate::filter::inject::parse(&spec, true);
        }

        #[test]
        fn decoders_never_panic(
            nr in 0u64..460,
            args in proptest::array::uniform6(prop_oneof![
                Just(0u64), Just(u64::MAX), 0u64..64, 0x1000u64..0x3000, any::<u64>()
            ]),
            rval in prop_oneof![Just(0i64), -4095i64..0, 0i64..0x3000, any::<i64>()],
            bytes in proptest::collection::vec(any::<u8>(), 0x2000),
            strsize in prop_oneof![Just(0usize), Just(1usize), Just(32usize), Just(4096usize)],
            verbose in any::<bool>(),
        ) {
            let mem = FakeMem::default().with(0x1000, &bytes);
            let opts = DecodeOpts { strsize, verbose };
            let decs = Decoders::new();
            let ent = crate::syscalls::lookup(nr);
            let mut out = Vec::new();
            let mut c = Ctx {
                mem: &mem,
                opts: &opts,
                args,
                sp: 0x1800,
                exiting: false,
                rval: 0,
                out: &mut out,
                more: false,
                ret: Ret::Dec,
            };
            decs.decode(nr, ent, &mut c);
            c.exiting = true;
            c.rval = rval;
            decs.decode(nr, ent, &mut c);
            let mut s = String::new();
            for v in &out {
                crate::output::text::render(&mut s, v, Default::default());
                let _ = crate::output::json::value_to_json(v);
            }
            prop_assert!(s.len() < 4 << 20);
        }

        /// Netlink data of every protocol with a decoder (and none), structured so that
        /// headers and attribute lengths are often plausible.
        #[test]
        fn netlink_decoders_never_panic(
            words in proptest::collection::vec(prop_oneof![
                0u32..64, 16u32..0x200, Just(0x0014_0014), any::<u32>()
            ], 0..512),
            family in prop_oneof![Just(None), Just(Some(0u32)), Just(Some(4u32)), any::<Option<u32>>()],
            len in prop_oneof![0u64..2048, Just(u64::MAX)],
            strsize in prop_oneof![Just(0usize), Just(4usize), Just(32usize)],
            verbose in any::<bool>(),
        ) {
            let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
            let mem = FakeMem::default().with(0x1000, &bytes);
            let opts = DecodeOpts { strsize, verbose };
            let mut out = Vec::new();
            let c = Ctx {
                mem: &mem,
                opts: &opts,
                args: [0; 6],
                sp: 0,
                exiting: true,
                rval: 0,
                out: &mut out,
                more: false,
                ret: Ret::Dec,
            };
            let v = netlink::messages(&c, family, 0x1000, len);
            let mut s = String::new();
            crate::output::text::render(&mut s, &v, Default::default());
            let _ = crate::output::json::value_to_json(&v);
            prop_assert!(s.len() < 4 << 20);
        }
    }
}
