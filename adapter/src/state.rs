//! The adapter's global state, created on first use.
//!
//! No p2 calls of its own. The adapter is single-threaded and never
//! re-entered while an entry point runs (p2 imports do not call back into the
//! module; `cabi_realloc` only touches the allocator), so each p1 entry point
//! takes the state once with [`with`] and passes `&mut State` down.

use crate::descriptors::Descriptors;
use crate::string_table::StringTable;
use core::cell::UnsafeCell;

/// Everything the adapter remembers between calls.
pub struct State {
    /// Arguments, fetched once (`wasi:cli/environment#get-arguments`).
    pub args: Option<StringTable>,
    /// Environment, fetched once (`wasi:cli/environment#get-environment`).
    pub env: Option<StringTable>,
    /// The fd table.
    pub fds: Descriptors,
}

struct Global(UnsafeCell<Option<State>>);

// SAFETY: wasm32-unknown-unknown without threads: there is one thread.
unsafe impl Sync for Global {}

static STATE: Global = Global(UnsafeCell::new(None));

struct Busy(UnsafeCell<bool>);

// SAFETY: as for `Global`.
unsafe impl Sync for Busy {}

/// Set while `with` runs: a nested call would alias the state, so it traps.
static BUSY: Busy = Busy(UnsafeCell::new(false));

/// Runs `f` with the adapter state. Entry points call it once and pass the
/// reference down; a nested call traps rather than alias the state.
pub fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
    let r = f(enter());
    leave();
    r
}

/// Marks the state taken (a nested call traps) and returns it. Inlined, as
/// [`leave`] is: a few instructions in every entry point, where a call
/// costs an engine more (its frame, its stack check).
#[inline(always)]
fn enter() -> &'static mut State {
    // SAFETY: single-threaded; `BUSY` is only touched here and in `leave`.
    let busy = unsafe { &mut *BUSY.0.get() };
    if *busy {
        core::arch::wasm32::unreachable();
    }
    *busy = true;
    state()
}

#[inline(always)]
fn leave() {
    // SAFETY: as in `enter`.
    unsafe { *BUSY.0.get() = false };
}

/// The state, created on first use (out of line, in [`create`]: every
/// entry point reaches this, and the creation code would otherwise be
/// copied into each).
fn state() -> &'static mut State {
    // SAFETY: single-threaded and not re-entered (see module docs; `with`
    // checks), so this is the only live reference to the state.
    let slot = unsafe { &mut *STATE.0.get() };
    match slot {
        Some(state) => state,
        None => create(slot),
    }
}

#[cold]
#[inline(never)]
fn create(slot: &'static mut Option<State>) -> &'static mut State {
    let fresh = State {
        args: None,
        env: None,
        fds: Descriptors::new(),
    };
    // SAFETY: the slot is `None`, so overwriting it without dropping the
    // old value leaks nothing; it keeps the drop glue of `State` (and the
    // p2 resource drops it calls) out of programs that never close an fd.
    unsafe { core::ptr::write(slot, Some(fresh)) };
    match slot {
        Some(state) => state,
        None => core::arch::wasm32::unreachable(),
    }
}
