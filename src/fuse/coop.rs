//! Cooperative threads (`--threads cooperative`): what fusion adds so that
//! the adapter's scheduler (`adapter/src/sched.rs`) can run each
//! wasi-threads thread as a component-model thread of the one instance.
//!
//! - the component-model built-ins, imported from `$root` under the names
//!   wit-component lowers ([`BUILTINS`]);
//! - a funcref table exported as `__indirect_function_table` (where
//!   `thread.new-indirect` finds a new thread's function) holding one
//!   function, the trampoline;
//! - the trampoline `(slot: i32)`: a new thread's start. It gives the
//!   thread what a new instance would have (each mutable guest global its
//!   initial value, the adapter's stack pointer the top of its stack: the
//!   frames below it belong to suspended threads, kept in their save
//!   areas), then calls the adapter's `p1-adapt:threads/run(slot)`;
//! - the intrinsics the scheduler imports (`p1-adapt:guest` `thread-*`):
//!   `thread-new` and `thread-index`, `thread-resume-later`, `thread-start`
//!   (the guest's `wasi_thread_start`), and `thread-switch`, the directed
//!   switch that keeps each thread's state: the running thread's mutable
//!   globals (guest and adapter) wait in the switch's own locals, which
//!   belong to the suspended thread, and the live part of the adapter's
//!   stack (from its stack pointer to its top) in the save area the
//!   scheduler passes; both come back when the thread is switched to.

use super::intrinsics::Intrinsic;
use super::remap::internal as err;
use super::remap::Remap;
use crate::error::Error;
use crate::module::Module;
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{BlockType, Function, Instruction, ValType};

/// The module the built-ins are imported from.
pub const ROOT: &str = "$root";

/// The table `thread.new-indirect` takes functions from.
pub const TABLE_EXPORT: &str = "__indirect_function_table";

/// The built-ins, in [`Imports`]' order: name, params, results.
pub const BUILTINS: [(&str, &[ValType], &[ValType]); 4] = [
    (
        "[thread-new-indirect-v0]",
        &[ValType::I32, ValType::I32],
        &[ValType::I32],
    ),
    ("[thread-index]", &[], &[ValType::I32]),
    (
        "[thread-suspend-then-resume]",
        &[ValType::I32],
        &[ValType::I32],
    ),
    ("[thread-resume-later]", &[ValType::I32], &[]),
];

/// Where the threads' parts are in the fused module.
#[derive(Clone, Copy, Debug)]
pub struct Indices {
    /// The built-ins' function indices, as [`BUILTINS`].
    pub builtins: [u32; 4],
    /// The trampoline.
    pub trampoline: u32,
    /// The exported table (the trampoline is its element 0).
    pub table: u32,
}

/// A thread's own state: the mutable globals (fused index and type) of
/// the guest and the adapter, and the adapter's stack.
pub struct PerThread {
    /// Every mutable global, the guest's first.
    pub globals: Vec<(u32, ValType)>,
    /// The adapter's stack pointer.
    pub stack_pointer: u32,
    /// The top of the adapter's stack (the stack pointer's initial value).
    pub stack_top: i32,
    /// The adapter's memory.
    pub adapter_mem: u32,
}

/// What the bodies need.
pub struct Bodies<'c, 'a> {
    pub at: Indices,
    pub state: PerThread,
    pub guest: &'c Module<'a>,
    pub g: &'c Remap,
    /// The adapter's `p1-adapt:threads/run`.
    pub run: u32,
    /// The guest's `wasi_thread_start`.
    pub thread_start: u32,
}

/// The per-thread state of `guest` and `adapter` in the fused module
/// (`a_globals`: where the adapter's globals start; `adapter_mem`: its
/// memory).
pub fn per_thread(
    guest: &Module<'_>,
    adapter: &Module<'_>,
    a_globals: u32,
    adapter_mem: u32,
) -> Result<PerThread, Error> {
    let mut globals = Vec::new();
    let mut stack = None;
    let inputs = [(guest, guest.imported.globals), (adapter, a_globals)];
    for (input, (module, base)) in inputs.iter().enumerate() {
        for (i, g) in module.globals.iter().enumerate() {
            if !g.ty.mutable {
                continue;
            }
            let ty = RoundtripReencoder
                .val_type(g.ty.content_type)
                .map_err(Error::internal)?;
            let index = base + i as u32;
            globals.push((index, ty));
            if input == 1 {
                stack = Some((index, crate::contract::stack_top(g)?));
            }
        }
    }
    let (stack_pointer, stack_top) =
        stack.ok_or_else(|| Error::internal("the adapter has no stack pointer"))?;
    Ok(PerThread {
        globals,
        stack_pointer,
        stack_top,
        adapter_mem,
    })
}

impl Bodies<'_, '_> {
    /// The body of thread intrinsic `k`.
    pub fn intrinsic(&self, k: Intrinsic) -> Result<Function, Error> {
        use Instruction as I;
        let [new, index, _, resume_later] = self.at.builtins;
        let mut f = Function::new([]);
        match k {
            Intrinsic::ThreadNew => {
                f.instruction(&I::I32Const(0));
                f.instruction(&I::LocalGet(0));
                f.instruction(&I::Call(new));
            }
            Intrinsic::ThreadIndex => {
                f.instruction(&I::Call(index));
            }
            Intrinsic::ThreadResumeLater => {
                f.instruction(&I::LocalGet(0));
                f.instruction(&I::Call(resume_later));
            }
            Intrinsic::ThreadStart => {
                f.instruction(&I::LocalGet(0));
                f.instruction(&I::LocalGet(1));
                f.instruction(&I::Call(self.thread_start));
            }
            Intrinsic::ThreadSwitch => return Ok(self.switch()),
            _ => return Err(Error::internal(format!("{k:?} is not a thread intrinsic"))),
        }
        f.instruction(&I::End);
        Ok(f)
    }

    /// `thread-switch(to, save, cap) -> i32`.
    fn switch(&self) -> Function {
        use Instruction as I;
        let (to, save, cap, sp, len, result) = (0, 1, 2, 3, 4, 5);
        let first_global = 6;
        let s = &self.state;
        let mut locals = vec![(3, ValType::I32)];
        locals.extend(s.globals.iter().map(|(_, t)| (1, *t)));
        let mut f = Function::new(locals);
        let mem = s.adapter_mem;
        // The live stack: [sp, top).
        f.instruction(&I::GlobalGet(s.stack_pointer));
        f.instruction(&I::LocalSet(sp));
        f.instruction(&I::I32Const(s.stack_top));
        f.instruction(&I::LocalGet(sp));
        f.instruction(&I::I32Sub);
        f.instruction(&I::LocalTee(len));
        f.instruction(&I::LocalGet(cap));
        f.instruction(&I::I32GtU);
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&I::I32Const(0));
        f.instruction(&I::LocalGet(len));
        f.instruction(&I::I32Sub);
        f.instruction(&I::Return);
        f.instruction(&I::End);
        f.instruction(&I::LocalGet(save));
        f.instruction(&I::LocalGet(sp));
        f.instruction(&I::LocalGet(len));
        f.instruction(&I::MemoryCopy {
            dst_mem: mem,
            src_mem: mem,
        });
        for (k, (g, _)) in s.globals.iter().enumerate() {
            f.instruction(&I::GlobalGet(*g));
            f.instruction(&I::LocalSet(first_global + k as u32));
        }
        f.instruction(&I::LocalGet(to));
        f.instruction(&I::Call(self.at.builtins[2]));
        f.instruction(&I::LocalSet(result));
        // Back: this thread's globals and stack again.
        for (k, (g, _)) in s.globals.iter().enumerate() {
            f.instruction(&I::LocalGet(first_global + k as u32));
            f.instruction(&I::GlobalSet(*g));
        }
        f.instruction(&I::LocalGet(sp));
        f.instruction(&I::LocalGet(save));
        f.instruction(&I::LocalGet(len));
        f.instruction(&I::MemoryCopy {
            dst_mem: mem,
            src_mem: mem,
        });
        f.instruction(&I::LocalGet(result));
        f.instruction(&I::End);
        f
    }

    /// The trampoline `(slot: i32)`.
    pub fn trampoline(&self) -> Result<Function, Error> {
        use Instruction as I;
        let mut f = Function::new([]);
        let mut g = self.g.clone();
        for (i, global) in self.guest.globals.iter().enumerate() {
            if !global.ty.mutable {
                continue;
            }
            for op in global.init_expr.get_operators_reader() {
                let op = op.map_err(Error::internal)?;
                if matches!(op, wasmparser::Operator::End) {
                    break;
                }
                f.instruction(&g.instruction(op).map_err(err)?);
            }
            f.instruction(&I::GlobalSet(self.guest.imported.globals + i as u32));
        }
        f.instruction(&I::I32Const(self.state.stack_top));
        f.instruction(&I::GlobalSet(self.state.stack_pointer));
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::Call(self.run));
        f.instruction(&I::End);
        Ok(f)
    }
}
