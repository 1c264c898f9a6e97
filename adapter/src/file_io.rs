//! Reads and writes of files (as opposed to stdio), reached only through
//! the [`crate::files`] link point.
//!
//! No p1 functions of its own (`fd_read`, `fd_pread`, `fd_write`,
//! `fd_pwrite` are in [`crate::fd`]). p2 calls:
//! `wasi:filesystem/types#[method]descriptor.read` / `.write` (one call per
//! 64 KiB moved, whatever the iovecs: consecutive ones are gathered for a
//! write, scattered for a read; `fd_read` of a small buffer is one call),
//! append mode through one cached `append-via-stream`
//! (`blocking-write-and-flush` per 4 KiB); `get-flags` once, when the open
//! mode does not say whether the file can be read or written. The first
//! read of a file opened without `O_DIRECTORY` (`File::unverified`) is a
//! `read-via-stream` + `blocking-read` (then `read` for the rest of a
//! short answer, `get-type` if nothing came).

use crate::descriptors::File;
use crate::errno::{stream_errno, Errno, Result};
use crate::guest::{self, Iovec};
use crate::iovecs::{
    gather_iovecs, scatter_iovecs, stream_write, At, Piece, CHUNK, FILE_CHUNK, READ_MAX,
};
use crate::scratch;
use crate::wasi::fs;

/// A file write (append mode, or at `at`); reached through [`crate::files`].
pub fn write_file(
    f: &mut File,
    iovs: u64,
    n: u64,
    first: Option<(u64, Iovec)>,
    at: At,
) -> Result<u64> {
    if !f.open_for(fs::DescriptorFlags::WRITE)? {
        return Err(Errno::BADF);
    }
    let Some((i, first)) = first else {
        // Nothing to write: the host still answers (EBADF for a file not
        // open for writing), as the native write of zero bytes does.
        let pos = match at {
            At::Offset(o) if !f.append => o,
            At::Cursor if !f.append => f.position()?,
            _ => 0,
        };
        f.fd.write(&[], pos)?;
        if f.append && matches!(at, At::Cursor) {
            f.position_at_end = true;
        }
        return Ok(0);
    };
    // Linux semantics, as native: append mode ignores a pwrite offset.
    if f.append && f.append_stream.is_none() {
        f.append_stream = Some(f.fd.append_via_stream()?);
    }
    let start = match (f.append, at) {
        (true, _) => 0,
        (false, At::Cursor) => f.position()?,
        (false, At::Offset(o)) => o,
    };
    let out = f.append_stream.as_ref().filter(|_| f.append);
    let mut offset = start;
    let fd = &f.fd;
    // One gathering loop for both (its code once): a stream takes 4 KiB per
    // call, `descriptor.write` the scratch buffer.
    let cap = if out.is_some() {
        CHUNK as u64
    } else {
        FILE_CHUNK
    };
    let written = gather_iovecs(iovs, n, i, first, cap, |p| match out {
        Some(out) => stream_write(out, p, stream_errno, false),
        None => {
            let k = file_write(fd, p, offset)?;
            offset += k;
            Ok(k)
        }
    });
    if out.is_some() {
        let written = match written {
            // A stream error does not always carry its cause: ask the
            // descriptor itself (EBADF when the file is not open for writing).
            Err(Errno::IO) => match f.fd.write(&[], 0) {
                Err(code) => Err(code.into()),
                Ok(_) => Err(Errno::IO),
            },
            other => other,
        }?;
        if let At::Cursor = at {
            f.position_at_end = true;
        }
        return Ok(written);
    }
    let n = written?;
    if let At::Cursor = at {
        f.position = start.checked_add(n).ok_or(Errno::OVERFLOW)?;
    }
    Ok(n)
}

/// Writes one iovec to a file at `offset` with `descriptor.write`, 64 KiB at
/// a time; returns the bytes written (short if the host wrote less).
fn file_write(fd: &fs::Descriptor, piece: Piece, offset: u64) -> Result<u64> {
    // SAFETY: the only user of the scratch buffer during this write; no
    // received `Vec` is alive.
    let buf = unsafe { scratch::buf() };
    let iov = match piece {
        Piece::Guest(iov) => iov,
        Piece::Gathered(len) => return Ok(fd.write(&buf[..len], offset)?),
    };
    let mut done = 0u64;
    while done < iov.len {
        let n = (iov.len - done).min(FILE_CHUNK);
        // A fault is reported before an offset overflow, as natively.
        let at = offset.checked_add(done).ok_or(Errno::FBIG);
        let from = iov.buf + done;
        let result = match guest::with_direct(from, n as usize, |b| at.map(|at| fd.write(b, at))) {
            Some(r) => r?,
            None => {
                let buf = &mut buf[..n as usize];
                guest::read(from, buf)?;
                fd.write(buf, at?)
            }
        };
        let written = match result {
            Ok(w) => w,
            Err(_) if done > 0 => return Ok(done),
            Err(e) => return Err(e.into()),
        };
        done += written;
        if written < n {
            break;
        }
    }
    Ok(done)
}

/// A file read at `at`; reached through [`crate::files`].
pub fn read_file(
    f: &mut File,
    iovs: u64,
    n: u64,
    first: Option<(u64, Iovec)>,
    at: At,
) -> Result<u64> {
    if !f.open_for(fs::DescriptorFlags::READ)? {
        return Err(Errno::BADF);
    }
    let start = match at {
        At::Cursor => f.position()?,
        At::Offset(o) => o,
    };
    let Some((i, v)) = first else {
        // Nothing to read: the host still answers (EBADF for a file not open
        // for reading), as the native read of zero bytes does.
        verify(f)?;
        f.fd.read(0, start)?;
        return Ok(0);
    };
    // The first read of a file that may be a directory: a stream read, which
    // fails on a directory (jco's shim traps on a `read` there), and which
    // tells it is not one when it brings bytes. Only then is the type asked.
    let mut head = 0;
    if f.unverified {
        if let Err(e) = guest::check(v.buf, v.len) {
            // A directory answers EBADF whatever the buffer, as natively.
            verify(f)?;
            return Err(e);
        }
        head = probe(&f.fd, v, start)?;
        if head == 0 {
            verify(f)?;
        }
        f.unverified = false;
    }
    let rest = Iovec {
        buf: v.buf + head,
        len: v.len - head,
    };
    let (fd, from) = (&f.fd, start + head);
    let n = match scatter_iovecs(iovs, n, i, rest, READ_MAX, |done, want| {
        let at = from.checked_add(done).ok_or(Errno::OVERFLOW)?;
        Ok(scratch::receive(|| fd.read(want, at))?)
    }) {
        Ok(k) => head + k,
        // The probe's bytes are in the guest already: a short read.
        Err(_) if head > 0 => head,
        Err(e) => return Err(e),
    };
    if let At::Cursor = at {
        f.position = start + n;
    }
    Ok(n)
}

/// `EBADF` if an unverified file is a directory (as a read of a directory
/// answers natively); it stays unverified, and becomes a directory fd at
/// the next lookup that resolves (see `Descriptors::get`).
fn verify(f: &mut File) -> Result<()> {
    if f.unverified {
        if f.is_dir()? {
            return Err(Errno::BADF);
        }
        f.unverified = false;
    }
    Ok(())
}

/// Reads the start of `iov` at `offset` through a `read-via-stream`: how
/// many bytes arrived, 0 on a host error or at the end (`ERANGE` for
/// more than asked, as any read).
fn probe(fd: &fs::Descriptor, iov: Iovec, offset: u64) -> Result<u64> {
    let Ok(stream) = fd.read_via_stream(offset) else {
        return Ok(0);
    };
    let want = iov.len.min(READ_MAX);
    let Ok(bytes) = scratch::receive(|| stream.blocking_read(want)) else {
        return Ok(0);
    };
    let got = bytes.len() as u64;
    scratch::consume(bytes, want, |b| guest::write(iov.buf, b)).map(|()| got)
}
