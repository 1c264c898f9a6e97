//! `fd_*` functions.
//!
//! p2 calls, per p1 call:
//! - stdio: `wasi:io/streams#blocking-read` on stdin for the first 64 KiB
//!   (all iovecs), `#read` for more of the same call,
//!   `#blocking-write-and-flush` on stdout/stderr for a write of up to
//!   4 KiB (the most it accepts); a longer one `check-write` + `write` per
//!   64 KiB and one `blocking-write-and-flush` for the last 4 KiB or less
//!   (which flushes and waits; see `stream_write`);
//! - files: `wasi:filesystem/types#[method]descriptor.read` /
//!   `.write` (one call per 64 KiB moved, whatever the iovecs: consecutive
//!   ones are gathered for a write, scattered for a read; `fd_read` of a
//!   small buffer is one call), append mode through one cached `append-via-stream`
//!   (`blocking-write-and-flush` per 4 KiB);
//!   `fd_seek(END)`, `fd_tell` after appends: one `stat`. The first read of
//!   a file opened without `O_DIRECTORY` (`File::unverified`) is a
//!   `read-via-stream` + `blocking-read` (then `read` for the rest of a
//!   short answer, `get-type` if nothing came);
//! - `fd_fdstat_get`: `get-flags` + `get-type` (which also settles an
//!   unverified file's type); `fd_filestat_get`: `stat` + `metadata-hash`;
//! - `fd_readdir`: `read-directory` + `metadata-hash` when a listing starts
//!   (cookie 0), then `read-directory-entry` + `metadata-hash-at` once per
//!   entry ever returned; later calls resume from the cached listing.

use crate::bindings::wasi::filesystem::types as fs;
use crate::bindings::wasi::io::streams::{InputStream, StreamError};
use crate::descriptors::{Descriptor, File, StdioKind};
use crate::errno::{ret, Errno, Result};
use crate::files;
use crate::guest::{self, Iovec};
use crate::iovecs::{gather_iovecs, scatter_iovecs, stream_write, At, CHUNK, READ_MAX};
use crate::listing::{Entry, Listing};
use crate::scratch;
use crate::state::{self, State};
use alloc::vec::Vec;

const RIGHTS_FD_READ: u64 = 1 << 1;
const RIGHTS_FD_SEEK: u64 = 1 << 2;
const RIGHTS_FD_WRITE: u64 = 1 << 6;
const RIGHTS_FD_READDIR: u64 = 1 << 14;
const RIGHTS_PATH_FILESTAT_SET_SIZE: u64 = 1 << 19;
const RIGHTS_FD_FILESTAT_SET_SIZE: u64 = 1 << 22;
/// Every p1 right (bits 0-29).
const RIGHTS_ALL: u64 = (1 << 30) - 1;
const FDFLAGS_APPEND: u16 = 1;
const FDFLAGS_DSYNC: u16 = 2;
const FDFLAGS_NONBLOCK: u16 = 4;
const FDFLAGS_RSYNC: u16 = 8;
const FDFLAGS_SYNC: u16 = 16;
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
                Some(first) => gather_iovecs(iovs, n, first, CHUNK as u64, |p| {
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
            let Some(first) = first else {
                // Native asks the host for zero bytes: EINTR, or 0 at end.
                return match input.blocking_read(0) {
                    Ok(_) => Err(Errno::INTR),
                    Err(StreamError::Closed) => Ok(0),
                    Err(_) => Err(Errno::IO),
                };
            };
            scatter_iovecs(iovs, n, first, READ_MAX, |done, want| {
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

/// p1 `fd_read`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_read(fd: u32, iovs: u64, iovs_len: u64, nread: u64) -> i32 {
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
    ret(state::with(|s| match s.fds.get_unresolved(fd)? {
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
        Descriptor::Directory(d) if d.preopen.is_some() => {
            let (base, inheriting) = preopen_rights();
            write_fdstat(out, FILETYPE_DIRECTORY, 0, base, inheriting)
        }
        Descriptor::Directory(d) => fdstat_of(&d.fd, false, false, out).map(drop),
        // An unverified file's type comes with the answer: no second
        // `get-type` (a directory stays unverified until a lookup resolves).
        Descriptor::File(f) => {
            let filetype = fdstat_of(&f.fd, f.append, f.nonblocking, out)?;
            f.unverified &= filetype == FILETYPE_DIRECTORY;
            Ok(())
        }
    }))
}

/// What native p1 computes for a file or an opened directory: every right,
/// less those the open mode and the type exclude. Returns the filetype.
fn fdstat_of(fd: &fs::Descriptor, append: bool, nonblocking: bool, out: u64) -> Result<u8> {
    let flags = fd.get_flags()?;
    let filetype = filetype(fd.get_type()?);
    // A directory has no append or nonblocking mode, however it was opened.
    let (append, nonblocking) = match filetype {
        FILETYPE_DIRECTORY => (false, false),
        _ => (append, nonblocking),
    };
    let mut rights = RIGHTS_ALL;
    if filetype == FILETYPE_DIRECTORY {
        rights &= !(RIGHTS_FD_SEEK | RIGHTS_FD_FILESTAT_SET_SIZE | RIGHTS_PATH_FILESTAT_SET_SIZE);
    }
    if !flags.contains(fs::DescriptorFlags::READ) {
        rights &= !(RIGHTS_FD_READ | RIGHTS_FD_READDIR);
    }
    if !flags.contains(fs::DescriptorFlags::WRITE) {
        rights &= !RIGHTS_FD_WRITE;
    }
    let mut fdflags = 0;
    if flags.contains(fs::DescriptorFlags::DATA_INTEGRITY_SYNC) {
        fdflags |= FDFLAGS_DSYNC;
    }
    if flags.contains(fs::DescriptorFlags::REQUESTED_WRITE_SYNC) {
        fdflags |= FDFLAGS_RSYNC;
    }
    if flags.contains(fs::DescriptorFlags::FILE_INTEGRITY_SYNC) {
        fdflags |= FDFLAGS_SYNC;
    }
    if append {
        fdflags |= FDFLAGS_APPEND;
    }
    if nonblocking {
        fdflags |= FDFLAGS_NONBLOCK;
    }
    write_fdstat(out, filetype, fdflags, rights, rights).map(|()| filetype)
}

/// The p1 filetype of a p2 descriptor type (native maps FIFOs to unknown).
pub fn filetype(t: fs::DescriptorType) -> u8 {
    match t {
        fs::DescriptorType::BlockDevice => 1,
        fs::DescriptorType::CharacterDevice => 2,
        fs::DescriptorType::Directory => 3,
        fs::DescriptorType::RegularFile => 4,
        fs::DescriptorType::Socket => 6,
        fs::DescriptorType::SymbolicLink => 7,
        fs::DescriptorType::Fifo | fs::DescriptorType::Unknown => 0,
    }
}

/// p1 `fd_fdstat_set_flags`: only APPEND and NONBLOCK can change, on files.
#[unsafe(no_mangle)]
pub extern "C" fn fd_fdstat_set_flags(fd: u32, flags: u32) -> i32 {
    ret(state::with(|s| {
        let f = s.fds.file(fd)?;
        if flags & (FDFLAGS_DSYNC | FDFLAGS_SYNC | FDFLAGS_RSYNC) as u32 != 0 {
            return Err(Errno::INVAL);
        }
        let append = flags & FDFLAGS_APPEND as u32 != 0;
        if f.append && !append {
            // Leaving append mode: the offset is the end of what was written.
            f.position()?;
        }
        f.append = append;
        f.nonblocking = flags & FDFLAGS_NONBLOCK as u32 != 0;
        Ok(())
    }))
}

/// p1 `fd_fdstat_set_rights`: `ENOTSUP` on any open file or directory.
#[unsafe(no_mangle)]
pub extern "C" fn fd_fdstat_set_rights(fd: u32, _base: u64, _inheriting: u64) -> i32 {
    ret(state::with(|s| s.fds.fs(fd).and(Err(Errno::NOTSUP))))
}

/// Which preview's struct layouts a call uses: preview 0 (`wasi_unstable`)
/// has a 56-byte `filestat` with a 32-bit `nlink` and a 56-byte clock
/// subscription; everything else is shared.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Preview {
    /// `wasi_unstable`.
    P0,
    /// `wasi_snapshot_preview1`.
    P1,
}

/// Writes a `filestat` (64 bytes; 56 with a 32-bit `nlink` in preview 0).
pub fn write_filestat(out: u64, st: &fs::DescriptorStat, ino: u64, preview: Preview) -> Result<()> {
    let ts = |t: Option<fs::Datetime>| -> Result<u64> {
        let t = t.unwrap_or(fs::Datetime {
            seconds: 0,
            nanoseconds: 0,
        });
        crate::clocks::nanos(t.seconds, t.nanoseconds)
    };
    let mut b = [0u8; 64];
    b[0..8].copy_from_slice(&1u64.to_le_bytes());
    b[8..16].copy_from_slice(&ino.to_le_bytes());
    b[16] = filetype(st.type_);
    let times = [
        ts(st.data_access_timestamp)?,
        ts(st.data_modification_timestamp)?,
        ts(st.status_change_timestamp)?,
    ];
    let (at, len) = match preview {
        Preview::P1 => {
            b[24..32].copy_from_slice(&st.link_count.to_le_bytes());
            (32, 64)
        }
        Preview::P0 => {
            let nlink = u32::try_from(st.link_count).unwrap_or(u32::MAX);
            b[20..24].copy_from_slice(&nlink.to_le_bytes());
            (24, 56)
        }
    };
    b[at..at + 8].copy_from_slice(&st.size.to_le_bytes());
    for (i, t) in times.iter().enumerate() {
        let o = at + 8 + 8 * i;
        b[o..o + 8].copy_from_slice(&t.to_le_bytes());
    }
    guest::write(out, &b[..len])
}

/// p1 `fd_filestat_get`: `stat` + `metadata-hash` (the inode number).
#[unsafe(no_mangle)]
pub extern "C" fn fd_filestat_get(fd: u32, out: u64) -> i32 {
    filestat_get(fd, out, Preview::P1)
}

/// Preview 0 `fd_filestat_get` (56-byte `filestat`).
#[unsafe(export_name = "wasi_unstable:fd_filestat_get")]
pub extern "C" fn p0_fd_filestat_get(fd: u32, out: u64) -> i32 {
    filestat_get(fd, out, Preview::P0)
}

fn filestat_get(fd: u32, out: u64, preview: Preview) -> i32 {
    ret(state::with(|s| match s.fds.get(fd)? {
        Descriptor::Stdio(st) => {
            let mut b = [0u8; 64];
            if st.isatty() {
                b[16] = FILETYPE_CHARACTER_DEVICE;
            }
            let len = if preview == Preview::P0 { 56 } else { 64 };
            guest::write(out, &b[..len])
        }
        Descriptor::File(File { fd, .. })
        | Descriptor::Directory(crate::descriptors::Dir { fd, .. }) => {
            let st = fd.stat()?;
            let ino = fd.metadata_hash()?.lower;
            write_filestat(out, &st, ino, preview)
        }
    }))
}

/// p1 `fd_filestat_set_size`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_filestat_set_size(fd: u32, size: u64) -> i32 {
    ret(state::with(|s| {
        s.fds.file(fd)?;
        files::settle(&mut s.fds, None)?;
        Ok(s.fds.file(fd)?.fd.set_size(size)?)
    }))
}

/// A p1 timestamp and its SET/NOW flags as a p2 `new-timestamp`
/// (both flags at once is `EINVAL`, checked before the fd as native does).
pub fn new_timestamp(set: bool, ts: u64, now: bool) -> Result<fs::NewTimestamp> {
    match (set, now) {
        (true, true) => Err(Errno::INVAL),
        (true, false) => Ok(fs::NewTimestamp::Timestamp(fs::Datetime {
            seconds: ts / 1_000_000_000,
            nanoseconds: (ts % 1_000_000_000) as u32,
        })),
        (false, true) => Ok(fs::NewTimestamp::Now),
        (false, false) => Ok(fs::NewTimestamp::NoChange),
    }
}

/// The access and modification `new-timestamp`s of p1 `fstflags`.
pub fn timestamps(atim: u64, mtim: u64, fst: u32) -> Result<(fs::NewTimestamp, fs::NewTimestamp)> {
    Ok((
        new_timestamp(fst & 1 != 0, atim, fst & 2 != 0)?,
        new_timestamp(fst & 4 != 0, mtim, fst & 8 != 0)?,
    ))
}

/// p1 `fd_filestat_set_times`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_filestat_set_times(fd: u32, atim: u64, mtim: u64, fst: u32) -> i32 {
    ret(state::with(|s| {
        let (a, m) = timestamps(atim, mtim, fst)?;
        Ok(s.fds.fs(fd)?.set_times(a, m)?)
    }))
}

/// p1 `fd_advise`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_advise(fd: u32, offset: u64, len: u64, advice: u32) -> i32 {
    ret(state::with(|s| {
        let advice = match advice {
            0 => fs::Advice::Normal,
            1 => fs::Advice::Sequential,
            2 => fs::Advice::Random,
            3 => fs::Advice::WillNeed,
            4 => fs::Advice::DontNeed,
            5 => fs::Advice::NoReuse,
            _ => return Err(Errno::INVAL),
        };
        Ok(s.fds.file(fd)?.fd.advise(offset, len, advice)?)
    }))
}

/// p1 `fd_allocate`: `ENOTSUP` on files, as native.
#[unsafe(no_mangle)]
pub extern "C" fn fd_allocate(fd: u32, _offset: u64, _len: u64) -> i32 {
    ret(state::with(|s| s.fds.file(fd).and(Err(Errno::NOTSUP))))
}

/// p1 `fd_datasync`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_datasync(fd: u32) -> i32 {
    ret(state::with(|s| Ok(s.fds.file(fd)?.fd.sync_data()?)))
}

/// p1 `fd_sync`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_sync(fd: u32) -> i32 {
    ret(state::with(|s| Ok(s.fds.file(fd)?.fd.sync()?)))
}

/// p1 `fd_seek`: SET (0), CUR (1), END (2, one `stat`).
#[unsafe(no_mangle)]
pub extern "C" fn fd_seek(fd: u32, offset: i64, whence: u32, newoffset: u64) -> i32 {
    ret(state::with(|s| {
        if whence > 2 {
            return Err(Errno::INVAL);
        }
        let f = s.fds.seekable(fd)?;
        let pos = match whence {
            0 => u64::try_from(offset).map_err(|_| Errno::INVAL)?,
            1 => f
                .position()?
                .checked_add_signed(offset)
                .ok_or(Errno::INVAL)?,
            _ => {
                let size = f.fd.stat()?.size;
                size.checked_add_signed(offset).ok_or(Errno::INVAL)?
            }
        };
        f.position = pos;
        f.position_at_end = false;
        guest::write_u64(newoffset, pos)
    }))
}

/// Preview 0 `fd_seek`: its `whence` numbers CUR 0, END 1, SET 2.
#[unsafe(export_name = "wasi_unstable:fd_seek")]
pub extern "C" fn p0_fd_seek(fd: u32, offset: i64, whence: u32, newoffset: u64) -> i32 {
    let whence = match whence {
        0 => 1,
        1 => 2,
        2 => 0,
        other => other,
    };
    fd_seek(fd, offset, whence, newoffset)
}

/// p1 `fd_tell`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_tell(fd: u32, out: u64) -> i32 {
    ret(state::with(|s| {
        let pos = s.fds.seekable(fd)?.position()?;
        guest::write_u64(out, pos)
    }))
}

/// p1 `fd_renumber`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_renumber(fd: u32, to: u32) -> i32 {
    ret(state::with(|s| s.fds.renumber(fd, to)))
}

/// Output is handed to the guest in chunks of this size.
const READDIR_CHUNK: usize = 64 * 1024;

/// p1 `fd_readdir`: `.` (cookie 0 -> d_next 1), `..` (2), then the entries
/// in host order (d_next 3, 4, ...). Output is truncated at `buf_len`
/// exactly as native does (a partial last entry fills the buffer).
#[unsafe(no_mangle)]
pub extern "C" fn fd_readdir(fd: u32, buf: u64, buf_len: u64, cookie: u64, bufused: u64) -> i32 {
    ret(state::with(|s| {
        let d = s.fds.dir(fd)?;
        if cookie == 0 || d.listing.is_none() {
            let stream = d.fd.read_directory()?;
            let dir_ino = d.fd.metadata_hash()?.lower;
            d.listing = Some(Listing {
                stream: Some(stream),
                dir_ino,
                base: 0,
                entries: Vec::new(),
            });
        }
        let Some(listing) = d.listing.as_mut() else {
            return Err(Errno::IO);
        };
        let first = usize::try_from(cookie.saturating_sub(2)).map_err(|_| Errno::OVERFLOW)?;
        if first < listing.base {
            // An earlier cookie: read the directory again from its start.
            listing.stream = Some(d.fd.read_directory()?);
            listing.base = 0;
            listing.entries.clear();
        } else {
            listing.forget(first - listing.base);
        }
        let cap = usize::try_from(buf_len).unwrap_or(usize::MAX);
        let mut out: Vec<u8> = Vec::new();
        let mut flushed = 0usize;
        let mut index = cookie;
        while flushed + out.len() < cap {
            if out.len() >= READDIR_CHUNK {
                guest::write(buf + flushed as u64, &out)?;
                flushed += out.len();
                out.clear();
            }
            let (name, filetype, ino): (&[u8], u8, u64) = match index {
                0 => (b".", FILETYPE_DIRECTORY, listing.dir_ino),
                1 => (b"..", FILETYPE_DIRECTORY, listing.dir_ino),
                _ => {
                    let i = usize::try_from(index - 2).map_err(|_| Errno::OVERFLOW)?;
                    // Entries already returned are dropped as the output
                    // grows, so a huge buffer does not hold a huge listing.
                    if i > listing.base {
                        listing.forget(i - listing.base);
                    }
                    while listing.base + listing.entries.len() <= i {
                        let Some(stream) = listing.stream.as_ref() else {
                            break;
                        };
                        match stream.read_directory_entry()? {
                            Some(e) => listing.entries.push(Entry {
                                name: e.name,
                                filetype: filetype(e.type_),
                                ino: None,
                            }),
                            None => listing.stream = None,
                        }
                    }
                    let Some(e) = listing.entries.get_mut(i - listing.base) else {
                        break;
                    };
                    let ino = match e.ino {
                        Some(ino) => ino,
                        None => match d.fd.metadata_hash_at(fs::PathFlags::empty(), &e.name) {
                            Ok(h) => {
                                e.ino = Some(h.lower);
                                h.lower
                            }
                            // Removed since the listing was read (a program
                            // deleting entries as it lists them): skip it.
                            Err(fs::ErrorCode::NoEntry) => {
                                index += 1;
                                continue;
                            }
                            Err(err) => return Err(err.into()),
                        },
                    };
                    (e.name.as_bytes(), e.filetype, ino)
                }
            };
            index += 1;
            let mut dirent = [0u8; 24];
            dirent[0..8].copy_from_slice(&index.to_le_bytes());
            dirent[8..16].copy_from_slice(&ino.to_le_bytes());
            dirent[16..20].copy_from_slice(&(name.len() as u32).to_le_bytes());
            dirent[20] = filetype;
            let room = cap - flushed - out.len();
            out.extend_from_slice(&dirent[..room.min(24)]);
            let room = cap - flushed - out.len();
            out.extend_from_slice(&name[..room.min(name.len())]);
        }
        guest::write(buf + flushed as u64, &out)?;
        guest::write_usize(bufused, (flushed + out.len()) as u64)
    }))
}

/// p1 `fd_prestat_get`: `{ tag: u8 = dir, pr_name_len: size }`.
#[unsafe(no_mangle)]
pub extern "C" fn fd_prestat_get(fd: u32, out: u64) -> i32 {
    ret(state::with(|s| match s.fds.get(fd)? {
        Descriptor::Directory(crate::descriptors::Dir {
            preopen: Some(name),
            ..
        }) => {
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
        Descriptor::Directory(crate::descriptors::Dir {
            preopen: Some(name),
            ..
        }) => {
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
