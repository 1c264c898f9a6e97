//! `args_*` and `environ_*`.
//!
//! p2 calls: `wasi:cli/environment#get-arguments` and `#get-environment`,
//! each once per instance; the flattened `NUL`-terminated strings are cached.

use crate::bindings::wasi::cli::environment;
use crate::errno::{ret, Errno, Result};
use crate::guest;
use crate::state::{self, State};
use alloc::vec::Vec;

/// A list of strings laid out as the guest sees them: each `NUL`-terminated,
/// back to back, with the offset of each.
pub struct StringTable {
    data: Vec<u8>,
    offsets: Vec<u64>,
}

impl StringTable {
    fn new<'a>(items: impl Iterator<Item = [&'a [u8]; 3]>) -> Self {
        let mut data = Vec::new();
        let mut offsets = Vec::new();
        for parts in items {
            offsets.push(data.len() as u64);
            for p in parts {
                data.extend_from_slice(p);
            }
            data.push(0);
        }
        StringTable { data, offsets }
    }

    /// Writes the count and the buffer size (both guest `size`s).
    fn sizes_get(&self, count_out: u64, size_out: u64) -> Result<()> {
        guest::write_usize(count_out, self.offsets.len() as u64)?;
        guest::write_usize(size_out, self.data.len() as u64)
    }

    /// Writes a pointer to each string into `ptrs` and the string to `buf`,
    /// one entry at a time in native p1's order, so that overlapping
    /// buffers end up exactly as they would natively.
    fn get(&self, ptrs: u64, buf: u64) -> Result<()> {
        let ps = guest::ptr_size();
        let ends = self
            .offsets
            .iter()
            .skip(1)
            .copied()
            .chain([self.data.len() as u64]);
        for (i, (start, end)) in self.offsets.iter().zip(ends).enumerate() {
            let at = guest::offset(ptrs, i as u64 * ps)?;
            let to = guest::offset(buf, *start)?;
            guest::write_usize(at, to)?;
            guest::write(to, &self.data[*start as usize..end as usize])?;
        }
        Ok(())
    }

    /// The total size must fit the guest's `size` type, as native checks.
    fn checked(self) -> Result<Self> {
        if self.data.len() as u64 > guest::size_max() {
            return Err(Errno::OVERFLOW);
        }
        Ok(self)
    }
}

fn args(s: &mut State) -> Result<&StringTable> {
    if s.args.is_none() {
        let list = environment::get_arguments();
        let t = StringTable::new(list.iter().map(|a| [a.as_bytes(), &[], &[]]));
        s.args = Some(t.checked()?);
    }
    s.args.as_ref().ok_or(Errno::IO)
}

fn env(s: &mut State) -> Result<&StringTable> {
    if s.env.is_none() {
        let list = environment::get_environment();
        let t = StringTable::new(list.iter().map(|(k, v)| [k.as_bytes(), b"=", v.as_bytes()]));
        s.env = Some(t.checked()?);
    }
    s.env.as_ref().ok_or(Errno::IO)
}

/// p1 `args_sizes_get`.
#[unsafe(no_mangle)]
pub extern "C" fn args_sizes_get(argc: u64, argv_buf_size: u64) -> i32 {
    ret(state::with(|s| args(s)?.sizes_get(argc, argv_buf_size)))
}

/// p1 `args_get`.
#[unsafe(no_mangle)]
pub extern "C" fn args_get(argv: u64, argv_buf: u64) -> i32 {
    ret(state::with(|s| args(s)?.get(argv, argv_buf)))
}

/// p1 `environ_sizes_get`.
#[unsafe(no_mangle)]
pub extern "C" fn environ_sizes_get(count: u64, buf_size: u64) -> i32 {
    ret(state::with(|s| env(s)?.sizes_get(count, buf_size)))
}

/// p1 `environ_get`.
#[unsafe(no_mangle)]
pub extern "C" fn environ_get(environ: u64, environ_buf: u64) -> i32 {
    ret(state::with(|s| env(s)?.get(environ, environ_buf)))
}
