//! `args_*` and `environ_*`.
//!
//! p2 calls: `wasi:cli/environment#get-arguments` and `#get-environment`,
//! each once per instance (through the `environment` link point: none on a
//! host without the interface, where both lists are empty); the host's
//! lists are cached as they came, in [`State`], and written out entry by
//! entry ([`crate::string_table`]). A list the heap cannot hold is spilled
//! ([`crate::spill`]) and fetched again by each call instead.

use crate::errno::{ret, Result};
use crate::spill;
use crate::state::{self, State};
use crate::string_table::StringTable;
use crate::wasi::environment;
use alloc::vec::Vec;
use core::ffi::c_void;

// The `environment` capability link point (see `crate::files` for the
// mechanism): bound to the exports below when the host has
// `wasi:cli/environment`; on a host without it (`wasi:http/proxy`) the
// composer binds stubs that return zero: no arguments, no variables.
#[link(wasm_import_module = "p1-adapt:optional")]
unsafe extern "C" {
    #[link_name = "environment/arguments"]
    fn load_arguments(table: *mut c_void) -> u32;
    #[link_name = "environment/variables"]
    fn load_variables(table: *mut c_void) -> u32;
}

/// Fills `table` with the host's arguments.
#[unsafe(export_name = "p1-adapt:environment/arguments")]
extern "C" fn export_arguments(table: *mut c_void) -> u32 {
    let t = StringTable::Args(environment::get_arguments());
    // SAFETY: `args` passes its own `Option<StringTable>` slot, empty: a
    // write without dropping the old value loses nothing.
    unsafe { table.cast::<Option<StringTable>>().write(Some(t)) };
    1
}

/// Fills `table` with the host's environment variables.
#[unsafe(export_name = "p1-adapt:environment/variables")]
extern "C" fn export_variables(table: *mut c_void) -> u32 {
    let t = StringTable::Env(environment::get_environment());
    // SAFETY: `env` passes its own `Option<StringTable>` slot, empty: a
    // write without dropping the old value loses nothing.
    unsafe { table.cast::<Option<StringTable>>().write(Some(t)) };
    1
}

/// What a stub link point leaves: no arguments, no variables.
static EMPTY: StringTable = StringTable::Args(Vec::new());

/// Runs `f` on the table in `slot`, filling the empty slot first by
/// calling `load` (a link point) on it; [`EMPTY`] when the link point is a
/// stub. Direct calls only: a function pointer would keep the link point's
/// code in the table. A list the heap cannot hold (megabytes of arguments
/// in the single layout's region) is spilled ([`spill`]): used by this
/// call, then dropped and its pages released, and fetched again by the
/// next.
fn with_table(
    slot: &mut Option<StringTable>,
    load: impl FnOnce(&mut Option<StringTable>) -> u32,
    f: impl FnOnce(&StringTable) -> Result<()>,
) -> Result<()> {
    if slot.is_none() {
        spill::scope(|| load(slot));
    }
    let r = f(slot.as_ref().unwrap_or(&EMPTY));
    if spill::spilled() {
        *slot = None;
        spill::release();
    }
    r
}

fn args(s: &mut State, f: impl FnOnce(&StringTable) -> Result<()>) -> Result<()> {
    // SAFETY: the link point writes only the slot it is given.
    let load = |t: &mut Option<StringTable>| unsafe {
        load_arguments((t as *mut Option<StringTable>).cast())
    };
    with_table(&mut s.args, load, f)
}

fn env(s: &mut State, f: impl FnOnce(&StringTable) -> Result<()>) -> Result<()> {
    // SAFETY: the link point writes only the slot it is given.
    let load = |t: &mut Option<StringTable>| unsafe {
        load_variables((t as *mut Option<StringTable>).cast())
    };
    with_table(&mut s.env, load, f)
}

/// p1 `args_sizes_get`.
#[unsafe(no_mangle)]
pub extern "C" fn args_sizes_get(argc: u64, argv_buf_size: u64) -> i32 {
    ret(state::with(|s| {
        args(s, |t| t.sizes_get(argc, argv_buf_size))
    }))
}

/// p1 `args_get`.
#[unsafe(no_mangle)]
pub extern "C" fn args_get(argv: u64, argv_buf: u64) -> i32 {
    ret(state::with(|s| args(s, |t| t.get(argv, argv_buf))))
}

/// p1 `environ_sizes_get`.
#[unsafe(no_mangle)]
pub extern "C" fn environ_sizes_get(count: u64, buf_size: u64) -> i32 {
    ret(state::with(|s| env(s, |t| t.sizes_get(count, buf_size))))
}

/// p1 `environ_get`.
#[unsafe(no_mangle)]
pub extern "C" fn environ_get(environ: u64, environ_buf: u64) -> i32 {
    ret(state::with(|s| env(s, |t| t.get(environ, environ_buf))))
}
