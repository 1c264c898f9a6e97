//! The single layout as two reencoding layers over [`Remap`]: the guest's
//! code [`Translated`] above the adapter's region, the adapter's code kept
//! [`InRegion`]. Everything else about the layout (the region, the memory
//! type, which guests can be translated) is in [`crate::layout`].
//!
//! - Guest: every load/store's static offset gains the region (the `mem_arg`
//!   hook), `memory.size`/`memory.grow` answer in the guest's pages, the
//!   addresses of `memory.fill/copy/init/discard` are checked on 64-bit sums
//!   and moved (through the generated `range` helper), active data segments
//!   move (the `parse_data` hook). An access traps exactly when it trapped
//!   before, and none reaches the region.
//! - Adapter: its memory is the one memory (the `memory_index` hook), its
//!   `memory.grow` a bump of a page counter that fails at the region's end
//!   and `memory.size` that counter (the `instruction` hook).

use super::remap::{delegate_indices, Remap, Unplanned};
use super::rewrite::Code;
use crate::layout::Region;
use crate::module::Module;
use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{BlockType, Encode, Function, Instruction, MemArg, ValType};

/// Function indices of the generated helpers translated code calls.
#[derive(Debug, Clone, Copy)]
pub struct Helpers {
    /// `range(addr: i32, len: i32) -> i32`: `addr + region`, trapping as an
    /// out-of-bounds access when `addr + len` passes the guest's memory.
    pub range: u32,
    /// `guest_grow(pages: i32) -> i32`: `memory.grow` in the guest's pages.
    pub guest_grow: u32,
    /// `adapter_grow(pages: i32) -> i32`: the adapter's heap growing inside
    /// the region.
    pub adapter_grow: u32,
    /// The global counting the adapter's pages.
    pub adapter_pages: u32,
    /// The one memory.
    pub memory: u32,
    /// The adapter's part of it, below the guest.
    pub region: Region,
}

/// The guest's code, data and memory accesses, translated above the region.
#[derive(Clone)]
pub struct Translated<'m, 'a> {
    /// The guest's index map.
    pub inner: Remap,
    /// The helpers translated code calls.
    pub helpers: Helpers,
    /// The guest (constant data offsets are evaluated in it).
    pub guest: &'m Module<'a>,
}

impl Reencode for Translated<'_, '_> {
    type Error = Unplanned;
    delegate_indices!();

    fn memory_index(&mut self, m: u32) -> Result<u32, reencode::Error<Unplanned>> {
        self.inner.memory_index(m)
    }

    fn mem_arg(&mut self, arg: wasmparser::MemArg) -> Result<MemArg, reencode::Error<Unplanned>> {
        let mut m = reencode::utils::mem_arg(self, arg)?;
        if matches!(m.target, wasm_encoder::MemArgTarget::Memory(_)) {
            m.offset = self.helpers.region.moved(m.offset);
        }
        Ok(m)
    }

    fn parse_data(
        &mut self,
        data: &mut wasm_encoder::DataSection,
        datum: wasmparser::Data<'_>,
    ) -> Result<(), reencode::Error<Unplanned>> {
        let wasmparser::DataKind::Active { offset_expr, .. } = &datum.kind else {
            return reencode::utils::parse_data(self, data, datum);
        };
        // `layout::resolve` chose this layout only for constant offsets.
        let at = crate::layout::const_i32(self.guest, offset_expr).ok_or_else(|| {
            reencode::Error::UserError(Unplanned("a data offset is not constant".into()))
        })?;
        data.active(
            self.helpers.memory,
            &wasm_encoder::ConstExpr::i32_const(
                self.helpers.region.moved(u64::from(at)) as u32 as i32
            ),
            datum.data.iter().copied(),
        );
        Ok(())
    }
}

impl Code for Translated<'_, '_> {
    const MEMORY: bool = true;

    /// A memory access gets the region added to its static offset (the
    /// `mem_arg` hook), `memory.size`/`memory.grow` answer in the guest's
    /// pages, and the addresses of bulk-memory instructions are checked and
    /// moved through locals `scratch` and `scratch + 1`.
    fn write(
        &mut self,
        op: wasmparser::Operator<'_>,
        scratch: u32,
        code: &mut Vec<u8>,
    ) -> Result<bool, reencode::Error<Unplanned>> {
        use wasmparser::Operator as O;
        use Instruction as I;
        let h = self.helpers;
        let (len, other) = (scratch, scratch + 1);
        match op {
            O::MemorySize { .. } => {
                I::MemorySize(h.memory).encode(code);
                I::I32Const(h.region.pages() as i32).encode(code);
                I::I32Sub.encode(code);
            }
            O::MemoryGrow { .. } => I::Call(h.guest_grow).encode(code),
            O::MemoryFill { .. } => {
                bulk(code, (len, other, h.range), false, I::MemoryFill(h.memory));
                return Ok(true);
            }
            O::MemoryCopy { .. } => {
                let copy = I::MemoryCopy {
                    src_mem: h.memory,
                    dst_mem: h.memory,
                };
                bulk(code, (len, other, h.range), true, copy);
                return Ok(true);
            }
            // memory-control: [addr, len] -> [addr + region (checked), len]
            O::MemoryDiscard { .. } => {
                I::LocalSet(len).encode(code);
                I::LocalGet(len).encode(code);
                I::Call(h.range).encode(code);
                I::LocalGet(len).encode(code);
                I::MemoryDiscard(h.memory).encode(code);
                return Ok(true);
            }
            O::MemoryInit { data_index, .. } => {
                let init = I::MemoryInit {
                    mem: h.memory,
                    data_index: self.data_index(data_index)?,
                };
                bulk(code, (len, other, h.range), false, init);
                return Ok(true);
            }
            op => self.instruction(op)?.encode(code),
        }
        Ok(false)
    }
}

/// The adapter's code in the region: the one memory is its memory, and its
/// heap grows inside the region.
pub struct InRegion {
    /// The adapter's index map.
    pub inner: Remap,
    /// The page counter and the grow helper.
    pub helpers: Helpers,
}

impl Reencode for InRegion {
    type Error = Unplanned;
    delegate_indices!();

    fn memory_index(&mut self, _: u32) -> Result<u32, reencode::Error<Unplanned>> {
        Ok(self.helpers.memory)
    }

    fn instruction<'a>(
        &mut self,
        op: wasmparser::Operator<'a>,
    ) -> Result<Instruction<'a>, reencode::Error<Unplanned>> {
        Ok(match op {
            wasmparser::Operator::MemoryGrow { .. } => Instruction::Call(self.helpers.adapter_grow),
            wasmparser::Operator::MemorySize { .. } => {
                Instruction::GlobalGet(self.helpers.adapter_pages)
            }
            op => reencode::utils::instruction(self, op)?,
        })
    }
}

/// A bulk-memory instruction `[addr, x, len]` with its address moved
/// (checked): `local.set len; local.set x; local.get len; call range;
/// local.get x (moved too when `both`); local.get len; op`.
fn bulk(code: &mut Vec<u8>, (len, x, range): (u32, u32, u32), both: bool, op: Instruction<'_>) {
    use wasm_encoder::Encode;
    use Instruction as I;
    I::LocalSet(len).encode(code);
    I::LocalSet(x).encode(code);
    I::LocalGet(len).encode(code);
    I::Call(range).encode(code);
    I::LocalGet(x).encode(code);
    if both {
        I::LocalGet(len).encode(code);
        I::Call(range).encode(code);
    }
    I::LocalGet(len).encode(code);
    op.encode(code);
}

/// `range(addr, len)`: see [`Helpers::range`].
pub fn range_body(memory: u32, region: Region) -> Function {
    use Instruction as I;
    let mut f = Function::new([]);
    // addr + region + len > memory bytes  =>  out-of-bounds trap
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::I64ExtendI32U);
    f.instruction(&I::I64Const(region.bytes() as i64));
    f.instruction(&I::I64Add);
    f.instruction(&I::LocalGet(1));
    f.instruction(&I::I64ExtendI32U);
    f.instruction(&I::I64Add);
    f.instruction(&I::MemorySize(memory));
    f.instruction(&I::I64ExtendI32U);
    f.instruction(&I::I64Const(16));
    f.instruction(&I::I64Shl);
    f.instruction(&I::I64GtU);
    f.instruction(&I::If(BlockType::Empty));
    out_of_bounds(&mut f, memory);
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::I32Const(region.bytes() as i32));
    f.instruction(&I::I32Add);
    f.instruction(&I::End);
    f
}

/// Traps the way the access it stands for would: a load at 4 GiB, which is
/// out of bounds of every 32-bit memory.
pub fn out_of_bounds(f: &mut Function, memory: u32) {
    use Instruction as I;
    f.instruction(&I::I32Const(-1));
    f.instruction(&I::I32Load8U(MemArg {
        offset: 1,
        align: 0,
        target: wasm_encoder::MemArgTarget::Memory(memory),
        ordering: None,
    }));
    f.instruction(&I::Drop);
    f.instruction(&I::Unreachable);
}

/// `guest_grow(pages)`: `memory.grow`, the old size in guest pages, `-1`
/// unchanged.
pub fn guest_grow_body(memory: u32, region: Region) -> Function {
    use Instruction as I;
    let mut f = Function::new([(1, ValType::I32)]);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::MemoryGrow(memory));
    f.instruction(&I::LocalTee(1));
    f.instruction(&I::I32Const(-1));
    f.instruction(&I::I32Eq);
    f.instruction(&I::If(BlockType::Result(ValType::I32)));
    f.instruction(&I::I32Const(-1));
    f.instruction(&I::Else);
    f.instruction(&I::LocalGet(1));
    f.instruction(&I::I32Const(region.pages() as i32));
    f.instruction(&I::I32Sub);
    f.instruction(&I::End);
    f.instruction(&I::End);
    f
}

/// `adapter_grow(pages)`: hands out pages of the region above the adapter's
/// initial memory; `-1` when the region is used up.
pub fn adapter_grow_body(pages: u32, region: Region) -> Function {
    use Instruction as I;
    let mut f = Function::new([]);
    // pages > region pages - used  =>  -1
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::I32Const(region.pages() as i32));
    f.instruction(&I::GlobalGet(pages));
    f.instruction(&I::I32Sub);
    f.instruction(&I::I32GtU);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::I32Const(-1));
    f.instruction(&I::Return);
    f.instruction(&I::End);
    f.instruction(&I::GlobalGet(pages));
    f.instruction(&I::GlobalGet(pages));
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::I32Add);
    f.instruction(&I::GlobalSet(pages));
    f.instruction(&I::End);
    f
}
