//! The WASI interfaces the p1 families call, named in one place.
//!
//! Every module of the crate reaches the host through this one. On WASI 0.2
//! (the default build) it is the generated bindings, re-exported unchanged,
//! so it costs nothing. The `wasi-0-3` build (issue 23, `docs/wasi-0.3.md`)
//! puts here, in [`v0_3`], types of the same shapes over the 0.3
//! interfaces: an output stream over `write-via-stream` and `stream.write`,
//! a file's `read` and `write` over its streams, a pollable over a
//! waitable, `wall-clock` over `system-clock`. The families stay as they
//! are.

#[cfg(not(feature = "wasi-0-3"))]
pub use crate::bindings::wasi::cli::{
    environment, exit, stderr, stdin, stdout, terminal_stderr, terminal_stdin, terminal_stdout,
};
#[cfg(not(feature = "wasi-0-3"))]
pub use crate::bindings::wasi::clocks::{monotonic_clock, wall_clock};
#[cfg(not(feature = "wasi-0-3"))]
pub use crate::bindings::wasi::filesystem::{preopens, types as fs};
#[cfg(not(feature = "wasi-0-3"))]
pub use crate::bindings::wasi::io::{poll, streams};
#[cfg(not(feature = "wasi-0-3"))]
pub use crate::bindings::wasi::random::random;

#[cfg(feature = "wasi-0-3")]
pub mod v0_3;
#[cfg(feature = "wasi-0-3")]
pub use v0_3::*;
