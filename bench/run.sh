#!/usr/bin/env bash
# Side-by-side benchmark: untraced vs `strace -o /dev/null` vs
# `rstrace -o /dev/null` on syscall-heavy workloads, pinned to one CPU
# (`taskset -c 0` around the whole command) and unpinned, contenders
# alternated round-robin.  Prints a markdown table of median wall times.
# See bench/README.md.
#
# Environment:
#   RSTRACE            rstrace binary (default: target/release/rstrace,
#                      built with `cargo build --release` if missing)
#   STRACE             reference tracer (default: /usr/bin/strace)
#   BENCH_RUNS         runs per contender and mode (default 5)
#   BENCH_TRACER_OPTS  extra options for both tracers, e.g. "-c" or "-f"
#   BENCH_WORKLOADS    comma-separated subset of: getppid,dd,ls
#   BENCH_MODES        comma-separated subset of: pinned,unpinned
#   BENCH_FULL=1       the full sizes (200000 getppid calls, dd count=200000,
#                      ls -lR /usr/share); slow: strace alone needs minutes
#   BENCH_GETPPID_COUNT, BENCH_DD_COUNT, BENCH_LS_DIR   override the sizes
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

strace_bin="${STRACE:-/usr/bin/strace}"
if [ ! -x "$strace_bin" ]; then
    if [ "$strace_bin" = /usr/bin/strace ]; then
        echo "bench: /usr/bin/strace missing, installing it" >&2
        apt-get install -y strace >&2 || { apt-get update >&2 && apt-get install -y strace >&2; }
    else
        echo "bench: $strace_bin not found" >&2
        exit 1
    fi
fi

rstrace_bin="${RSTRACE:-$root/target/release/rstrace}"
if [ ! -x "$rstrace_bin" ]; then
    if [ -n "${RSTRACE:-}" ]; then
        echo "bench: RSTRACE=$RSTRACE is not an executable" >&2
        exit 1
    fi
    echo "bench: building rstrace (cargo build --release)" >&2
    (cd "$root" && cargo build --release >&2)
fi

command -v python3 >/dev/null || { echo "bench: python3 is required" >&2; exit 1; }
command -v cc >/dev/null || { echo "bench: cc is required" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/rstrace-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cat >"$work/getppid_loop.c" <<'EOF'
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 200000;
    for (long i = 0; i < n; i++)
        syscall(SYS_getppid);
    return 0;
}
EOF
cc -O2 -o "$work/getppid_loop" "$work/getppid_loop.c"

# Four threads making getpid calls, traced for write only: the case strace's --seccomp-bpf
# does not help (it keeps new threads in syscall-stop mode until their first traced call).
cat >"$work/threads_getpid.c" <<'EOF'
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static long n;
static void *run(void *a) {
    (void)a;
    for (long i = 0; i < n; i++)
        syscall(SYS_getpid);
    return 0;
}

int main(int argc, char **argv) {
    n = argc > 1 ? atol(argv[1]) : 20000;
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], 0, run, 0);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], 0);
    write(1, "done\n", 5);
    return 0;
}
EOF
cc -O2 -pthread -o "$work/threads_getpid" "$work/threads_getpid.c"
cc -O2 -o "$work/floor" "$here/floor.c"

if [ "${BENCH_FULL:-0}" = 1 ]; then
    def_getppid=200000 def_dd=200000 def_ls=/usr/share
else
    # strace costs ~100 us per syscall stop on this 2-core VM when not
    # pinned, so the full sizes would take far longer than ~5 minutes.
    def_getppid=50000 def_dd=25000 def_ls=/usr/share/doc
fi

export BENCH_STRACE="$strace_bin" BENCH_RSTRACE="$rstrace_bin"
export BENCH_GETPPID="$work/getppid_loop"
export BENCH_THREADS="$work/threads_getpid"
export BENCH_FLOOR_BIN="$work/floor"
export BENCH_GETPPID_COUNT="${BENCH_GETPPID_COUNT:-$def_getppid}"
export BENCH_DD_COUNT="${BENCH_DD_COUNT:-$def_dd}"
export BENCH_LS_DIR="${BENCH_LS_DIR:-$def_ls}"
export BENCH_RUNS="${BENCH_RUNS:-5}"
export BENCH_TRACER_OPTS="${BENCH_TRACER_OPTS:-}"
export BENCH_WORKLOADS="${BENCH_WORKLOADS:-getppid,dd,ls,threads}"
export BENCH_MODES="${BENCH_MODES:-pinned,unpinned}"

python3 - <<'PY'
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time

env = os.environ
strace = env["BENCH_STRACE"]
rstrace = env["BENCH_RSTRACE"]
runs = int(env["BENCH_RUNS"])
opts = shlex.split(env["BENCH_TRACER_OPTS"])

all_workloads = {
    "getppid": (
        f"getppid loop x{env['BENCH_GETPPID_COUNT']}",
        [env["BENCH_GETPPID"], env["BENCH_GETPPID_COUNT"]],
    ),
    "dd": (
        f"dd bs=1 count={env['BENCH_DD_COUNT']}",
        ["dd", "if=/dev/zero", "of=/dev/null", "bs=1", f"count={env['BENCH_DD_COUNT']}"],
    ),
    "ls": (
        f"ls -lR {env['BENCH_LS_DIR']}",
        ["ls", "-lR", env["BENCH_LS_DIR"]],
    ),
    "threads": (
        "4 threads x20000 getpid, -f -e trace=write",
        [env["BENCH_THREADS"], "20000"],
    ),
}
# Extra tracer options per workload: (strace's, rstrace's). strace gets its opt-in
# --seccomp-bpf, its best case; rstrace chooses the seccomp path by itself.
extra = {
    "threads": (["--seccomp-bpf", "-f", "-e", "trace=write"], ["-f", "-e", "trace=write"]),
}
workloads = [w.strip() for w in env["BENCH_WORKLOADS"].split(",") if w.strip()]
for w in workloads:
    if w not in all_workloads:
        sys.exit(f"bench: unknown workload {w!r} (known: {', '.join(all_workloads)})")
modes = [m.strip() for m in env["BENCH_MODES"].split(",") if m.strip()]
if "pinned" in modes and not shutil.which("taskset"):
    print("bench: taskset not found, skipping pinned mode", file=sys.stderr)
    modes = [m for m in modes if m != "pinned"]

contenders = [
    ("untraced", []),
    ("strace", [strace, "-o", "/dev/null", *opts]),
    ("rstrace", [rstrace, "-o", "/dev/null", *opts]),
]
# The ptrace floor (bench/floor.c): by default with -c, whose per-call work is
# closest to it. "floor" fetches the syscall info at both stops, "stops" only stops.
floor = env.get("BENCH_FLOOR", "1" if "-c" in opts else "0") == "1"
if floor:
    contenders += [
        ("floor", [env["BENCH_FLOOR_BIN"], "both"]),
        ("stops", [env["BENCH_FLOOR_BIN"], "none"]),
    ]
# Workloads whose tracer options trace a subset: the floor tracers trace everything,
# so they are not comparable there.
no_floor = {"threads"}


def command(prefix, argv, mode):
    cmd = prefix + argv
    if mode == "pinned":
        cmd = ["taskset", "-c", "0"] + cmd
    return cmd


def timed(cmd):
    t0 = time.perf_counter()
    rc = subprocess.run(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ).returncode
    return time.perf_counter() - t0, rc


# Preflight: does each tracer run at all?
for name, prefix in contenders[1:]:
    _, rc = timed(prefix + ["true"])
    if rc != 0:
        print(f"bench: warning: `{' '.join(prefix)} true` exited with {rc}", file=sys.stderr)

print(
    f"bench: {runs} runs per contender and mode, tracer options {opts or 'none'}",
    file=sys.stderr,
)
print(f"bench: strace={strace} rstrace={rstrace}", file=sys.stderr)

rows = []
for key in workloads:
    label, argv = all_workloads[key]
    # warm the page cache / dentry cache
    timed(argv)
    times = {(m, c): [] for m in modes for c, _ in contenders}
    failures = {}
    for i in range(runs):
        for mode in modes:
            # rotate the order each run so no contender always goes first
            k = i % len(contenders)
            order = contenders[k:] + contenders[:k]
            for cname, prefix in order:
                if cname in ("floor", "stops") and key in no_floor:
                    continue
                xs, xr = extra.get(key, ([], []))
                more = xs if cname == "strace" else xr if cname == "rstrace" else []
                dt, rc = timed(command(prefix + more, argv, mode))
                if rc != 0:
                    failures[(mode, cname)] = rc
                times[(mode, cname)].append(dt)
                print(
                    f"bench: {label} [{mode}] run {i + 1}/{runs} {cname}: {dt:.3f}s"
                    + (f" (exit {rc})" if rc else ""),
                    file=sys.stderr,
                )
    for mode in modes:
        med = {}
        cells = []
        for cname, _ in contenders:
            if not times[(mode, cname)]:
                med[cname] = float("nan")
                cells.append("-")
                continue
            med[cname] = statistics.median(times[(mode, cname)])
            cell = f"{med[cname]:.3f}"
            if (mode, cname) in failures:
                cell += f" (FAILED, exit {failures[(mode, cname)]})"
            cells.append(cell)
        ratio = med["rstrace"] / med["strace"] if med["strace"] > 0 else float("nan")
        row = [label, mode, *cells, f"{ratio:.2f}"]
        if floor:
            for f in ("floor", "stops"):
                r = med["strace"] and med[f] / med["strace"]
                row.append("-" if r != r else f"{r:.2f}")
        rows.append(tuple(row))

header = ["workload", "mode", "untraced (s)", "strace (s)", "rstrace (s)"]
if floor:
    header += ["floor (s)", "stops (s)"]
header += ["rstrace/strace"]
if floor:
    header += ["floor/strace", "stops/strace"]
print()
print(f"Median wall time of {runs} runs; tracer options: {' '.join(opts) or '(none)'}")
print()
print("| " + " | ".join(header) + " |")
print("|" + "|".join("---" for _ in header) + "|")
for r in rows:
    print("| " + " | ".join(r) + " |")
PY
