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

use crate::wasi::streams::{InputStream, OutputStream};
use crate::wasi::{fs, preopens};
use crate::wasi::{stderr, stdin, stdout};
use crate::wasi::{terminal_stderr, terminal_stdin, terminal_stdout};

use crate::dispatch::{files_dispatch, RESOLVE};
use crate::errno::{Errno, Result};
use crate::listing::Listing;
use alloc::string::String;
use alloc::vec::Vec;

/// Which standard stream an stdio descriptor is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
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
    /// A directory: a preopen, or one opened by `path_open`.
    Directory(Dir),
    /// Anything else opened by `path_open` (regular files, devices, ...).
    File(File),
}

/// A directory descriptor.
pub struct Dir {
    /// The p2 handle.
    pub fd: fs::Descriptor,
    /// The name it was preopened under, `None` if opened by path.
    pub preopen: Option<String>,
    /// The `fd_readdir` listing being read, kept between calls so a cookie
    /// resumes without re-reading the directory.
    pub listing: Option<Listing>,
}

/// A file descriptor with p1's per-fd state.
pub struct File {
    /// The p2 handle.
    pub fd: fs::Descriptor,
    /// The current offset (for `fd_read`, `fd_write`, `fd_seek`).
    pub position: u64,
    /// `true` after an append-mode write: the offset is the file's size,
    /// fetched (with one `stat`) only when something needs it.
    pub position_at_end: bool,
    /// `FDFLAGS_APPEND`: writes go to the end.
    pub append: bool,
    /// `FDFLAGS_NONBLOCK` (reported by `fd_fdstat_get`; file I/O blocks).
    pub nonblocking: bool,
    /// The append stream, created by the first append-mode write.
    pub append_stream: Option<OutputStream>,
    /// The flags it was opened with; `READ`/`WRITE` missing there are
    /// asked of the host (`get-flags`, once) when a read or write needs
    /// them, since hosts may open for more than was asked.
    pub requested: fs::DescriptorFlags,
    /// The host's `get-flags`, once asked.
    pub host_flags: Option<fs::DescriptorFlags>,
    /// `path_open` without `O_DIRECTORY` does not ask the host whether it
    /// opened a directory (`get-type` costs as much as the open on
    /// wasmtime): the first lookup through [`Descriptors::get`] asks and
    /// turns the entry into a [`Dir`] if so. Reads, writes, `fd_close` and
    /// `fd_renumber` do not need to know (see
    /// [`Descriptors::get_for_stream`]; a read tries a stream read first,
    /// see `file_io::read_file`), and `fd_fdstat_get` learns it with its answer.
    pub unverified: bool,
}

impl File {
    /// A freshly opened file at offset 0.
    pub fn new(
        fd: fs::Descriptor,
        flags: fs::DescriptorFlags,
        append: bool,
        nonblocking: bool,
    ) -> Self {
        File {
            fd,
            position: 0,
            position_at_end: false,
            append,
            nonblocking,
            append_stream: None,
            requested: flags,
            host_flags: None,
            unverified: true,
        }
    }

    /// Whether the file is open for `flag` (`READ` or `WRITE`). A read or
    /// write the mode excludes answers EBADF, as the host would, without
    /// asking the host to do it: jco's shim throws a raw Node.js error (a
    /// trap) there.
    pub fn open_for(&mut self, flag: fs::DescriptorFlags) -> Result<bool> {
        if self.requested.contains(flag) {
            return Ok(true);
        }
        let flags = match self.host_flags {
            Some(f) => f,
            None => *self.host_flags.insert(self.fd.get_flags()?),
        };
        Ok(flags.contains(flag))
    }

    /// Whether the host says it is a directory (`get-type`).
    pub fn is_dir(&self) -> Result<bool> {
        Ok(self.fd.get_type()? == fs::DescriptorType::Directory)
    }

    /// The current offset, resolving "at end" after appends with a `stat`.
    pub fn position(&mut self) -> Result<u64> {
        if self.position_at_end {
            self.position = self.fd.stat().map_err(Errno::from)?.size;
            self.position_at_end = false;
        }
        Ok(self.position)
    }
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

    /// A stdin stream of the caller's own, not the one kept here: what a
    /// thread waits on while others run, so that another thread closing
    /// the fd meanwhile drops no stream whose pollable is alive.
    pub fn own_input(&self) -> Result<InputStream> {
        match self.kind {
            StdioKind::Stdin => Ok(stdin::get_stdin()),
            _ => Err(Errno::BADF),
        }
    }

    /// A stdout or stderr stream of the caller's own (see [`Self::own_input`]).
    pub fn own_output(&self) -> Result<OutputStream> {
        match self.kind {
            StdioKind::Stdin => Err(Errno::BADF),
            StdioKind::Stdout => Ok(stdout::get_stdout()),
            StdioKind::Stderr => Ok(stderr::get_stderr()),
        }
    }

    /// Whether the host says this stream is a terminal (asked once).
    pub fn isatty(&mut self) -> bool {
        let kind = self.kind as u32;
        // SAFETY: the import takes a plain integer.
        *self
            .isatty
            .get_or_insert_with(|| unsafe { terminal_isatty(kind) } != 0)
    }
}

// Capability link points (see `crate::files` for the mechanism): bound to
// the exports below unless the target host lacks the interfaces they use,
// in which case the composer binds them to stubs that return zero — no
// terminal, no preopens, as on a host without those capabilities.
#[link(wasm_import_module = "p1-adapt:optional")]
unsafe extern "C" {
    #[link_name = "terminal/isatty"]
    fn terminal_isatty(kind: u32) -> u32;
    #[link_name = "preopens/load"]
    fn preopens_load(fds: *mut core::ffi::c_void);
}

/// Whether stdio stream `kind` (0, 1, 2) is a terminal.
#[unsafe(export_name = "p1-adapt:terminal/isatty")]
extern "C" fn export_isatty(kind: u32) -> u32 {
    let tty = match kind {
        0 => terminal_stdin::get_terminal_stdin().is_some(),
        1 => terminal_stdout::get_terminal_stdout().is_some(),
        _ => terminal_stderr::get_terminal_stderr().is_some(),
    };
    u32::from(tty)
}

/// Places the host's preopens at fds 3..
#[unsafe(export_name = "p1-adapt:preopens/load")]
extern "C" fn export_preopens_load(fds: *mut core::ffi::c_void) {
    // SAFETY: only `Descriptors::load_preopens` calls this, with itself.
    let fds = unsafe { &mut *fds.cast::<Descriptors>() };
    for (fd, name) in preopens::get_directories() {
        fds.table.push(Some(Descriptor::Directory(Dir {
            fd,
            preopen: Some(name),
            listing: None,
        })));
    }
}

/// Finds out whether an unverified file is a directory
/// ([`Descriptors::resolve`]): the link point's `RESOLVE` operation, run by
/// [`crate::files`].
pub struct Resolve<'a> {
    /// The table.
    pub fds: &'a mut Descriptors,
    /// The unverified file.
    pub fd: u32,
    /// What [`Descriptors::resolve`] answered.
    pub result: Result<()>,
}

/// Asks the host the type of unverified file `fd`, through the link point.
fn resolve_linked(fds: &mut Descriptors, fd: u32) -> Result<()> {
    let mut op = Resolve {
        fds,
        fd,
        result: Ok(()),
    };
    // SAFETY: `op` is valid and exclusively borrowed for the call; the
    // import is bound to `crate::files`' export, or to a no-op when no file
    // can exist (an unverified file implies an open file, so it is never
    // reached then).
    unsafe { files_dispatch(RESOLVE, (&mut op as *mut Resolve<'_>).cast()) };
    op.result
}

/// The table itself.
pub struct Descriptors {
    /// Index = fd; `None` = closed.
    table: Vec<Option<Descriptor>>,
    /// Closed fds (the `None` slots), sorted, reused highest first as
    /// native p1 does.
    free: Vec<u32>,
    /// Whether the preopens have been fetched and placed at 3...
    preopens_loaded: bool,
    /// Whether some file's offset is "at the end" after an append write
    /// (see [`File::position_at_end`]); settled before anything else can
    /// change a file's size, so the offset is the size right after that
    /// write, as native p1 records it with a `stat` per append write.
    pub appends_pending: bool,
}

impl Descriptors {
    /// A table holding stdio only; preopens come on first need.
    pub fn new() -> Self {
        let table = alloc::vec![
            Some(Descriptor::Stdio(Stdio::new(StdioKind::Stdin))),
            Some(Descriptor::Stdio(Stdio::new(StdioKind::Stdout))),
            Some(Descriptor::Stdio(Stdio::new(StdioKind::Stderr))),
        ];
        Descriptors {
            table,
            free: Vec::new(),
            preopens_loaded: false,
            appends_pending: false,
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
        // SAFETY: `self` is valid and exclusively borrowed for the call.
        unsafe { preopens_load((self as *mut Descriptors).cast()) };
    }

    /// Every open file other than `except`, for settling append offsets.
    pub fn files_except(&mut self, except: Option<u32>) -> impl Iterator<Item = &mut File> {
        self.table
            .iter_mut()
            .enumerate()
            .filter_map(move |(fd, d)| match d {
                Some(Descriptor::File(f)) if Some(fd as u32) != except => Some(f),
                _ => None,
            })
    }

    /// The descriptor for `fd`, or `EBADF`.
    pub fn get(&mut self, fd: u32) -> Result<&mut Descriptor> {
        self.get_unresolved(fd)?;
        self.slot(fd)
    }

    /// Like [`get`](Self::get), but a file stays [`File::unverified`]: for
    /// callers that learn its type with what they ask anyway.
    pub fn get_unresolved(&mut self, fd: u32) -> Result<&mut Descriptor> {
        if fd > 2 {
            self.load_preopens();
        }
        self.get_for_stream(fd)
    }

    /// Like [`get`](Self::get), but never fetches the preopens and leaves
    /// a file [`File::unverified`]: for reading and writing bytes, whose
    /// answer on a directory is `EBADF` anyway (a read finds out with a
    /// stream read; a directory cannot be opened for writing, so a write
    /// finds it not open for writing), so that programs that only do stdio
    /// import no `wasi:filesystem` nor the code that asks a type.
    pub fn get_for_stream(&mut self, fd: u32) -> Result<&mut Descriptor> {
        let i = usize::try_from(fd).map_err(|_| Errno::BADF)?;
        self.table
            .get_mut(i)
            .and_then(Option::as_mut)
            .ok_or(Errno::BADF)
    }

    /// The entry for `fd`, an unverified file asked its type and made a
    /// [`Dir`] if it is one (through the [`crate::files`] link point: only
    /// programs that open files have the code).
    fn slot(&mut self, fd: u32) -> Result<&mut Descriptor> {
        if matches!(self.get_for_stream(fd)?, Descriptor::File(f) if f.unverified) {
            resolve_linked(self, fd)?;
        }
        self.get_for_stream(fd)
    }

    /// Asks the host the type of unverified file `fd` (`get-type`) and
    /// makes it a [`Dir`] if it is one.
    pub fn resolve(&mut self, fd: u32) -> Result<()> {
        let Descriptor::File(f) = self.get_for_stream(fd)? else {
            return Ok(());
        };
        if !f.unverified {
            return Ok(());
        }
        let dir = f.is_dir()?;
        f.unverified = false;
        let slot = &mut self.table[fd as usize];
        if dir {
            if let Some(Descriptor::File(f)) = slot.take() {
                *slot = Some(Descriptor::Directory(Dir {
                    fd: f.fd,
                    preopen: None,
                    listing: None,
                }));
            }
        }
        Ok(())
    }

    /// A directory fd (`EBADF` for anything else), as the `path_*`
    /// functions and `fd_readdir` require.
    pub fn dir(&mut self, fd: u32) -> Result<&mut Dir> {
        match self.get(fd)? {
            Descriptor::Directory(d) => Ok(d),
            _ => Err(Errno::BADF),
        }
    }

    /// A file fd (`EBADF` for anything else).
    pub fn file(&mut self, fd: u32) -> Result<&mut File> {
        match self.get(fd)? {
            Descriptor::File(f) => Ok(f),
            _ => Err(Errno::BADF),
        }
    }

    /// The handles of two directory fds at once (`EBADF` unless both are
    /// directories), for `path_link` and `path_rename`.
    pub fn two_dirs(&mut self, a: u32, b: u32) -> Result<(&fs::Descriptor, &fs::Descriptor)> {
        self.dir(a)?;
        self.dir(b)?;
        let get = |fd: u32| match self.table.get(fd as usize) {
            Some(Some(Descriptor::Directory(d))) => Ok(&d.fd),
            _ => Err(Errno::BADF),
        };
        Ok((get(a)?, get(b)?))
    }

    /// A file or directory's p2 handle (`EBADF` for stdio).
    pub fn fs(&mut self, fd: u32) -> Result<&fs::Descriptor> {
        match self.get(fd)? {
            Descriptor::File(f) => Ok(&f.fd),
            Descriptor::Directory(d) => Ok(&d.fd),
            Descriptor::Stdio(_) => Err(Errno::BADF),
        }
    }

    /// A file that has an offset: `ESPIPE` for stdio, `EBADF` for the rest.
    pub fn seekable(&mut self, fd: u32) -> Result<&mut File> {
        match self.get(fd)? {
            Descriptor::File(f) => Ok(f),
            Descriptor::Stdio(_) => Err(Errno::SPIPE),
            Descriptor::Directory(_) => Err(Errno::BADF),
        }
    }

    /// `fd_renumber`: both must be open; `to` is closed and replaced by
    /// `from`, whose number becomes free (as native p1).
    pub fn renumber(&mut self, from: u32, to: u32) -> Result<()> {
        // Whether an unverified file is a directory does not matter here.
        self.get_unresolved(from)?;
        self.get_unresolved(to)?;
        if from == to {
            return Ok(());
        }
        drop(self.remove(to)?);
        let d = self.remove(from)?;
        self.table[to as usize] = Some(d);
        if let Ok(at) = self.free.binary_search(&to) {
            self.free.remove(at);
        }
        Ok(())
    }

    /// Stores `d` under a new fd: the highest closed one, else one past the
    /// highest open one.
    pub fn push(&mut self, d: Descriptor) -> Result<u32> {
        self.load_preopens();
        if let Some(fd) = self.free.pop() {
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
        if let Err(at) = self.free.binary_search(&fd) {
            self.free.insert(at, fd);
        }
        Ok(d)
    }
}

impl Default for Descriptors {
    fn default() -> Self {
        Self::new()
    }
}
