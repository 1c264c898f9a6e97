//! A threads guest's atomic waits and notifies: a reencoding layer over
//! either layout's ([`Threaded`]) writes `memory.atomic.wait32/64` and
//! `memory.atomic.notify` as calls of generated helpers, which trap exactly
//! as the instruction does (out of bounds, unaligned), compare the value
//! as `wait` does, and then call the adapter's futex
//! (`p1-adapt:threads/wait`, `p1-adapt:threads/notify`). The memory is
//! unshared in the fused module, where a `wait` would trap. With
//! cooperative threads, the same layer makes loops count down to a
//! preemption ([`Preempt`]).

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

/// Cooperative threads' preemption: the countdown global and the
/// generated function that yields when it reaches zero.
#[derive(Debug, Clone, Copy)]
pub struct Preempt {
    /// The countdown (a generated global).
    pub countdown: u32,
    /// `preempt()`: resets the countdown and lets the other threads run.
    pub helper: u32,
}

/// Guest code of a threads guest: waits and notifies become helper calls
/// (the static offset passed as the last argument); with `LOOPS`, each
/// `loop` counts down at every iteration and calls `preempt` at zero (so
/// that a thread that never blocks lets the others run); the rest is
/// written by the layout's layer `inner`.
#[derive(Clone)]
pub struct Threaded<C, const LOOPS: bool> {
    /// The layout's layer.
    pub inner: C,
    /// The helpers (none: the memory is not shared, the waits stay).
    pub helpers: Option<Helpers>,
    /// The preemption, with `LOOPS`.
    pub preempt: Option<Preempt>,
}

impl<C: Reencode, const LOOPS: bool> Reencode for Threaded<C, LOOPS> {
    type Error = C::Error;
    delegate_indices!();

    fn memory_index(&mut self, m: u32) -> Result<u32, reencode::Error<C::Error>> {
        self.inner.memory_index(m)
    }

    fn mem_arg(&mut self, arg: wasmparser::MemArg) -> Result<MemArg, reencode::Error<C::Error>> {
        self.inner.mem_arg(arg)
    }
}

impl<C: Code, const LOOPS: bool> Code for Threaded<C, LOOPS> {
    const MEMORY: bool = C::MEMORY;
    const WAITS: bool = true;
    const LOOPS: bool = LOOPS;
    const INDICES: bool = C::INDICES;

    fn memory(&self) -> bool {
        self.inner.memory()
    }

    fn write(
        &mut self,
        op: wasmparser::Operator<'_>,
        scratch: u32,
        code: &mut Vec<u8>,
    ) -> Result<bool, reencode::Error<C::Error>> {
        use wasmparser::Operator as O;
        if let (O::Loop { .. }, Some(p)) = (&op, self.preempt) {
            let scratch = self.inner.write(op, scratch, code)?;
            countdown(p, code);
            return Ok(scratch);
        }
        let (memarg, helper) = match (op, self.helpers) {
            (O::MemoryAtomicWait32 { memarg }, Some(h)) => (memarg, h.wait32),
            (O::MemoryAtomicWait64 { memarg }, Some(h)) => (memarg, h.wait64),
            (O::MemoryAtomicNotify { memarg }, Some(h)) => (memarg, h.notify),
            (op, _) => return self.inner.write(op, scratch, code),
        };
        Instruction::I64Const(memarg.offset as i64).encode(code);
        Instruction::Call(helper).encode(code);
        Ok(false)
    }
}

/// At the top of a loop body: `if (--countdown == 0) preempt();` (the
/// `if` ends before the body, so its branches keep their depths).
fn countdown(p: Preempt, code: &mut Vec<u8>) {
    use Instruction as I;
    for i in [
        I::GlobalGet(p.countdown),
        I::I32Const(1),
        I::I32Sub,
        I::GlobalSet(p.countdown),
        I::GlobalGet(p.countdown),
        I::I32Eqz,
        I::If(BlockType::Empty),
        I::Call(p.helper),
        I::End,
    ] {
        i.encode(code);
    }
}

/// `preempt()`: the countdown starts again from `interval`, and the
/// adapter lets the other threads run (its `p1-adapt:threads/preempt`);
/// not while the host lowers a result into the guest's memory (the flag
/// `allocating`: the guest's `cabi_realloc` runs, and the host refuses a
/// switch there).
pub fn preempt_body(
    countdown: u32,
    interval: u32,
    adapter: u32,
    allocating: Option<u32>,
) -> Function {
    use Instruction as I;
    let mut f = Function::new([]);
    f.instruction(&I::I32Const(interval as i32));
    f.instruction(&I::GlobalSet(countdown));
    if let Some(flag) = allocating {
        f.instruction(&I::GlobalGet(flag));
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&I::Return);
        f.instruction(&I::End);
    }
    f.instruction(&I::Call(adapter));
    f.instruction(&I::End);
    f
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
