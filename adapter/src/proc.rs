//! `proc_exit`, `proc_raise`, `sched_yield`.
//!
//! p2 calls: `wasi:cli/exit#exit-with-code` (exact status 0-255).

use crate::bindings::wasi::cli::exit;
use crate::errno::Errno;

/// p1 `proc_exit`: ends the instance with exactly `code` when it fits the
/// 0-255 range of `exit-with-code`. Larger codes cannot be reported to a p2
/// host and trap, as native p1 traps on codes it does not accept.
#[unsafe(no_mangle)]
pub extern "C" fn proc_exit(code: u32) {
    if let Ok(code) = u8::try_from(code) {
        exit::exit_with_code(code);
    }
    core::arch::wasm32::unreachable()
}

/// p1 `proc_raise`: p2 has no signals; `ENOTSUP` as native p1 answers.
#[unsafe(no_mangle)]
pub extern "C" fn proc_raise(_sig: u32) -> i32 {
    i32::from(Errno::NOTSUP.0)
}

/// p1 `sched_yield`: success (p2 has no yield; native does the same).
#[unsafe(no_mangle)]
pub extern "C" fn sched_yield() -> i32 {
    0
}
