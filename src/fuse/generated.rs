//! The functions fusion writes itself. Each kind owns its type, its body
//! and its name here, in one place; the index space lists them in order
//! with the copied functions, and that one list drives the function and
//! code sections both.

use super::intrinsics::{Intrinsic, Intrinsics};
use super::remap::internal as err;
use super::remap::Remap;
use super::Exports;
use crate::error::Error;
use crate::module::Module;
use wasm_encoder::{BlockType, Function, Instruction, ValType};

/// p1's ENOSYS.
const ENOSYS: i32 = 52;

/// A function of the fused module that is generated rather than copied.
pub enum Generated {
    /// Guest p1 import `k`, whose signature differs from the adapter's
    /// implementation `adapter_fn` (wasm32 pointers): widens each `i32` the
    /// adapter takes as `i64`, then calls it.
    Thunk { k: usize, adapter_fn: u32 },
    /// Guest p1 import `k`, trimmed for the target: returns ENOSYS (traps
    /// for `proc_exit`, which returns nothing).
    Trimmed { k: usize },
    /// What adapter import `import` is bound to.
    Intrinsic { import: usize, kind: Intrinsic },
    /// An entry into the guest for export `name`: clears the allocation
    /// flag and runs `_initialize` once (each if there is one), then guest
    /// function `guest_fn`.
    Entry { name: String, guest_fn: u32 },
    /// The single layout's `range` helper ([`super::single::Helpers`]).
    Range,
    /// The single layout's `guest_grow` helper.
    GuestGrow,
    /// The single layout's `adapter_grow` helper.
    AdapterGrow,
    /// Export `name`, which passes memory: its wrapper (`crate::marshal`),
    /// calling fused function `target`, guest function `guest_fn`'s type.
    Marshal {
        name: String,
        target: u32,
        guest_fn: u32,
    },
    /// `cabi_post_NAME` of a marshalled export.
    PostReturn {
        name: String,
        guest_post: Option<u32>,
    },
    /// `cabi_export_realloc` on the guest's `cabi_realloc`.
    ExportRealloc { guest_realloc: u32 },
    /// The thunk of guest import `k` (imported as fused function `import`)
    /// that passes memory.
    ImportThunk { k: usize, import: u32 },
    /// `cabi_import_realloc`: the guest's or the adapter's realloc.
    ImportRealloc { guest_realloc: u32 },
    /// A threads guest's `memory.atomic.wait32` (`wide`: `wait64`)
    /// ([`super::atomics`]).
    AtomicWait { wide: bool },
    /// A threads guest's `memory.atomic.notify`.
    AtomicNotify,
    /// A new cooperative thread's start ([`super::coop`]).
    Trampoline,
    /// Cooperative threads' preemption, after `interval` loop iterations
    /// ([`super::atomics::Preempt`]).
    Preempt { interval: u32 },
}

/// Function types fusion adds after the guest's and the adapter's.
#[derive(Clone)]
pub struct Types {
    /// The index of the first added type.
    pub base: u32,
    /// The added types, in order.
    pub added: Vec<(Vec<ValType>, Vec<ValType>)>,
}

impl Types {
    /// The index of type `params -> results`, added if it is new.
    pub fn func(&mut self, params: &[ValType], results: &[ValType]) -> u32 {
        let at = match self
            .added
            .iter()
            .position(|(p, r)| p == params && r == results)
        {
            Some(at) => at,
            None => {
                self.added.push((params.to_vec(), results.to_vec()));
                self.added.len() - 1
            }
        };
        self.base + at as u32
    }
}

/// The generated globals, by fused index.
#[derive(Clone, Copy, Default)]
pub struct Globals {
    /// A reactor's "has `_initialize` run" flag.
    pub initialized: Option<u32>,
    /// The single layout's count of the adapter's pages.
    pub adapter_pages: Option<u32>,
    /// Set while a guest import's result is lowered: allocate in the guest.
    pub allocating: Option<u32>,
    /// Cooperative threads' countdown to the next preemption.
    pub countdown: Option<u32>,
    /// The single layout's spilled bytes, when the adapter imports `spill`:
    /// pages grown at the top of the memory that the adapter holds during
    /// one p1 call (see [`super::intrinsics::Intrinsic::Spill`]).
    pub spilled: Option<u32>,
}

/// What the bodies refer to.
pub struct Context<'c, 'a> {
    /// The guest.
    pub guest: &'c Module<'a>,
    /// The adapter.
    pub adapter: &'c Module<'a>,
    /// Where the guest's indices went.
    pub g: &'c Remap,
    /// Where the adapter's indices went.
    pub a: &'c Remap,
    /// What is exported and how.
    pub exports: &'c Exports<'c>,
    /// The memories, for the intrinsics.
    pub memories: Intrinsics,
    /// The single layout's region (`None`: the multi layout).
    pub region: Option<crate::layout::Region>,
    /// The generated globals.
    pub globals: Globals,
    /// What cooperative threads' functions need.
    pub threads: Option<super::coop::Bodies<'c, 'a>>,
}

impl Context<'_, '_> {
    /// The single layout's region.
    fn region(&self) -> Result<crate::layout::Region, Error> {
        self.region
            .ok_or_else(|| Error::internal("a single-layout helper in the multi layout"))
    }

    /// The guest's memory as marshalling code sees it.
    fn marshal_memory(&self) -> crate::marshal::Memory {
        crate::marshal::Memory {
            index: self.memories.guest_mem,
            region: self.memories.offset,
        }
    }

    /// Where a helper of [`super::atomics`] works, calling the adapter's
    /// export `name`.
    fn futex(&self, name: &str) -> Result<super::atomics::Target, Error> {
        let f = super::space::adapter_export(self.adapter, name)?;
        Ok(super::atomics::Target {
            memory: self.memories.guest_mem,
            offset: self.memories.offset,
            adapter: self.a.func(f).map_err(err)?,
        })
    }

    fn coop(&self) -> Result<&super::coop::Bodies<'_, '_>, Error> {
        self.threads
            .as_ref()
            .ok_or_else(|| Error::internal("a thread function without threads"))
    }

    fn marshal(&self, name: &str) -> Result<&crate::abi::Marshal, Error> {
        self.exports
            .marshal
            .get(name)
            .ok_or_else(|| Error::internal(format!("no marshal plan for export `{name}`")))
    }
}

impl Generated {
    /// Its name in the name section.
    pub fn name(&self, guest: &Module<'_>, adapter: &Module<'_>) -> String {
        match self {
            Generated::Thunk { k, .. } | Generated::Trimmed { k } => {
                let imp = &guest.imports[*k];
                format!("{}::{}", imp.module, imp.name)
            }
            Generated::Intrinsic { import, .. } => {
                let imp = &adapter.imports[*import];
                format!("{}.{}", imp.module, imp.name)
            }
            Generated::Entry { name, .. } => format!("p1-adapt:entry:{name}"),
            Generated::Range => "p1-adapt:layout.range".into(),
            Generated::GuestGrow => "p1-adapt:layout.guest-grow".into(),
            Generated::AdapterGrow => "p1-adapt:layout.adapter-grow".into(),
            Generated::Marshal { name, .. } => format!("p1-adapt:marshal:{name}"),
            Generated::PostReturn { name, .. } => format!("cabi_post_{name}"),
            Generated::ExportRealloc { .. } => "cabi_export_realloc".into(),
            Generated::ImportThunk { k, .. } => {
                let imp = &guest.imports[*k];
                format!("p1-adapt:marshal:{}::{}", imp.module, imp.name)
            }
            Generated::ImportRealloc { .. } => "cabi_import_realloc".into(),
            Generated::AtomicWait { wide: false } => "p1-adapt:atomic.wait32".into(),
            Generated::AtomicWait { wide: true } => "p1-adapt:atomic.wait64".into(),
            Generated::AtomicNotify => "p1-adapt:atomic.notify".into(),
            Generated::Trampoline => "p1-adapt:threads.trampoline".into(),
            Generated::Preempt { .. } => "p1-adapt:threads.preempt".into(),
        }
    }

    /// Its type in the fused module.
    pub fn ty(&self, cx: &Context<'_, '_>, types: &mut Types) -> u32 {
        use ValType::{I32, I64};
        // Guest types keep their indices; the adapter's follow them.
        let guest_import = |k: usize| cx.guest.func_types[k];
        match self {
            Generated::Thunk { k, .. }
            | Generated::Trimmed { k }
            | Generated::ImportThunk { k, .. } => guest_import(*k),
            Generated::Intrinsic { import, .. } => cx.adapter.func_types[*import] + cx.a.types,
            Generated::Entry { guest_fn, .. } | Generated::Marshal { guest_fn, .. } => {
                cx.guest.func_types[*guest_fn as usize]
            }
            Generated::Range => types.func(&[I32, I32], &[I32]),
            Generated::GuestGrow | Generated::AdapterGrow => types.func(&[I32], &[I32]),
            Generated::PostReturn { .. } => types.func(&[I32], &[]),
            Generated::ExportRealloc { .. } | Generated::ImportRealloc { .. } => {
                types.func(&[I32; 4], &[I32])
            }
            Generated::AtomicWait { wide } => {
                let expected = if *wide { I64 } else { I32 };
                types.func(&[I32, expected, I64, I64], &[I32])
            }
            Generated::AtomicNotify => types.func(&[I32, I32, I64], &[I32]),
            Generated::Trampoline => types.func(&[I32], &[]),
            Generated::Preempt { .. } => types.func(&[], &[]),
        }
    }

    /// Its body.
    pub fn body(&self, cx: &Context<'_, '_>) -> Result<Function, Error> {
        let guest_type = |f: u32| cx.guest.func_type(f);
        let memory = cx.memories.guest_mem;
        Ok(match self {
            Generated::Thunk { k, adapter_fn } => thunk(
                guest_type(*k as u32),
                cx.adapter.func_type(*adapter_fn),
                cx.a.func(*adapter_fn).map_err(err)?,
            )?,
            Generated::Trimmed { k } => {
                let returns = guest_type(*k as u32).is_some_and(|t| !t.results().is_empty());
                let mut f = Function::new([]);
                f.instruction(&match returns {
                    true => Instruction::I32Const(ENOSYS),
                    false => Instruction::Unreachable,
                });
                f.instruction(&Instruction::End);
                f
            }
            Generated::Intrinsic { kind, .. } => match kind {
                Intrinsic::ThreadNew
                | Intrinsic::ThreadSwitch
                | Intrinsic::ThreadResumeLater
                | Intrinsic::ThreadIndex
                | Intrinsic::ThreadStart => cx.coop()?.intrinsic(*kind)?,
                _ => cx.memories.body(*kind),
            },
            Generated::Entry { guest_fn, .. } => {
                let init = match (cx.globals.initialized, cx.exports.initialize) {
                    (Some(flag), Some(i)) => Some((flag, cx.g.func(i).map_err(err)?)),
                    _ => None,
                };
                let params = guest_type(*guest_fn).map_or(0, |t| t.params().len() as u32);
                let target = cx.g.func(*guest_fn).map_err(err)?;
                entry(init, cx.globals.allocating, target, params)
            }
            Generated::Range => super::single::range_body(memory, cx.region()?),
            Generated::GuestGrow => super::single::guest_grow_body(memory, cx.region()?),
            Generated::AdapterGrow => {
                let pages = cx
                    .globals
                    .adapter_pages
                    .ok_or_else(|| Error::internal("adapter_grow without a page counter"))?;
                super::single::adapter_grow_body(pages, cx.region()?)
            }
            Generated::Marshal {
                name,
                target,
                guest_fn,
            } => {
                let types = numeric_params(guest_type(*guest_fn));
                crate::marshal::wrapper(cx.marshal(name)?, &types, *target, cx.marshal_memory())
            }
            Generated::PostReturn { name, guest_post } => crate::marshal::post_return(
                cx.marshal(name)?,
                *guest_post,
                cx.globals.allocating,
                cx.marshal_memory(),
            ),
            Generated::ExportRealloc { guest_realloc } => crate::marshal::export_realloc(
                *guest_realloc,
                cx.globals.allocating,
                cx.marshal_memory(),
            ),
            Generated::ImportThunk { k, import } => {
                let how = cx.exports.marshal_imports.get(k).ok_or_else(|| {
                    Error::internal(format!("no marshal plan for guest import {k}"))
                })?;
                let types = numeric_params(guest_type(*k as u32));
                let flag = cx.globals.allocating;
                crate::marshal::import_thunk(how, &types, *import, flag, cx.marshal_memory())
            }
            Generated::ImportRealloc { guest_realloc } => {
                let flag = cx
                    .globals
                    .allocating
                    .ok_or_else(|| Error::internal("import realloc without its flag"))?;
                let realloc = cx
                    .adapter
                    .exported_func("cabi_realloc")
                    .ok_or_else(|| Error::internal("the adapter does not export `cabi_realloc`"))?;
                let adapter_realloc = cx.a.func(realloc).map_err(err)?;
                crate::marshal::import_realloc(
                    flag,
                    *guest_realloc,
                    adapter_realloc,
                    cx.marshal_memory(),
                )
            }
            Generated::AtomicWait { wide } => {
                super::atomics::wait_body(&cx.futex(crate::contract::WAIT_EXPORT)?, *wide)
            }
            Generated::AtomicNotify => {
                super::atomics::notify_body(&cx.futex(crate::contract::NOTIFY_EXPORT)?)
            }
            Generated::Trampoline => cx.coop()?.trampoline()?,
            Generated::Preempt { interval } => {
                let countdown = cx
                    .globals
                    .countdown
                    .ok_or_else(|| Error::internal("preemption without its countdown"))?;
                let f = super::space::adapter_export(cx.adapter, crate::contract::PREEMPT_EXPORT)?;
                let adapter = cx.a.func(f).map_err(err)?;
                super::atomics::preempt_body(countdown, *interval, adapter, cx.globals.allocating)
            }
        })
    }
}

/// The parameter types of a function that passes only numbers (what the
/// canonical ABI flattens to).
fn numeric_params(t: Option<&wasmparser::FuncType>) -> Vec<ValType> {
    t.map_or(vec![], |t| {
        t.params()
            .iter()
            .map(|p| match p {
                wasmparser::ValType::I64 => ValType::I64,
                wasmparser::ValType::F32 => ValType::F32,
                wasmparser::ValType::F64 => ValType::F64,
                _ => ValType::I32,
            })
            .collect()
    })
}

/// A thunk: widens each guest `i32` the adapter takes as `i64`, then calls.
fn thunk(
    guest: Option<&wasmparser::FuncType>,
    adapter: Option<&wasmparser::FuncType>,
    target: u32,
) -> Result<Function, Error> {
    let (Some(g), Some(a)) = (guest, adapter) else {
        return Err(Error::internal("thunk between non-function types"));
    };
    if g.params().len() != a.params().len() {
        return Err(Error::internal("thunk arity mismatch"));
    }
    let mut f = Function::new([]);
    for (i, (gt, at)) in g.params().iter().zip(a.params()).enumerate() {
        f.instruction(&Instruction::LocalGet(i as u32));
        if *gt == wasmparser::ValType::I32 && *at == wasmparser::ValType::I64 {
            f.instruction(&Instruction::I64ExtendI32U);
        }
    }
    f.instruction(&Instruction::Call(target));
    f.instruction(&Instruction::End);
    Ok(f)
}

/// An entry into the guest: clears the allocation flag `clear` (if any),
/// runs `_initialize` once (`if !flag { flag = 1; _initialize() }`, if
/// any), then the export itself.
fn entry(init: Option<(u32, u32)>, clear: Option<u32>, target: u32, params: u32) -> Function {
    use Instruction as I;
    let mut f = Function::new([]);
    if let Some(flag) = clear {
        f.instruction(&I::I32Const(0));
        f.instruction(&I::GlobalSet(flag));
    }
    if let Some((flag, init)) = init {
        f.instruction(&I::GlobalGet(flag));
        f.instruction(&I::I32Eqz);
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&I::I32Const(1));
        f.instruction(&I::GlobalSet(flag));
        f.instruction(&I::Call(init));
        f.instruction(&I::End);
    }
    for i in 0..params {
        f.instruction(&I::LocalGet(i));
    }
    f.instruction(&I::Call(target));
    f.instruction(&I::End);
    f
}
