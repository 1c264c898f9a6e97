//! wasi-threads: `thread-spawn`, and the futex behind the guest's
//! `memory.atomic.wait32/64` and `memory.atomic.notify` (the composer
//! rewrites those instructions into calls of generated helpers, which
//! check the address and the value as the instruction does and then call
//! [`wait`] or [`notify`] here).
//!
//! p2 calls: `wasi:clocks/monotonic-clock#subscribe-duration` and
//! `[method]pollable.block` for a wait with a timeout;
//! `wasi:cli/stderr#get-stderr` and `blocking-write-and-flush` for the
//! message of a deadlock.
//!
//! Threads are not made yet (`--threads none`): `thread-spawn` answers -1,
//! as wasmtime's wasi-threads does when it cannot make one (wasi-libc's
//! `pthread_create` then returns `EAGAIN`). With one thread, a wait whose
//! value matches can only end by its timeout: it sleeps and answers 2
//! (timed out); without a timeout nothing could wake it, so it is reported
//! as a deadlock and traps instead of hanging.

use crate::bindings::wasi::cli::stderr;
use crate::bindings::wasi::clocks::monotonic_clock;

/// `wasi::thread-spawn(start_arg) -> tid`: no thread can be made.
#[unsafe(export_name = "thread-spawn")]
pub extern "C" fn thread_spawn(_start_arg: i32) -> i32 {
    -1
}

/// The futex's wait, once the helper has found the value at guest address
/// `addr` equal to the expected one: 0 woken by a notify, 2 timed out after
/// `timeout` nanoseconds (negative: no timeout).
#[unsafe(export_name = "p1-adapt:threads/wait")]
pub extern "C" fn wait(_addr: u64, timeout: i64) -> i32 {
    match u64::try_from(timeout) {
        Ok(ns) => {
            monotonic_clock::subscribe_duration(ns).block();
            2
        }
        Err(_) => deadlock(),
    }
}

/// The futex's notify: wakes up to `count` threads waiting at guest
/// address `addr` and answers how many it woke (none wait: there is one
/// thread).
#[unsafe(export_name = "p1-adapt:threads/notify")]
pub extern "C" fn notify(_addr: u64, _count: u32) -> i32 {
    0
}

/// Every thread waits with no timeout: nothing can wake any of them.
fn deadlock() -> ! {
    // Short: the adapter's data is in every component.
    let message = b"p1-adapt: deadlock: all threads wait forever\n";
    // Best effort: the trap below is the report that counts.
    let _ = stderr::get_stderr().blocking_write_and_flush(message);
    core::arch::wasm32::unreachable()
}
