//! `path_*` functions.
//!
//! p2 calls: one `wasi:filesystem/types#[method]descriptor.*-at` call per
//! p1 call (`path_filestat_get` adds `metadata-hash-at` for the inode;
//! `path_open` asks `get-type` only with `O_DIRECTORY` unset, and only when
//! something depends on it: see `File::unverified`). Argument
//! checks follow native p1's order: directory fd (`EBADF`), then paths
//! (`EFAULT`, `EILSEQ` for non-UTF-8), then the host's own answer, which
//! also decides what leaving a preopen (`..`, absolute paths, symlinks)
//! gives.

use crate::descriptors::{Descriptor, Descriptors, Dir, File};
use crate::errno::{ret, Errno, Result};
use crate::fd::stat::{timestamps, write_filestat, Preview};
use crate::guest::{self, GuestStr};
use crate::state;
use crate::wasi::fs;

const LOOKUP_SYMLINK_FOLLOW: u32 = 1;
const OFLAGS_CREAT: u32 = 1;
const OFLAGS_DIRECTORY: u32 = 2;
const OFLAGS_EXCL: u32 = 4;
const OFLAGS_TRUNC: u32 = 8;
const FDFLAGS_APPEND: u32 = 1;
const FDFLAGS_DSYNC: u32 = 2;
const FDFLAGS_NONBLOCK: u32 = 4;
const FDFLAGS_RSYNC: u32 = 8;
const FDFLAGS_SYNC: u32 = 16;
const RIGHTS_FD_READ: u64 = 1 << 1;
const RIGHTS_FD_WRITE: u64 = 1 << 6;

fn path_flags(lookup: u32) -> fs::PathFlags {
    if lookup & LOOKUP_SYMLINK_FOLLOW != 0 {
        fs::PathFlags::SYMLINK_FOLLOW
    } else {
        fs::PathFlags::empty()
    }
}

/// The directory fd and the path of a `path_*` call, in native p1's order
/// (`EBADF`, then the path's `EFAULT` or `EILSEQ`). Out of line: most
/// `path_*` functions start so.
#[inline(never)]
fn dir_path(
    fds: &mut Descriptors,
    fd: u32,
    path: u64,
    len: u64,
) -> Result<(&fs::Descriptor, GuestStr)> {
    let dir = &fds.dir(fd)?.fd;
    Ok((dir, guest::read_string(path, len)?))
}

/// p1 `path_create_directory`.
#[unsafe(no_mangle)]
pub extern "C" fn path_create_directory(fd: u32, path: u64, path_len: u64) -> i32 {
    ret(state::with(|s| {
        let (dir, path) = dir_path(&mut s.fds, fd, path, path_len)?;
        Ok(dir.create_directory_at(&path)?)
    }))
}

/// p1 `path_filestat_get`: `stat-at` + `metadata-hash-at`.
#[unsafe(no_mangle)]
pub extern "C" fn path_filestat_get(
    fd: u32,
    flags: u32,
    path: u64,
    path_len: u64,
    out: u64,
) -> i32 {
    filestat_get(fd, flags, path, path_len, out, Preview::P1)
}

/// Preview 0 `path_filestat_get` (56-byte `filestat`).
#[unsafe(export_name = "wasi_unstable:path_filestat_get")]
pub extern "C" fn p0_path_filestat_get(
    fd: u32,
    flags: u32,
    path: u64,
    path_len: u64,
    out: u64,
) -> i32 {
    filestat_get(fd, flags, path, path_len, out, Preview::P0)
}

fn filestat_get(fd: u32, flags: u32, path: u64, path_len: u64, out: u64, preview: Preview) -> i32 {
    ret(state::with(|s| {
        let (dir, path) = dir_path(&mut s.fds, fd, path, path_len)?;
        let st = dir.stat_at(path_flags(flags), &path)?;
        let ino = dir.metadata_hash_at(path_flags(flags), &path)?.lower;
        write_filestat(out, &st, ino, preview)
    }))
}

/// p1 `path_filestat_set_times`.
#[unsafe(no_mangle)]
pub extern "C" fn path_filestat_set_times(
    fd: u32,
    flags: u32,
    path: u64,
    path_len: u64,
    atim: u64,
    mtim: u64,
    fst_flags: u32,
) -> i32 {
    ret(state::with(|s| {
        let (a, m) = timestamps(atim, mtim, fst_flags)?;
        let (dir, path) = dir_path(&mut s.fds, fd, path, path_len)?;
        Ok(dir.set_times_at(path_flags(flags), &path, a, m)?)
    }))
}

/// p1 `path_link`.
#[unsafe(no_mangle)]
pub extern "C" fn path_link(
    old_fd: u32,
    old_flags: u32,
    old_path: u64,
    old_path_len: u64,
    new_fd: u32,
    new_path: u64,
    new_path_len: u64,
) -> i32 {
    ret(state::with(|s| {
        let (old_dir, new_dir) = s.fds.two_dirs(old_fd, new_fd)?;
        let old_path = guest::read_string(old_path, old_path_len)?;
        let new_path = guest::read_string(new_path, new_path_len)?;
        Ok(old_dir.link_at(path_flags(old_flags), &old_path, new_dir, &new_path)?)
    }))
}

/// p1 `path_open`: `open-at`. The rights only choose the open mode
/// (FD_READ, FD_WRITE), as native p1 does.
#[unsafe(no_mangle)]
pub extern "C" fn path_open(
    fd: u32,
    dirflags: u32,
    path: u64,
    path_len: u64,
    oflags: u32,
    base: u64,
    _inheriting: u64,
    fdflags: u32,
    opened: u64,
) -> i32 {
    ret(state::with(|s| {
        let path = guest::read_string(path, path_len)?;
        let mut flags = fs::DescriptorFlags::empty();
        if base & RIGHTS_FD_READ != 0 {
            flags |= fs::DescriptorFlags::READ;
        }
        if base & RIGHTS_FD_WRITE != 0 {
            flags |= fs::DescriptorFlags::WRITE;
        }
        if fdflags & FDFLAGS_SYNC != 0 {
            flags |= fs::DescriptorFlags::FILE_INTEGRITY_SYNC;
        }
        if fdflags & FDFLAGS_DSYNC != 0 {
            flags |= fs::DescriptorFlags::DATA_INTEGRITY_SYNC;
        }
        if fdflags & FDFLAGS_RSYNC != 0 {
            flags |= fs::DescriptorFlags::REQUESTED_WRITE_SYNC;
        }
        let mut open = fs::OpenFlags::empty();
        for (bit, flag) in [
            (OFLAGS_CREAT, fs::OpenFlags::CREATE),
            (OFLAGS_DIRECTORY, fs::OpenFlags::DIRECTORY),
            (OFLAGS_EXCL, fs::OpenFlags::EXCLUSIVE),
            (OFLAGS_TRUNC, fs::OpenFlags::TRUNCATE),
        ] {
            if oflags & bit != 0 {
                open |= flag;
            }
        }
        if oflags & OFLAGS_TRUNC != 0 {
            crate::files::settle(&mut s.fds, None)?;
        }
        let dir = match s.fds.get(fd)? {
            Descriptor::Directory(d) => &d.fd,
            Descriptor::File(_) => return Err(Errno::NOTDIR),
            Descriptor::Stdio(_) => return Err(Errno::BADF),
        };
        let new = dir.open_at(path_flags(dirflags), &path, open, flags)?;
        // Without O_DIRECTORY it may still be a directory: the type is
        // asked when something depends on it (`File::unverified`).
        let desc = if open.contains(fs::OpenFlags::DIRECTORY) {
            Descriptor::Directory(Dir {
                fd: new,
                preopen: None,
                listing: None,
            })
        } else {
            Descriptor::File(File::new(
                new,
                flags,
                fdflags & FDFLAGS_APPEND != 0,
                fdflags & FDFLAGS_NONBLOCK != 0,
            ))
        };
        let fd = s.fds.push(desc)?;
        guest::write_u32(opened, fd)
    }))
}

/// p1 `path_readlink`: the target, truncated to the buffer.
#[unsafe(no_mangle)]
pub extern "C" fn path_readlink(
    fd: u32,
    path: u64,
    path_len: u64,
    buf: u64,
    buf_len: u64,
    bufused: u64,
) -> i32 {
    ret(state::with(|s| {
        let (dir, path) = dir_path(&mut s.fds, fd, path, path_len)?;
        let target = dir.readlink_at(&path)?;
        let bytes = target.as_bytes();
        let n = bytes
            .len()
            .min(usize::try_from(buf_len).unwrap_or(usize::MAX));
        guest::write(buf, &bytes[..n])?;
        guest::write_usize(bufused, n as u64)
    }))
}

/// p1 `path_remove_directory`.
#[unsafe(no_mangle)]
pub extern "C" fn path_remove_directory(fd: u32, path: u64, path_len: u64) -> i32 {
    ret(state::with(|s| {
        let (dir, path) = dir_path(&mut s.fds, fd, path, path_len)?;
        Ok(dir.remove_directory_at(&path)?)
    }))
}

/// p1 `path_rename`.
#[unsafe(no_mangle)]
pub extern "C" fn path_rename(
    fd: u32,
    old_path: u64,
    old_path_len: u64,
    new_fd: u32,
    new_path: u64,
    new_path_len: u64,
) -> i32 {
    ret(state::with(|s| {
        let (old_dir, new_dir) = s.fds.two_dirs(fd, new_fd)?;
        let old_path = guest::read_string(old_path, old_path_len)?;
        let new_path = guest::read_string(new_path, new_path_len)?;
        Ok(old_dir.rename_at(&old_path, new_dir, &new_path)?)
    }))
}

/// p1 `path_symlink`.
#[unsafe(no_mangle)]
pub extern "C" fn path_symlink(
    old_path: u64,
    old_path_len: u64,
    fd: u32,
    new_path: u64,
    new_path_len: u64,
) -> i32 {
    ret(state::with(|s| {
        let (dir, old_path) = dir_path(&mut s.fds, fd, old_path, old_path_len)?;
        let new_path = guest::read_string(new_path, new_path_len)?;
        Ok(dir.symlink_at(&old_path, &new_path)?)
    }))
}

/// p1 `path_unlink_file`.
#[unsafe(no_mangle)]
pub extern "C" fn path_unlink_file(fd: u32, path: u64, path_len: u64) -> i32 {
    ret(state::with(|s| {
        let (dir, path) = dir_path(&mut s.fds, fd, path, path_len)?;
        Ok(dir.unlink_file_at(&path)?)
    }))
}
