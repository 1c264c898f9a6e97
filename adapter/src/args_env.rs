//! `args_*` and `environ_*`.
//!
//! p2 calls: `wasi:cli/environment#get-arguments` and `#get-environment`,
//! each once per instance (through the `environment` link point: none on a
//! host without the interface, where both lists are empty); the flattened
//! `NUL`-terminated strings are cached.

use crate::bindings::wasi::cli::environment;
use crate::errno::{ret, Errno, Result};
use crate::guest;
use crate::state::{self, State};
use alloc::vec::Vec;
use core::ffi::c_void;

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

// The `environment` capability link point (see `crate::files` for the
// mechanism): bound to the exports below when the host has
// `wasi:cli/environment`; on a host without it (`wasi:http/proxy`) the
// composer binds stubs that return zero: no arguments, no variables.
#[link(wasm_import_module = "p1-adapt:optional")]
unsafe extern "C" {
    #[link_name = "environment/arguments"]
    fn load_arguments(table: *mut c_void) -> u32;
    #[link_name = "environment/variables"]
    fn load_variables(table: *mut c_void) -> u32;
}

/// Fills `table` with the host's arguments.
#[unsafe(export_name = "p1-adapt:environment/arguments")]
extern "C" fn export_arguments(table: *mut c_void) -> u32 {
    let list = environment::get_arguments();
    let t = StringTable::new(list.iter().map(|a| [a.as_bytes(), &[], &[]]));
    // SAFETY: `args` passes its own `Option<StringTable>` slot.
    unsafe { *table.cast::<Option<StringTable>>() = Some(t) };
    1
}

/// Fills `table` with the host's environment variables.
#[unsafe(export_name = "p1-adapt:environment/variables")]
extern "C" fn export_variables(table: *mut c_void) -> u32 {
    let list = environment::get_environment();
    let t = StringTable::new(list.iter().map(|(k, v)| [k.as_bytes(), b"=", v.as_bytes()]));
    // SAFETY: `env` passes its own `Option<StringTable>` slot.
    unsafe { *table.cast::<Option<StringTable>>() = Some(t) };
    1
}

/// Loads `slot` by calling `load` (a link point) on a temporary slot, or
/// an empty table when the link point is a stub. Direct calls only: a
/// function pointer would keep the link point's code in the table.
fn load(
    slot: &mut Option<StringTable>,
    load: impl FnOnce(&mut Option<StringTable>) -> u32,
) -> Result<&StringTable> {
    if slot.is_none() {
        let mut t = None;
        if load(&mut t) == 0 {
            t = Some(StringTable::new(core::iter::empty()));
        }
        *slot = Some(t.ok_or(Errno::IO)?.checked()?);
    }
    slot.as_ref().ok_or(Errno::IO)
}

fn args(s: &mut State) -> Result<&StringTable> {
    // SAFETY: the link point writes only the slot it is given.
    load(&mut s.args, |t| unsafe {
        load_arguments((t as *mut Option<StringTable>).cast())
    })
}

fn env(s: &mut State) -> Result<&StringTable> {
    // SAFETY: the link point writes only the slot it is given.
    load(&mut s.env, |t| unsafe {
        load_variables((t as *mut Option<StringTable>).cast())
    })
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
