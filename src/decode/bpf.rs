//! Decoders being written; see the module list in `super`.

use super::DecodeFn;

pub static DECODERS: &[(&str, DecodeFn)] = &[];
