//! `fd_*` functions: reads and writes in [`io`], `fd_fdstat_*` and
//! `fd_filestat_*` in [`stat`], `fd_readdir` in [`readdir`]; here the rest:
//! `fd_advise`, `fd_allocate`, `fd_datasync`, `fd_sync`, `fd_seek` (and
//! preview 0's), `fd_tell`, `fd_renumber`, `fd_prestat_get`,
//! `fd_prestat_dir_name`, `fd_close`.
//!
//! p2 calls, per p1 call: `fd_advise`: `advise`; `fd_datasync`:
//! `sync-data`; `fd_sync`: `sync`; `fd_seek(END)`, `fd_tell` after
//! appends: one `stat`; `fd_renumber`, `fd_close`: the drop of the handles
//! the closed fd held; the others none (the fd table fetches the preopens
//! with `wasi:filesystem/preopens#get-directories` the first time).

use crate::descriptors::Descriptor;
use crate::errno::{ret, Errno};
use crate::guest;
use crate::state;
use crate::wasi::fs;

pub mod io;
pub mod readdir;
pub mod stat;

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
