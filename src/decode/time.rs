//! Time: clocks, timers, itimers, gettimeofday, adjtimex.

pub static DECODERS: &[(&str, super::DecodeFn)] = &[];
