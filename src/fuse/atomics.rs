//! A threads guest's atomic waits and notifies: a reencoding layer over
//! either layout's ([`Threaded`]) writes `memory.atomic.wait32/64` and
//! `memory.atomic.notify` as calls of generated helpers, which trap exactly
//! as the instruction does (out of bounds, unaligned), compare the value
//! as `wait` does, and then call the adapter's futex
//! (`p1-adapt:threads/wait`, `p1-adapt:threads/notify`). The memory is
//! unshared in the fused module, where a `wait` would trap.

use super::remap::delegate_indices;
use super::rewrite::Code;
use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{BlockType, Encode, Function, Instruction, MemArg, MemArgTarget, ValType};

/// The generated helpers' function indices.
#[derive(Debug, Clone, Copy)]
pub struct Helpers {
    /// `wait32(addr: i32, expected: i32, timeout: i64, offset: i64) -> i32`.
    pub wait32: u32,
    /// `wait64(addr: i32, expected: i64, timeout: i64, offset: i64) -> i32`.
    pub wait64: u32,
    /// `notify(addr: i32, count: i32, offset: i64) -> i32`.
    pub notify: u32,
}

/// Guest code of a threads guest: waits and notifies become helper calls
/// (the static offset passed as the last argument), the rest is written by
/// the layout's layer `inner`.
#[derive(Clone)]
pub struct Threaded<C> {
    /// The layout's layer.
    pub inner: C,
    /// The helpers.
    pub helpers: Helpers,
}

impl<C: Reencode> Reencode for Threaded<C> {
    type Error = C::Error;
    delegate_indices!();

    fn memory_index(&mut self, m: u32) -> Result<u32, reencode::Error<C::Error>> {
        self.inner.memory_index(m)
    }

    fn mem_arg(&mut self, arg: wasmparser::MemArg) -> Result<MemArg, reencode::Error<C::Error>> {
        self.inner.mem_arg(arg)
    }
}

impl<C: Code> Code for Threaded<C> {
    const MEMORY: bool = C::MEMORY;
    const WAITS: bool = true;

    fn write(
        &mut self,
        op: wasmparser::Operator<'_>,
        scratch: u32,
        code: &mut Vec<u8>,
    ) -> Result<bool, reencode::Error<C::Error>> {
        use wasmparser::Operator as O;
        let (memarg, helper) = match op {
            O::MemoryAtomicWait32 { memarg } => (memarg, self.helpers.wait32),
            O::MemoryAtomicWait64 { memarg } => (memarg, self.helpers.wait64),
            O::MemoryAtomicNotify { memarg } => (memarg, self.helpers.notify),
            op => return self.inner.write(op, scratch, code),
        };
        Instruction::I64Const(memarg.offset as i64).encode(code);
        Instruction::Call(helper).encode(code);
        Ok(false)
    }
}

/// What a helper's body needs: the guest's memory, where guest address 0
/// is in it (the single layout's region), the adapter's futex function.
pub struct Target {
    /// The guest's memory.
    pub memory: u32,
    /// Added to every guest address (the single layout's region).
    pub offset: u64,
    /// The adapter's `wait` or `notify`.
    pub adapter: u32,
}

/// The effective address `addr + offset` (parameters 0 and `offset`) into
/// local `ea`, trapping as an out-of-bounds access when it passes 4 GiB;
/// then the access `load` at it, which traps as the instruction would
/// (out of bounds, unaligned) and leaves the value.
fn access(
    f: &mut Function,
    t: &Target,
    (offset, ea): (u32, u32),
    load: fn(MemArg) -> Instruction<'static>,
    align: u32,
) {
    use Instruction as I;
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::I64ExtendI32U);
    f.instruction(&I::LocalGet(offset));
    f.instruction(&I::I64Add);
    f.instruction(&I::LocalTee(ea));
    f.instruction(&I::I64Const(0xffff_ffff));
    f.instruction(&I::I64GtU);
    f.instruction(&I::If(BlockType::Empty));
    super::single::out_of_bounds(f, t.memory);
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(ea));
    f.instruction(&I::I32WrapI64);
    f.instruction(&load(MemArg {
        offset: t.offset,
        align,
        target: MemArgTarget::Memory(t.memory),
        ordering: None,
    }));
}

/// `wait32`/`wait64` (`wide`): 1 when the value differs from `expected`,
/// else the adapter's wait (0 woken, 2 timed out).
pub fn wait_body(t: &Target, wide: bool) -> Function {
    use Instruction as I;
    let ea = 4;
    let mut f = Function::new([(1, ValType::I64)]);
    if wide {
        access(&mut f, t, (3, ea), I::I64AtomicLoad, 3);
        f.instruction(&I::LocalGet(1));
        f.instruction(&I::I64Ne);
    } else {
        access(&mut f, t, (3, ea), I::I32AtomicLoad, 2);
        f.instruction(&I::LocalGet(1));
        f.instruction(&I::I32Ne);
    }
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::I32Const(1));
    f.instruction(&I::Return);
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(ea));
    f.instruction(&I::LocalGet(2));
    f.instruction(&I::Call(t.adapter));
    f.instruction(&I::End);
    f
}

/// `notify`: the adapter's notify (how many it woke), after the checks of
/// the instruction.
pub fn notify_body(t: &Target) -> Function {
    use Instruction as I;
    let ea = 3;
    let mut f = Function::new([(1, ValType::I64)]);
    access(&mut f, t, (2, ea), I::I32AtomicLoad, 2);
    f.instruction(&I::Drop);
    f.instruction(&I::LocalGet(ea));
    f.instruction(&I::LocalGet(1));
    f.instruction(&I::Call(t.adapter));
    f.instruction(&I::End);
    f
}
