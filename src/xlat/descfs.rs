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

/// From sys/swap.h: swapon flags above the priority (SWAP_FLAG_PRIO_MASK, 0x7fff).
pub static SWAP_FLAGS: Xlat = &[
    (0x8000, "SWAP_FLAG_PREFER"),
    (0x10000, "SWAP_FLAG_DISCARD"),
    (0x20000, "SWAP_FLAG_DISCARD_ONCE"),
    (0x40000, "SWAP_FLAG_DISCARD_PAGES"),
];

/// From linux/mount.h (fsopen).
pub static FSOPEN_FLAGS: Xlat = &[(1, "FSOPEN_CLOEXEC")];

/// From linux/mount.h (fsmount).
pub static FSMOUNT_FLAGS: Xlat = &[(1, "FSMOUNT_CLOEXEC")];

/// From linux/mount.h: fsmount's attr_flags as strace 6.1 names them.
pub static FSMOUNT_ATTR_FLAGS: Xlat = &[
    (0x1, "MOUNT_ATTR_RDONLY"),
    (0x2, "MOUNT_ATTR_NOSUID"),
    (0x4, "MOUNT_ATTR_NODEV"),
    (0x8, "MOUNT_ATTR_NOEXEC"),
    (0x10, "MOUNT_ATTR_NOATIME"),
    (0x20, "MOUNT_ATTR_STRICTATIME"),
    (0x80, "MOUNT_ATTR_NODIRATIME"),
];

/// From linux/mount.h: struct mount_attr attr_set/attr_clr (mount_setattr).
pub static MOUNT_ATTR_ATTR: Xlat = &[
    (0x1, "MOUNT_ATTR_RDONLY"),
    (0x2, "MOUNT_ATTR_NOSUID"),
    (0x4, "MOUNT_ATTR_NODEV"),
    (0x8, "MOUNT_ATTR_NOEXEC"),
    (0x10, "MOUNT_ATTR_NOATIME"),
    (0x20, "MOUNT_ATTR_STRICTATIME"),
    (0x80, "MOUNT_ATTR_NODIRATIME"),
    (0x100000, "MOUNT_ATTR_IDMAP"),
    (0x200000, "MOUNT_ATTR_NOSYMFOLLOW"),
];

/// From linux/mount.h: struct mount_attr propagation.
pub static MOUNT_ATTR_PROPAGATION: Xlat = &[
    (0x20000, "MS_UNBINDABLE"),
    (0x40000, "MS_PRIVATE"),
    (0x80000, "MS_SLAVE"),
    (0x100000, "MS_SHARED"),
];

/// From linux/fcntl.h: the mount_setattr flags.
pub static MOUNT_SETATTR_FLAGS: Xlat = &[
    (0x100, "AT_SYMLINK_NOFOLLOW"),
    (0x800, "AT_NO_AUTOMOUNT"),
    (0x1000, "AT_EMPTY_PATH"),
    (0x8000, "AT_RECURSIVE"),
];

/// From linux/mount.h and linux/fcntl.h (open_tree).
pub static OPEN_TREE_FLAGS: Xlat = &[
    (0x1, "OPEN_TREE_CLONE"),
    (0x80000, "OPEN_TREE_CLOEXEC"),
    (0x100, "AT_SYMLINK_NOFOLLOW"),
    (0x200, "AT_REMOVEDIR"),
    (0x400, "AT_SYMLINK_FOLLOW"),
    (0x800, "AT_NO_AUTOMOUNT"),
    (0x1000, "AT_EMPTY_PATH"),
    (0x8000, "AT_RECURSIVE"),
];

/// From linux/mount.h (fspick).
pub static FSPICK_FLAGS: Xlat = &[
    (0x1, "FSPICK_CLOEXEC"),
    (0x2, "FSPICK_SYMLINK_NOFOLLOW"),
    (0x4, "FSPICK_NO_AUTOMOUNT"),
    (0x8, "FSPICK_EMPTY_PATH"),
];

/// From linux/mount.h (move_mount).
pub static MOVE_MOUNT_FLAGS: Xlat = &[
    (0x1, "MOVE_MOUNT_F_SYMLINKS"),
    (0x2, "MOVE_MOUNT_F_AUTOMOUNTS"),
    (0x4, "MOVE_MOUNT_F_EMPTY_PATH"),
    (0x10, "MOVE_MOUNT_T_SYMLINKS"),
    (0x20, "MOVE_MOUNT_T_AUTOMOUNTS"),
    (0x40, "MOVE_MOUNT_T_EMPTY_PATH"),
    (0x100, "MOVE_MOUNT_SET_GROUP"),
];

/// From linux/mount.h (fsconfig commands).
pub static FSCONFIG_CMDS: Xlat = &[
    (0, "FSCONFIG_SET_FLAG"),
    (1, "FSCONFIG_SET_STRING"),
    (2, "FSCONFIG_SET_BINARY"),
    (3, "FSCONFIG_SET_PATH"),
    (4, "FSCONFIG_SET_PATH_EMPTY"),
    (5, "FSCONFIG_SET_FD"),
    (6, "FSCONFIG_CMD_CREATE"),
    (7, "FSCONFIG_CMD_RECONFIGURE"),
];

/// From linux/openat2.h (struct open_how resolve).
pub static RESOLVE_FLAGS: Xlat = &[
    (0x1, "RESOLVE_NO_XDEV"),
    (0x2, "RESOLVE_NO_MAGICLINKS"),
    (0x4, "RESOLVE_NO_SYMLINKS"),
    (0x8, "RESOLVE_BENEATH"),
    (0x10, "RESOLVE_IN_ROOT"),
    (0x20, "RESOLVE_CACHED"),
];

/// From linux/fanotify.h: the notification class (flags & 0xc) of fanotify_init.
pub static FAN_CLASSES: Xlat = &[
    (0x0, "FAN_CLASS_NOTIF"),
    (0x4, "FAN_CLASS_CONTENT"),
    (0x8, "FAN_CLASS_PRE_CONTENT"),
];

/// From linux/fanotify.h: fanotify_init flags besides the class.
pub static FAN_INIT_FLAGS: Xlat = &[
    (0x1, "FAN_CLOEXEC"),
    (0x2, "FAN_NONBLOCK"),
    (0x10, "FAN_UNLIMITED_QUEUE"),
    (0x20, "FAN_UNLIMITED_MARKS"),
    (0x40, "FAN_ENABLE_AUDIT"),
    (0x80, "FAN_REPORT_PIDFD"),
    (0x100, "FAN_REPORT_TID"),
    (0x200, "FAN_REPORT_FID"),
    (0x400, "FAN_REPORT_DIR_FID"),
    (0x800, "FAN_REPORT_NAME"),
    (0x1000, "FAN_REPORT_TARGET_FID"),
];

/// From linux/fanotify.h: fanotify_mark flags.
pub static FAN_MARK_FLAGS: Xlat = &[
    (0x1, "FAN_MARK_ADD"),
    (0x2, "FAN_MARK_REMOVE"),
    (0x4, "FAN_MARK_DONT_FOLLOW"),
    (0x8, "FAN_MARK_ONLYDIR"),
    (0x10, "FAN_MARK_MOUNT"),
    (0x20, "FAN_MARK_IGNORED_MASK"),
    (0x40, "FAN_MARK_IGNORED_SURV_MODIFY"),
    (0x80, "FAN_MARK_FLUSH"),
    (0x100, "FAN_MARK_FILESYSTEM"),
    (0x200, "FAN_MARK_EVICTABLE"),
    (0x400, "FAN_MARK_IGNORE"),
];

/// From linux/fanotify.h: fanotify_mark event mask, in strace 6.1's order.
pub static FAN_EVENTS: Xlat = &[
    (0x1, "FAN_ACCESS"),
    (0x2, "FAN_MODIFY"),
    (0x4, "FAN_ATTRIB"),
    (0x8, "FAN_CLOSE_WRITE"),
    (0x10, "FAN_CLOSE_NOWRITE"),
    (0x20, "FAN_OPEN"),
    (0x40, "FAN_MOVED_FROM"),
    (0x80, "FAN_MOVED_TO"),
    (0x100, "FAN_CREATE"),
    (0x200, "FAN_DELETE"),
    (0x400, "FAN_DELETE_SELF"),
    (0x800, "FAN_MOVE_SELF"),
    (0x1000, "FAN_OPEN_EXEC"),
    (0x4000, "FAN_Q_OVERFLOW"),
    (0x8000, "FAN_FS_ERROR"),
    (0x10000, "FAN_OPEN_PERM"),
    (0x20000, "FAN_ACCESS_PERM"),
    (0x40000, "FAN_OPEN_EXEC_PERM"),
    (0x80000, "FAN_DIR_MODIFY"),
    (0x40000000, "FAN_ONDIR"),
    (0x8000000, "FAN_EVENT_ON_CHILD"),
    (0x10000000, "FAN_RENAME"),
];

/// From linux/quota.h and linux/dqblk_xfs.h: quotactl commands (`QCMD(cmd, type) >> 8`).
pub static QUOTA_CMDS: Xlat = &[
    (0x800001, "Q_SYNC"),
    (0x800002, "Q_QUOTAON"),
    (0x800003, "Q_QUOTAOFF"),
    (0x800004, "Q_GETFMT"),
    (0x800005, "Q_GETINFO"),
    (0x800006, "Q_SETINFO"),
    (0x800007, "Q_GETQUOTA"),
    (0x800008, "Q_SETQUOTA"),
    (0x800009, "Q_GETNEXTQUOTA"),
    (0x5801, "Q_XQUOTAON"),
    (0x5802, "Q_XQUOTAOFF"),
    (0x5803, "Q_XGETQUOTA"),
    (0x5804, "Q_XSETQLIM"),
    (0x5805, "Q_XGETQSTAT"),
    (0x5806, "Q_XQUOTARM"),
    (0x5807, "Q_XQUOTASYNC"),
    (0x5808, "Q_XGETQSTATV"),
    (0x5809, "Q_XGETNEXTQUOTA"),
];

/// linux/quota.h: the quota type in QCMD's low byte.
pub static QUOTA_TYPES: Xlat = &[(0, "USRQUOTA"), (1, "GRPQUOTA"), (2, "PRJQUOTA")];

/// linux/quota.h: quota file formats (Q_QUOTAON's id, Q_GETFMT's result).
pub static QUOTA_FORMATS: Xlat = &[
    (1, "QFMT_VFS_OLD"),
    (2, "QFMT_VFS_V0"),
    (3, "QFMT_OCFS2"),
    (4, "QFMT_VFS_V1"),
];

/// linux/quota.h: if_dqblk.dqb_valid.
pub static QUOTA_QIF: Xlat = &[
    (0x1, "QIF_BLIMITS"),
    (0x2, "QIF_SPACE"),
    (0x4, "QIF_ILIMITS"),
    (0x8, "QIF_INODES"),
    (0x10, "QIF_BTIME"),
    (0x20, "QIF_ITIME"),
];

/// linux/quota.h: if_dqinfo.dqi_valid.
pub static QUOTA_IIF: Xlat = &[(0x1, "IIF_BGRACE"), (0x2, "IIF_IGRACE"), (0x4, "IIF_FLAGS")];

/// linux/quota.h: if_dqinfo.dqi_flags.
pub static QUOTA_DQF: Xlat = &[(0x1, "DQF_ROOT_SQUASH"), (0x10000, "DQF_SYS_FILE")];

/// linux/dqblk_xfs.h: Q_XQUOTAON/Q_XQUOTAOFF flags.
pub static QUOTA_XFS_FLAGS: Xlat = &[
    (0x1, "FS_QUOTA_UDQ_ACCT"),
    (0x2, "FS_QUOTA_UDQ_ENFD"),
    (0x4, "FS_QUOTA_GDQ_ACCT"),
    (0x8, "FS_QUOTA_GDQ_ENFD"),
    (0x10, "FS_QUOTA_PDQ_ACCT"),
    (0x20, "FS_QUOTA_PDQ_ENFD"),
];

/// linux/dqblk_xfs.h: Q_XQUOTARM quota types.
pub static QUOTA_XFS_TYPES: Xlat = &[
    (0x1, "FS_USER_QUOTA"),
    (0x2, "FS_PROJ_QUOTA"),
    (0x4, "FS_GROUP_QUOTA"),
];
