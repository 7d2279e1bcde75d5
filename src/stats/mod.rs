//! `-c`/`-C` syscall statistics: counts, errors and time per syscall, rendered as strace's
//! summary table, plus latency percentiles from a compact log-linear histogram.

use crate::syscalls;
use std::fmt::Write;

/// Columns of the summary table (`-U`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    TimePercent,
    TotalTime,
    MinTime,
    MaxTime,
    AvgTime,
    Calls,
    Errors,
    Name,
    /// Latency percentiles (rstrace's addition): p50, p90, p99.
    P50,
    P90,
    P99,
}

/// Column names as strace accepts them (`-U`, `-S`), and rstrace's percentile columns.
const COLUMN_NAMES: &[(&str, Option<Col>)] = &[
    ("time", Some(Col::TimePercent)),
    ("time_percent", Some(Col::TimePercent)),
    ("time-percent", Some(Col::TimePercent)),
    ("time_total", Some(Col::TotalTime)),
    ("time-total", Some(Col::TotalTime)),
    ("total_time", Some(Col::TotalTime)),
    ("total-time", Some(Col::TotalTime)),
    ("min_time", Some(Col::MinTime)),
    ("min-time", Some(Col::MinTime)),
    ("shortest", Some(Col::MinTime)),
    ("time_min", Some(Col::MinTime)),
    ("time-min", Some(Col::MinTime)),
    ("longest", Some(Col::MaxTime)),
    ("max_time", Some(Col::MaxTime)),
    ("max-time", Some(Col::MaxTime)),
    ("time_max", Some(Col::MaxTime)),
    ("time-max", Some(Col::MaxTime)),
    ("avg_time", Some(Col::AvgTime)),
    ("avg-time", Some(Col::AvgTime)),
    ("time_avg", Some(Col::AvgTime)),
    ("time-avg", Some(Col::AvgTime)),
    ("calls", Some(Col::Calls)),
    ("count", Some(Col::Calls)),
    ("error", Some(Col::Errors)),
    ("errors", Some(Col::Errors)),
    ("name", Some(Col::Name)),
    ("syscall", Some(Col::Name)),
    ("syscall_name", Some(Col::Name)),
    ("syscall-name", Some(Col::Name)),
    ("p50-time", Some(Col::P50)),
    ("p90-time", Some(Col::P90)),
    ("p99-time", Some(Col::P99)),
    ("none", None),
    ("nothing", None),
];

pub const DEFAULT_COLUMNS: &[Col] = &[
    Col::TimePercent,
    Col::TotalTime,
    Col::AvgTime,
    Col::Calls,
    Col::Errors,
    Col::Name,
];

/// `-S SORTBY`: a column, or None for "nothing" (syscall number order).
pub fn parse_sortby(s: &str) -> Result<Option<Col>, String> {
    COLUMN_NAMES
        .iter()
        .find(|(n, _)| *n == s)
        .map(|(_, c)| *c)
        .ok_or_else(|| format!("invalid sortby: '{s}'"))
}

/// `-U COLUMNS`; the name column is always shown.
pub fn parse_columns(s: &str) -> Result<Vec<Col>, String> {
    let mut cols = Vec::new();
    let mut rest = s;
    loop {
        let (item, more) = match rest.split_once(',') {
            Some((a, b)) => (a, Some(b)),
            None => (rest, None),
        };
        let col = COLUMN_NAMES
            .iter()
            .find(|(n, c)| *n == item && c.is_some())
            .and_then(|(_, c)| *c)
            .ok_or_else(|| format!("unknown column name: '{item}'"))?;
        if cols.contains(&col) {
            return Err(format!(
                "call summary column has been provided more than once: '{item}' (-U option residual: '{rest}')"
            ));
        }
        cols.push(col);
        match more {
            Some(m) => rest = m,
            None => break,
        }
    }
    if !cols.contains(&Col::Name) {
        cols.push(Col::Name);
    }
    Ok(cols)
}

/// `-O OVERHEAD[UNIT]` (microseconds by default) as nanoseconds.
pub fn parse_duration_ns(s: &str) -> Option<u64> {
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    if num.is_empty() || num == "." {
        return None;
    }
    let v: f64 = num.parse().ok()?;
    let mult = match unit {
        "" | "us" => 1e3,
        "s" => 1e9,
        "ms" => 1e6,
        "ns" => 1.0,
        _ => return None,
    };
    Some((v * mult).round() as u64)
}

/// Log-linear latency histogram: 8 sub-buckets per power of two of nanoseconds, so any
/// percentile is within 12.5% of the true value, in constant memory per syscall.
const SUB: usize = 8;
const BUCKETS: usize = 64 * SUB;

fn bucket_of(ns: u64) -> usize {
    if ns < SUB as u64 {
        return ns as usize;
    }
    let exp = 63 - ns.leading_zeros() as usize; // ns in [2^exp, 2^(exp+1))
    let shift = exp - 3; // SUB = 2^3
    let sub = ((ns >> shift) as usize) & (SUB - 1);
    ((exp - 2) * SUB + sub).min(BUCKETS - 1)
}

/// The upper bound of a bucket, in nanoseconds.
fn bucket_upper(b: usize) -> u64 {
    if b < SUB {
        return b as u64;
    }
    let exp = b / SUB + 2;
    let sub = (b % SUB) as u64;
    ((SUB as u64 + sub + 1) << (exp - 3)) - 1
}

#[derive(Clone, Default)]
struct Count {
    calls: u64,
    errors: u64,
    time_ns: u128,
    min_ns: u64,
    max_ns: u64,
    hist: Option<Box<[u32; BUCKETS]>>,
}

pub struct Stats {
    counts: Vec<Count>,
    overhead_ns: u64,
    percentiles: bool,
    /// The personality's syscall names by number.
    names: fn(u64) -> Option<&'static str>,
}

fn x86_64_name(nr: u64) -> Option<&'static str> {
    syscalls::lookup(nr).map(|e| e.name)
}

impl Stats {
    pub fn new(overhead_ns: u64, percentiles: bool) -> Self {
        Stats {
            counts: vec![Count::default(); syscalls::x86_64::SYSCALLS.len()],
            overhead_ns,
            percentiles,
            names: x86_64_name,
        }
    }

    /// Counts of 32-bit (i386) calls, which strace summarises in a table of their own.
    pub fn new_i386(overhead_ns: u64, percentiles: bool) -> Self {
        let len = syscalls::i386::TABLE_END as usize;
        Stats {
            counts: vec![Count::default(); len],
            overhead_ns,
            percentiles,
            names: syscalls::i386::name,
        }
    }

    /// Whether any call was counted.
    pub fn is_empty(&self) -> bool {
        self.counts.iter().all(|c| c.calls == 0)
    }

    /// One finished syscall.
    #[inline]
    pub fn record(&mut self, nr: u64, failed: bool, dur_ns: u64) {
        let Some(c) = self.counts.get_mut(nr as usize) else {
            return;
        };
        let d = dur_ns.saturating_sub(self.overhead_ns);
        if c.calls == 0 || d < c.min_ns {
            c.min_ns = d;
        }
        c.max_ns = c.max_ns.max(d);
        c.calls += 1;
        c.errors += failed as u64;
        c.time_ns += d as u128;
        if self.percentiles {
            let h = c.hist.get_or_insert_with(|| Box::new([0; BUCKETS]));
            let b = bucket_of(d);
            h[b] = h[b].saturating_add(1);
        }
    }

    fn percentile(c: &Count, p: f64) -> u64 {
        let Some(h) = &c.hist else { return 0 };
        let rank = ((c.calls as f64) * p).ceil().max(1.0) as u64;
        let mut seen = 0u64;
        for (b, &n) in h.iter().enumerate() {
            seen += n as u64;
            if seen >= rank {
                return bucket_upper(b).min(c.max_ns);
            }
        }
        c.max_ns
    }

    /// The summary as one JSON object (`--json` with `-c`/`-C`): rows in the table's order.
    pub fn to_json(&self, sort: Option<Col>, wall: bool) -> serde_json::Value {
        use serde_json::json;
        let mut text = String::new();
        // The row order is the table's: render it once and read the names back.
        self.render(&mut text, &[Col::Name], sort);
        let total_ns: u128 = self.counts.iter().map(|c| c.time_ns).sum();
        let row = |nr: Option<usize>, c: &Count| {
            let mut m = serde_json::Map::new();
            if let Some(nr) = nr {
                let name = (self.names)(nr as u64).unwrap_or("?");
                m.insert("name".into(), json!(name));
                m.insert("nr".into(), json!(nr));
            }
            m.insert("calls".into(), json!(c.calls));
            m.insert("errors".into(), json!(c.errors));
            m.insert("seconds".into(), json!(c.time_ns as f64 / 1e9));
            m.insert("min_seconds".into(), json!(c.min_ns as f64 / 1e9));
            m.insert("max_seconds".into(), json!(c.max_ns as f64 / 1e9));
            let avg = if c.calls > 0 {
                (c.time_ns as f64 / c.calls as f64 / 1e3) as u64
            } else {
                0
            };
            m.insert("usecs_per_call".into(), json!(avg));
            let pct = if total_ns > 0 {
                c.time_ns as f64 * 100.0 / total_ns as f64
            } else if nr.is_none() {
                100.0
            } else {
                0.0
            };
            m.insert("percent".into(), json!(pct));
            if c.hist.is_some() {
                m.insert("p50_usecs".into(), json!(Self::percentile(c, 0.5) / 1000));
                m.insert("p90_usecs".into(), json!(Self::percentile(c, 0.9) / 1000));
                m.insert("p99_usecs".into(), json!(Self::percentile(c, 0.99) / 1000));
            }
            serde_json::Value::Object(m)
        };
        let rows: Vec<serde_json::Value> = text
            .lines()
            .skip(2)
            .take_while(|l| !l.starts_with('-'))
            .filter_map(|name| {
                let name = name.trim();
                (0..self.counts.len()).find(|&i| (self.names)(i as u64) == Some(name))
            })
            .map(|nr| row(Some(nr), &self.counts[nr]))
            .collect();
        let mut total = Count::default();
        for c in self.counts.iter().filter(|c| c.calls > 0) {
            total.calls += c.calls;
            total.errors += c.errors;
            total.time_ns += c.time_ns;
            total.max_ns = total.max_ns.max(c.max_ns);
        }
        total.min_ns = self
            .counts
            .iter()
            .filter(|c| c.calls > 0)
            .map(|c| c.min_ns)
            .min()
            .unwrap_or(0);
        json!({"type": "summary", "wall_clock": wall, "rows": rows, "total": row(None, &total)})
    }

    /// Render the summary table as strace's `-c` prints it.
    pub fn render(&self, out: &mut String, cols: &[Col], sort: Option<Col>) {
        let secs = |ns: u128| ns as f64 / 1e9;
        let used: Vec<usize> = (0..self.counts.len())
            .filter(|&i| self.counts[i].calls > 0)
            .collect();
        let total_ns: u128 = used.iter().map(|&i| self.counts[i].time_ns).sum();
        let calls: u64 = used.iter().map(|&i| self.counts[i].calls).sum();
        let errors: u64 = used.iter().map(|&i| self.counts[i].errors).sum();
        let avg_us = |c: &Count| (c.time_ns as f64 / c.calls as f64 / 1e3) as u64;
        let min_all = used
            .iter()
            .map(|&i| self.counts[i].min_ns)
            .min()
            .unwrap_or(0);
        let max_min = used
            .iter()
            .map(|&i| self.counts[i].min_ns)
            .max()
            .unwrap_or(0);
        let max_all = used
            .iter()
            .map(|&i| self.counts[i].max_ns)
            .max()
            .unwrap_or(0);
        let avg_max = used
            .iter()
            .map(|&i| avg_us(&self.counts[i]))
            .max()
            .unwrap_or(0);
        let name_max = used
            .iter()
            .filter_map(|&i| (self.names)(i as u64))
            .map(|n| n.len())
            .max()
            .unwrap_or(0);

        let mut order = used.clone();
        // A stable sort keeps syscall-number order among equals, as strace's qsort shows.
        match sort {
            Some(Col::TimePercent) | Some(Col::TotalTime) => {
                order.sort_by(|&a, &b| self.counts[b].time_ns.cmp(&self.counts[a].time_ns))
            }
            Some(Col::MinTime) => {
                order.sort_by(|&a, &b| self.counts[b].min_ns.cmp(&self.counts[a].min_ns))
            }
            Some(Col::MaxTime) => {
                order.sort_by(|&a, &b| self.counts[b].max_ns.cmp(&self.counts[a].max_ns))
            }
            Some(Col::AvgTime) => order.sort_by(|&a, &b| {
                let (ca, cb) = (&self.counts[a], &self.counts[b]);
                (cb.time_ns * ca.calls as u128).cmp(&(ca.time_ns * cb.calls as u128))
            }),
            Some(Col::Calls) => {
                order.sort_by(|&a, &b| self.counts[b].calls.cmp(&self.counts[a].calls))
            }
            Some(Col::Errors) => {
                order.sort_by(|&a, &b| self.counts[b].errors.cmp(&self.counts[a].errors))
            }
            Some(Col::Name) => order.sort_by_key(|&i| (self.names)(i as u64)),
            Some(c @ (Col::P50 | Col::P90 | Col::P99)) => {
                let p = pval(c);
                order.sort_by(|&a, &b| {
                    Self::percentile(&self.counts[b], p).cmp(&Self::percentile(&self.counts[a], p))
                })
            }
            None => {}
        }

        let digits = |s: String| s.len();
        let width = |c: Col| -> usize {
            match c {
                Col::TimePercent => 6,
                Col::TotalTime => 11.max(digits(format!("{:.6}", secs(total_ns)))),
                Col::MinTime => 8.max(digits(format!("{}.000000", max_min / 1_000_000_000))),
                Col::MaxTime => 7.max(digits(format!("{}.000000", max_all / 1_000_000_000))),
                Col::AvgTime => 11.max(digits(avg_max.to_string())),
                Col::Calls => 9.max(digits(calls.to_string())),
                Col::Errors => 9.max(digits(errors.to_string())),
                Col::Name => 16.max(name_max + 1),
                Col::P50 | Col::P90 | Col::P99 => 11,
            }
        };
        let header = |c: Col| match c {
            Col::TimePercent => "% time",
            Col::TotalTime => "seconds",
            Col::MinTime => "shortest",
            Col::MaxTime => "longest",
            Col::AvgTime => "usecs/call",
            Col::Calls => "calls",
            Col::Errors => "errors",
            Col::Name => "syscall",
            Col::P50 => "p50-usecs",
            Col::P90 => "p90-usecs",
            Col::P99 => "p99-usecs",
        };
        let last = cols.len() - 1;
        for (i, &c) in cols.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let w = width(c);
            if c == Col::Name {
                if i == last {
                    out.push_str(header(c));
                } else {
                    let _ = write!(out, "{:<w$}", header(c));
                }
            } else {
                let _ = write!(out, "{:>w$}", header(c));
            }
        }
        out.push('\n');
        let divider = |out: &mut String| {
            for (i, &c) in cols.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.extend(std::iter::repeat_n('-', width(c)));
            }
            out.push('\n');
        };
        divider(out);

        let cell = |out: &mut String, i: usize, c: Col, cnt: Option<&Count>, name: &str| {
            let w = width(c);
            let _ = match c {
                Col::TimePercent => {
                    let pct = match cnt {
                        Some(cc) if cc.time_ns != 0 => cc.time_ns as f64 * 100.0 / total_ns as f64,
                        Some(_) => 0.0,
                        None => 100.0,
                    };
                    write!(out, "{pct:>w$.2}")
                }
                Col::TotalTime => {
                    write!(out, "{:>w$.6}", secs(cnt.map_or(total_ns, |c| c.time_ns)))
                }
                Col::MinTime => write!(
                    out,
                    "{:>w$.6}",
                    secs(cnt.map_or(min_all, |c| c.min_ns) as u128)
                ),
                Col::MaxTime => write!(
                    out,
                    "{:>w$.6}",
                    secs(cnt.map_or(max_all, |c| c.max_ns) as u128)
                ),
                Col::AvgTime => {
                    let v = match cnt {
                        Some(c) => avg_us(c),
                        None if calls > 0 => (total_ns as f64 / calls as f64 / 1e3) as u64,
                        None => 0,
                    };
                    write!(out, "{v:>w$}")
                }
                Col::Calls => write!(out, "{:>w$}", cnt.map_or(calls, |c| c.calls)),
                Col::Errors => {
                    let e = cnt.map_or(errors, |c| c.errors);
                    if e == 0 {
                        write!(out, "{:>w$}", "")
                    } else {
                        write!(out, "{e:>w$}")
                    }
                }
                Col::Name => {
                    if i == last {
                        write!(out, "{name}")
                    } else {
                        write!(out, "{name:<w$}")
                    }
                }
                // Percentile cells are written by the row loops, which know the column.
                Col::P50 | Col::P90 | Col::P99 => write!(out, "{:>w$}", ""),
            };
        };
        for &i in &order {
            let c = &self.counts[i];
            let name = (self.names)(i as u64).unwrap_or("?");
            for (k, &col) in cols.iter().enumerate() {
                if k > 0 {
                    out.push(' ');
                }
                match col {
                    Col::P50 | Col::P90 | Col::P99 => {
                        let v = Self::percentile(c, pval(col)) / 1000;
                        let _ = write!(out, "{v:>11}");
                    }
                    _ => cell(out, k, col, Some(c), name),
                }
            }
            out.push('\n');
        }
        divider(out);
        for (k, &col) in cols.iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            match col {
                Col::P50 | Col::P90 | Col::P99 => {
                    let _ = write!(out, "{:>11}", "");
                }
                _ => cell(out, k, col, None, "total"),
            }
        }
        out.push('\n');
    }
}

fn pval(c: Col) -> f64 {
    match c {
        Col::P90 => 0.90,
        Col::P99 => 0.99,
        _ => 0.50,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_monotonic_and_tight() {
        let mut last = 0;
        for ns in [
            0u64,
            1,
            7,
            8,
            9,
            15,
            16,
            100,
            1000,
            1_000_000,
            10_000_000,
            u64::MAX / 2,
        ] {
            let b = bucket_of(ns);
            assert!(b >= last, "{ns}");
            last = b;
            assert!(bucket_upper(b) >= ns, "{ns} -> {b} -> {}", bucket_upper(b));
            if ns >= 8 {
                assert!((bucket_upper(b) as f64) < ns as f64 * 1.126, "{ns}");
            }
        }
    }

    #[test]
    fn percentiles_of_known_latencies() {
        let mut s = Stats::new(0, true);
        let nr = syscalls::by_name("nanosleep").unwrap();
        for _ in 0..90 {
            s.record(nr, false, 1_000_000);
        }
        for _ in 0..10 {
            s.record(nr, false, 10_000_000);
        }
        let c = &s.counts[nr as usize];
        let p50 = Stats::percentile(c, 0.5);
        let p99 = Stats::percentile(c, 0.99);
        assert!((1_000_000..1_130_000).contains(&p50), "{p50}");
        assert!((10_000_000..=10_000_000).contains(&p99), "{p99}");
    }

    #[test]
    fn table_as_strace() {
        let mut s = Stats::new(0, false);
        let close = syscalls::by_name("close").unwrap();
        let open = syscalls::by_name("openat").unwrap();
        s.record(close, false, 0);
        s.record(close, false, 0);
        s.record(open, true, 0);
        let mut out = String::new();
        s.render(&mut out, DEFAULT_COLUMNS, Some(Col::TimePercent));
        assert_eq!(
            out,
            "% time     seconds  usecs/call     calls    errors syscall\n\
             ------ ----------- ----------- --------- --------- ----------------\n\
             \x20 0.00    0.000000           0         2           close\n\
             \x20 0.00    0.000000           0         1         1 openat\n\
             ------ ----------- ----------- --------- --------- ----------------\n\
             100.00    0.000000           0         3         1 total\n"
        );
        let mut out = String::new();
        s.render(
            &mut out,
            &parse_columns("calls,name").unwrap(),
            Some(Col::Calls),
        );
        assert_eq!(
            out,
            "    calls syscall\n--------- ----------------\n        2 close\n        1 openat\n--------- ----------------\n        3 total\n"
        );
    }

    #[test]
    fn option_errors_as_strace() {
        assert_eq!(parse_sortby("foo").unwrap_err(), "invalid sortby: 'foo'");
        assert_eq!(
            parse_columns("foo").unwrap_err(),
            "unknown column name: 'foo'"
        );
        assert_eq!(
            parse_columns("calls,calls").unwrap_err(),
            "call summary column has been provided more than once: 'calls' (-U option residual: 'calls')"
        );
        assert_eq!(parse_duration_ns("5"), Some(5000));
        assert_eq!(parse_duration_ns("1ms"), Some(1_000_000));
        assert_eq!(parse_duration_ns("xx"), None);
    }
}
