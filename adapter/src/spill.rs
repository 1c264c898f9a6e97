//! Spilling: a list from the host that the adapter's heap cannot hold (in
//! the single layout the heap is the rest of a fixed region), kept in pages
//! grown at the top of the memory for the length of one p1 call.
//!
//! No p2 calls. The composer's intrinsics: `spill` grows the memory by some
//! pages for the adapter (the guest-memory intrinsics treat them as outside
//! the guest's memory until `unspill`), `unspill` zeroes them and leaves
//! them to the guest, as if it had grown its memory. In the multi layout
//! `spill` answers 0: the heap has a memory of its own to grow.
//!
//! The allocator turns to spilled pages only inside [`scope`], when the
//! heap is full; what was allocated there must be dropped before
//! [`release`] (frees of spilled blocks do nothing).

use core::cell::Cell;

#[link(wasm_import_module = "p1-adapt:guest")]
unsafe extern "C" {
    /// Grows the memory by `pages` for the adapter: their address, or 0.
    #[link_name = "spill"]
    fn intrinsic_spill(pages: u32) -> usize;
    /// Zeroes the spilled pages and leaves them to the guest.
    #[link_name = "unspill"]
    fn intrinsic_unspill();
}

/// The spilled pages: a bump arena `[start, end)`, used up to `top`.
struct Arena {
    allowed: Cell<bool>,
    start: Cell<usize>,
    top: Cell<usize>,
    end: Cell<usize>,
}

// SAFETY: wasm32-unknown-unknown without threads: one thread.
unsafe impl Sync for Arena {}

static ARENA: Arena = Arena {
    allowed: Cell::new(false),
    start: Cell::new(0),
    top: Cell::new(0),
    end: Cell::new(0),
};

/// Runs `f` (a host call whose result may not fit the heap) with spilling
/// allowed.
pub fn scope<R>(f: impl FnOnce() -> R) -> R {
    ARENA.allowed.set(true);
    let r = f();
    ARENA.allowed.set(false);
    r
}

/// Whether anything was spilled since the last [`release`].
pub fn spilled() -> bool {
    ARENA.start.get() != 0
}

/// Whether `p` is a spilled block.
pub fn contains(p: *mut u8) -> bool {
    let p = p as usize;
    (ARENA.start.get()..ARENA.end.get()).contains(&p)
}

/// Allocates `size` bytes aligned to `align` in spilled pages (grown as
/// needed: nothing else grows the memory during a p1 call, so they follow
/// each other); null outside [`scope`] or when the memory cannot grow.
pub fn alloc(size: usize, align: usize) -> *mut u8 {
    if !ARENA.allowed.get() {
        return core::ptr::null_mut();
    }
    let at = ARENA.top.get().next_multiple_of(align.max(1));
    let Some(want) = at.checked_add(size) else {
        return core::ptr::null_mut();
    };
    if want > ARENA.end.get() || ARENA.start.get() == 0 {
        let have = if ARENA.start.get() == 0 {
            0
        } else {
            ARENA.end.get()
        };
        let need = want.saturating_sub(have).max(size + align);
        let pages = need.div_ceil(65536) as u32;
        // SAFETY: the intrinsic only grows the memory.
        let got = unsafe { intrinsic_spill(pages) };
        if got == 0 {
            return core::ptr::null_mut();
        }
        if ARENA.start.get() == 0 {
            ARENA.start.set(got);
            ARENA.top.set(got);
        }
        ARENA.end.set(got + pages as usize * 65536);
        return alloc(size, align);
    }
    ARENA.top.set(want);
    at as *mut u8
}

/// Zeroes the spilled pages and leaves them to the guest.
pub fn release() {
    if spilled() {
        // SAFETY: nothing spilled is referenced any more (the module's
        // contract).
        unsafe { intrinsic_unspill() };
        ARENA.start.set(0);
        ARENA.top.set(0);
        ARENA.end.set(0);
    }
}
