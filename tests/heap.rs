//! The adapter's allocator (`adapter/src/heap.rs`), run on the host over a
//! byte array: random allocations, frees and reallocations checked against
//! a model (every live block keeps its bytes, no two overlap, alignment as
//! asked) with the heap's own invariant check after every step; and the
//! patterns the adapter's fixed single-layout heap must survive.

#[allow(dead_code)]
#[path = "../adapter/src/heap.rs"]
mod heap;

use heap::{Heap, Memory};

/// A memory of at most `limit` pages on a 64 KiB-aligned host allocation.
struct Arena {
    base: *mut u8,
    pages: u32,
    limit: u32,
}

impl Arena {
    fn new(initial: u32, limit: u32) -> Arena {
        let layout = std::alloc::Layout::from_size_align(limit as usize * 65536, 65536).unwrap();
        // SAFETY: the layout is not zero-sized; freed in `Drop`.
        let base = unsafe { std::alloc::alloc_zeroed(layout) };
        assert!(!base.is_null());
        Arena {
            base,
            pages: initial,
            limit,
        }
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        let layout =
            std::alloc::Layout::from_size_align(self.limit as usize * 65536, 65536).unwrap();
        // SAFETY: allocated in `new` with this layout.
        unsafe { std::alloc::dealloc(self.base, layout) }
    }
}

// SAFETY: the arena is this memory's alone; `grow` adds exactly `pages`.
unsafe impl Memory for Arena {
    fn base(&self) -> usize {
        self.base.expose_provenance()
    }
    fn size(&self) -> u32 {
        self.pages * 65536
    }
    fn grow(&mut self, pages: u32) -> bool {
        if self.pages + pages > self.limit {
            return false;
        }
        self.pages += pages;
        true
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

struct Live {
    p: *mut u8,
    size: usize,
    align: usize,
    fill: u8,
}

fn fill(l: &Live) {
    for i in 0..l.size {
        // SAFETY: the block holds `size` bytes.
        unsafe { l.p.add(i).write(l.fill.wrapping_add(i as u8)) }
    }
}

fn verify(l: &Live, upto: usize) {
    for i in 0..upto.min(l.size) {
        // SAFETY: as in `fill`.
        let b = unsafe { l.p.add(i).read() };
        assert_eq!(
            b,
            l.fill.wrapping_add(i as u8),
            "byte {i} of a block of {}",
            l.size
        );
    }
}

fn size(rng: &mut Rng) -> usize {
    match rng.below(10) {
        0..=5 => rng.below(64) as usize + 1,
        6..=8 => rng.below(4096) as usize + 1,
        _ => rng.below(300_000) as usize + 1,
    }
}

#[test]
fn random_operations_keep_every_block_and_every_invariant() {
    for seed in 1..=20u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut heap = Heap::new(Arena::new(2, 512));
        let mut live: Vec<Live> = Vec::new();
        for step in 0..3000 {
            match rng.below(10) {
                0..=4 => {
                    let bits = if rng.below(20) == 0 { 12 } else { 5 };
                    let align = 1 << rng.below(bits);
                    let size = size(&mut rng);
                    let p = heap.alloc(size, align);
                    if p.is_null() {
                        continue; // full: allowed, the model is unchanged
                    }
                    assert_eq!(p as usize % align, 0, "seed {seed} step {step}");
                    let l = Live {
                        p,
                        size,
                        align,
                        fill: rng.next() as u8,
                    };
                    fill(&l);
                    live.push(l);
                }
                5..=7 if !live.is_empty() => {
                    let l = live.swap_remove(rng.below(live.len() as u64) as usize);
                    verify(&l, l.size);
                    // SAFETY: allocated by this heap and not freed yet.
                    unsafe { heap.free(l.p) };
                }
                8..=9 if !live.is_empty() => {
                    let i = rng.below(live.len() as u64) as usize;
                    let new = if rng.below(2) == 0 {
                        size(&mut rng)
                    } else {
                        live[i].size * 2
                    };
                    let l = &mut live[i];
                    // SAFETY: as above; `size` is what it holds.
                    let q = unsafe { heap.realloc(l.p, l.size, l.align, new) };
                    if q.is_null() {
                        verify(l, l.size); // unchanged on failure
                        continue;
                    }
                    assert_eq!(q as usize % l.align, 0);
                    l.p = q;
                    verify(l, new);
                    l.size = new;
                    fill(l);
                }
                _ => {}
            }
            heap.check();
        }
        for l in &live {
            verify(l, l.size);
        }
        // Freed in any order, everything returns to the top.
        for l in live.drain(..) {
            // SAFETY: as above.
            unsafe { heap.free(l.p) };
        }
        assert_eq!(
            heap.check(),
            (0, 0),
            "seed {seed}: all freed, no block left"
        );
    }
}

#[test]
fn a_vector_doubling_to_half_the_heap_fits() {
    // 8 MiB, as the single layout's region: a list growing to 4 MiB while
    // small allocations land after it (so it cannot always grow in place).
    let mut heap = Heap::new(Arena::new(2, 128));
    let mut size = 16;
    let mut p = heap.alloc(size, 8);
    let mut small = Vec::new();
    while size < 4 << 20 {
        small.push(heap.alloc(40, 8));
        // SAFETY: `p` holds `size` bytes from this heap.
        p = unsafe { heap.realloc(p, size, 8, size * 2) };
        assert!(!p.is_null(), "failed growing to {}", size * 2);
        size *= 2;
        heap.check();
    }
    for s in small {
        // SAFETY: allocated above.
        unsafe { heap.free(s) };
    }
    // SAFETY: as above.
    unsafe { heap.free(p) };
    assert_eq!(heap.check(), (0, 0));
}

#[test]
fn freed_memory_is_reused_by_other_sizes() {
    let mut heap = Heap::new(Arena::new(1, 64));
    // Fill 3 MiB with 100-byte blocks, free them all, then take 3 MiB in
    // one block: it must come from the merged free space.
    let blocks: Vec<_> = (0..30_000).map(|_| heap.alloc(100, 4)).collect();
    assert!(blocks.iter().all(|p| !p.is_null()));
    for (i, p) in blocks.iter().enumerate() {
        if i % 2 == 0 {
            // SAFETY: allocated above, freed once.
            unsafe { heap.free(*p) };
        }
    }
    heap.check();
    for (i, p) in blocks.iter().enumerate() {
        if i % 2 == 1 {
            // SAFETY: as above.
            unsafe { heap.free(*p) };
        }
    }
    assert_eq!(heap.check(), (0, 0));
    let big = heap.alloc(3 << 20, 8);
    assert!(!big.is_null());
    // A memory that cannot grow answers null, and the heap stays sound.
    assert!(heap.alloc(2 << 20, 8).is_null());
    assert!(heap.alloc(usize::MAX - 8, 8).is_null());
    heap.check();
}
