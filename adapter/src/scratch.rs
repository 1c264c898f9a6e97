//! The scratch buffer: moving bytes between guest and host without the heap.
//!
//! No p2 calls. One 64 KiB buffer in the adapter's memory. Bytes going to
//! the host are copied from the guest into it ([`buf`]); a list coming back
//! from a p2 import is placed in it by `cabi_realloc` when the import is
//! made under [`receive`], and handed over with [`consume`]. So a write, a
//! read or a `random_get` costs one copy and no allocation.
//!
//! Not reentrant: a p1 call uses it, never two at once, and the host never
//! calls back into the adapter except through `cabi_realloc`.

use crate::errno::{Errno, Result};
use alloc::vec::Vec;
use core::cell::UnsafeCell;

/// Size of the buffer, and the most one host call moves through it.
pub const SIZE: usize = 64 * 1024;

#[repr(align(16))]
struct Buffer(UnsafeCell<[u8; SIZE]>);

struct Loan(UnsafeCell<bool>);

// SAFETY: wasm32-unknown-unknown without threads: one thread.
unsafe impl Sync for Buffer {}
// SAFETY: as above.
unsafe impl Sync for Loan {}

static BUFFER: Buffer = Buffer(UnsafeCell::new([0; SIZE]));
static LOANED: Loan = Loan(UnsafeCell::new(false));

/// Guest bytes lent instead of the buffer (see [`aimed`]).
struct Aim(UnsafeCell<Option<(*mut u8, usize)>>);

// SAFETY: as for `Buffer`.
unsafe impl Sync for Aim {}

static AIM: Aim = Aim(UnsafeCell::new(None));

fn ptr() -> *mut u8 {
    BUFFER.0.get().cast()
}

/// The buffer, to fill with guest bytes before handing a slice to the host.
///
/// # Safety
/// The caller must not hold another reference to the buffer (from an
/// earlier `buf` or a `Vec` received under [`receive`]) while it uses this
/// one: one user per p1 call, as in the module docs.
pub unsafe fn buf() -> &'static mut [u8; SIZE] {
    // SAFETY: single-threaded; exclusivity is the caller's contract.
    unsafe { &mut *BUFFER.0.get() }
}

/// Runs `f` (a p2 import returning a list of at most [`SIZE`] bytes) with
/// the buffer lent to the first allocation `cabi_realloc` is asked for.
pub fn receive<R>(f: impl FnOnce() -> R) -> R {
    // SAFETY: single-threaded; see `Loan`.
    unsafe { *LOANED.0.get() = true };
    let r = f();
    // SAFETY: as above.
    unsafe { *LOANED.0.get() = false };
    r
}

/// Runs `f` with the guest bytes `aim` (the adapter's address of `len`
/// of them, from [`crate::guest::direct`]) lent, in place of the buffer,
/// to the first allocation made under [`receive`] that fits them: a list
/// the host returns is then written where the guest wants it, with no copy
/// (the caller checks for that address and forgets the `Vec`, which must
/// never be freed). Only for WASI 0.2 calls, whose lists are allocated
/// once the call has succeeded, so a failed call writes nothing there.
pub fn aimed<R>(aim: Option<(*mut u8, usize)>, f: impl FnOnce() -> R) -> R {
    // SAFETY: single-threaded; see `Loan`.
    unsafe { *AIM.0.get() = aim };
    let r = f();
    // SAFETY: as above.
    unsafe { *AIM.0.get() = None };
    r
}

/// For `cabi_realloc`: the guest bytes [`aimed`] at if they fit, else the
/// buffer, if lent and big enough.
pub fn take_loan(size: usize, align: usize) -> Option<*mut u8> {
    // SAFETY: single-threaded; see `Loan` (`AIM` likewise).
    let (loaned, aim) = unsafe { (&mut *LOANED.0.get(), &mut *AIM.0.get()) };
    if !*loaned {
        return None;
    }
    if let Some((p, _)) = aim.take().filter(|&(_, len)| size <= len) {
        *loaned = false;
        return Some(p);
    }
    if size <= SIZE && align <= 16 {
        *loaned = false;
        Some(ptr())
    } else {
        None
    }
}

/// Uses the bytes an import returned under [`receive`], then releases them:
/// forgotten if they live in the buffer, freed if they came from the heap.
/// More than the `max` asked for is a host error (`ERANGE`), released the
/// same way: a received `Vec` is never dropped anywhere else.
pub fn consume<R>(bytes: Vec<u8>, max: u64, f: impl FnOnce(&[u8]) -> Result<R>) -> Result<R> {
    let r = match bytes.len() as u64 <= max {
        true => f(&bytes),
        false => Err(Errno::RANGE),
    };
    if bytes.as_ptr() == ptr().cast_const() {
        core::mem::forget(bytes);
    } else {
        drop(bytes);
    }
    r
}
