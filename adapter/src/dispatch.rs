//! The `files/dispatch` import: the link point file operations go through
//! (the mechanism is described in [`crate::files`]).
//!
//! No p2 calls. Only the import and the operation numbers are here, below
//! the fd table, so that [`crate::descriptors`] can ask an unverified
//! file's type through the link point without importing [`crate::files`],
//! whose operations hold files and the fd table.

use core::ffi::c_void;

#[link(wasm_import_module = "p1-adapt:optional")]
unsafe extern "C" {
    /// Runs operation `kind` on `op`, that kind's operation struct; bound
    /// to the export `p1-adapt:files/dispatch`, or to a no-op when no file
    /// can exist.
    #[link_name = "files/dispatch"]
    pub fn files_dispatch(kind: u32, op: *mut c_void);
}

// One struct per operation, not an enum: an enum's drop glue would drag
// every variant's resources (and their WASI imports) into each caller.
/// A read or write (`crate::files::Io`).
pub const IO: u32 = 0;
/// A `poll_oneoff` subscription (`crate::files::Subscribe`).
pub const SUBSCRIBE: u32 = 1;
/// A ready `poll_oneoff` read (`crate::files::ReadReady`).
pub const READ_READY: u32 = 2;
/// Settling append offsets (`crate::files::Settle`).
pub const SETTLE: u32 = 3;
/// Asking an unverified file's type (`crate::descriptors::Resolve`).
pub const RESOLVE: u32 = 4;
// 5: a file stream's operation in the `wasi-0-3` build
// (`crate::wasi::v0_3::builtins::FILE_STREAM`).
