//! Polling and event descriptors: poll/select/epoll, eventfd, timerfd, aio, io_uring.

pub static DECODERS: &[(&str, super::DecodeFn)] = &[];
