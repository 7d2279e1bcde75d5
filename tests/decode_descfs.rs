//! Descriptor and file-system operation decoders (desc.rs, fsops.rs) against strace: each
//! fixture `tests/fixtures/descfs_*.c` is traced by both tracers and the lines of the syscalls
//! under test must be identical once addresses, pids and temporary names are normalised.

mod common;

use common::{TempDir, compile_fixture, rstrace_bin, run_with_timeout, strace_bin};
use std::path::Path;
use std::process::Command;

const DESC_CALLS: &[&str] = &[
    "readv",
    "writev",
    "preadv",
    "pwritev",
    "preadv2",
    "pwritev2",
    "sendfile",
    "copy_file_range",
    "splice",
    "tee",
    "vmsplice",
    "ftruncate",
    "fallocate",
    "sync_file_range",
    "close_range",
    "memfd_create",
    "flock",
    "fchmod",
    "fchown",
];

const FSOPS_CALLS: &[&str] = &[
    "quotactl",
    "quotactl_fd",
    "mknod",
    "mknodat",
    "truncate",
    "chmod",
    "mkdir",
    "fchmodat",
    "chown",
    "lchown",
    "fchownat",
    "link",
    "linkat",
    "symlink",
    "symlinkat",
    "unlink",
    "rename",
    "renameat",
    "renameat2",
    "rmdir",
    "chdir",
    "chroot",
    "utime",
    "utimes",
    "futimesat",
    "utimensat",
    "setxattr",
    "lsetxattr",
    "fsetxattr",
    "listxattr",
    "llistxattr",
    "flistxattr",
    "removexattr",
    "lremovexattr",
    "fremovexattr",
    "inotify_init1",
    "inotify_add_watch",
    "inotify_rm_watch",
    "name_to_handle_at",
    "open_by_handle_at",
    "mount",
    "umount2",
    "pivot_root",
    "swapon",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "open_tree",
    "move_mount",
    "mount_setattr",
    "openat2",
    "fanotify_init",
    "fanotify_mark",
];

/// File handle bytes hold the inode generation, which differs between runs.
fn hide_handles(line: &str) -> String {
    let key = "f_handle=\"";
    let mut out = String::new();
    let mut rest = line;
    while let Some(p) = rest.find(key) {
        out.push_str(&rest[..p + key.len()]);
        rest = &rest[p + key.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        out.push_str(&format!("<{} chars>", end));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Replace `0x` followed by six or more hex digits with `0xADDR`, and `_XXXXXX` mkstemp/mkdtemp
/// suffixes after `descfs_` names with a fixed string.
fn normalise(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && b.get(i + 1) == Some(&b'x') {
            let mut j = i + 2;
            while j < b.len() && b[j].is_ascii_hexdigit() {
                j += 1;
            }
            if j - (i + 2) >= 6 {
                out.push_str("0xADDR");
                i = j;
                continue;
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    // Temporary names: descfs_<tag>_XXXXXX.
    let mut res = String::new();
    let mut rest = out.as_str();
    while let Some(p) = rest.find("descfs_") {
        res.push_str(&rest[..p + 7]);
        rest = &rest[p + 7..];
        if let Some(u) = rest.find('_') {
            let tag = &rest[..u];
            let after = &rest[u + 1..];
            if tag.chars().all(|c| c.is_ascii_alphanumeric())
                && after.len() >= 6
                && after[..6].chars().all(|c| c.is_ascii_alphanumeric())
            {
                res.push_str(tag);
                res.push_str("_XXXXXX");
                rest = &after[6..];
            }
        }
    }
    res.push_str(rest);
    res
}

fn trace(tracer: &Path, opts: &[&str], prog: &Path, out: &Path, cwd: &Path) {
    let mut cmd = Command::new(tracer);
    cmd.args(opts).arg("-o").arg(out).arg(prog).current_dir(cwd);
    let r = run_with_timeout(&mut cmd, common::RUN_TIMEOUT).expect("run tracer");
    assert!(
        !r.timed_out,
        "{} timed out: {}",
        tracer.display(),
        r.stderr_str()
    );
}

fn calls_of(file: &Path, names: &[&str]) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .filter(|l| {
            let name = l.split('(').next().unwrap_or("");
            names.contains(&name)
        })
        .map(|l| hide_handles(&normalise(l)))
        .collect()
}

/// Trace `fixture` with each option set under both tracers and compare the `names` lines.
fn compare(fixture: &str, names: &[&str], option_sets: &[&[&str]]) {
    let dir = TempDir::new("descfs");
    let prog = compile_fixture(fixture, dir.path()).expect("compile fixture");
    let mut failures = String::new();
    for (k, opts) in option_sets.iter().enumerate() {
        let work = dir.join(format!("work{k}"));
        for who in ["s", "r"] {
            let _ = std::fs::remove_dir_all(&work);
            std::fs::create_dir_all(&work).unwrap();
            let tracer = if who == "s" {
                strace_bin()
            } else {
                rstrace_bin()
            };
            trace(
                &tracer,
                opts,
                &prog,
                &dir.join(format!("{who}{k}.out")),
                &work,
            );
        }
        let s = calls_of(&dir.join(format!("s{k}.out")), names);
        let r = calls_of(&dir.join(format!("r{k}.out")), names);
        assert!(
            !s.is_empty(),
            "strace printed none of the calls for {fixture}"
        );
        if s != r {
            failures.push_str(&format!("--- {fixture} with {opts:?}\n"));
            for i in 0..s.len().max(r.len()) {
                let a = s.get(i).map(String::as_str).unwrap_or("<none>");
                let b = r.get(i).map(String::as_str).unwrap_or("<none>");
                if a != b {
                    failures.push_str(&format!("strace:  {a}\nrstrace: {b}\n"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "differences:\n{failures}");
}

#[test]
fn desc_calls_match_strace() {
    compare(
        "descfs_desc",
        DESC_CALLS,
        &[
            &[],
            &["-v"],
            &["-s", "5"],
            &["-s", "300"],
            &["-v", "-s", "4"],
        ],
    );
}

#[test]
fn fsops_calls_match_strace() {
    compare(
        "descfs_fsops",
        FSOPS_CALLS,
        &[
            &[],
            &["-v"],
            &["-s", "0"],
            &["-s", "1"],
            &["-s", "5"],
            &["-s", "300"],
            &["-v", "-s", "1"],
        ],
    );
}

#[test]
fn normalise_addresses_and_temp_names() {
    assert_eq!(
        normalise(r#"unlink("/tmp/descfs_desc_d84Pea") = 0, 0x7ffc531846e9, 0x1"#),
        r#"unlink("/tmp/descfs_desc_XXXXXX") = 0, 0xADDR, 0x1"#
    );
    assert_eq!(
        hide_handles(r#"{f_handle="\x07\x40", x}"#),
        r#"{f_handle="<8 chars>", x}"#
    );
}
