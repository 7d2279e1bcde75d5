//! Constant tables for the descriptor and file-system operation decoders (desc.rs, fsops.rs).

use super::Xlat;

/// From linux/fs.h (sync_file_range flags).
pub static SYNC_FILE_RANGE_FLAGS: Xlat = &[
    (1, "SYNC_FILE_RANGE_WAIT_BEFORE"),
    (2, "SYNC_FILE_RANGE_WRITE"),
    (4, "SYNC_FILE_RANGE_WAIT_AFTER"),
];

/// From linux/fcntl.h: the name_to_handle_at flags strace 6.1 knows.
pub static NAME_TO_HANDLE_AT_FLAGS: Xlat =
    &[(0x400, "AT_SYMLINK_FOLLOW"), (0x1000, "AT_EMPTY_PATH")];
