//! The link point for file operations.
//!
//! No p2 calls of its own. `fd_read`, `fd_write`, `poll_oneoff` and the
//! fd table reach the code that handles *files* (as opposed to stdio) only
//! through the `p1-adapt:optional` import `files/dispatch` (declared in
//! [`crate::dispatch`], below the fd table, which calls it to ask an
//! unverified file's type; the other operations are built here).
//! The composer binds that import to the adapter's own export
//! `p1-adapt:files/dispatch` when the guest can open files (it imports
//! `path_open`), and to a stub that does nothing otherwise: without
//! `path_open` no file fd can exist, so the stub is never reached, and the
//! file code and the `wasi:filesystem` imports it needs are dropped from
//! stdio-only programs.
//!
//! Only direct calls from here on: a function pointer would put the file
//! code in the adapter's table, which the composer's GC must keep whole.

use crate::descriptors::{Descriptors, File, Resolve};
use crate::dispatch::{files_dispatch, IO, READ_READY, RESOLVE, SETTLE, SUBSCRIBE};
use crate::errno::Result;
use crate::file_io::{read_file, write_file};
use crate::guest::Iovec;
use crate::iovecs::At;
use crate::wasi::poll::Pollable;
use crate::wasi::streams::{InputStream, OutputStream};
use alloc::vec::Vec;
use core::ffi::c_void;

/// `fd_read`/`fd_pread` (`write: false`) or `fd_write`/`fd_pwrite`.
pub struct Io<'a> {
    pub write: bool,
    pub file: &'a mut File,
    pub iovs: u64,
    pub n: u64,
    pub first: Option<(u64, Iovec)>,
    pub at: At,
    pub result: Result<u64>,
}

/// A `poll_oneoff` subscription: a temporary stream and its pollable.
pub struct Subscribe<'a> {
    pub write: bool,
    pub file: &'a mut File,
    pub inputs: &'a mut Vec<InputStream>,
    pub outputs: &'a mut Vec<OutputStream>,
    pub result: Result<Pollable>,
}

/// A ready `poll_oneoff` read: whether nothing is left to read (`HANGUP`).
pub struct ReadReady<'a> {
    pub file: &'a mut File,
    pub result: Result<bool>,
}

/// Settles the append offsets of every file but `except` (one `stat` per
/// file written in append mode since the last settle).
pub struct Settle<'a> {
    pub fds: &'a mut Descriptors,
    pub except: Option<u32>,
    pub result: Result<()>,
}

/// Fixes the offsets of files last written in append mode, before an
/// operation that may change a file's size (see `appends_pending`).
pub fn settle(fds: &mut Descriptors, except: Option<u32>) -> Result<()> {
    if !fds.appends_pending {
        return Ok(());
    }
    let mut op = Settle {
        fds,
        except,
        result: Ok(()),
    };
    // SAFETY: as in `io`; a pending append implies an open file.
    unsafe { files_dispatch(SETTLE, (&mut op as *mut Settle<'_>).cast()) };
    op.result
}

/// Runs a file read or write through the link point.
pub fn io(op: &mut Io<'_>) {
    // SAFETY: `op` is valid and exclusively borrowed for the call; the
    // import is bound to `export_dispatch` below, or to a no-op when no file
    // can exist (and so no operation is ever built).
    unsafe { files_dispatch(IO, (op as *mut Io<'_>).cast()) }
}

/// Subscribes to a file through the link point.
pub fn subscribe_file(op: &mut Subscribe<'_>) {
    // SAFETY: as in `io`.
    unsafe { files_dispatch(SUBSCRIBE, (op as *mut Subscribe<'_>).cast()) }
}

/// Checks a ready file read through the link point.
pub fn read_ready(op: &mut ReadReady<'_>) {
    // SAFETY: as in `io`.
    unsafe { files_dispatch(READ_READY, (op as *mut ReadReady<'_>).cast()) }
}

/// The real file operations, bound by the composer when files can exist.
#[unsafe(export_name = "p1-adapt:files/dispatch")]
extern "C" fn export_dispatch(kind: u32, op: *mut c_void) {
    match kind {
        IO => {
            // SAFETY: `io` passes a valid, exclusive `Io` with this kind.
            let op = unsafe { &mut *op.cast::<Io<'_>>() };
            op.result = if op.write {
                write_file(op.file, op.iovs, op.n, op.first, op.at)
            } else {
                read_file(op.file, op.iovs, op.n, op.first, op.at)
            };
        }
        SUBSCRIBE => {
            // SAFETY: `subscribe_file` passes a valid, exclusive `Subscribe`.
            let op = unsafe { &mut *op.cast::<Subscribe<'_>>() };
            op.result = subscribe(op.write, op.file, op.inputs, op.outputs);
        }
        READ_READY => {
            // SAFETY: `read_ready` passes a valid, exclusive `ReadReady`.
            let op = unsafe { &mut *op.cast::<ReadReady<'_>>() };
            op.result = (|| Ok(op.file.fd.stat()?.size <= op.file.position()?))();
        }
        SETTLE => {
            // SAFETY: `settle` passes a valid, exclusive `Settle`.
            let op = unsafe { &mut *op.cast::<Settle<'_>>() };
            op.result = (|| {
                for f in op.fds.files_except(op.except) {
                    f.position()?;
                }
                Ok(())
            })();
            if op.except.is_none() && op.result.is_ok() {
                op.fds.appends_pending = false;
            }
        }
        #[cfg(feature = "wasi-0-3")]
        crate::wasi::v0_3::builtins::FILE_STREAM => {
            // SAFETY: a file stream's `run` passes a valid, exclusive `FileOp`.
            let op = unsafe { &mut *op.cast::<crate::wasi::v0_3::streams::FileOp<'_>>() };
            crate::wasi::v0_3::fs::file_op(op);
        }
        RESOLVE => {
            // SAFETY: `descriptors::resolve_linked` passes a valid, exclusive
            // `Resolve`.
            let op = unsafe { &mut *op.cast::<Resolve<'_>>() };
            op.result = op.fds.resolve(op.fd);
        }
        _ => {}
    }
}

fn subscribe(
    write: bool,
    f: &mut File,
    inputs: &mut Vec<InputStream>,
    outputs: &mut Vec<OutputStream>,
) -> Result<Pollable> {
    if write {
        let stream = if f.append {
            f.fd.append_via_stream()?
        } else {
            let pos = f.position()?;
            f.fd.write_via_stream(pos)?
        };
        let p = stream.subscribe();
        outputs.push(stream);
        Ok(p)
    } else {
        let pos = f.position()?;
        let stream = f.fd.read_via_stream(pos)?;
        let p = stream.subscribe();
        inputs.push(stream);
        Ok(p)
    }
}
