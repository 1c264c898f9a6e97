//! `fd_readdir`.
//!
//! p2 calls: `read-directory` + `metadata-hash` when a listing starts
//! (cookie 0), then `read-directory-entry` + `metadata-hash-at` once per
//! entry ever returned; later calls resume from the cached listing
//! ([`crate::listing`]).

use super::stat::{filetype, FILETYPE_DIRECTORY};
use crate::errno::{ret, Errno};
use crate::guest;
use crate::listing::{Entry, Listing};
use crate::state;
use crate::wasi::fs;
use alloc::vec::Vec;

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
