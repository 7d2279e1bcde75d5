//! Tables for the admin decoders (values from the kernel headers).
#![allow(dead_code)]
