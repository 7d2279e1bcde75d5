//! Constant tables for the descriptor and file-system operation decoders (desc.rs, fsops.rs).

use super::Xlat;

/// From linux/fs.h (sync_file_range flags).
pub static SYNC_FILE_RANGE_FLAGS: Xlat = &[
    (1, "SYNC_FILE_RANGE_WAIT_BEFORE"),
    (2, "SYNC_FILE_RANGE_WRITE"),
    (4, "SYNC_FILE_RANGE_WAIT_AFTER"),
];
