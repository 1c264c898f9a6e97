//! The `wasi:cli/run#run` export of command components.
//!
//! No p2 calls: it runs the guest's `_start` (bound by the composer to the
//! `p1-adapt:guest/start` import) and reports success; `proc_exit` ends the
//! instance with its own code before this returns. It is exported as
//! `p1-adapt:run`, which the composer renames to `wasi:cli/run`'s `run` of
//! the WASI version it targets.

#[link(wasm_import_module = "p1-adapt:guest")]
unsafe extern "C" {
    #[link_name = "start"]
    fn guest_start();
}

/// `wasi:cli/run#run`: `result<_, _>`, 0 is `ok`.
#[unsafe(export_name = "p1-adapt:run")]
pub extern "C" fn run() -> i32 {
    // SAFETY: the composer binds this import to the guest's `_start`.
    unsafe { guest_start() };
    0
}
