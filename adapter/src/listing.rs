//! The listing `fd_readdir` reads a directory through.
//!
//! No p2 calls of its own: `fd_readdir` ([`crate::fd`]) opens the
//! `read-directory` stream and reads its entries into the window kept here;
//! each directory fd holds its listing between calls
//! ([`crate::descriptors::Dir::listing`]), so this sits below the fd table.

use crate::wasi::fs;
use alloc::string::String;
use alloc::vec::Vec;

/// One entry of a directory listing.
pub struct Entry {
    /// The name, as `read-directory-entry` gave it.
    pub name: String,
    /// Its p1 filetype.
    pub filetype: u8,
    /// `metadata-hash-at`, fetched the first time the entry is returned.
    pub ino: Option<u64>,
}

/// A directory being read by `fd_readdir`: a window of the entries of one
/// `read-directory` stream, which is read further only as cookies ask.
/// Entries before the one being returned are dropped (readers move
/// forward), so memory stays bounded whatever the directory's size or the
/// buffer's; an earlier cookie re-reads the directory from its start, as
/// native does on every call.
pub struct Listing {
    /// The `read-directory` stream, `None` once it ended.
    pub stream: Option<fs::DirectoryEntryStream>,
    /// The directory's own inode number (`metadata-hash`), for `.` and `..`.
    pub dir_ino: u64,
    /// The index (cookie - 2) of `entries[0]`.
    pub base: usize,
    /// The window of entries read and not yet dropped.
    pub entries: Vec<Entry>,
}

impl Listing {
    /// Drops the first `k` entries of the window (at most all of them).
    /// Usually all: the window then keeps its allocation for the next.
    pub fn forget(&mut self, k: usize) {
        let k = k.min(self.entries.len());
        if k == self.entries.len() {
            self.entries.clear();
        } else {
            // `split_off` and a drop of the old `Vec`: less code than a `Drain`.
            self.entries = self.entries.split_off(k);
        }
        self.base += k;
    }
}
