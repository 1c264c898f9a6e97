//! p1-adapt's adapter: the whole `wasi_snapshot_preview1` ABI implemented on
//! WASI 0.2 imports.
//!
//! This crate is built for `wasm32-unknown-unknown` and fused into a guest
//! module by the composer (the root crate). It owns its memory (stack,
//! statics, heap): it never addresses the guest's memory directly, only
//! through the composer-generated intrinsics in [`guest`], which take 64-bit
//! guest addresses and report out-of-bounds accesses as `EFAULT`.
//!
//! Every p1 function is exported under its p1 name with guest pointers and
//! sizes widened to `u64` (the composer's `p1::FUNCS` table, checked by its
//! `adapter_exports_match_the_table` test); the composer's thunks widen a
//! wasm32 guest's `i32` arguments.
//!
//! Map of the crate, from the bottom of the dependency order up: each
//! module uses only modules listed before it.
//! - [`wasi`]: the WASI interfaces the others call, named in one place (the
//!   seam for WASI 0.3; like the generated bindings, its 0.3 layer places
//!   host results with the crate's `cabi_realloc` and releases unread ones
//!   with [`release_list`]).
//! - [`errno`]: the p1 errno values and `Result`.
//! - [`utf8`]: the UTF-8 check for paths.
//! - [`guest`]: guest-memory access (the intrinsics), pointer width, iovecs.
//! - [`scratch`]: the buffer bytes cross the host boundary through.
//! - [`spill`]: pages grown at the top of the memory for a host list the
//!   heap cannot hold, for one p1 call.
//! - [`heap`]: the allocator.
//! - [`dispatch`]: the import of the [`files`] link point.
//! - [`listing`]: the listing `fd_readdir` keeps with a directory fd.
//! - [`descriptors`]: the fd table.
//! - [`string_table`]: the argument and environment lists, as the host
//!   gave them.
//! - [`state`]: the adapter's global state (lazily created).
//! - [`iovecs`]: scatter/gather between the guest's iovecs and the host.
//! - [`file_io`]: reads and writes of files.
//! - [`files`]: the link point that keeps file code out of stdio-only programs.
//! - [`sched`]: the scheduler of cooperative threads (behind the `threads`
//!   link point).
//! - [`threads`]: wasi-threads' `thread-spawn`, the futex behind the
//!   guest's atomic waits and notifies, and the hand-over of `sched_yield`
//!   and `poll_oneoff` to the other threads.
//! - one module per p1 family: [`args_env`], [`clocks`], [`random`],
//!   [`fd`] (and [`fd::io`], [`fd::stat`], [`fd::readdir`]), [`path`],
//!   [`poll`], [`sockets`], [`proc`].
//! - [`run`]: the `wasi:cli/run` export of command components (exported as
//!   `p1-adapt:run`; the composer gives it its versioned name).
#![no_std]

extern crate alloc;

#[cfg(not(feature = "wasi-0-3"))]
#[allow(clippy::all, missing_docs, unused)]
mod bindings {
    wit_bindgen::generate!({
        // The WASI packages (the verifier's, in dependency order), then
        // the adapter's worlds.
        path: [
            "../verifier/wit/deps/io.wit",
            "../verifier/wit/deps/clocks.wit",
            "../verifier/wit/deps/random.wit",
            "../verifier/wit/deps/filesystem.wit",
            "../verifier/wit/deps/sockets.wit",
            "../verifier/wit/deps/cli.wit",
            "../wit",
        ],
        world: "p1-adapt:adapter/imports",
        generate_all,
    });
}

/// The bindings of the `wasi-0-3` build: every 0.3 function without a
/// stream or a future, lowered synchronously (a host `async func` blocks
/// the task, which `run`'s type allows); the stream, future and waitable
/// built-ins are declared by hand in [`wasi`].
#[cfg(feature = "wasi-0-3")]
#[allow(clippy::all, missing_docs, unused)]
mod bindings {
    wit_bindgen::generate!({
        path: [
            "../verifier/wit/wasi-0.3.0/clocks.wit",
            "../verifier/wit/wasi-0.3.0/random.wit",
            "../verifier/wit/wasi-0.3.0/filesystem.wit",
            "../verifier/wit/wasi-0.3.0/sockets.wit",
            "../verifier/wit/wasi-0.3.0/cli.wit",
            "../wit/wasi-0.3",
        ],
        world: "p1-adapt:adapter-wasi03/imports",
        generate_all,
        async: false,
        skip: [
            "read-via-stream",
            "write-via-stream",
            "[method]descriptor.read-via-stream",
            "[method]descriptor.write-via-stream",
            "[method]descriptor.append-via-stream",
            "[method]descriptor.read-directory",
        ],
    });
}

pub mod args_env;
pub mod clocks;
pub mod descriptors;
pub mod dispatch;
pub mod errno;
pub mod fd;
pub mod file_io;
pub mod files;
pub mod guest;
pub mod heap;
pub mod iovecs;
pub mod listing;
pub mod path;
pub mod poll;
pub mod proc;
pub mod random;
pub mod run;
pub mod sched;
pub mod scratch;
pub mod sockets;
pub mod spill;
pub mod state;
pub mod string_table;
pub mod threads;
pub mod utf8;
pub mod wasi;

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo<'_>) -> ! {
    core::arch::wasm32::unreachable()
}

/// The canonical ABI's allocator: results of p2 imports (strings, lists)
/// are allocated here, in the adapter's own memory.
///
/// # Safety
/// Called by the component model's lifting/lowering code with the canonical
/// ABI's contract (valid `old`/`old_size`, power-of-two `align`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cabi_realloc(
    old: *mut u8,
    old_size: usize,
    align: usize,
    new_size: usize,
) -> *mut u8 {
    use alloc::alloc::{alloc, realloc, Layout};
    if old_size == 0 {
        if let Some(p) = scratch::take_loan(new_size, align) {
            return p;
        }
    }
    let ptr = if old_size == 0 {
        if new_size == 0 {
            return align as *mut u8;
        }
        // SAFETY: align is a power of two per the canonical ABI; size is non-zero.
        unsafe { alloc(Layout::from_size_align_unchecked(new_size, align)) }
    } else {
        // SAFETY: `old` was returned by this allocator with this size and align.
        unsafe {
            realloc(
                old,
                Layout::from_size_align_unchecked(old_size, align),
                new_size,
            )
        }
    };
    if ptr.is_null() {
        core::arch::wasm32::unreachable();
    }
    ptr
}

/// Releases a list `cabi_realloc` allocated for a host result and nobody
/// consumed (a read that found the end): forgotten if it is the scratch
/// buffer, freed if it came from the heap. What the WASI 0.3 layer uses
/// where the 0.2 bindings' callers use `scratch::consume`.
pub fn release_list(bytes: alloc::vec::Vec<u8>) {
    let _ = scratch::consume(bytes, 0, |_| Ok(()));
}
