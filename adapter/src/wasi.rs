//! The WASI interfaces the p1 families call, named in one place.
//!
//! Every module of the crate reaches the host through this one: today it is
//! WASI 0.2, the generated bindings re-exported unchanged (so it costs
//! nothing). It is the seam for WASI 0.3 hosts (issue 23,
//! `docs/wasi-0.3.md`): a 0.3 build puts here types of the same shapes over
//! the 0.3 interfaces (an output stream over `write-via-stream` and
//! `stream.write`, a pollable over a waitable, `wall-clock` over
//! `system-clock`), and the families stay as they are.

pub use crate::bindings::wasi::cli::{
    environment, exit, stderr, stdin, stdout, terminal_stderr, terminal_stdin, terminal_stdout,
};
pub use crate::bindings::wasi::clocks::{monotonic_clock, wall_clock};
pub use crate::bindings::wasi::filesystem::{preopens, types as fs};
pub use crate::bindings::wasi::io::{poll, streams};
pub use crate::bindings::wasi::random::random;
