//! The fd table: what each p1 file descriptor refers to.
//!
//! p2 calls: `wasi:cli/{stdin,stdout,stderr}#get-*` (lazily, once per stdio
//! fd), `wasi:cli/terminal-*#get-terminal-*` (for `fd_fdstat_get`), and
//! `wasi:filesystem/preopens#get-directories` (once, the first time an fd
//! other than stdio is looked up or allocated).
//!
//! Numbering follows wasmtime's native p1 exactly: 0-2 are stdio, preopens
//! follow from 3 in host order, a closed fd is reused (highest first) before
//! a new number past the highest open one is taken. The table grows without
//! a fixed limit; `EMFILE` only when the 32-bit fd space is exhausted.

use crate::bindings::wasi::cli::{stderr, stdin, stdout};
use crate::bindings::wasi::cli::{terminal_stderr, terminal_stdin, terminal_stdout};
use crate::bindings::wasi::filesystem::{preopens, types as fs};
use crate::bindings::wasi::io::streams::{InputStream, OutputStream};
use crate::errno::{Errno, Result};
use alloc::collections::BTreeSet;
use alloc::string::String;
use alloc::vec::Vec;

/// Which standard stream an stdio descriptor is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StdioKind {
    /// fd 0 at start.
    Stdin,
    /// fd 1 at start.
    Stdout,
    /// fd 2 at start.
    Stderr,
}

/// What an fd refers to.
pub enum Descriptor {
    /// A standard stream; its p2 stream is fetched on first use.
    Stdio(Stdio),
    /// A directory (a preopen, or later one opened by `path_open`).
    Directory {
        /// The p2 handle.
        fd: fs::Descriptor,
        /// The name it was preopened under, `None` if opened by path.
        preopen: Option<String>,
    },
}

/// A standard stream descriptor.
pub struct Stdio {
    /// Which stream.
    pub kind: StdioKind,
    input: Option<InputStream>,
    output: Option<OutputStream>,
    isatty: Option<bool>,
}

impl Stdio {
    fn new(kind: StdioKind) -> Self {
        Stdio {
            kind,
            input: None,
            output: None,
            isatty: None,
        }
    }

    /// The input stream of stdin (`EBADF` for stdout/stderr).
    pub fn input(&mut self) -> Result<&InputStream> {
        if self.kind != StdioKind::Stdin {
            return Err(Errno::BADF);
        }
        Ok(self.input.get_or_insert_with(stdin::get_stdin))
    }

    /// The output stream of stdout/stderr (`EBADF` for stdin).
    pub fn output(&mut self) -> Result<&OutputStream> {
        match self.kind {
            StdioKind::Stdin => Err(Errno::BADF),
            StdioKind::Stdout => Ok(self.output.get_or_insert_with(stdout::get_stdout)),
            StdioKind::Stderr => Ok(self.output.get_or_insert_with(stderr::get_stderr)),
        }
    }

    /// Whether the host says this stream is a terminal (asked once).
    pub fn isatty(&mut self) -> bool {
        let kind = self.kind;
        *self.isatty.get_or_insert_with(|| match kind {
            StdioKind::Stdin => terminal_stdin::get_terminal_stdin().is_some(),
            StdioKind::Stdout => terminal_stdout::get_terminal_stdout().is_some(),
            StdioKind::Stderr => terminal_stderr::get_terminal_stderr().is_some(),
        })
    }
}

/// The table itself.
pub struct Descriptors {
    /// Index = fd; `None` = closed.
    table: Vec<Option<Descriptor>>,
    /// Closed fds (the `None` slots), reused highest first as native p1 does.
    free: BTreeSet<u32>,
    /// Whether the preopens have been fetched and placed at 3...
    preopens_loaded: bool,
}

impl Descriptors {
    /// A table holding stdio only; preopens come on first need.
    pub fn new() -> Self {
        let mut table = Vec::with_capacity(8);
        table.push(Some(Descriptor::Stdio(Stdio::new(StdioKind::Stdin))));
        table.push(Some(Descriptor::Stdio(Stdio::new(StdioKind::Stdout))));
        table.push(Some(Descriptor::Stdio(Stdio::new(StdioKind::Stderr))));
        Descriptors {
            table,
            free: BTreeSet::new(),
            preopens_loaded: false,
        }
    }

    /// Fetches the preopens (once) and places them at fds 3.. in host order,
    /// as native p1 does at start-up. Nothing can be allocated before this
    /// runs, so the slots after stdio are still empty.
    fn load_preopens(&mut self) {
        if self.preopens_loaded {
            return;
        }
        self.preopens_loaded = true;
        for (fd, name) in preopens::get_directories() {
            self.table.push(Some(Descriptor::Directory {
                fd,
                preopen: Some(name),
            }));
        }
    }

    /// The descriptor for `fd`, or `EBADF`.
    pub fn get(&mut self, fd: u32) -> Result<&mut Descriptor> {
        if fd > 2 {
            self.load_preopens();
        }
        self.slot(fd)
    }

    /// Like [`get`](Self::get), but never fetches the preopens: for
    /// operations whose answer on a directory is `EBADF` anyway (reading and
    /// writing bytes), so that programs that only do stdio do not import
    /// `wasi:filesystem`.
    pub fn get_for_stream(&mut self, fd: u32) -> Result<&mut Descriptor> {
        self.slot(fd)
    }

    fn slot(&mut self, fd: u32) -> Result<&mut Descriptor> {
        let i = usize::try_from(fd).map_err(|_| Errno::BADF)?;
        self.table
            .get_mut(i)
            .and_then(Option::as_mut)
            .ok_or(Errno::BADF)
    }

    /// Stores `d` under a new fd: the highest closed one, else one past the
    /// highest open one.
    pub fn push(&mut self, d: Descriptor) -> Result<u32> {
        self.load_preopens();
        if let Some(fd) = self.free.pop_last() {
            self.table[fd as usize] = Some(d);
            return Ok(fd);
        }
        let fd = u32::try_from(self.table.len()).map_err(|_| Errno::MFILE)?;
        if fd == u32::MAX {
            return Err(Errno::MFILE);
        }
        self.table.try_reserve(1).map_err(|_| Errno::MFILE)?;
        self.table.push(Some(d));
        Ok(fd)
    }

    /// Removes `fd` from the table and returns what it referred to.
    pub fn remove(&mut self, fd: u32) -> Result<Descriptor> {
        if fd > 2 {
            self.load_preopens();
        }
        let i = usize::try_from(fd).map_err(|_| Errno::BADF)?;
        let d = self
            .table
            .get_mut(i)
            .and_then(Option::take)
            .ok_or(Errno::BADF)?;
        self.free.insert(fd);
        Ok(d)
    }
}

impl Default for Descriptors {
    fn default() -> Self {
        Self::new()
    }
}
