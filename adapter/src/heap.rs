//! The adapter's allocator: a small coalescing allocator over the memory
//! the adapter grows (its own memory, or its region of the single memory,
//! where the composer turns `memory.grow` into a bump inside the region).
//!
//! No p2 calls. It replaces dlmalloc (about 5.5 KB of code in every
//! component) with about 1 KB, and it keeps what matters in the fixed heap
//! of the single layout: freed blocks merge with free neighbours at once,
//! so memory freed by one size can be reused by any other, and a block at
//! the top of the heap grows in place (a `Vec` that doubles while it is the
//! last thing allocated never copies).
//!
//! Blocks: a 4-byte header (the block's size, a multiple of 16, with
//! [`USED`] and [`PREV_USED`] in its low bits), then the payload, 16-byte
//! aligned. A free block keeps its list links in its payload and its size in
//! its last word, so the block after it can find its start. Free blocks are
//! kept in 32 lists by the highest bit of their size; `nonempty` has a bit
//! per non-empty list. Above the last block is `top`, the unused memory up
//! to `end`, which `memory.grow` extends. Two free blocks are never
//! adjacent, and no free block touches `top`.
//!
//! The heap is written against [`Memory`], so that the host's tests can run
//! it on a byte array (`tests/heap.rs` includes this file).

/// The block is allocated.
const USED: u32 = 1;
/// The block before it is allocated (else its last word is its size).
const PREV_USED: u32 = 2;
/// The smallest block: header, two links, footer.
const MIN: u32 = 16;
/// Bytes in a `memory.grow` page.
const PAGE: u32 = 65536;

/// Where the heap's bytes come from: offsets from `base()`, in 32 bits.
///
/// # Safety
/// `base() .. base() + size()` must be memory the heap alone may read and
/// write, and `grow` must extend it by exactly `pages` pages when it
/// answers `true` (nothing else grows it).
pub unsafe trait Memory {
    /// The address the offsets count from (its provenance exposed).
    fn base(&self) -> usize;
    /// The current size in bytes (a multiple of a page; at most
    /// `u32::MAX - 0xffff`, which leaves the heap no room to grow).
    fn size(&self) -> u32;
    /// Adds `pages`; `false` if that is not possible.
    fn grow(&mut self, pages: u32) -> bool;
}

/// The allocator's state.
pub struct Heap<M: Memory> {
    mem: M,
    /// Free-list heads by the highest bit of the size (0 = empty).
    lists: [u32; 32],
    /// Bit `k` set when `lists[k]` is not empty.
    nonempty: u32,
    /// The first block (set on first use; 0 before).
    start: u32,
    /// The end of the last block: the heap continues from here.
    top: u32,
    /// The end of the memory.
    end: u32,
}

fn list_of(size: u32) -> u32 {
    31 - size.leading_zeros()
}

impl<M: Memory> Heap<M> {
    /// An empty heap on `mem`; nothing is read before the first allocation.
    pub const fn new(mem: M) -> Self {
        Heap {
            mem,
            lists: [0; 32],
            nonempty: 0,
            start: 0,
            top: 0,
            end: 0,
        }
    }

    fn ptr(&self, at: u32) -> *mut u8 {
        core::ptr::with_exposed_provenance_mut(self.mem.base() + at as usize)
    }

    fn offset(&self, p: *mut u8) -> u32 {
        (p.addr() - self.mem.base()) as u32
    }

    fn word(&self, at: u32) -> *mut u32 {
        self.ptr(at).cast()
    }

    fn get(&self, at: u32) -> u32 {
        // SAFETY: every offset read is a header, link or footer of a block
        // below `top`, inside the memory and 4-byte aligned.
        unsafe { self.word(at).read() }
    }

    fn set(&mut self, at: u32, v: u32) {
        // SAFETY: as in `get`.
        unsafe { self.word(at).write(v) }
    }

    fn size_of(&self, b: u32) -> u32 {
        self.get(b) & !15
    }

    /// Puts `b` (`size` bytes, after an allocated block) on its free list.
    fn insert(&mut self, b: u32, size: u32) {
        let k = list_of(size);
        let next = self.lists[k as usize];
        self.set(b, size | PREV_USED);
        self.set(b + 4, next);
        self.set(b + 8, 0);
        self.set(b + size - 4, size);
        if next != 0 {
            self.set(next + 8, b);
        }
        self.lists[k as usize] = b;
        self.nonempty |= 1 << k;
        let after = b + size;
        if after != self.top {
            let h = self.get(after);
            self.set(after, h & !PREV_USED);
        }
    }

    /// Takes free block `b` off its list.
    fn unlink(&mut self, b: u32) {
        let k = list_of(self.size_of(b));
        let (next, prev) = (self.get(b + 4), self.get(b + 8));
        if prev == 0 {
            self.lists[k as usize] = next;
            if next == 0 {
                self.nonempty &= !(1 << k);
            }
        } else {
            self.set(prev + 4, next);
        }
        if next != 0 {
            self.set(next + 8, prev);
        }
    }

    /// Frees block `b`, merging it with free neighbours and with `top`.
    fn release(&mut self, mut b: u32) {
        let h = self.get(b);
        let mut size = h & !15;
        let after = b + size;
        if h & PREV_USED == 0 {
            let before = self.get(b - 4);
            b -= before;
            self.unlink(b);
            size += before;
        }
        if after == self.top {
            self.top = b;
            return;
        }
        if self.get(after) & USED == 0 {
            self.unlink(after);
            size += self.size_of(after);
        }
        self.insert(b, size);
    }

    /// Shortens allocated block `b` to `need` bytes, freeing the rest if it
    /// can be a block.
    fn trim(&mut self, b: u32, need: u32) {
        let h = self.get(b);
        let size = h & !15;
        if size - need >= MIN {
            self.set(b, need | (h & 15));
            let rest = b + need;
            self.set(rest, (size - need) | USED | PREV_USED);
            self.release(rest);
        }
    }

    /// Makes `top` at least `need` bytes below `end`.
    fn reserve(&mut self, need: u32) -> bool {
        if self.start == 0 {
            let size = self.mem.size();
            // The first header at 12 mod 16, so that payloads are aligned
            // (`size` is at most `u32::MAX - 0xffff`: no wrap).
            self.start = size + 12;
            self.top = self.start;
            self.end = size;
        }
        let Some(want) = self.top.checked_add(need) else {
            return false;
        };
        if want > self.end {
            let pages = (want - self.end).div_ceil(PAGE);
            let Some(end) = pages
                .checked_mul(PAGE)
                .and_then(|b| self.end.checked_add(b))
            else {
                return false;
            };
            if !self.mem.grow(pages) {
                return false;
            }
            self.end = end;
        }
        true
    }

    /// The block size for `size` bytes of payload, or `None` if too large.
    fn need(size: usize) -> Option<u32> {
        let size = u32::try_from(size).ok()?.checked_add(4 + 15)?;
        Some((size & !15).max(MIN))
    }

    /// Allocates `size` bytes aligned to `align` (a power of two); null when
    /// the memory cannot grow.
    pub fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        if align > 16 {
            return self.alloc_aligned(size, align);
        }
        let Some(need) = Self::need(size) else {
            return core::ptr::null_mut();
        };
        let k = list_of(need);
        // First fit in the list of `need`'s size, else any block of a
        // larger list, else the top.
        let mut b = self.lists[k as usize];
        while b != 0 && self.size_of(b) < need {
            b = self.get(b + 4);
        }
        if b == 0 {
            let larger = self.nonempty & (u32::MAX.checked_shl(k + 1).unwrap_or(0));
            if larger != 0 {
                b = self.lists[larger.trailing_zeros() as usize];
            }
        }
        if b != 0 {
            self.unlink(b);
            let h = self.get(b);
            self.set(b, h | USED);
            let after = b + (h & !15);
            if after != self.top {
                let a = self.get(after);
                self.set(after, a | PREV_USED);
            }
        } else {
            if !self.reserve(need) {
                return core::ptr::null_mut();
            }
            b = self.top;
            self.top += need;
            self.set(b, need | USED | PREV_USED);
        }
        self.trim(b, need);
        self.ptr(b + 4)
    }

    /// `alloc` for alignments over 16: a larger block, its unaligned start
    /// freed.
    fn alloc_aligned(&mut self, size: usize, align: usize) -> *mut u8 {
        let Some(padded) = size.checked_add(align + 16) else {
            return core::ptr::null_mut();
        };
        let p = self.alloc(padded, 16);
        if p.is_null() {
            return p;
        }
        let b = self.offset(p) - 4;
        let h = self.get(b);
        let at = (p.addr() + 16).next_multiple_of(align) - self.mem.base() - 4;
        let gap = at as u32 - b;
        let a = gap + b;
        self.set(a, ((h & !15) - gap) | USED);
        self.set(b, gap | USED | (h & PREV_USED));
        self.release(b);
        // `need` of `size` fits: `padded` left room for the gap.
        if let Some(need) = Self::need(size) {
            self.trim(a, need);
        }
        self.ptr(a + 4)
    }

    /// Frees what `alloc` or `realloc` returned.
    ///
    /// # Safety
    /// `p` came from this heap and is not freed yet.
    pub unsafe fn free(&mut self, p: *mut u8) {
        let b = self.offset(p) - 4;
        self.release(b);
    }

    /// Resizes `p` (allocated with `align`, holding `old` bytes) to `size`:
    /// in place when it shrinks, when the block after it is free and large
    /// enough, or at the top; else moved.
    ///
    /// # Safety
    /// As for [`free`](Self::free); `old` is the size it was allocated with.
    pub unsafe fn realloc(&mut self, p: *mut u8, old: usize, align: usize, size: usize) -> *mut u8 {
        let b = self.offset(p) - 4;
        if let (Some(need), true) = (Self::need(size), align <= 16) {
            let have = self.size_of(b);
            let after = b + have;
            if after == self.top {
                if have >= need || self.reserve(need - have) {
                    self.top = b + need.max(have);
                    let h = self.get(b);
                    self.set(b, (self.top - b) | (h & 15));
                    self.trim(b, need);
                    return p;
                }
            } else if have >= need
                || (self.get(after) & USED == 0 && have + self.size_of(after) >= need)
            {
                if have < need {
                    let more = self.size_of(after);
                    self.unlink(after);
                    self.set(b, (have + more) | (self.get(b) & 15));
                    let next = b + have + more;
                    if next != self.top {
                        let h = self.get(next);
                        self.set(next, h | PREV_USED);
                    }
                }
                self.trim(b, need);
                return p;
            }
        }
        let q = self.alloc(size, align);
        if !q.is_null() {
            // SAFETY: both blocks hold at least `min(old, size)` bytes and
            // are distinct allocations.
            unsafe { core::ptr::copy_nonoverlapping(p, q, old.min(size)) };
            // SAFETY: `p` is live, as the caller promises.
            unsafe { self.free(p) };
        }
        q
    }

    /// Checks every invariant of the heap (for the tests): the blocks tile
    /// `start..top`, headers agree with footers and lists, no two free
    /// blocks touch, and the lists hold exactly the free blocks. Returns the
    /// bytes in use and the bytes free.
    #[cfg(test)]
    pub fn check(&self) -> (u32, u32) {
        let (mut used, mut free, mut free_count) = (0, 0, 0);
        let mut b = self.start;
        let mut prev_used = true;
        while b != 0 && b < self.top {
            let h = self.get(b);
            let size = h & !15;
            assert!(size >= MIN, "block {b} of size {size}");
            assert_eq!(h & PREV_USED != 0, prev_used, "block {b}: PREV_USED");
            if h & USED != 0 {
                used += size;
            } else {
                assert!(prev_used, "two free blocks touch at {b}");
                assert_eq!(self.get(b + size - 4), size, "footer of {b}");
                free += size;
                free_count += 1;
            }
            prev_used = h & USED != 0;
            b += size;
        }
        assert!(prev_used, "a free block touches the top");
        assert_eq!(b, self.top.max(self.start));
        let mut listed = 0;
        for k in 0..32u32 {
            let mut at = self.lists[k as usize];
            assert_eq!(at != 0, self.nonempty & (1 << k) != 0, "list {k}");
            let mut prev = 0;
            while at != 0 {
                assert_eq!(self.get(at) & USED, 0, "listed block {at} in use");
                assert_eq!(list_of(self.size_of(at)), k, "block {at} in list {k}");
                assert_eq!(self.get(at + 8), prev, "back link of {at}");
                listed += 1;
                prev = at;
                at = self.get(at + 4);
            }
        }
        assert_eq!(listed, free_count, "free blocks not in a list");
        (used, free)
    }
}

/// The adapter's memory: memory 0 of its own module.
#[cfg(target_arch = "wasm32")]
pub struct Wasm;

// SAFETY: the adapter's memory 0 above its current size is the heap's:
// statics and the stack lie below, and nothing else grows it.
#[cfg(target_arch = "wasm32")]
unsafe impl Memory for Wasm {
    fn base(&self) -> usize {
        0
    }
    fn size(&self) -> u32 {
        let pages = core::arch::wasm32::memory_size(0) as u32;
        pages.checked_mul(PAGE).unwrap_or(u32::MAX - (PAGE - 1))
    }
    fn grow(&mut self, pages: u32) -> bool {
        core::arch::wasm32::memory_grow(0, pages as usize) != usize::MAX
    }
}

/// The global allocator: one [`Heap`] on [`Wasm`].
#[cfg(target_arch = "wasm32")]
pub struct Global(core::cell::UnsafeCell<Heap<Wasm>>);

/// The adapter's allocator, empty until the first allocation.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static GLOBAL: Global = Global(core::cell::UnsafeCell::new(Heap::new(Wasm)));

// SAFETY: the adapter runs on one thread (wasm32 without threads) and the
// allocator is not re-entered.
#[cfg(target_arch = "wasm32")]
unsafe impl Sync for Global {}

// SAFETY: `Heap` returns blocks of at least the size asked, aligned as asked,
// distinct until freed, or null.
#[cfg(target_arch = "wasm32")]
unsafe impl core::alloc::GlobalAlloc for Global {
    unsafe fn alloc(&self, layout: core::alloc::Layout) -> *mut u8 {
        // SAFETY: single-threaded (see `Sync`): the only reference.
        let p = unsafe { &mut *self.0.get() }.alloc(layout.size(), layout.align());
        match p.is_null() {
            true => crate::spill::alloc(layout.size(), layout.align()),
            false => p,
        }
    }
    unsafe fn dealloc(&self, p: *mut u8, _layout: core::alloc::Layout) {
        if crate::spill::contains(p) {
            return;
        }
        // SAFETY: as above; `p` came from `alloc`, as `GlobalAlloc` requires.
        unsafe { (*self.0.get()).free(p) }
    }
    unsafe fn realloc(&self, p: *mut u8, layout: core::alloc::Layout, size: usize) -> *mut u8 {
        let spilled = crate::spill::contains(p);
        if !spilled {
            // SAFETY: as above; `layout` is the one `p` was allocated with.
            let q = unsafe { (*self.0.get()).realloc(p, layout.size(), layout.align(), size) };
            if !q.is_null() {
                return q;
            }
        }
        // A spilled block, or a heap block the heap cannot grow: moved to
        // a new block (spilled, when the heap is full).
        // SAFETY: `layout.align()` is a power of two, as `layout`'s is.
        let q = unsafe {
            self.alloc(core::alloc::Layout::from_size_align_unchecked(
                size,
                layout.align(),
            ))
        };
        if !q.is_null() {
            // SAFETY: both blocks hold at least `min(old, size)` bytes and
            // are distinct allocations.
            unsafe { core::ptr::copy_nonoverlapping(p, q, layout.size().min(size)) };
            // SAFETY: `p` is live with `layout`.
            unsafe { self.dealloc(p, layout) };
        }
        q
    }
}
