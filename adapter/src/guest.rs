//! Guest memory: the only way the adapter reaches the guest's linear memory.
//!
//! No p2 calls. The composer generates the `p1-adapt:guest` intrinsics
//! over the guest's memory (bounds-checked; out of bounds fails, which the
//! adapter reports as `EFAULT`, never a trap). Guest addresses are `u64`
//! whatever the guest's index type; [`ptr_size`] (4 or 8) gives the width of
//! pointer and size fields inside p1 structs (iovecs, prestat, argv), so a
//! memory64 guest is a parameter of this layer, not a second adapter.

use crate::errno::{Errno, Result};

#[link(wasm_import_module = "p1-adapt:guest")]
unsafe extern "C" {
    /// Copies `len` bytes from guest address `src` to adapter address `dst`;
    /// returns 0, or 1 when `[src, src+len)` is not inside guest memory.
    #[link_name = "read"]
    fn intrinsic_read(dst: *mut u8, src: u64, len: usize) -> u32;
    /// Copies `len` bytes from adapter address `src` to guest address `dst`;
    /// returns 0, or 1 when `[dst, dst+len)` is not inside guest memory.
    #[link_name = "write"]
    fn intrinsic_write(dst: u64, src: *const u8, len: usize) -> u32;
    /// Size in bytes of a pointer or `size` in the guest's p1 ABI: 4 or 8.
    #[link_name = "pointer-size"]
    fn intrinsic_pointer_size() -> u32;
    /// The adapter's own address of guest bytes `[addr, addr+len)` when
    /// the adapter and the guest share one memory (the single layout) and
    /// the range is inside the guest's, else 0.
    #[link_name = "direct"]
    fn intrinsic_direct(addr: u64, len: usize) -> usize;
}

/// Runs `f` on the guest bytes at `addr` in place (no copy) when the
/// adapter can address them (the single layout); `None` otherwise, and for
/// a range outside guest memory (the caller's copy reports the fault).
pub fn with_direct<R>(addr: u64, len: usize, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let p = direct(addr, len)?;
    // SAFETY: `direct` answers the start of `len` bytes of the one memory,
    // inside the guest's part, which nothing else touches during `f`.
    Some(f(unsafe {
        core::slice::from_raw_parts(p.cast_const(), len)
    }))
}

/// The adapter's own address of the guest bytes `[addr, addr+len)` when it
/// can address them (the single layout) and they are inside guest memory;
/// `None` otherwise, and for no bytes. No reference to them is made: the
/// caller hands the address on (to the host, which writes there).
pub fn direct(addr: u64, len: usize) -> Option<*mut u8> {
    if len == 0 {
        return None;
    }
    // SAFETY: the intrinsic only computes an address.
    let p = unsafe { intrinsic_direct(addr, len) };
    (p != 0).then_some(p as *mut u8)
}

/// Width of guest pointers and sizes in bytes (4 for wasm32, 8 for memory64).
#[inline]
pub fn ptr_size() -> u64 {
    // SAFETY: the intrinsic has no preconditions.
    u64::from(unsafe { intrinsic_pointer_size() })
}

/// Largest value a guest `size` can hold.
pub fn size_max() -> u64 {
    if ptr_size() == 4 {
        u64::from(u32::MAX)
    } else {
        u64::MAX
    }
}

/// Copies guest bytes at `addr` into `buf`.
pub fn read(addr: u64, buf: &mut [u8]) -> Result<()> {
    // SAFETY: `buf` is a valid writable region of adapter memory of that length.
    match unsafe { intrinsic_read(buf.as_mut_ptr(), addr, buf.len()) } {
        0 => Ok(()),
        _ => Err(Errno::FAULT),
    }
}

/// Copies `data` into guest memory at `addr`.
pub fn write(addr: u64, data: &[u8]) -> Result<()> {
    // SAFETY: `data` is a valid readable region of adapter memory of that length.
    match unsafe { intrinsic_write(addr, data.as_ptr(), data.len()) } {
        0 => Ok(()),
        _ => Err(Errno::FAULT),
    }
}

/// The address of element `index` of `size` bytes (at most 128) in an
/// array at `base`, `EFAULT` past `u64`. `index < 2^57`, so the product
/// cannot overflow (a `checked_mul`, or a comparison LLVM turns into one,
/// brings in a 128-bit multiply).
pub fn element(base: u64, index: u64, size: u64) -> Result<u64> {
    if index >> 57 != 0 || size > 128 {
        return Err(Errno::FAULT);
    }
    base.checked_add(index * size).ok_or(Errno::FAULT)
}

/// Checks that `[addr, addr+len)` lies inside guest memory (a zero-length
/// write probes it without changing anything).
pub fn check(addr: u64, len: u64) -> Result<()> {
    let end = addr.checked_add(len).ok_or(Errno::FAULT)?;
    // A read of zero bytes at `end` succeeds exactly when end <= memory size.
    read(end, &mut [])
}

/// Paths longer than this are `ENAMETOOLONG` without being copied (every
/// host's limit is far below; the adapter's heap is fixed in the single
/// layout).
const PATH_MAX: u64 = 64 * 1024;

/// A path argument, checked to be UTF-8: the guest's own bytes where the
/// adapter can address them (the single layout), else a copy.
pub enum GuestStr {
    /// The adapter's address of the guest's bytes, and their count.
    InPlace(*const u8, usize),
    /// A copy in the adapter's heap.
    Copied(alloc::string::String),
}

impl core::ops::Deref for GuestStr {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            // SAFETY: `n` bytes of guest memory that `read_string` checked
            // to be in bounds and UTF-8. Nothing else runs during the p1
            // call that holds this, and the adapter writes guest memory
            // only after its last use of a path (a `&str` from here lives
            // no longer than the host call it is passed to).
            GuestStr::InPlace(p, n) => unsafe {
                core::str::from_utf8_unchecked(core::slice::from_raw_parts(*p, *n))
            },
            GuestStr::Copied(s) => s,
        }
    }
}

/// Reads a path argument: `EFAULT` out of bounds, `ENAMETOOLONG` past
/// [`PATH_MAX`], `EILSEQ` if not UTF-8 (as native p1; p2 paths are strings).
/// In place when the adapter can address the guest's bytes: no copy, no
/// heap. So a caller must not write guest memory while it still uses the
/// path (every `path_*` call writes its results after its last use).
pub fn read_string(addr: u64, len: u64) -> Result<GuestStr> {
    let n = usize::try_from(len).map_err(|_| Errno::FAULT)?;
    check(addr, len)?;
    if len > PATH_MAX {
        return Err(Errno::NAMETOOLONG);
    }
    if let Some(p) = direct(addr, n) {
        // SAFETY: `direct` answers `n` bytes inside the guest's part of the
        // one memory, which nothing writes during this check.
        let bytes = unsafe { core::slice::from_raw_parts(p.cast_const(), n) };
        return match crate::utf8::is_utf8(bytes) {
            true => Ok(GuestStr::InPlace(p.cast_const(), n)),
            false => Err(Errno::ILSEQ),
        };
    }
    let mut buf = alloc::vec![0u8; n];
    read(addr, &mut buf)?;
    if !crate::utf8::is_utf8(&buf) {
        return Err(Errno::ILSEQ);
    }
    // SAFETY: checked just above.
    Ok(GuestStr::Copied(unsafe {
        alloc::string::String::from_utf8_unchecked(buf)
    }))
}

/// `addr + offset`, with overflow reported as `EFAULT`.
pub fn offset(addr: u64, offset: u64) -> Result<u64> {
    addr.checked_add(offset).ok_or(Errno::FAULT)
}

macro_rules! scalar {
    ($read:ident, $write:ident, $t:ty) => {
        #[doc = concat!("Reads a little-endian `", stringify!($t), "` from guest memory.")]
        pub fn $read(addr: u64) -> Result<$t> {
            let mut b = [0u8; core::mem::size_of::<$t>()];
            read(addr, &mut b)?;
            Ok(<$t>::from_le_bytes(b))
        }
        #[doc = concat!("Writes a little-endian `", stringify!($t), "` to guest memory.")]
        pub fn $write(addr: u64, v: $t) -> Result<()> {
            write(addr, &v.to_le_bytes())
        }
    };
}
scalar!(read_u8, write_u8, u8);
scalar!(read_u16, write_u16, u16);
scalar!(read_u32, write_u32, u32);
scalar!(read_u64, write_u64, u64);

/// Reads a pointer or `size` field (4 or 8 bytes, per [`ptr_size`]).
pub fn read_usize(addr: u64) -> Result<u64> {
    if ptr_size() == 4 {
        read_u32(addr).map(u64::from)
    } else {
        read_u64(addr)
    }
}

/// Writes a pointer or `size` field; a value the guest cannot represent is
/// `EOVERFLOW`.
pub fn write_usize(addr: u64, v: u64) -> Result<()> {
    if ptr_size() == 4 {
        write_u32(addr, u32::try_from(v).map_err(|_| Errno::OVERFLOW)?)
    } else {
        write_u64(addr, v)
    }
}

/// One entry of a guest `iovec`/`ciovec` array.
#[derive(Clone, Copy, Debug)]
pub struct Iovec {
    /// Guest address of the buffer.
    pub buf: u64,
    /// Length of the buffer in bytes.
    pub len: u64,
}

/// Reads entry `i` of the iovec array at `iovs` (`{ buf: ptr, len: size }`).
pub fn iovec(iovs: u64, i: u64) -> Result<Iovec> {
    let ps = ptr_size();
    let at = element(iovs, i, 2 * ps)?;
    if ps == 4 {
        let mut b = [0u8; 8];
        read(at, &mut b)?;
        Ok(Iovec {
            buf: u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            len: u64::from(u32::from_le_bytes([b[4], b[5], b[6], b[7]])),
        })
    } else {
        let mut b = [0u8; 16];
        read(at, &mut b)?;
        let (lo, hi) = b.split_at(8);
        let mut x = [0u8; 8];
        x.copy_from_slice(lo);
        let buf = u64::from_le_bytes(x);
        x.copy_from_slice(hi);
        Ok(Iovec {
            buf,
            len: u64::from_le_bytes(x),
        })
    }
}
