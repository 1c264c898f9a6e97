//! `fd_*` functions.
//!
//! p2 calls: `wasi:io/streams#{blocking-read,read}` on stdin,
//! `wasi:io/streams#blocking-write-and-flush` on stdout/stderr (4 KiB per
//! call, the most it accepts), stream and descriptor drops on `fd_close`.
//! The file and directory functions (`fd_seek`, `fd_readdir`, ...) answer
//! `ENOSYS` until the filesystem work implements them.

use crate::bindings::wasi::io::streams::{InputStream, OutputStream, StreamError};
use crate::descriptors::{Descriptor, StdioKind};
use crate::errno::{ret, Errno, Result};
use crate::guest::{self, Iovec};
use crate::state::{self, State};

/// Bytes moved per stream call (the most `blocking-write-and-flush` takes).
const CHUNK: usize = 4096;
/// Largest single read asked of the host.
const READ_MAX: u64 = 64 * 1024;

const RIGHTS_FD_READ: u64 = 1 << 1;
const RIGHTS_FD_WRITE: u64 = 1 << 6;
const FILETYPE_UNKNOWN: u8 = 0;
const FILETYPE_CHARACTER_DEVICE: u8 = 2;
const FILETYPE_DIRECTORY: u8 = 3;

/// The rights native p1 reports for a preopened directory (base, inheriting).
fn preopen_rights() -> (u64, u64) {
    // Bits 9..=20 except 19 (path_filestat_set_size), plus 21, 23-26: the
    // directory operations native hard-codes; inheriting adds the file ones.
    let base = (1 << 9)
        | (1 << 10)
        | (1 << 11)
        | (1 << 12)
        | (1 << 13)
        | (1 << 14)
        | (1 << 15)
        | (1 << 16)
        | (1 << 17)
        | (1 << 24)
        | (1 << 25)
        | (1 << 26)
        | (1 << 18)
        | (1 << 20)
        | (1 << 21)
        | (1 << 23);
    let inheriting = base
        | (1 << 0)
        | (1 << 1)
        | (1 << 2)
        | (1 << 3)
        | (1 << 4)
        | (1 << 5)
        | (1 << 6)
        | (1 << 7)
        | (1 << 8)
        | (1 << 21)
        | (1 << 22)
        | (1 << 23)
        | (1 << 27);
    (base, inheriting)
}

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

fn write_all(out: &OutputStream, iov: Iovec) -> Result<()> {
    let mut buf = [0u8; CHUNK];
    let mut done = 0u64;
    while done < iov.len {
        let n = (iov.len - done).min(CHUNK as u64) as usize;
        guest::read(iov.buf + done, &mut buf[..n])?;
        out.blocking_write_and_flush(&buf[..n])
            .map_err(|_| Errno::IO)?;
        done += n as u64;
    }
    Ok(())
}

/// Writes every iovec in order (native writes only the first non-empty one;
/// both are valid `writev` results, and libc loops either way). A fault or
/// stream error after some bytes went out ends the call with a short count.
fn write_iovecs(s: &mut State, fd: u32, iovs: u64, n: u64) -> Result<u64> {
    let first = first_non_empty(iovs, n)?;
    let out = match s.fds.get_for_stream(fd)? {
        Descriptor::Stdio(st) if st.kind != StdioKind::Stdin => st.output()?,
        _ => return Err(Errno::BADF),
    };
    let Some((i, first)) = first else {
        return Ok(0);
    };
    guest::check(first.buf, first.len)?;
    write_all(out, first)?;
    let mut total = first.len;
    let max = guest::size_max();
    for j in i + 1..n {
        let Ok(v) = guest::iovec(iovs, j) else { break };
        if v.len == 0 {
            continue;
        }
        if total.checked_add(v.len).is_none_or(|t| t > max) || guest::check(v.buf, v.len).is_err() {
            break;
        }
        if write_all(out, v).is_err() {
            break;
        }
        total += v.len;
    }
    Ok(total)
}

/// Reads into `iov`; the first read blocks until data or end of stream, the
/// ones after take only what is already there. Returns bytes read and
/// whether the buffer was filled (so the next iovec may be tried).
fn read_into(input: &InputStream, iov: Iovec, blocking: bool) -> Result<(u64, bool)> {
    let mut done = 0u64;
    let mut blocking = blocking;
    while done < iov.len {
        let want = (iov.len - done).min(READ_MAX);
        let got = if blocking {
            input.blocking_read(want)
        } else {
            input.read(want)
        };
        let bytes = match got {
            Ok(b) => b,
            Err(StreamError::Closed) => return Ok((done, false)),
            Err(_) if done > 0 => return Ok((done, false)),
            Err(_) => return Err(Errno::IO),
        };
        if bytes.is_empty() {
            // Native p1 reports an empty blocking read as EINTR.
            if blocking && done == 0 {
                return Err(Errno::INTR);
            }
            return Ok((done, false));
        }
        if bytes.len() as u64 > want {
            return Err(Errno::RANGE);
        }
        guest::write(iov.buf + done, &bytes)?;
        done += bytes.len() as u64;
        blocking = false;
        if (bytes.len() as u64) < want {
            return Ok((done, false));
        }
    }
    Ok((done, true))
}

fn read_iovecs(s: &mut State, fd: u32, iovs: u64, n: u64) -> Result<u64> {
    let first = first_non_empty(iovs, n)?;
    let input = match s.fds.get_for_stream(fd)? {
        Descriptor::Stdio(st) if st.kind == StdioKind::Stdin => st.input()?,
        _ => return Err(Errno::BADF),
    };
    let Some((i, first)) = first else {
        // Native asks the host for zero bytes: EINTR, or 0 at end of stream.
        return match input.blocking_read(0) {
            Ok(_) => Err(Errno::INTR),
            Err(StreamError::Closed) => Ok(0),
            Err(_) => Err(Errno::IO),
        };
    };
    guest::check(first.buf, first.len)?;
    let (mut total, mut full) = read_into(input, first, true)?;
    let max = guest::size_max();
    let mut j = i + 1;
    while full && j < n {
        let Ok(v) = guest::iovec(iovs, j) else { break };
        j += 1;
        if v.len == 0 {
            continue;
        }
        if total.checked_add(v.len).is_none_or(|t| t > max) || guest::check(v.buf, v.len).is_err() {
            break;
        }
        let (got, filled) = match read_into(input, v, false) {
            Ok(r) => r,
            Err(_) => break,
        };
        total += got;
        full = filled;
    }
    Ok(total)
}

/// p1 `fd_write`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_write(fd: u32, iovs: u64, iovs_len: u64, nwritten: u64) -> i32 {
    ret(state::with(|s| {
        let n = write_iovecs(s, fd, iovs, iovs_len)?;
        guest::write_usize(nwritten, n)
    }))
}

/// p1 `fd_read`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_read(fd: u32, iovs: u64, iovs_len: u64, nread: u64) -> i32 {
    ret(state::with(|s| {
        let n = read_iovecs(s, fd, iovs, iovs_len)?;
        guest::write_usize(nread, n)
    }))
}

fn write_fdstat(out: u64, filetype: u8, flags: u16, base: u64, inheriting: u64) -> Result<()> {
    let mut b = [0u8; 24];
    b[0] = filetype;
    b[2..4].copy_from_slice(&flags.to_le_bytes());
    b[8..16].copy_from_slice(&base.to_le_bytes());
    b[16..24].copy_from_slice(&inheriting.to_le_bytes());
    guest::write(out, &b)
}

/// p1 `fd_fdstat_get`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_fdstat_get(fd: u32, out: u64) -> i32 {
    ret(state::with(|s| match s.fds.get(fd)? {
        Descriptor::Stdio(st) => {
            let filetype = if st.isatty() {
                FILETYPE_CHARACTER_DEVICE
            } else {
                FILETYPE_UNKNOWN
            };
            let rights = match st.kind {
                StdioKind::Stdin => RIGHTS_FD_READ,
                _ => RIGHTS_FD_WRITE,
            };
            write_fdstat(out, filetype, 0, rights, rights)
        }
        Descriptor::Directory {
            preopen: Some(_), ..
        } => {
            let (base, inheriting) = preopen_rights();
            write_fdstat(out, FILETYPE_DIRECTORY, 0, base, inheriting)
        }
        Descriptor::Directory { preopen: None, .. } => Err(Errno::NOSYS),
    }))
}

/// p1 `fd_prestat_get`: `{ tag: u8 = dir, pr_name_len: size }`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_prestat_get(fd: u32, out: u64) -> i32 {
    ret(state::with(|s| match s.fds.get(fd)? {
        Descriptor::Directory {
            preopen: Some(name),
            ..
        } => {
            guest::write_u8(out, 0)?;
            guest::write_usize(guest::offset(out, guest::ptr_size())?, name.len() as u64)
        }
        _ => Err(Errno::BADF),
    }))
}

/// p1 `fd_prestat_dir_name`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_prestat_dir_name(fd: u32, path: u64, path_len: u64) -> i32 {
    ret(state::with(|s| match s.fds.get(fd)? {
        Descriptor::Directory {
            preopen: Some(name),
            ..
        } => {
            if name.len() as u64 > path_len {
                return Err(Errno::NAMETOOLONG);
            }
            guest::write(path, name.as_bytes())
        }
        _ => Err(Errno::NOTDIR),
    }))
}

/// p1 `fd_close`: drops whatever p2 handle the fd held.
#[unsafe(no_mangle)]
pub extern "C" fn fd_close(fd: u32) -> i32 {
    ret(state::with(|s| s.fds.remove(fd).map(drop)))
}

crate::enosys! {
    fd_advise(fd: u32, offset: u64, len: u64, advice: u32);
    fd_allocate(fd: u32, offset: u64, len: u64);
    fd_datasync(fd: u32);
    fd_fdstat_set_flags(fd: u32, flags: u32);
    fd_fdstat_set_rights(fd: u32, base: u64, inheriting: u64);
    fd_filestat_get(fd: u32, out: u64);
    fd_filestat_set_size(fd: u32, size: u64);
    fd_filestat_set_times(fd: u32, atim: u64, mtim: u64, fst_flags: u32);
    fd_pread(fd: u32, iovs: u64, iovs_len: u64, offset: u64, nread: u64);
    fd_pwrite(fd: u32, iovs: u64, iovs_len: u64, offset: u64, nwritten: u64);
    fd_readdir(fd: u32, buf: u64, buf_len: u64, cookie: u64, bufused: u64);
    fd_renumber(fd: u32, to: u32);
    fd_seek(fd: u32, offset: i64, whence: u32, newoffset: u64);
    fd_sync(fd: u32);
    fd_tell(fd: u32, out: u64);
}
