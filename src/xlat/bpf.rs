//! Tables for the bpf decoders (values from the kernel headers).
#![allow(dead_code)]
