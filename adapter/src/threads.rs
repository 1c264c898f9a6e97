//! wasi-threads: `thread-spawn`, `sched_yield`'s and `poll_oneoff`'s
//! hand-over, and the futex behind the guest's `memory.atomic.wait32/64`
//! and `memory.atomic.notify` (the composer rewrites those instructions
//! into calls of generated helpers, which check the address and the value
//! as the instruction does and then call [`wait`] or [`notify`] here).
//!
//! p2 calls: `wasi:clocks/monotonic-clock#subscribe-duration` and
//! `[method]pollable.block` for a wait with a timeout, `wasi:io/poll#poll`;
//! `wasi:cli/stderr` for the message of a deadlock.
//!
//! Threads are made by [`crate::sched`] through the `threads` link point,
//! bound when the composer makes cooperative threads. Unbound
//! (`--threads none`), `thread-spawn` answers -1, as wasmtime's wasi-threads
//! does when it cannot make one (wasi-libc's `pthread_create` then returns
//! `EAGAIN`). With one thread, a wait whose value matches can only end by
//! its timeout: it sleeps and answers 2 (timed out); without a timeout
//! nothing could wake it, so it is reported as a deadlock and traps instead
//! of hanging.

use crate::sched::{alone, deadlock};
use crate::wasi::monotonic_clock;
use crate::wasi::poll::{self, Pollable};
use alloc::vec::Vec;

// The `threads` link point: bound to `crate::sched`'s exports when the
// composer makes threads, else to stubs answering 0 (never called but by
// `spawn`: with one thread nothing else is).
#[link(wasm_import_module = "p1-adapt:optional")]
unsafe extern "C" {
    #[link_name = "threads/spawn"]
    fn link_spawn(arg: i32) -> i32;
    #[link_name = "threads/park"]
    fn link_park(addr: u64, timeout: i64) -> i32;
    #[link_name = "threads/wake"]
    fn link_wake(addr: u64, count: u32) -> i32;
    #[link_name = "threads/yield"]
    fn link_yield();
    #[link_name = "threads/poll"]
    fn link_poll(handles: *const u32, len: usize);
}

/// `wasi::thread-spawn(start_arg) -> tid`: a new thread's id, or -1 when
/// none can be made.
#[unsafe(export_name = "thread-spawn")]
pub extern "C" fn thread_spawn(start_arg: i32) -> i32 {
    // SAFETY: the link point takes and returns numbers.
    match unsafe { link_spawn(start_arg) } {
        tid if tid > 0 => tid,
        _ => -1,
    }
}

/// The futex's wait, once the helper has found the value at guest address
/// `addr` equal to the expected one: 0 woken by a notify, 2 timed out after
/// `timeout` nanoseconds (negative: no timeout).
#[unsafe(export_name = "p1-adapt:threads/wait")]
pub extern "C" fn wait(addr: u64, timeout: i64) -> i32 {
    if !alone() {
        // SAFETY: the link point takes and returns numbers.
        return unsafe { link_park(addr, timeout) };
    }
    match u64::try_from(timeout) {
        Ok(ns) => {
            monotonic_clock::subscribe_duration(ns).block();
            2
        }
        Err(_) => deadlock(),
    }
}

/// The futex's notify: wakes up to `count` threads waiting at guest
/// address `addr` and answers how many it woke.
#[unsafe(export_name = "p1-adapt:threads/notify")]
pub extern "C" fn notify(addr: u64, count: u32) -> i32 {
    match alone() {
        true => 0,
        // SAFETY: the link point takes and returns numbers.
        false => unsafe { link_wake(addr, count) },
    }
}

/// `sched_yield`: the other threads run first, if there are any.
pub fn yield_now() {
    if !alone() {
        // SAFETY: the link point takes nothing.
        unsafe { link_yield() }
    }
}

/// `wasi:io/poll#poll` that lets the other threads run while none of
/// `pollables` is ready. Must not be called inside [`crate::state::with`].
/// The host's answer may be spilled ([`crate::spill`]): the caller drops it
/// and releases the spill before another thread runs.
pub fn poll(pollables: &[&Pollable]) -> Vec<u32> {
    if !alone() {
        let handles: Vec<u32> = pollables.iter().map(|p| p.handle()).collect();
        while !pollables.iter().any(|p| p.ready()) {
            // SAFETY: `handles` outlives the call; the link point reads it.
            unsafe { link_poll(handles.as_ptr(), handles.len()) };
        }
    }
    crate::spill::scope(|| poll::poll(pollables))
}
