//! `fd_fdstat_get`, `fd_fdstat_set_flags`, `fd_fdstat_set_rights`,
//! `fd_filestat_get` (and preview 0's), `fd_filestat_set_size`,
//! `fd_filestat_set_times`; the `filestat` layout and the timestamps
//! `path_filestat_get` and `path_filestat_set_times` share.
//!
//! p2 calls, per p1 call:
//! - `fd_fdstat_get`: `get-flags` + `get-type` (which also settles an
//!   unverified file's type); none for a preopen, and for stdio only
//!   `wasi:cli/terminal-*#get-terminal-*`, once per stream;
//! - `fd_filestat_get`: `stat` + `metadata-hash`;
//! - `fd_filestat_set_size`: `set-size`, after a `stat` per file written in
//!   append mode since the last settle ([`crate::files::settle`]);
//! - `fd_filestat_set_times`: `set-times`; `fd_fdstat_set_flags`: a `stat`
//!   when it ends append mode after appends; `fd_fdstat_set_rights`: none.

use crate::descriptors::{Descriptor, File, StdioKind};
use crate::errno::{ret, Errno, Result};
use crate::files;
use crate::guest;
use crate::state;
use crate::wasi::fs;

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
/// The p1 filetype of a directory.
pub const FILETYPE_DIRECTORY: u8 = 3;

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
