//! `poll_oneoff`.
//!
//! p2 calls: none yet; answers `ENOSYS` until implemented on `wasi:io/poll`.

crate::enosys! {
    poll_oneoff(subscriptions: u64, events: u64, nsubscriptions: u64, nevents: u64);
}
