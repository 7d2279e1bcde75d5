//! IPC: SysV shared memory, semaphores, message queues, and POSIX message queues.

pub static DECODERS: &[(&str, super::DecodeFn)] = &[];
