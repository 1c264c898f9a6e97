//! `fd_read`, `fd_pread`, `fd_write`, `fd_pwrite`.
//!
//! p2 calls, per p1 call:
//! - stdio: `wasi:io/streams#blocking-read` on stdin for the first 64 KiB
//!   (all iovecs), `#read` for more of the same call,
//!   `#blocking-write-and-flush` on stdout/stderr for a write of up to
//!   4 KiB (the most it accepts); a longer one `check-write` + `write` per
//!   64 KiB and one `blocking-write-and-flush` for the last 4 KiB or less
//!   (which flushes and waits; see [`crate::iovecs::stream_write`]);
//!   with other threads, a read of stdin first subscribes to it and polls
//!   through [`crate::threads::poll`], so that they run while it waits;
//! - files: through the [`crate::files`] link point, which makes the calls
//!   listed in [`crate::file_io`] (`descriptor.read` / `.write` per 64 KiB,
//!   append mode through one cached `append-via-stream`); a write first
//!   settles the offsets of other files written in append mode (one `stat`
//!   each, see [`crate::files::settle`]).

use crate::descriptors::{Descriptor, StdioKind};
use crate::errno::{ret, Errno, Result};
use crate::files;
use crate::guest::{self, Iovec};
use crate::iovecs::{gather_iovecs, scatter_iovecs, stream_write, At, CHUNK, READ_MAX};
use crate::scratch;
use crate::state::{self, State};
use crate::wasi::streams::{InputStream, StreamError};
use alloc::vec::Vec;

/// Index and value of the first non-empty iovec (native p1 reads these, and
/// faults on them, before it looks at the fd).
fn first_non_empty(iovs: u64, n: u64) -> Result<Option<(u64, Iovec)>> {
    for i in 0..n {
        let v = guest::iovec(iovs, i)?;
        if v.len != 0 {
            return Ok(Some((i, v)));
        }
    }
    Ok(None)
}

fn write_iovecs(s: &mut State, fd: u32, iovs: u64, n: u64, at: At) -> Result<u64> {
    let first = first_non_empty(iovs, n)?;
    match s.fds.get_for_stream(fd)? {
        // As native: pwrite on stdout/stderr is ESPIPE, anything on stdin EBADF.
        Descriptor::Stdio(st) if st.kind != StdioKind::Stdin && matches!(at, At::Offset(_)) => {
            Err(Errno::SPIPE)
        }
        Descriptor::Stdio(st) if st.kind != StdioKind::Stdin => {
            let out = st.output()?;
            match first {
                None => Ok(0),
                Some((i, first)) => gather_iovecs(iovs, n, i, first, CHUNK as u64, |p| {
                    stream_write(out, p, |_| Errno::IO, true)
                }),
            }
        }
        Descriptor::File(_) => {
            files::settle(&mut s.fds, Some(fd))?;
            let Descriptor::File(f) = s.fds.get_for_stream(fd)? else {
                return Err(Errno::BADF);
            };
            let mut op = files::Io {
                write: true,
                file: f,
                iovs,
                n,
                first,
                at,
                result: Err(Errno::IO),
            };
            files::io(&mut op);
            let (pending, result) = (op.file.position_at_end, op.result);
            if pending {
                s.fds.appends_pending = true;
            }
            result
        }
        _ => Err(Errno::BADF),
    }
}

/// One read of at most `want` bytes from stdin: the first read of a call
/// blocks until data or the end of the stream, the ones after take only
/// what is already there. The end of the stream is no bytes.
fn stdin_get(input: &InputStream, want: u64, blocking: bool) -> Result<(Vec<u8>, bool)> {
    let read = || match blocking {
        true => input.blocking_read(want),
        false => input.read(want),
    };
    let mut got = scratch::receive(read);
    if blocking && matches!(&got, Ok(b) if b.is_empty()) {
        // A host may answer a blocking read with nothing at the end of
        // the stream before it says `closed` (jco's shim does): wait
        // until the stream is ready and read once more.
        input.subscribe().block();
        got = scratch::receive(|| input.read(want));
    }
    match got {
        // Native p1 reports an empty blocking read as EINTR.
        Ok(b) if b.is_empty() && blocking => Err(Errno::INTR),
        Ok(b) => Ok((b, false)),
        Err(StreamError::Closed) => Ok((Vec::new(), true)),
        Err(_) => Err(Errno::IO),
    }
}

fn read_iovecs(s: &mut State, fd: u32, iovs: u64, n: u64, at: At) -> Result<u64> {
    let first = first_non_empty(iovs, n)?;
    match s.fds.get_for_stream(fd)? {
        Descriptor::Stdio(st) if st.kind == StdioKind::Stdin => {
            if let At::Offset(_) = at {
                return Err(Errno::SPIPE);
            }
            let input = st.input()?;
            let Some((i, first)) = first else {
                // Native asks the host for zero bytes: EINTR, or 0 at end.
                return match input.blocking_read(0) {
                    Ok(_) => Err(Errno::INTR),
                    Err(StreamError::Closed) => Ok(0),
                    Err(_) => Err(Errno::IO),
                };
            };
            scatter_iovecs(iovs, n, i, first, READ_MAX, |done, want| {
                stdin_get(input, want, done == 0)
            })
        }
        Descriptor::File(f) => {
            let mut op = files::Io {
                write: false,
                file: f,
                iovs,
                n,
                first,
                at,
                result: Err(Errno::IO),
            };
            files::io(&mut op);
            op.result
        }
        _ => Err(Errno::BADF),
    }
}

/// p1 `fd_write`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_write(fd: u32, iovs: u64, iovs_len: u64, nwritten: u64) -> i32 {
    ret(state::with(|s| {
        let n = write_iovecs(s, fd, iovs, iovs_len, At::Cursor)?;
        guest::write_usize(nwritten, n)
    }))
}

/// p1 `fd_pwrite`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_pwrite(fd: u32, iovs: u64, iovs_len: u64, offset: u64, nwritten: u64) -> i32 {
    ret(state::with(|s| {
        let n = write_iovecs(s, fd, iovs, iovs_len, At::Offset(offset))?;
        guest::write_usize(nwritten, n)
    }))
}

/// With other threads, a read of stdin first waits until it is ready (data
/// or its end), letting them run: the read itself blocks every thread.
fn stdin_ready(fd: u32) {
    if crate::sched::alone() {
        return;
    }
    // A stream of its own: another thread may close the fd meanwhile.
    let stream = state::with(|s| match s.fds.get_for_stream(fd) {
        Ok(Descriptor::Stdio(st)) => st.own_input().ok(),
        _ => None,
    });
    if let Some(stream) = stream {
        let ready = stream.subscribe();
        drop(crate::threads::poll(&[&ready]));
        crate::spill::release();
    }
}

/// p1 `fd_read`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_read(fd: u32, iovs: u64, iovs_len: u64, nread: u64) -> i32 {
    stdin_ready(fd);
    ret(state::with(|s| {
        let n = read_iovecs(s, fd, iovs, iovs_len, At::Cursor)?;
        guest::write_usize(nread, n)
    }))
}

/// p1 `fd_pread`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_pread(fd: u32, iovs: u64, iovs_len: u64, offset: u64, nread: u64) -> i32 {
    ret(state::with(|s| {
        let n = read_iovecs(s, fd, iovs, iovs_len, At::Offset(offset))?;
        guest::write_usize(nread, n)
    }))
}
