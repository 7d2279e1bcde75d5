//! JSON output against `schema/events.schema.json`: events built by `src/output/json.rs` for
//! every kind of decoded value must validate, and malformed ones must not.
//!
//! The validator below covers the subset of JSON Schema (2020-12) the schema uses and rejects
//! any other keyword, so the schema cannot silently outgrow it. Use [`validate_event`] (one
//! parsed event) or [`validate_lines`] (JSON Lines text, e.g. real rstrace output) from other
//! tests; both return the list of violations, empty when valid.

// rstrace is a binary crate: the JSON module and what it uses are compiled in here directly.
#[allow(dead_code)]
#[path = "../src/decode/value.rs"]
mod value;

mod decode {
    pub use crate::value::{Flags, QStr, Value};
}

/// What `src/xlat/signals.rs` takes from its parent module.
type Xlat = &'static [(u64, &'static str)];

#[allow(dead_code)]
fn name_of(table: Xlat, v: u64) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == v).map(|(_, n)| *n)
}

#[allow(dead_code)]
#[path = "../src/xlat/signals.rs"]
mod signals;

mod xlat {
    pub(crate) use crate::signals;
}

#[allow(dead_code)]
#[path = "../src/output/json.rs"]
mod json;

use decode::{Flags, QStr, Value};
use json::*;
use regex::Regex;
use serde_json::{Value as J, json};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// A validator for the JSON Schema subset the event schema uses.
pub struct Validator {
    root: J,
    regexes: Mutex<HashMap<String, Regex>>,
}

/// Keywords that carry no constraint.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$id",
    "$defs",
    "$comment",
    "title",
    "description",
    "examples",
    "default",
];

impl Validator {
    pub fn new(root: J) -> Self {
        Validator {
            root,
            regexes: Mutex::new(HashMap::new()),
        }
    }

    /// The project's event schema.
    pub fn events() -> Self {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/events.schema.json");
        let text = std::fs::read_to_string(path).expect("schema/events.schema.json");
        Validator::new(serde_json::from_str(&text).expect("schema is JSON"))
    }

    /// Every violation of the root schema by `inst`, as `path: message`.
    pub fn validate(&self, inst: &J) -> Vec<String> {
        let mut out = Vec::new();
        self.check(&self.root, inst, "$", &mut out);
        out
    }

    fn pattern_matches(&self, pat: &str, s: &str) -> Result<bool, String> {
        let mut cache = self.regexes.lock().unwrap();
        if !cache.contains_key(pat) {
            let re = Regex::new(pat).map_err(|e| format!("bad pattern {pat:?}: {e}"))?;
            cache.insert(pat.to_string(), re);
        }
        Ok(cache[pat].is_match(s))
    }

    fn type_ok(t: &str, inst: &J) -> bool {
        match t {
            "null" => inst.is_null(),
            "boolean" => inst.is_boolean(),
            "object" => inst.is_object(),
            "array" => inst.is_array(),
            "string" => inst.is_string(),
            "number" => inst.is_number(),
            "integer" => {
                inst.is_i64() || inst.is_u64() || inst.as_f64().is_some_and(|f| f.fract() == 0.0)
            }
            _ => false,
        }
    }

    /// Errors of each alternative in `subs`.
    fn alternatives(&self, subs: &J, inst: &J, path: &str) -> Vec<Vec<String>> {
        subs.as_array()
            .map(|a| {
                a.iter()
                    .map(|s| {
                        let mut e = Vec::new();
                        self.check(s, inst, path, &mut e);
                        e
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// "matches none": with the errors of the closest alternative.
    fn none_matched(kw: &str, alts: &[Vec<String>], path: &str, out: &mut Vec<String>) {
        let best = alts.iter().min_by_key(|e| e.len());
        let mut msg = format!(
            "{path}: matches none of the {} {kw} alternatives",
            alts.len()
        );
        if let Some(b) = best {
            msg.push_str("; closest: ");
            msg.push_str(&b.join("; "));
        }
        out.push(msg);
    }

    fn check(&self, schema: &J, inst: &J, path: &str, out: &mut Vec<String>) {
        let obj = match schema {
            J::Bool(true) => return,
            J::Bool(false) => {
                out.push(format!("{path}: not allowed here"));
                return;
            }
            J::Object(o) => o,
            _ => {
                out.push(format!("{path}: schema is not an object"));
                return;
            }
        };
        for (kw, arg) in obj {
            match kw.as_str() {
                k if ANNOTATIONS.contains(&k) => {}
                "$ref" => {
                    let r = arg.as_str().unwrap_or_default();
                    match r.strip_prefix('#').and_then(|p| self.root.pointer(p)) {
                        Some(s) => self.check(s, inst, path, out),
                        None => out.push(format!("{path}: unresolved $ref {r}")),
                    }
                }
                "type" => {
                    let ok = match arg {
                        J::String(t) => Self::type_ok(t, inst),
                        J::Array(ts) => ts
                            .iter()
                            .any(|t| Self::type_ok(t.as_str().unwrap_or(""), inst)),
                        _ => false,
                    };
                    if !ok {
                        out.push(format!("{path}: {inst} is not of type {arg}"));
                    }
                }
                "const" => {
                    if inst != arg {
                        out.push(format!("{path}: {inst} is not {arg}"));
                    }
                }
                "enum" => {
                    if !arg.as_array().is_some_and(|a| a.contains(inst)) {
                        out.push(format!("{path}: {inst} is not one of {arg}"));
                    }
                }
                "pattern" => {
                    if let (Some(p), Some(s)) = (arg.as_str(), inst.as_str()) {
                        match self.pattern_matches(p, s) {
                            Ok(true) => {}
                            Ok(false) => out.push(format!("{path}: {inst} does not match {p}")),
                            Err(e) => out.push(format!("{path}: {e}")),
                        }
                    }
                }
                "minimum" | "maximum" => {
                    if let (Some(limit), Some(v)) = (arg.as_f64(), inst.as_f64()) {
                        let bad = if kw == "minimum" {
                            v < limit
                        } else {
                            v > limit
                        };
                        if bad {
                            out.push(format!("{path}: {inst} is beyond {kw} {arg}"));
                        }
                    }
                }
                "minItems" | "maxItems" => {
                    if let (Some(n), Some(a)) = (arg.as_u64(), inst.as_array()) {
                        let bad = if kw == "minItems" {
                            (a.len() as u64) < n
                        } else {
                            (a.len() as u64) > n
                        };
                        if bad {
                            out.push(format!("{path}: {} items, {kw} {n}", a.len()));
                        }
                    }
                }
                "required" => {
                    if let Some(o) = inst.as_object() {
                        for k in arg.as_array().into_iter().flatten() {
                            let k = k.as_str().unwrap_or_default();
                            if !o.contains_key(k) {
                                out.push(format!("{path}: missing required key {k:?}"));
                            }
                        }
                    }
                }
                "dependentRequired" => {
                    if let (Some(o), Some(deps)) = (inst.as_object(), arg.as_object()) {
                        for (k, needs) in deps {
                            if !o.contains_key(k) {
                                continue;
                            }
                            for n in needs.as_array().into_iter().flatten() {
                                let n = n.as_str().unwrap_or_default();
                                if !o.contains_key(n) {
                                    out.push(format!("{path}: {k:?} present without {n:?}"));
                                }
                            }
                        }
                    }
                }
                "properties" => {
                    if let (Some(o), Some(props)) = (inst.as_object(), arg.as_object()) {
                        for (k, s) in props {
                            if let Some(v) = o.get(k) {
                                self.check(s, v, &format!("{path}.{k}"), out);
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    if let Some(o) = inst.as_object() {
                        let props = obj.get("properties").and_then(|p| p.as_object());
                        for (k, v) in o {
                            if props.is_some_and(|p| p.contains_key(k)) {
                                continue;
                            }
                            if *arg == J::Bool(false) {
                                out.push(format!("{path}: unexpected key {k:?}"));
                            } else {
                                self.check(arg, v, &format!("{path}.{k}"), out);
                            }
                        }
                    }
                }
                "items" => {
                    if let Some(a) = inst.as_array() {
                        for (i, v) in a.iter().enumerate() {
                            self.check(arg, v, &format!("{path}[{i}]"), out);
                        }
                    }
                }
                "allOf" => {
                    for e in self.alternatives(arg, inst, path) {
                        out.extend(e);
                    }
                }
                "anyOf" => {
                    let alts = self.alternatives(arg, inst, path);
                    if !alts.iter().any(|e| e.is_empty()) {
                        Self::none_matched("anyOf", &alts, path, out);
                    }
                }
                "oneOf" => {
                    let alts = self.alternatives(arg, inst, path);
                    match alts.iter().filter(|e| e.is_empty()).count() {
                        1 => {}
                        0 => Self::none_matched("oneOf", &alts, path, out),
                        n => out.push(format!("{path}: matches {n} oneOf alternatives")),
                    }
                }
                "not" => {
                    let mut e = Vec::new();
                    self.check(arg, inst, path, &mut e);
                    if e.is_empty() {
                        out.push(format!("{path}: matches a schema it must not ({arg})"));
                    }
                }
                other => out.push(format!("{path}: unsupported schema keyword {other:?}")),
            }
        }
    }
}

fn events_validator() -> &'static Validator {
    static V: OnceLock<Validator> = OnceLock::new();
    V.get_or_init(Validator::events)
}

/// Violations of the event schema by one event.
pub fn validate_event(ev: &J) -> Vec<String> {
    events_validator().validate(ev)
}

/// Violations in JSON Lines text: every line one event (`line N: ...`).
pub fn validate_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        match serde_json::from_str::<J>(line) {
            Ok(ev) => out.extend(
                validate_event(&ev)
                    .into_iter()
                    .map(|e| format!("line {}: {e}", i + 1)),
            ),
            Err(e) => out.push(format!("line {}: not JSON: {e}", i + 1)),
        }
    }
    out
}

fn assert_valid(ev: &J) {
    let errs = validate_event(ev);
    assert!(errs.is_empty(), "{ev}\n{}", errs.join("\n"));
}

fn assert_invalid(ev: &J) {
    assert!(!validate_event(ev).is_empty(), "accepted: {ev}");
}

fn fl(raw: u64, names: &[&'static str], rest: u64) -> Flags {
    Flags {
        raw,
        names: names.to_vec(),
        rest,
        extra: vec![],
        zero: "0",
    }
}

/// One value of every variant (and the special shapes some produce).
fn every_value() -> Vec<Value> {
    vec![
        Value::Int(-5),
        Value::Fd(3),
        Value::FdInfo(3, "/etc/passwd".into()),
        Value::Uint(u64::MAX),
        Value::Hex(0),
        Value::Hex(0xdead),
        Value::Oct(0o644),
        Value::FileMode(0o100644),
        Value::FileMode(0o7777),
        Value::Ptr(0),
        Value::Ptr(0x7ffd0000),
        Value::str(b"hello\n".to_vec(), false),
        Value::str(b"\x7fELF\x02\x01\x01\x00\xff".to_vec(), true),
        Value::Str(QStr {
            bytes: vec![1, 2, 3],
            truncated: false,
            force_hex: true,
            trailing_nul: false,
        }),
        Value::Sym("SEEK_SET", 0),
        Value::SymDec("AT_FDCWD", -100),
        Value::Or(vec![
            Value::Sym("SOCK_STREAM", 1),
            Value::Flags(fl(0x80000, &["SOCK_CLOEXEC"], 0)),
        ]),
        Value::Alt(
            Box::new(Value::Uint(8388608)),
            Box::new(Value::Expr("8192*1024".into())),
        ),
        Value::UnknownSym(0x1234, "SEEK_???"),
        Value::Flags(fl(0x80001, &["O_WRONLY", "O_CLOEXEC"], 0x40000000)),
        Value::Flags(Flags {
            raw: 0,
            names: vec![],
            rest: 0,
            extra: vec![],
            zero: "O_RDONLY",
        }),
        Value::Struct(
            vec![
                ("st_mode", Value::FileMode(0o100755)),
                ("st_size", Value::Int(832)),
                ("", Value::Hex(1)),
                ("value", Value::Int(1)),
                (
                    "st_atime",
                    Value::Alt(
                        Box::new(Value::Int(1700000000)),
                        Box::new(Value::Expr("2023-11-14".into())),
                    ),
                ),
            ],
            true,
        ),
        Value::Struct(vec![], false),
        Value::Struct(vec![("flags", Value::Flags(fl(0, &[], 0)))], false),
        Value::Array(vec![Value::str(b"sh".to_vec(), false)], false),
        Value::Array(vec![Value::Int(1), Value::Int(2)], true),
        Value::Array(vec![], true),
        Value::Array(
            vec![Value::Int(110), Value::Changed(Box::new(Value::Int(16)))],
            false,
        ),
        Value::Unreadable(0x1000),
        Value::Expr("{WIFEXITED(s) && WEXITSTATUS(s) == 0}".into()),
        Value::Expr("AT_FDCWD</tmp>".into()),
        Value::Call("inet_addr", vec![Value::str(b"127.0.0.1".to_vec(), false)]),
        Value::Commented(Box::new(Value::Ptr(0x7ffd2000)), "39 vars".into()),
        Value::Changed(Box::new(Value::Struct(
            vec![("parent_tid", Value::Array(vec![Value::Int(7)], false))],
            false,
        ))),
        Value::Named("child_stack", Box::new(Value::Ptr(0))),
        Value::SigSet(vec![2, 15, 32, 64, 65], false),
        Value::SigSet(vec![], true),
    ]
}

/// Keywords [`Validator`] checks.
const SUPPORTED: &[&str] = &[
    "$ref",
    "type",
    "const",
    "enum",
    "pattern",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "required",
    "dependentRequired",
    "properties",
    "additionalProperties",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
];

/// Every keyword anywhere in `schema` that the validator does not know.
fn unsupported_keywords(schema: &J, path: &str, out: &mut Vec<String>) {
    let Some(o) = schema.as_object() else {
        return;
    };
    for (k, v) in o {
        if !SUPPORTED.contains(&k.as_str()) && !ANNOTATIONS.contains(&k.as_str()) {
            out.push(format!("{path}/{k}"));
        }
        match k.as_str() {
            "properties" | "$defs" => {
                for (name, sub) in v.as_object().into_iter().flatten() {
                    unsupported_keywords(sub, &format!("{path}/{k}/{name}"), out);
                }
            }
            "additionalProperties" | "items" | "not" => {
                unsupported_keywords(v, &format!("{path}/{k}"), out)
            }
            "allOf" | "anyOf" | "oneOf" => {
                for (i, sub) in v.as_array().into_iter().flatten().enumerate() {
                    unsupported_keywords(sub, &format!("{path}/{k}/{i}"), out);
                }
            }
            _ => {}
        }
    }
}

#[test]
fn schema_uses_only_supported_keywords() {
    let v = Validator::events();
    assert_eq!(
        v.root["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let mut bad = Vec::new();
    unsupported_keywords(&v.root, "#", &mut bad);
    assert!(bad.is_empty(), "{bad:?}");
    // Every $ref resolves.
    let text = v.root.to_string();
    for r in Regex::new(r##""\$ref":"#([^"]*)""##)
        .unwrap()
        .captures_iter(&text)
    {
        assert!(v.root.pointer(&r[1]).is_some(), "{}", &r[1]);
    }
}

impl Validator {
    /// Validate against a sub-schema (for tests of single definitions).
    fn validate_with(&self, schema: &J, inst: &J) -> Vec<String> {
        let mut out = Vec::new();
        self.check(schema, inst, "$", &mut out);
        out
    }
}

#[test]
fn every_value_variant_validates() {
    let v = Validator::events();
    let value = json!({"$ref": "#/$defs/value"});
    for val in every_value() {
        let j = value_to_json(&val);
        let errs = v.validate_with(&value, &j);
        assert!(errs.is_empty(), "{val:?} -> {j}\n{}", errs.join("\n"));
    }
}

#[test]
fn every_value_in_a_syscall_event() {
    let vals = every_value();
    let o = Origin {
        pid: 100,
        tid: Some(101),
        time_ns: Some(1_765_000_000_000_000_000),
        ip: None,
    };
    let ev = syscall_event(
        o,
        &SyscallRecord {
            name: "syscall_0x1ff",
            nr: 0x1ff,
            args: &vals,
            retval: Some(0),
            ..Default::default()
        },
    );
    assert_eq!(ev["args"].as_object().unwrap().len(), vals.len() - 1);
    assert_valid(&ev);
}

fn startup_events() -> Vec<J> {
    let o = |t: i64| Origin {
        pid: 4242,
        tid: Some(4242),
        time_ns: Some(1_765_000_000_000_000_000 + t),
        ip: Some(0x401000),
    };
    let mut evs = Vec::new();
    let execve = [
        Value::str(b"/bin/true".to_vec(), false),
        Value::Array(vec![Value::str(b"true".to_vec(), false)], false),
        Value::Commented(Box::new(Value::Ptr(0x7ffc0000)), "12 vars".into()),
    ];
    evs.push(syscall_event(
        o(0),
        &SyscallRecord {
            name: "execve",
            nr: 59,
            args: &execve,
            retval: Some(0),
            exit_time_ns: Some(1_765_000_000_000_000_900),
            duration_ns: Some(900),
            ..Default::default()
        },
    ));
    let brk_ret = Value::Hex(0x55555000);
    evs.push(syscall_event(
        o(1000),
        &SyscallRecord {
            name: "brk",
            nr: 12,
            args: &[Value::Ptr(0)],
            retval: Some(0x55555000),
            ret: Some(&brk_ret),
            ..Default::default()
        },
    ));
    let openat = [
        Value::SymDec("AT_FDCWD", -100),
        Value::str(b"/etc/ld.so.preload".to_vec(), false),
        Value::Flags(fl(0x80000, &["O_RDONLY", "O_CLOEXEC"], 0)),
    ];
    let (retval, e) = split_result(-2, false);
    evs.push(syscall_event(
        o(2000),
        &SyscallRecord {
            name: "openat",
            nr: 257,
            args: &openat,
            retval,
            errno: e.map(|num| Errno {
                num,
                name: Some("ENOENT"),
                text: Some("No such file or directory"),
            }),
            ..Default::default()
        },
    ));
    let fd_ret = Value::FdInfo(3, "/etc/ld.so.cache".into());
    evs.push(syscall_event(
        o(3000),
        &SyscallRecord {
            name: "openat",
            nr: 257,
            args: &openat,
            retval: Some(3),
            ret: Some(&fd_ret),
            ..Default::default()
        },
    ));
    let fstat = [
        Value::Fd(3),
        Value::Str(QStr::default()),
        Value::Struct(
            vec![
                ("st_mode", Value::FileMode(0o100644)),
                ("st_size", Value::Int(20_000)),
            ],
            true,
        ),
        Value::Flags(fl(0x1000, &["AT_EMPTY_PATH"], 0)),
    ];
    evs.push(syscall_event(
        o(4000),
        &SyscallRecord {
            name: "newfstatat",
            nr: 262,
            args: &fstat,
            retval: Some(0),
            ..Default::default()
        },
    ));
    let mmap = [
        Value::Ptr(0),
        Value::Uint(20_000),
        Value::Flags(fl(1, &["PROT_READ"], 0)),
        Value::Flags(fl(2, &["MAP_PRIVATE"], 0)),
        Value::Fd(3),
        Value::Hex(0),
    ];
    let mmap_ret = Value::Hex(0x7f0000000000);
    evs.push(syscall_event(
        o(5000),
        &SyscallRecord {
            name: "mmap",
            nr: 9,
            args: &mmap,
            retval: Some(0x7f0000000000),
            ret: Some(&mmap_ret),
            ..Default::default()
        },
    ));
    let read = [
        Value::Fd(3),
        Value::str(b"\x7fELF\x02\x01\x01\x03\0\0\0\0".to_vec(), true),
        Value::Uint(832),
    ];
    evs.push(syscall_event(
        o(6000),
        &SyscallRecord {
            name: "read",
            nr: 0,
            args: &read,
            retval: Some(832),
            data: Some(b"\x7fELF"),
            ..Default::default()
        },
    ));
    let sigaction = [
        Value::SymDec("SIGINT", 2),
        Value::Struct(
            vec![
                ("sa_handler", Value::Sym("SIG_IGN", 1)),
                ("sa_mask", Value::SigSet(vec![], false)),
                ("sa_flags", Value::Flags(fl(0x4000000, &["SA_RESTORER"], 0))),
                ("sa_restorer", Value::Ptr(0x7f0000001000)),
            ],
            false,
        ),
        Value::Ptr(0),
        Value::Uint(8),
    ];
    evs.push(syscall_event(
        o(7000),
        &SyscallRecord {
            name: "rt_sigaction",
            nr: 13,
            args: &sigaction,
            retval: Some(0),
            injected: true,
            ..Default::default()
        },
    ));
    let (retval, e) = split_result(-512, false);
    evs.push(syscall_event(
        o(8000),
        &SyscallRecord {
            name: "wait4",
            nr: 61,
            args: &[Value::Int(-1)],
            retval,
            errno: e.map(|num| Errno {
                num,
                name: Some("ERESTARTSYS"),
                text: Some("To be restarted if SA_RESTART is set"),
            }),
            ..Default::default()
        },
    ));
    evs.push(syscall_event(
        o(9000),
        &SyscallRecord {
            name: "exit_group",
            nr: 231,
            args: &[Value::Int(0)],
            retval: None,
            unfinished: true,
            ..Default::default()
        },
    ));
    let siginfo = Value::Struct(
        vec![
            ("si_signo", Value::SymDec("SIGCHLD", 17)),
            ("si_code", Value::Sym("CLD_EXITED", 1)),
            ("si_pid", Value::Int(4243)),
            ("si_uid", Value::Uint(0)),
            ("si_status", Value::Int(0)),
        ],
        false,
    );
    evs.push(signal_event(o(10_000), 17, Some(&siginfo)));
    evs.push(signal_event(o(10_001), 99, None));
    evs.push(stop_event(o(10_002), 19));
    evs.push(exit_event(o(11_000), ExitHow::Exited(0)));
    evs.push(exit_event(
        o(11_001),
        ExitHow::Killed {
            sig: 11,
            core_dumped: true,
        },
    ));
    evs.push(attach_event(Origin {
        pid: 7,
        ..Default::default()
    }));
    evs.push(detach_event(o(12_000), Some("interrupted")));
    evs.push(detach_event(o(12_001), None));
    evs.push(exec_event(o(13_000), 4250));
    evs
}

#[test]
fn builder_events_validate() {
    for ev in startup_events() {
        assert_valid(&ev);
    }
}

#[test]
fn json_lines_round_trip() {
    let text: String = startup_events().iter().map(to_line).collect();
    assert_eq!(text.lines().count(), startup_events().len());
    assert!(
        text.lines()
            .all(|l| !l.contains('\n') && l.starts_with("{\"type\":"))
    );
    let errs = validate_lines(&text);
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(validate_lines("{\"type\":\"nope\"}\nnot json\n").len(), 2);
}

#[test]
fn violations_are_reported() {
    let base = startup_events().remove(2); // openat with ENOENT
    assert_valid(&base);
    let mutate = |f: &dyn Fn(&mut J)| {
        let mut e = base.clone();
        f(&mut e);
        e
    };
    // Missing and unknown keys, wrong types.
    assert_invalid(&mutate(&|e| {
        e.as_object_mut().unwrap().remove("pid");
    }));
    assert_invalid(&mutate(&|e| e["bogus"] = json!(1)));
    assert_invalid(&mutate(&|e| e["type"] = json!("sycall")));
    assert_invalid(&mutate(&|e| e["nr"] = json!(-1)));
    assert_invalid(&mutate(&|e| e["retval"] = json!("0")));
    assert_eq!(base["ip"], "0x401000");
    assert_invalid(&mutate(&|e| e["ip"] = json!(4198400)));
    // errno needs its number and text.
    assert_invalid(&mutate(&|e| {
        e.as_object_mut().unwrap().remove("errno_num");
    }));
    // Malformed typed values.
    assert_invalid(&mutate(&|e| e["args"]["dirfd"] = json!("100")));
    assert_invalid(&mutate(&|e| e["args"]["dirfd"] = json!("0xABC")));
    assert_invalid(&mutate(&|e| e["args"]["pathname"] = json!({"str": 5})));
    assert_invalid(&mutate(&|e| {
        e["args"]["pathname"] = json!({"str": "a", "truncated": false, "bytes_hex": "6"})
    }));
    assert_invalid(&mutate(&|e| {
        e["args"]["pathname"] = json!({"str": "a", "truncated": false, "extra": 1})
    }));
    assert_invalid(&mutate(&|e| {
        e["args"]["flags"] = json!({"raw": 1, "flags": ["O_WRONLY"], "rest": "1"})
    }));
    assert_invalid(&mutate(&|e| {
        e["args"]["flags"] = json!({"raw": -1, "flags": []})
    }));
    assert_invalid(&mutate(&|e| e["args"]["x"] = json!(1.5)));
    assert_invalid(&mutate(&|e| e["args"]["x"] = json!(true)));
    assert_invalid(&mutate(&|e| {
        e["args"]["x"] = json!({"sigset": ["INT"], "complement": false})
    }));
    assert_invalid(&mutate(&|e| e["args"]["x"] = json!({"items": [1]})));
    assert_invalid(&mutate(&|e| {
        e["args"]["x"] = json!({"st_size": 1, "_more": false})
    }));
    assert_invalid(&mutate(&|e| {
        e["args"]["x"] = json!({"st_size": {"expr": 1}})
    }));
    // Other events.
    assert_invalid(&json!({"type": "exit", "pid": 1, "status": "exited"}));
    assert_invalid(&json!({"type": "exit", "pid": 1, "status": "killed", "code": 1}));
    assert_invalid(&json!({"type": "signal", "pid": 1, "signal": "SIGINT"}));
    assert_valid(&json!({"type": "attach", "pid": 1}));
    // The message names the place.
    let errs = validate_event(&mutate(&|e| e["args"]["dirfd"] = json!("100")));
    assert!(errs.iter().any(|e| e.contains("$.args.dirfd")), "{errs:?}");
}

#[test]
fn every_builder_type_is_in_the_schema() {
    let v = Validator::events();
    let schema_text = v.root.to_string();
    let mut kinds: Vec<String> = startup_events()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_string())
        .collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(
        kinds,
        [
            "attach", "detach", "exec", "exit", "signal", "stop", "syscall"
        ]
    );
    for k in kinds {
        assert!(
            schema_text.contains(&format!("{{\"const\":\"{k}\"}}")),
            "{k}"
        );
    }
}

#[path = "common/mod.rs"]
mod common;

/// Real workloads (programs and C fixtures like the conformance suite's), traced with `--json`
/// and option mixes: every line must be one schema-valid event.
#[test]
fn real_output_validates_against_the_schema() {
    use std::process::{Command, Stdio};
    let dir = common::TempDir::new("json-real");
    let mut cmds: Vec<(Vec<&str>, Vec<String>)> = vec![
        (vec![], vec!["true".into()]),
        (
            vec!["-f"],
            vec!["sh".into(), "-c".into(), "echo a | cat".into()],
        ),
        (
            vec!["-v", "-yy"],
            vec!["ls".into(), "-l".into(), "/".into()],
        ),
        (vec!["-T", "-i"], vec!["cat".into(), "/etc/hostname".into()]),
        (
            vec!["-Y", "-f"],
            vec!["sh".into(), "-c".into(), "/bin/true; true".into()],
        ),
        (
            vec!["-e", "inject=close:error=EBADF:when=3"],
            vec!["ls".into(), "/".into()],
        ),
        (vec!["-c"], vec!["ls".into(), "/".into()]),
        (
            vec![
                "-C",
                "-w",
                "--summary-percentiles",
                "-e",
                "trace=close,openat",
            ],
            vec!["ls".into(), "/".into()],
        ),
    ];
    for fx in [
        "fork_wait",
        "fork_exec",
        "signals",
        "threads",
        "badptr",
        "thread_exec",
    ] {
        let exe = common::compile_fixture(fx, dir.path()).expect("fixture");
        cmds.push((vec!["-f"], vec![exe.to_string_lossy().into_owned()]));
    }
    let mut total = 0;
    for (i, (opts, cmd)) in cmds.iter().enumerate() {
        let out = dir.join(format!("t{i}.jsonl"));
        let mut c = Command::new(common::rstrace_bin());
        c.arg("--json").arg("-o").arg(&out).args(opts).args(cmd);
        c.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let r = common::run_with_timeout(&mut c, common::RUN_TIMEOUT).expect("run");
        assert!(!r.timed_out, "{cmd:?} timed out");
        let text = std::fs::read_to_string(&out).expect("json written");
        let errs = validate_lines(&text);
        assert!(
            errs.is_empty(),
            "{opts:?} {cmd:?}: {:?}",
            &errs[..errs.len().min(5)]
        );
        total += text.lines().count();
    }
    eprintln!("{total} events validated");
    assert!(total > 500);
}

/// The JSON and text printers report the same events: the same syscalls (names, results)
/// in the same order for a single-process workload.
#[test]
fn json_and_text_agree() {
    use std::process::{Command, Stdio};
    let dir = common::TempDir::new("json-text");
    let run = |json: bool| -> String {
        let out = dir.join(if json { "j" } else { "t" });
        let mut c = Command::new(common::rstrace_bin());
        if json {
            c.arg("--json");
        }
        c.args(["-o"]).arg(&out).args(["cat", "/etc/hostname"]);
        c.stdin(Stdio::null()).stdout(Stdio::null());
        common::run_with_timeout(&mut c, common::RUN_TIMEOUT).expect("run");
        std::fs::read_to_string(&out).expect("output")
    };
    let text = run(false);
    let json = run(true);
    let from_text: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| {
            let name = l.split('(').next()?.to_string();
            let ret = l
                .rsplit_once(" = ")?
                .1
                .split_whitespace()
                .next()?
                .to_string();
            Some((name, ret))
        })
        .collect();
    let from_json: Vec<(String, String)> = json
        .lines()
        .map(|l| serde_json::from_str::<J>(l).expect("valid json"))
        .filter(|ev| ev["type"] == "syscall")
        .map(|ev| {
            let ret = match (&ev["retval"], &ev["ret"]) {
                (J::Null, _) => "?".to_string(),
                (_, J::String(h)) => h.clone(),
                (v, _) => v.to_string(),
            };
            (ev["name"].as_str().unwrap_or_default().to_string(), ret)
        })
        .collect();
    // Addresses differ between runs; compare names everywhere and results where stable.
    let names = |v: &[(String, String)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&from_text), names(&from_json));
    for ((n, a), (_, b)) in from_text.iter().zip(&from_json) {
        if !a.starts_with("0x") && n != "set_tid_address" {
            assert_eq!(a, b, "{n}");
        }
    }
    let exits = |s: &str| s.lines().filter(|l| l.contains("exited")).count();
    assert_eq!(exits(&text), exits(&json));
}

/// Every conformance workload, traced with `--json` and its own options: every line of every
/// output file is one schema-valid event.
#[test]
fn every_conformance_workload_validates() {
    use std::process::{Command, Stdio};
    let dir = common::TempDir::new("json-all");
    let fixtures = dir.join("fixtures");
    std::fs::create_dir_all(&fixtures).unwrap();
    let mut events = 0;
    for (i, w) in common::workloads::WORKLOADS.iter().enumerate() {
        let mut argv: Vec<String> = Vec::new();
        for (k, a) in w.cmd.iter().enumerate() {
            match a.strip_prefix('@') {
                Some(name) if k == 0 => {
                    let exe = common::compile_fixture(name, &fixtures).expect("fixture");
                    argv.push(exe.to_string_lossy().into_owned());
                }
                _ => argv.push(a.to_string()),
            }
        }
        let wdir = dir.join(format!("w{i:02}"));
        std::fs::create_dir_all(&wdir).unwrap();
        let out = wdir.join("trace");
        let mut c = Command::new(common::rstrace_bin());
        c.arg("--json").arg("-o").arg(&out).args(w.opts).args(&argv);
        c.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        c.current_dir("/");
        let r = common::run_with_timeout(&mut c, common::RUN_TIMEOUT).expect("run");
        assert!(!r.timed_out, "{} timed out", w.name);
        let mut files = 0;
        for e in std::fs::read_dir(&wdir).unwrap().flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            let errs = validate_lines(&text);
            assert!(
                errs.is_empty(),
                "{}: {:?}",
                w.name,
                &errs[..errs.len().min(5)]
            );
            events += text.lines().count();
            files += 1;
        }
        assert!(files > 0, "{}: no output", w.name);
    }
    eprintln!(
        "{events} events from {} workloads validated",
        common::workloads::WORKLOADS.len()
    );
}
