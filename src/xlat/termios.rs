//! Terminal flag tables from <asm-generic/termbits.h>, in the order strace prints them.

use super::Xlat;

pub static IFLAGS: Xlat = &[
    (0x001, "IGNBRK"),
    (0x002, "BRKINT"),
    (0x004, "IGNPAR"),
    (0x008, "PARMRK"),
    (0x010, "INPCK"),
    (0x020, "ISTRIP"),
    (0x040, "INLCR"),
    (0x080, "IGNCR"),
    (0x100, "ICRNL"),
    (0x200, "IUCLC"),
    (0x400, "IXON"),
    (0x800, "IXANY"),
    (0x1000, "IXOFF"),
    (0x2000, "IMAXBEL"),
    (0x4000, "IUTF8"),
];

/// c_oflag delay fields: (mask, [(value, name)]).
pub static ODELAYS: &[(u64, Xlat)] = &[
    (0x100, &[(0, "NL0"), (0x100, "NL1")]),
    (
        0x600,
        &[(0, "CR0"), (0x200, "CR1"), (0x400, "CR2"), (0x600, "CR3")],
    ),
    (
        0x1800,
        &[
            (0, "TAB0"),
            (0x800, "TAB1"),
            (0x1000, "TAB2"),
            (0x1800, "TAB3"),
        ],
    ),
    (0x2000, &[(0, "BS0"), (0x2000, "BS1")]),
    (0x4000, &[(0, "VT0"), (0x4000, "VT1")]),
    (0x8000, &[(0, "FF0"), (0x8000, "FF1")]),
];

pub static OFLAGS: Xlat = &[
    (0x01, "OPOST"),
    (0x02, "OLCUC"),
    (0x04, "ONLCR"),
    (0x08, "OCRNL"),
    (0x10, "ONOCR"),
    (0x20, "ONLRET"),
    (0x40, "OFILL"),
    (0x80, "OFDEL"),
];

/// Baud rates (the CBAUD field of c_cflag).
pub static BAUDS: Xlat = &[
    (0, "B0"),
    (1, "B50"),
    (2, "B75"),
    (3, "B110"),
    (4, "B134"),
    (5, "B150"),
    (6, "B200"),
    (7, "B300"),
    (8, "B600"),
    (9, "B1200"),
    (10, "B1800"),
    (11, "B2400"),
    (12, "B4800"),
    (13, "B9600"),
    (14, "B19200"),
    (15, "B38400"),
    (0x1001, "B57600"),
    (0x1002, "B115200"),
    (0x1003, "B230400"),
    (0x1004, "B460800"),
    (0x1005, "B500000"),
    (0x1006, "B576000"),
    (0x1007, "B921600"),
    (0x1008, "B1000000"),
    (0x1009, "B1152000"),
    (0x100a, "B1500000"),
    (0x100b, "B2000000"),
    (0x100c, "B2500000"),
    (0x100d, "B3000000"),
    (0x100e, "B3500000"),
    (0x100f, "B4000000"),
];

pub static CSIZES: Xlat = &[(0, "CS5"), (0x10, "CS6"), (0x20, "CS7"), (0x30, "CS8")];

pub static CFLAGS: Xlat = &[
    (0x40, "CSTOPB"),
    (0x80, "CREAD"),
    (0x100, "PARENB"),
    (0x200, "PARODD"),
    (0x400, "HUPCL"),
    (0x800, "CLOCAL"),
    (0x4000_0000, "CMSPAR"),
    (0x8000_0000, "CRTSCTS"),
];

pub static LFLAGS: Xlat = &[
    (0x00001, "ISIG"),
    (0x00002, "ICANON"),
    (0x00004, "XCASE"),
    (0x00008, "ECHO"),
    (0x00010, "ECHOE"),
    (0x00020, "ECHOK"),
    (0x00040, "ECHONL"),
    (0x00080, "NOFLSH"),
    (0x08000, "IEXTEN"),
    (0x00200, "ECHOCTL"),
    (0x00400, "ECHOPRT"),
    (0x00800, "ECHOKE"),
    (0x01000, "FLUSHO"),
    (0x04000, "PENDIN"),
    (0x00100, "TOSTOP"),
    (0x10000, "EXTPROC"),
];

/// Line disciplines (c_line).
pub static LINE_DISCS: Xlat = &[(0, "N_TTY")];

/// Names of the c_cc slots.
pub static CC_NAMES: [&str; 17] = [
    "VINTR", "VQUIT", "VERASE", "VKILL", "VEOF", "VTIME", "VMIN", "VSWTC", "VSTART", "VSTOP",
    "VSUSP", "VEOL", "VREPRINT", "VDISCARD", "VWERASE", "VLNEXT", "VEOL2",
];
