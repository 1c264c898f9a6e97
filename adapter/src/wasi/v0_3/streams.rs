//! `wasi:io/streams`' shapes over 0.3's `stream<u8>`: stdout and stderr
//! (each one stream, given to `write-via-stream` the first time it is
//! written), stdin (one `read-via-stream` for the program's life), and a
//! file's streams (made on first use, their operations through the files
//! link point: [`FileOp`], run by [`super::fs::file_op`]).
//!
//! A write waits until the host has taken every byte (wasmtime flushes
//! before it completes a write to stdout), so `check-write` always has
//! room and `write` is `blocking-write-and-flush`.

use super::builtins::{self, outcome, BLOCKED, DROPPED};
use super::poll::Pollable;
use alloc::vec::Vec;
use core::cell::Cell;

/// An operation's failure. `Error` carries the filesystem error behind
/// it when there is one.
pub enum StreamError {
    LastOperationFailed(Error),
    Closed,
}

/// What failed: a filesystem error code, when the host gave one.
pub struct Error(pub Option<crate::bindings::wasi::filesystem::types::ErrorCode>);

/// Which stream.
enum Kind {
    Stdout,
    Stderr,
    File(FileStream),
}

/// A file's stream: its descriptor (a handle the file's fd keeps alive
/// longer than the stream), where it starts (`None`: appends), and its
/// stream and future handles once made.
pub struct FileStream {
    pub fd: u32,
    pub offset: Option<u64>,
    pub handles: Cell<(u32, u32)>,
    /// The other end was dropped: no operation may follow.
    pub ended: Cell<bool>,
}

/// A file stream's operation, run through the link point.
pub struct FileOp<'a> {
    pub what: FileOpKind,
    pub stream: &'a FileStream,
    pub ptr: *mut u8,
    pub len: u32,
    /// `(count, status)` of a read or write; an error code of a failed one.
    pub out: (u32, u32),
    pub error: Option<crate::bindings::wasi::filesystem::types::ErrorCode>,
}

/// What a [`FileOp`] does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FileOpKind {
    Write,
    Read,
    CloseWrite,
    CloseRead,
}

impl FileStream {
    /// A stream of file `fd` at `offset` (`None`: appends).
    pub fn new(fd: u32, offset: Option<u64>) -> Self {
        FileStream {
            fd,
            offset,
            handles: Cell::new((0, 0)),
            ended: Cell::new(false),
        }
    }

    fn run(&self, what: FileOpKind, ptr: *mut u8, len: u32) -> Result<(u32, u32), StreamError> {
        let mut op = FileOp {
            what,
            stream: self,
            ptr,
            len,
            out: (0, 0),
            error: None,
        };
        // SAFETY: `op` is valid and exclusive for the call; the link point
        // is bound to the file code whenever a file stream can exist.
        unsafe {
            builtins::files_dispatch(builtins::FILE_STREAM, (&mut op as *mut FileOp<'_>).cast())
        };
        match op.error {
            Some(e) => Err(StreamError::LastOperationFailed(Error(Some(e)))),
            None => Ok(op.out),
        }
    }
}

/// A stream's handles: its end (0: not made yet) and the future of its
/// outcome; and whether the other end was dropped (no operation may
/// follow: wasmtime traps one).
struct Handles(Cell<(u32, u32)>, Cell<bool>);

// SAFETY: wasm32-unknown-unknown without threads: one thread.
unsafe impl Sync for Handles {}

static STDOUT: Handles = Handles(Cell::new((0, 0)), Cell::new(false));
static STDERR: Handles = Handles(Cell::new((0, 0)), Cell::new(false));
static STDIN: Handles = Handles(Cell::new((0, 0)), Cell::new(false));

/// stdout, stderr or a file's.
pub struct OutputStream(Kind);

impl OutputStream {
    /// A file's (see [`FileStream`]).
    pub fn file(stream: FileStream) -> Self {
        OutputStream(Kind::File(stream))
    }
}

impl Drop for OutputStream {
    fn drop(&mut self) {
        if let Kind::File(f) = &self.0 {
            if f.handles.get().0 != 0 {
                let _ = f.run(FileOpKind::CloseWrite, core::ptr::null_mut(), 0);
            }
        }
    }
}

/// stdout.
pub fn stdout() -> OutputStream {
    OutputStream(Kind::Stdout)
}

/// stderr.
pub fn stderr() -> OutputStream {
    OutputStream(Kind::Stderr)
}

impl OutputStream {
    /// The writable end, made and handed to the host on first use.
    fn writable(&self) -> u32 {
        let handles = match &self.0 {
            Kind::Stdout => &STDOUT,
            Kind::Stderr => &STDERR,
            Kind::File(_) => return 0,
        };
        let (w, _) = handles.0.get();
        if w != 0 {
            return w;
        }
        // SAFETY: built-ins on handles this function owns.
        let (w, future) = unsafe {
            let pair = match &self.0 {
                Kind::Stderr => builtins::stderr::new(),
                _ => builtins::stdout::new(),
            };
            let (r, w) = (pair as u32, (pair >> 32) as u32);
            let future = match &self.0 {
                Kind::Stderr => builtins::calls::stderr_write_via_stream(r),
                _ => builtins::calls::stdout_write_via_stream(r),
            };
            (w, future)
        };
        handles.0.set((w, future));
        w
    }

    /// Room for a write: always (a write waits until it is done).
    pub fn check_write(&self) -> Result<u64, StreamError> {
        Ok(1 << 20)
    }

    /// Writes all of `bytes`.
    pub fn write(&self, bytes: &[u8]) -> Result<(), StreamError> {
        self.blocking_write_and_flush(bytes)
    }

    /// The standard stream's handles (`None` for a file's).
    fn std(&self) -> Option<&'static Handles> {
        match &self.0 {
            Kind::Stdout => Some(&STDOUT),
            Kind::Stderr => Some(&STDERR),
            Kind::File(_) => None,
        }
    }

    /// Writes all of `bytes`; the host has them when this returns.
    pub fn blocking_write_and_flush(&self, bytes: &[u8]) -> Result<(), StreamError> {
        if self.std().is_some_and(|h| h.1.get()) {
            return Err(StreamError::Closed);
        }
        let w = self.writable();
        let mut done = 0;
        while done < bytes.len() {
            let rest = &bytes[done..];
            let n = rest.len().min((1 << 28) - 1) as u32;
            let (count, status) = match &self.0 {
                Kind::File(f) => f.run(FileOpKind::Write, rest.as_ptr().cast_mut(), n)?,
                // SAFETY: `rest` stays borrowed until the write completes
                // (`outcome` waits for it).
                Kind::Stdout => outcome(w, unsafe { builtins::stdout::write(w, rest.as_ptr(), n) }),
                // SAFETY: as above.
                Kind::Stderr => outcome(w, unsafe { builtins::stderr::write(w, rest.as_ptr(), n) }),
            };
            done += count as usize;
            if count == 0 && status != DROPPED {
                // Nothing taken and the stream still open: not seen on
                // wasmtime; an error rather than a loop.
                return Err(StreamError::Closed);
            }
            if status == DROPPED {
                if let Some(h) = self.std() {
                    h.1.set(true);
                }
                if done < bytes.len() {
                    return Err(StreamError::Closed);
                }
            }
        }
        Ok(())
    }

    /// Always ready.
    pub fn subscribe(&self) -> Pollable {
        Pollable::ready_now()
    }
}

/// stdin or a file's.
pub struct InputStream(Option<FileStream>);

/// stdin (its one stream, asked for on first use).
pub fn stdin() -> InputStream {
    InputStream(None)
}

impl InputStream {
    /// A file's (see [`FileStream`]).
    pub fn file(stream: FileStream) -> Self {
        InputStream(Some(stream))
    }
}

impl Drop for InputStream {
    fn drop(&mut self) {
        if let Some(f) = &self.0 {
            if f.handles.get().0 != 0 {
                let _ = f.run(FileOpKind::CloseRead, core::ptr::null_mut(), 0);
            }
        }
    }
}

/// `want` bytes of room in a list as a lifted import result would get it
/// (`cabi_realloc`, so the scratch buffer when lent).
pub(super) fn list(want: u64) -> Vec<u8> {
    let want = want.min((1 << 28) - 1) as usize;
    // SAFETY: a fresh allocation of `want` bytes, align 1.
    let ptr = unsafe { crate::cabi_realloc(core::ptr::null_mut(), 0, 1, want) };
    // SAFETY: `ptr` holds `want` bytes from the global allocator (or the
    // scratch buffer, which `scratch::consume` forgets).
    unsafe { Vec::from_raw_parts(ptr, 0, want) }
}

impl InputStream {
    fn readable(&self) -> u32 {
        let (r, _) = STDIN.0.get();
        if r != 0 {
            return r;
        }
        let mut ret = [0u32; 2];
        // SAFETY: the call writes the two handles at `ret`.
        unsafe { builtins::calls::stdin_read_via_stream(&mut ret) };
        STDIN.0.set((ret[0], ret[1]));
        ret[0]
    }

    /// Up to `want` bytes, waiting for at least one (none at the end).
    pub fn blocking_read(&self, want: u64) -> Result<Vec<u8>, StreamError> {
        self.read_as(want, true)
    }

    /// Up to `want` bytes that are there now (maybe none).
    pub fn read(&self, want: u64) -> Result<Vec<u8>, StreamError> {
        self.read_as(want, false)
    }

    fn read_as(&self, want: u64, block: bool) -> Result<Vec<u8>, StreamError> {
        if self.0.is_none() && STDIN.1.get() {
            return Err(StreamError::Closed);
        }
        if want == 0 {
            return Ok(Vec::new());
        }
        let mut bytes = list(want);
        let room = bytes.capacity() as u32;
        let got = match &self.0 {
            // A file has its bytes: every read waits for them.
            Some(f) => f.run(FileOpKind::Read, bytes.as_mut_ptr(), room),
            None => {
                let r = self.readable();
                // SAFETY: `bytes` has `room` bytes and stays alive until the
                // read completes or is cancelled.
                let code = unsafe { builtins::stdin::read(r, bytes.as_mut_ptr(), room) };
                let code = match (code, block) {
                    // SAFETY: cancels the read on `r` that is pending.
                    (BLOCKED, false) => unsafe { builtins::stdin::cancel_read(r) },
                    _ => code,
                };
                let (count, status) = outcome(r, code);
                if status == DROPPED {
                    STDIN.1.set(true);
                }
                Ok((count, status))
            }
        };
        // A received list is released here unless returned (it may be the
        // scratch buffer, which must not be freed).
        let (count, status) = match got {
            Ok(got) => got,
            Err(e) => {
                crate::release_list(bytes);
                return Err(e);
            }
        };
        if count == 0 {
            crate::release_list(bytes);
            return match status {
                DROPPED => Err(StreamError::Closed),
                _ => Ok(Vec::new()),
            };
        }
        // SAFETY: the host wrote `count` bytes (at most `room`).
        unsafe { bytes.set_len(count.min(room) as usize) };
        Ok(bytes)
    }

    /// Ready (a read waits; 0.3 has no way to ask without reading).
    pub fn subscribe(&self) -> Pollable {
        Pollable::ready_now()
    }
}
