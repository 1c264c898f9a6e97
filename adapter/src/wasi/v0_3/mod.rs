//! WASI 0.3.0 in the shapes of the 0.2 interfaces the families call (see
//! the parent module). The 0.3 functions without streams are the
//! generated bindings, lowered synchronously; [`builtins`] declares the
//! stream, future and waitable built-ins by hand.

pub mod builtins;
pub mod fs;
pub mod poll;
pub mod streams;

pub use crate::bindings::wasi::cli::{
    environment, exit, terminal_stderr, terminal_stdin, terminal_stdout,
};
pub use crate::bindings::wasi::random::random;

/// The clocks' shared types.
pub mod clocks {
    pub use crate::bindings::wasi::clocks::system_clock::Instant;
}

/// `wasi:cli/stdin`: the one stdin stream.
pub mod stdin {
    pub use super::streams::stdin as get_stdin;
}

/// `wasi:cli/stdout`.
pub mod stdout {
    pub use super::streams::stdout as get_stdout;
}

/// `wasi:cli/stderr`.
pub mod stderr {
    pub use super::streams::stderr as get_stderr;
}

/// `wasi:clocks/monotonic-clock`, with 0.2's `subscribe-*` as timers.
pub mod monotonic_clock {
    use super::poll::Pollable;
    use crate::bindings::wasi::clocks::monotonic_clock as m;

    /// Nanoseconds since an arbitrary start.
    pub fn now() -> u64 {
        m::now()
    }

    /// The clock's resolution in nanoseconds.
    pub fn resolution() -> u64 {
        m::get_resolution()
    }

    /// Ready when the clock reaches `when`.
    pub fn subscribe_instant(when: u64) -> Pollable {
        Pollable::until(when)
    }

    /// Ready `ns` nanoseconds from now.
    pub fn subscribe_duration(ns: u64) -> Pollable {
        Pollable::until(now().saturating_add(ns))
    }
}

/// `wasi:clocks/wall-clock` over 0.3's `system-clock`.
pub mod wall_clock {
    pub use super::fs::Datetime;
    use crate::bindings::wasi::clocks::system_clock as s;

    /// The time since 1970.
    pub fn now() -> Datetime {
        Datetime::from_instant(s::now())
    }

    /// The clock's resolution.
    pub fn resolution() -> Datetime {
        let ns = s::get_resolution();
        Datetime {
            seconds: ns / 1_000_000_000,
            nanoseconds: (ns % 1_000_000_000) as u32,
        }
    }
}

/// `wasi:filesystem/preopens`, as [`fs::Descriptor`]s.
pub mod preopens {
    use super::fs::Descriptor;
    use alloc::string::String;
    use alloc::vec::Vec;

    /// The preopened directories and their names.
    pub fn get_directories() -> Vec<(Descriptor, String)> {
        crate::bindings::wasi::filesystem::preopens::get_directories()
            .into_iter()
            .map(|(d, name)| (Descriptor(d), name))
            .collect()
    }
}
