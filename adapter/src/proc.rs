//! `proc_exit`, `proc_raise`, `sched_yield`.
//!
//! p2 calls: `wasi:cli/exit#exit-with-code` (exact status 0-255) where the
//! host has it (the WASI 0.2 releases that define it), else
//! `wasi:cli/exit#exit` (status 0 or 1).

use crate::errno::{ret, Errno};
use crate::wasi::exit;

// The `exit` capability link point: bound to `export_exit_with_code` when
// the target has `exit-with-code`, else to a stub returning 0, and then
// `exit(result)` reports success or failure only.
#[link(wasm_import_module = "p1-adapt:optional")]
unsafe extern "C" {
    #[link_name = "exit/with-code"]
    fn exit_with_code(code: u32) -> u32;
}

/// Exits with exactly `code`; does not return.
#[unsafe(export_name = "p1-adapt:exit/with-code")]
extern "C" fn export_exit_with_code(code: u32) -> u32 {
    exit::exit_with_code(code as u8);
    1
}

/// p1 `proc_exit`: ends the instance with exactly `code` when it fits the
/// 0-255 range of `exit-with-code`. Larger codes cannot be reported to a p2
/// host and trap, as native p1 traps on codes it does not accept. Without
/// `exit-with-code` (an earlier WASI 0.2 host), 0 is success and any other code
/// failure.
#[unsafe(no_mangle)]
pub extern "C" fn proc_exit(code: u32) {
    if let Ok(small) = u8::try_from(code) {
        // SAFETY: the import takes a plain integer.
        unsafe { exit_with_code(u32::from(small)) };
        exit::exit(if small == 0 { Ok(()) } else { Err(()) });
    }
    core::arch::wasm32::unreachable()
}

/// p1 `proc_raise`: p2 has no signals; `ENOTSUP` as native p1 answers.
#[unsafe(no_mangle)]
pub extern "C" fn proc_raise(_sig: u32) -> i32 {
    ret(Err(Errno::NOTSUP))
}

/// p1 `sched_yield`: the other threads run first, if there are any
/// (p2 has no yield: with one thread it only succeeds, as natively).
#[unsafe(no_mangle)]
pub extern "C" fn sched_yield() -> i32 {
    crate::threads::yield_now();
    0
}
