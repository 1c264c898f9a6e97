//! Step 5: where the adapter's memory lives: the two layouts of one adapter.
//!
//! - **Multi** (two memories): the adapter keeps its own memory, the guest's
//!   memory accesses are copied unchanged (only its function indices move:
//!   `rewrite` in `crate::fuse`). Needs a host with multi-memory (wasmtime).
//! - **Single** (one memory): the adapter keeps the low bytes ([`Region`]) of
//!   the guest's memory and the guest is *translated* above them: every
//!   load/store gets the region's size added to its static offset, the addresses of
//!   `memory.fill/copy/init` are checked and moved, `memory.size` and
//!   `memory.grow` answer in the guest's pages, active data segments move,
//!   and the limits grow by the region. The guest cannot name an address in
//!   the region at all; the guest-memory intrinsics add the region's size. The
//!   adapter's heap grows inside the region (its `memory.grow` becomes a
//!   bump of a page counter that fails at the region's end), so it never
//!   moves the guest. Runs on hosts without multi-memory (jco).
//!
//! Everything here is exact: an access the guest makes traps in the
//! translated module exactly when it trapped before (bounds checks are done
//! on 64-bit sums, so no address wraps into the region).

use crate::check::Facts;
use crate::error::Problem;
use crate::module::Module;

/// How the adapter's memory is laid out ([`crate::Adapter::layout`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Two memories: the adapter's own and the guest's, untouched.
    Multi,
    /// One memory: the adapter's region below the translated guest.
    Single,
    /// Single, unless the guest cannot be translated (a 64-bit memory, a
    /// custom page size, more than one memory, an initial size or maximum
    /// that leaves no room for the region, a data segment offset that is
    /// not a constant): then multi. Measured equal on wasmtime and it also
    /// runs on jco.
    #[default]
    Auto,
}

impl std::str::FromStr for Layout {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "multi" => Ok(Layout::Multi),
            "single" => Ok(Layout::Single),
            "auto" => Ok(Layout::Auto),
            _ => Err(format!("unknown layout `{s}` (multi, single or auto)")),
        }
    }
}

/// The low bytes of the single memory that belong to the adapter: its
/// initial memory (its 64 KiB stack and its data: 3 pages, 192 KiB), then a
/// fixed heap of the rest for the descriptor table, copies of paths (at
/// most 64 KiB each), `fd_readdir`'s bounded window and `poll_oneoff`'s
/// subscriptions. 1 MiB by default ([`Region::DEFAULT`]: about 830 KiB of
/// heap, about 12,000 open files); a request that does not fit answers an errno
/// (`EMFILE`, `ENOMEM`). The arguments and environment, which the host
/// gives as one list (Linux allows 2 MiB of them), are taken in pages
/// grown at the top of the memory when they do not fit, and those pages
/// are zeroed and left to the guest when the call returns. At most
/// [`Region::MAX`], so that the region plus a guest's static offsets stays
/// within wasmtime's 32 MiB guard, where bounds checks of constant offsets
/// cost nothing; a region below 2 MiB makes each moved offset a 3-byte
/// LEB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region(u32);

impl Region {
    /// 1 MiB.
    pub const DEFAULT: Region = Region(16);
    /// The smallest region: the adapter's initial memory and a page of heap.
    pub const MIN: Region = Region(4);
    /// The largest region (16 MiB).
    pub const MAX: Region = Region(256);

    /// A region of `bytes`: a multiple of 64 KiB from [`Region::MIN`] to
    /// [`Region::MAX`].
    pub fn new(bytes: u64) -> Result<Region, String> {
        let (min, max) = (Region::MIN.bytes(), Region::MAX.bytes());
        if !bytes.is_multiple_of(65536) || !(min..=max).contains(&bytes) {
            return Err(format!(
                "the region must be a multiple of 64 KiB from {} KiB to {} MiB, not {bytes} bytes",
                min >> 10,
                max >> 20
            ));
        }
        Ok(Region((bytes >> 16) as u32))
    }

    /// Its size in bytes.
    pub fn bytes(self) -> u64 {
        u64::from(self.0) << 16
    }

    /// Its size in 64 KiB pages.
    pub fn pages(self) -> u32 {
        self.0
    }

    /// A guest address `a` (a static offset, a data segment's offset) moved
    /// above the region; addresses that would pass 4 GiB stay at
    /// `u32::MAX`, which is out of bounds as the original was (its maximum
    /// is below 4 GiB - the region).
    pub fn moved(self, a: u64) -> u64 {
        (a + self.bytes()).min(u64::from(u32::MAX))
    }

    /// The memory type of the single memory: the guest's, grown by the
    /// region, at most [`MAX_PAGES`] (a guest without a maximum can grow to
    /// `MAX_PAGES` less the region's pages).
    pub fn memory_type(self, guest: wasmparser::MemoryType) -> wasm_encoder::MemoryType {
        let pages = u64::from(self.0);
        wasm_encoder::MemoryType {
            minimum: guest.initial + pages,
            maximum: Some(
                guest
                    .maximum
                    .map_or(MAX_PAGES, |m| (m + pages).min(MAX_PAGES)),
            ),
            memory64: false,
            shared: false,
            page_size_log2: None,
        }
    }
}

impl Default for Region {
    fn default() -> Self {
        Region::DEFAULT
    }
}

impl std::str::FromStr for Region {
    type Err = String;
    /// Bytes, or a number with `K` (KiB) or `M` (MiB): `1M`, `512K`.
    fn from_str(s: &str) -> Result<Self, String> {
        let (digits, unit) = match s.strip_suffix(['M', 'm']) {
            Some(d) => (d, 20),
            None => match s.strip_suffix(['K', 'k']) {
                Some(d) => (d, 10),
                None => (s, 0),
            },
        };
        let n: u64 = digits
            .parse()
            .map_err(|_| format!("`{s}` is not a size (bytes, or a number with K or M)"))?;
        Region::new(
            n.checked_shl(unit)
                .filter(|b| b >> unit == n)
                .unwrap_or(u64::MAX),
        )
    }
}

/// Resolves `layout` for `guest` to `Single` or `Multi`: `Auto` falls back
/// to multi where single cannot hold the guest; an explicit `Single` that
/// cannot is a problem.
pub fn resolve(
    layout: Layout,
    region: Region,
    guest: &Module<'_>,
    facts: &Facts,
) -> Result<Layout, Problem> {
    match (layout, obstacle(guest, facts, region)) {
        (Layout::Multi, _) => Ok(Layout::Multi),
        (Layout::Single, Some(why)) => Err(Problem::Unsupported(format!(
            "the single-memory layout for this module: {why}"
        ))),
        (Layout::Auto, Some(_)) => Ok(Layout::Multi),
        (Layout::Single | Layout::Auto, None) => Ok(Layout::Single),
    }
}

/// Why the guest cannot be translated above the adapter's region, if it
/// cannot.
fn obstacle(guest: &Module<'_>, facts: &Facts, region: Region) -> Option<String> {
    let region_pages = region.pages();
    if guest.imported.memories > 0 {
        return Some("its memory is imported".into());
    }
    if guest.memories.len() != 1 {
        return Some("it has more than one memory".into());
    }
    let m = guest.memories.get(facts.memory as usize)?;
    if m.memory64 {
        return Some("its memory is 64-bit (memory64 guests use the multi layout)".into());
    }
    if m.page_size_log2.is_some_and(|p| p != 16) {
        return Some("its memory has a custom page size".into());
    }
    if m.initial + u64::from(region_pages) > MAX_PAGES {
        return Some(format!(
            "its memory's initial size ({} pages) leaves no room for the adapter's {region_pages} pages below 4 GiB",
            m.initial
        ));
    }
    if let Some(max) = m.maximum {
        if max + u64::from(region_pages) > MAX_PAGES {
            return Some(format!(
                "its memory's maximum ({max} pages) leaves no room for the adapter's {region_pages} pages below 4 GiB"
            ));
        }
    }
    for d in &guest.data {
        if let wasmparser::DataKind::Active { offset_expr, .. } = &d.kind {
            if const_i32(guest, offset_expr).is_none() {
                return Some("a data segment's offset is not a constant".into());
            }
        }
    }
    None
}

/// The value of a guest constant expression of type `i32` (`i32.const`,
/// extended-const arithmetic, `global.get` of a defined global), if it can
/// be known before instantiation.
pub fn const_i32(guest: &Module<'_>, e: &wasmparser::ConstExpr<'_>) -> Option<u32> {
    eval(guest, e, 0)
}

fn eval(guest: &Module<'_>, e: &wasmparser::ConstExpr<'_>, depth: u32) -> Option<u32> {
    use wasmparser::Operator as O;
    if depth > 100 {
        return None;
    }
    let mut stack: Vec<u32> = Vec::new();
    let mut ops = e.get_operators_reader();
    loop {
        match ops.read().ok()? {
            O::I32Const { value } => stack.push(value as u32),
            O::GlobalGet { global_index } => {
                let g = global_index.checked_sub(guest.imported.globals)?;
                let init = &guest.globals.get(g as usize)?.init_expr;
                stack.push(eval(guest, init, depth + 1)?);
            }
            op @ (O::I32Add | O::I32Sub | O::I32Mul) => {
                let (b, a) = (stack.pop()?, stack.pop()?);
                stack.push(match op {
                    O::I32Add => a.wrapping_add(b),
                    O::I32Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                });
            }
            O::End => break,
            _ => return None,
        }
    }
    (stack.len() == 1).then(|| stack[0])
}

/// The most pages the single memory may have: one page short of 4 GiB, so
/// that an access the translation moves to `u32::MAX` or beyond (and an
/// adapter stack that overflows below 0) is out of bounds, as it was.
pub const MAX_PAGES: u64 = 65535;
