//! The structured value a decoder produces. Printers (strace text, later JSON) render it;
//! decoders never format text themselves.

/// A decoded argument, struct field or return value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Signed decimal.
    Int(i64),
    /// A file descriptor (printed as a number; `-y` annotates it).
    Fd(i32),
    /// A descriptor with what `-y` found for it: `3</etc/passwd>`.
    FdInfo(i32, String),
    /// A process or thread id (printed as a number; `-Y` adds the command name).
    Pid(i32),
    /// A pid with its command name: `1234<sh>`.
    PidComm(i32, String),
    /// Unsigned decimal.
    Uint(u64),
    /// Hexadecimal, `0x` prefixed (`0` stays `0`).
    Hex(u64),
    /// Octal with a leading `0` (file modes).
    Oct(u64),
    /// `st_mode`-style file type and permissions: `S_IFREG|0644`.
    FileMode(u64),
    /// A pointer: `NULL` or `0x...`.
    Ptr(u64),
    /// A quoted string read from the tracee.
    Str(QStr),
    /// A named constant (`AT_FDCWD`, `SEEK_SET`, `RLIMIT_STACK` ...).
    Sym(&'static str, u64),
    /// A named constant whose number strace shows in decimal under `-X raw`/`-X verbose`
    /// (AT_FDCWD as -100, signals as 15).
    SymDec(&'static str, i64),
    /// Parts of one word printed separately and joined by `|` (a socket's type and its flags,
    /// statx's sync type and its flags); flag parts that are zero are left out.
    Or(Vec<Value>),
    /// A value with a friendlier spelling: `-X abbrev` prints the friendly form, `-X raw` the
    /// value, `-X verbose` both (`8388608 /* 8192*1024 */`).
    Alt(Box<Value>, Box<Value>),
    /// strace's function-call notation: `inet_addr("127.0.0.1")`, `if_nametoindex("lo")`;
    /// string arguments are quoted as any string (`-x`, `-xx`).
    Call(&'static str, Vec<Value>),
    /// Parts printed back to back, each in its own style (netfilter's message type
    /// `NFNL_SUBSYS_CTNETLINK<<8|IPCTNL_MSG_CT_GET`, `0x1<<8|0x1` under `-X raw`).
    Seq(Vec<Value>),
    /// A constant with no name: printed as a number followed by `/* NAME_??? */`.
    UnknownSym(u64, &'static str),
    /// Flags: known names joined by `|`, leftover bits in hex; `zero` is printed when nothing is set.
    Flags(Flags),
    /// A structure: `{name=value, ...}`; `more` appends `...` (abbreviated with `-v` off).
    Struct(Vec<(&'static str, Value)>, bool),
    /// An array `[a, b]`; `more` appends `...`.
    Array(Vec<Value>, bool),
    /// A value whose memory could not be read: printed as its address.
    Unreadable(u64),
    /// An expression strace prints verbatim, e.g. `8192*1024` or `{WIFEXITED(s) && WEXITSTATUS(s) == 0}`.
    Expr(String),
    /// A value followed by a `/* comment */`, e.g. an environment pointer `0x7ff... /* 39 vars */`.
    Commented(Box<Value>, String),
    /// What the kernel wrote back into an input structure, printed ` => {...}` right after it
    /// (no `, ` separator before it).
    Changed(Box<Value>),
    /// `name=value`, for arguments strace labels (`child_stack=NULL`).
    Named(&'static str, Box<Value>),
    /// A sigset: `[SIGINT SIGTERM]`, or `~[...]` for a complement.
    SigSet(Vec<u32>, bool),
}

/// Bytes from the tracee, with how they should be quoted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QStr {
    pub bytes: Vec<u8>,
    /// More data followed (cut at `-s`): printed as `"..."...`.
    pub truncated: bool,
    /// Print every byte as `\xNN` (strace does so for getrandom output and with `-xx`).
    pub force_hex: bool,
    /// A NUL that ended the bytes was left out (netlink string attributes). When the string
    /// prints in hex (`-x`, `-xx`) strace shows that NUL and `...` after it.
    pub trailing_nul: bool,
}

/// A flag word split into names.
#[derive(Debug, Clone, PartialEq)]
pub struct Flags {
    pub raw: u64,
    pub names: Vec<&'static str>,
    /// Bits no name covers.
    pub rest: u64,
    /// Extra terms printed after the names (e.g. `MAP_HUGE_2MB`, an exit signal in clone flags).
    pub extra: Vec<String>,
    /// What to print when no name and no rest: `0` by default.
    pub zero: &'static str,
}

impl Value {
    pub fn str(bytes: Vec<u8>, truncated: bool) -> Value {
        Value::Str(QStr {
            bytes,
            truncated,
            force_hex: false,
            trailing_nul: false,
        })
    }
}
