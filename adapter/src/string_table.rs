//! The argument and environment lists, as the host gave them.
//!
//! No p2 calls: [`crate::args_env`] fetches the lists (through its link
//! point) and keeps them in [`crate::state::State`]; this module only reads
//! them out to the guest, for `args_sizes_get`/`args_get` and
//! `environ_sizes_get`/`environ_get`. It sits below both, so that neither
//! imports the other.

use crate::errno::{Errno, Result};
use crate::guest;
use alloc::string::String;
use alloc::vec::Vec;

/// The host's list as it came, read out as the guest sees it: each entry
/// a `NUL`-terminated string (`key=value` for a variable), back to back.
pub enum StringTable {
    /// `get-arguments`.
    Args(Vec<String>),
    /// `get-environment`.
    Env(Vec<(String, String)>),
}

impl StringTable {
    fn len(&self) -> usize {
        match self {
            StringTable::Args(a) => a.len(),
            StringTable::Env(e) => e.len(),
        }
    }

    /// Entry `i` as the pieces of its string (without the `NUL`).
    fn parts(&self, i: usize) -> [&[u8]; 3] {
        match self {
            StringTable::Args(a) => [a[i].as_bytes(), b"", b""],
            StringTable::Env(e) => [e[i].0.as_bytes(), b"=", e[i].1.as_bytes()],
        }
    }

    /// The bytes of all the strings with their `NUL`s.
    fn size(&self) -> u64 {
        (0..self.len())
            .map(|i| self.parts(i).iter().map(|p| p.len() as u64).sum::<u64>() + 1)
            .sum()
    }

    /// Writes the count and the buffer size (both guest `size`s).
    pub fn sizes_get(&self, count_out: u64, size_out: u64) -> Result<()> {
        let size = self.checked_size()?;
        guest::write_usize(count_out, self.len() as u64)?;
        guest::write_usize(size_out, size)
    }

    /// Writes a pointer to each string into `ptrs` and the string to `buf`,
    /// one entry at a time in native p1's order, so that overlapping
    /// buffers end up exactly as they would natively.
    pub fn get(&self, ptrs: u64, buf: u64) -> Result<()> {
        self.checked_size()?;
        let ps = guest::ptr_size();
        let mut at = buf;
        for i in 0..self.len() {
            guest::write_usize(guest::offset(ptrs, i as u64 * ps)?, at)?;
            for p in self.parts(i).into_iter().chain([&[0u8][..]]) {
                guest::write(at, p)?;
                at = guest::offset(at, p.len() as u64)?;
            }
        }
        Ok(())
    }

    /// The total size, which must fit the guest's `size` type, as native
    /// checks.
    fn checked_size(&self) -> Result<u64> {
        let size = self.size();
        if size > guest::size_max() {
            return Err(Errno::OVERFLOW);
        }
        Ok(size)
    }
}
