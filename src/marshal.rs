//! Functions of a WIT the guest carries that pass memory, in the single
//! layout: the component's memory holds the guest at the region, so every
//! pointer crossing the boundary is translated, walking the value's
//! `Shape` (strings and lists, through records, tuples, list elements and
//! variant cases chosen by their discriminant at run time; `crate::abi`
//! computes it). Generated per export:
//! - a wrapper: pointers in the parameters (absolute, allocated by
//!   `cabi_export_realloc`; in an area they point to when there are more
//!   than 16 flat values) and in the arrays they point to lose the region;
//!   a result returned through memory has every pointer in it raised by
//!   the region (trapping rather than wrapping into the region), and the
//!   area's own address raised too;
//! - `cabi_post_NAME`: lowers those pointers again, then runs the guest's
//!   own post-return, if it has one;
//! - once, `cabi_export_realloc`: the guest's `cabi_realloc` on guest
//!   addresses, answering absolute ones.
//!
//! And for imports of that WIT that pass memory:
//! - a thunk the guest calls instead: its pointers (and those in the
//!   arrays they point to, in place, lowered again after the call) gain
//!   the region; while the host lowers a result, allocations go to the
//!   guest's heap; then the pointers in the result lose the region;
//! - `cabi_import_realloc`: the guest's `cabi_realloc` during such a call,
//!   the adapter's otherwise.
//!
//! A pointer below the region coming from the host is left as it is: hosts
//! pass such pointers for empty data without allocating.

use crate::abi::{Marshal, Shape};
use crate::error::Problem;
use crate::layout::Layout;
use crate::module::Module;
use crate::world::World;
use wasm_encoder::{BlockType, Function, Instruction as I, MemArg, MemArgTarget, ValType};
use wasmparser::ValType as V;

/// Whether the functions of `world` that pass memory can be translated for
/// `guest` in `layout`: the single layout (in the multi layout the
/// component's memory is the adapter's), a `cabi_realloc` where the host
/// allocates in the guest's memory, post-returns of the right type.
pub fn check(guest: &Module<'_>, world: &World, layout: Layout) -> Result<(), Problem> {
    if world.marshal.is_empty() && world.marshal_imports.is_empty() {
        return Ok(());
    }
    if layout == Layout::Multi {
        let mut names: Vec<String> = world.marshal.keys().map(|n| format!("`{n}`")).collect();
        names.extend(world.marshal_imports.keys().map(|&k| {
            let i = &guest.imports[k];
            format!("`{}::{}`", i.module, i.name)
        }));
        names.sort();
        return Err(Problem::Unsupported(format!(
            "functions that pass memory ({}) in the multi-memory layout: the component's memory is then the adapter's (use the single layout)",
            names.join(", ")
        )));
    }
    // Results of its imports and parameters of its exports are allocated
    // by the host in the guest's memory.
    let allocates = world
        .marshal_imports
        .values()
        .any(Marshal::allocates_result)
        || world
            .marshal
            .values()
            .any(|m| !m.params.is_empty() || m.params_area.is_some());
    let typed = |name: &str, params: &[V], results: &[V]| {
        guest
            .exported_func(name)
            .and_then(|f| guest.func_type(f))
            .is_some_and(|t| t.params() == params && t.results() == results)
    };
    if allocates && !typed("cabi_realloc", &[V::I32; 4], &[V::I32]) {
        return Err(Problem::Unsupported(
            "functions that pass memory without a `cabi_realloc: (i32 i32 i32 i32) -> i32` export to allocate it".into(),
        ));
    }
    for name in world.marshal.keys() {
        let post = format!("cabi_post_{name}");
        if guest.exported_func(&post).is_some() && !typed(&post, &[V::I32], &[]) {
            return Err(Problem::UntypableExport {
                name: post,
                reason: "a post-return function has type (i32) -> ()".into(),
            });
        }
    }
    Ok(())
}

/// The one memory and the size of the adapter's region in it.
#[derive(Debug, Clone, Copy)]
pub struct Memory {
    /// The memory's index.
    pub index: u32,
    /// The region's bytes (where guest address 0 is).
    pub region: u64,
}

fn arg(offset: u64, memory: u32) -> MemArg {
    MemArg {
        offset,
        align: 2,
        target: MemArgTarget::Memory(memory),
        ordering: None,
    }
}

/// Which way a pointer crosses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Way {
    /// Guest address to absolute: `+ region`, trapping if that would wrap
    /// into the region (such an address is outside the guest's memory).
    Out,
    /// Absolute to guest address: `- region`; a value below the region is
    /// left as it is (hosts pass such a pointer for empty data without
    /// allocating, e.g. jco's 1 for `""`).
    In,
}

/// A function body being generated: its instructions, and its locals
/// (after the parameters, fresh ones of any type from `local_of`; `local`
/// gives an i32).
struct Gen {
    /// The instructions so far (`finish` adds the final `end`).
    f: Vec<I<'static>>,
    /// The types of the parameters, then of the generated locals.
    types: Vec<ValType>,
    /// How many of `types` are parameters.
    params: usize,
    /// The memory the pointers are read and written in.
    memory: Memory,
}

impl Gen {
    fn new(params: &[ValType], memory: Memory) -> Self {
        Gen {
            f: Vec::new(),
            types: params.to_vec(),
            params: params.len(),
            memory,
        }
    }
    fn local_of(&mut self, ty: ValType) -> u32 {
        self.types.push(ty);
        self.types.len() as u32 - 1
    }
    fn local(&mut self) -> u32 {
        self.local_of(ValType::I32)
    }
    fn op(&mut self, i: I<'static>) {
        self.f.push(i);
    }
    /// Pushes local `l` as an i32 (a variant's joined slot may be i64).
    fn get32(&mut self, l: u32) {
        self.op(I::LocalGet(l));
        if self.types.get(l as usize) == Some(&ValType::I64) {
            self.op(I::I32WrapI64);
        }
    }
    /// Pops an i32 into local `l` (widened if `l` is i64).
    fn set32(&mut self, l: u32) {
        if self.types.get(l as usize) == Some(&ValType::I64) {
            self.op(I::I64ExtendI32U);
        }
        self.op(I::LocalSet(l));
    }
    fn finish(mut self) -> Function {
        self.op(I::End);
        let locals: Vec<(u32, ValType)> =
            self.types[self.params..].iter().map(|t| (1, *t)).collect();
        let mut f = Function::new(locals);
        for i in &self.f {
            f.instruction(i);
        }
        f
    }

    /// Moves the pointer on top of the stack `way`.
    fn move_ptr(&mut self, way: Way) {
        let tmp = self.local();
        self.op(I::LocalTee(tmp));
        match way {
            Way::Out => {
                self.op(I::Drop);
                self.check_no_wrap(tmp);
                self.op(I::LocalGet(tmp));
                self.op(I::I32Const(self.memory.region as i32));
                self.op(I::I32Add);
            }
            Way::In => {
                // tmp >= region ? tmp - region : tmp
                self.op(I::I32Const(self.memory.region as i32));
                self.op(I::I32Sub);
                self.op(I::LocalGet(tmp));
                self.op(I::LocalGet(tmp));
                self.op(I::I32Const(self.memory.region as i32));
                self.op(I::I32GeU);
                self.op(I::Select);
            }
        }
    }

    /// Traps unless local `i` + region stays below 4 GiB.
    fn check_no_wrap(&mut self, i: u32) {
        self.op(I::LocalGet(i));
        self.op(I::I32Const((u32::MAX - self.memory.region as u32) as i32));
        self.op(I::I32GtU);
        self.op(I::If(BlockType::Empty));
        self.op(I::Unreachable);
        self.op(I::End);
    }

    /// Moves the pointers of a value of `shape` in memory at absolute
    /// address `addr` (a local) + `offset`, `way`, in place.
    fn walk_mem(&mut self, shape: &Shape, addr: u32, offset: u64, way: Way) {
        match shape {
            Shape::Buffer { size, elem } => {
                let p = self.local();
                self.op(I::LocalGet(addr));
                self.op(I::I32Load(arg(offset, self.memory.index)));
                self.op(I::LocalSet(p));
                self.op(I::LocalGet(addr));
                self.op(I::LocalGet(p));
                self.move_ptr(way);
                self.op(I::I32Store(arg(offset, self.memory.index)));
                if let Some(elem) = elem {
                    let len = self.local();
                    self.op(I::LocalGet(addr));
                    self.op(I::I32Load(arg(offset + 4, self.memory.index)));
                    self.op(I::LocalSet(len));
                    self.elements(elem, p, len, *size, way, way == Way::Out);
                }
            }
            Shape::Fields(fields) => {
                for (off, _, s) in fields {
                    self.walk_mem(s, addr, offset + u64::from(*off), way);
                }
            }
            Shape::Cases {
                tag,
                payload,
                cases,
            } => {
                let disc = self.local();
                self.op(I::LocalGet(addr));
                let at = arg(offset, self.memory.index);
                self.op(match tag {
                    1 => I::I32Load8U(MemArg { align: 0, ..at }),
                    2 => I::I32Load16U(MemArg { align: 1, ..at }),
                    _ => I::I32Load(at),
                });
                self.op(I::LocalSet(disc));
                for (case, s) in cases {
                    self.op(I::LocalGet(disc));
                    self.op(I::I32Const(*case as i32));
                    self.op(I::I32Eq);
                    self.op(I::If(BlockType::Empty));
                    self.walk_mem(s, addr, offset + u64::from(*payload), way);
                    self.op(I::End);
                }
            }
        }
    }

    /// Walks `len` elements of `size` bytes of the array at `p` (local: a
    /// guest address when `guest`, else absolute).
    fn elements(&mut self, elem: &Shape, p: u32, len: u32, size: u32, way: Way, guest: bool) {
        let at = self.local();
        self.op(I::LocalGet(p));
        if guest {
            self.op(I::I32Const(self.memory.region as i32));
            self.op(I::I32Add);
        }
        self.op(I::LocalSet(at));
        self.op(I::Block(BlockType::Empty));
        self.op(I::Loop(BlockType::Empty));
        self.op(I::LocalGet(len));
        self.op(I::I32Eqz);
        self.op(I::BrIf(1));
        self.walk_mem(elem, at, 0, way);
        self.op(I::LocalGet(at));
        self.op(I::I32Const(size as i32));
        self.op(I::I32Add);
        self.op(I::LocalSet(at));
        self.op(I::LocalGet(len));
        self.op(I::I32Const(1));
        self.op(I::I32Sub);
        self.op(I::LocalSet(len));
        self.op(I::Br(0));
        self.op(I::End);
        self.op(I::End);
    }

    /// Moves the pointers of a flattened value of `shape` whose first core
    /// value is local `slot`: the locals themselves when `locals`, and the
    /// memory they point to (in place; the locals hold guest addresses when
    /// `guest`).
    fn walk_flat(&mut self, shape: &Shape, slot: u32, way: Way, locals: bool, guest: bool) {
        match shape {
            Shape::Buffer { size, elem } => {
                if let Some(elem) = elem {
                    // The array, by the pointer as it is before moving.
                    let (p, len) = (self.local(), self.local());
                    self.get32(slot);
                    self.op(I::LocalSet(p));
                    self.get32(slot + 1);
                    self.op(I::LocalSet(len));
                    if way == Way::Out && locals {
                        self.check_no_wrap(p);
                    }
                    self.elements(elem, p, len, *size, way, guest);
                }
                if locals {
                    self.get32(slot);
                    self.move_ptr(way);
                    self.set32(slot);
                }
            }
            Shape::Fields(fields) => {
                for (_, flat, s) in fields {
                    self.walk_flat(s, slot + flat, way, locals, guest);
                }
            }
            Shape::Cases { cases, .. } => {
                // The discriminant is the first flat value, the payload's
                // values follow it.
                for (case, s) in cases {
                    self.get32(slot);
                    self.op(I::I32Const(*case as i32));
                    self.op(I::I32Eq);
                    self.op(I::If(BlockType::Empty));
                    self.walk_flat(s, slot + 1, way, locals, guest);
                    self.op(I::End);
                }
            }
        }
    }
}

/// Clears the allocation flag, if there is one (every entry does).
fn clear_flag(g: &mut Gen, flag: Option<u32>) {
    if let Some(flag) = flag {
        g.op(I::I32Const(0));
        g.op(I::GlobalSet(flag));
    }
}

/// The wrapper of an export whose core parameters are `types` that calls
/// `target` (the guest function, or its entry wrapper): the host's
/// pointers in (parameters, and the arrays they point to), the guest's
/// result area out.
pub fn wrapper(how: &Marshal, types: &[ValType], target: u32, memory: Memory) -> Function {
    let params = types.len() as u32;
    let mut g = Gen::new(types, memory);
    for (slot, shape) in &how.params {
        g.walk_flat(shape, *slot, Way::In, true, false);
    }
    if let Some(shape) = &how.params_area {
        // The area the host allocated (absolute, parameter 0): its
        // pointers in, then its address.
        g.walk_mem(shape, 0, 0, Way::In);
        g.op(I::LocalGet(0));
        g.move_ptr(Way::In);
        g.op(I::LocalSet(0));
    }
    for i in 0..params {
        g.op(I::LocalGet(i));
    }
    g.op(I::Call(target));
    if let Some(shape) = &how.result {
        // The area (at the guest address returned): its address out, then
        // its pointers.
        let abs = g.local();
        g.move_ptr(Way::Out);
        g.op(I::LocalSet(abs));
        g.walk_mem(shape, abs, 0, Way::Out);
        g.op(I::LocalGet(abs));
    }
    g.finish()
}

/// `cabi_post_NAME(area)`: undoes the wrapper's raise, then calls the
/// guest's post-return `guest_post` with the guest address of the area.
pub fn post_return(
    how: &Marshal,
    guest_post: Option<u32>,
    clear: Option<u32>,
    memory: Memory,
) -> Function {
    let mut g = Gen::new(&[ValType::I32], memory);
    clear_flag(&mut g, clear);
    if let Some(shape) = &how.result {
        g.walk_mem(shape, 0, 0, Way::In);
    }
    if let Some(post) = guest_post {
        g.op(I::LocalGet(0));
        g.move_ptr(Way::In);
        g.op(I::Call(post));
    }
    g.finish()
}

/// The thunk of a guest import that passes memory: calls `import` (whose
/// core parameters are `types`) with absolute pointers (the guest's arrays
/// of pointers raised in place meanwhile, and lowered again after);
/// `flag` (there when the result allocates) sends the host's allocations
/// for the result to the guest's heap, whose pointers then come in.
pub fn import_thunk(
    how: &Marshal,
    types: &[ValType],
    import: u32,
    flag: Option<u32>,
    memory: Memory,
) -> Function {
    let params = types.len() as u32;
    let mut g = Gen::new(types, memory);
    // Locals keep the guest's values for the restore below (consecutive,
    // of the parameters' types).
    let copies: Vec<u32> = types.iter().map(|t| g.local_of(*t)).collect();
    for (i, c) in copies.iter().enumerate() {
        g.op(I::LocalGet(i as u32));
        g.op(I::LocalSet(*c));
    }
    for (slot, shape) in &how.params {
        g.walk_flat(shape, *slot, Way::Out, true, true);
    }
    if let Some(shape) = &how.params_area {
        // The guest's area (parameter 0): its address out, then its
        // pointers (lowered again below).
        g.op(I::LocalGet(0));
        g.move_ptr(Way::Out);
        g.op(I::LocalSet(0));
        g.walk_mem(shape, 0, 0, Way::Out);
    }
    if let Some(r) = how.retptr_param {
        g.op(I::LocalGet(r));
        g.move_ptr(Way::Out);
        g.op(I::LocalSet(r));
    }
    for i in 0..params {
        g.op(I::LocalGet(i));
    }
    let flag = flag.filter(|_| how.allocates_result());
    if let Some(flag) = flag {
        g.op(I::I32Const(1));
        g.op(I::GlobalSet(flag));
    }
    g.op(I::Call(import));
    if let Some(flag) = flag {
        g.op(I::I32Const(0));
        g.op(I::GlobalSet(flag));
    }
    // The guest's arrays back as they were (their pointers, raised above,
    // are absolute now).
    for (slot, shape) in &how.params {
        let base = copies[*slot as usize];
        g.walk_flat(shape, base, Way::In, false, true);
    }
    if let Some(shape) = &how.params_area {
        g.walk_mem(shape, 0, 0, Way::In);
    }
    if let (Some(r), Some(shape)) = (how.retptr_param, &how.result) {
        // The area, at absolute local r now: its pointers in.
        g.walk_mem(shape, r, 0, Way::In);
    }
    g.finish()
}

/// `cabi_import_realloc`: while `flag` is set (a guest import's result is
/// being lowered), the guest's `cabi_realloc` on absolute addresses (the
/// flag cleared meanwhile, so that its own p1 calls allocate in the
/// adapter); otherwise the adapter's `cabi_realloc`.
pub fn import_realloc(
    flag: u32,
    guest_realloc: u32,
    adapter_realloc: u32,
    memory: Memory,
) -> Function {
    let mut g = Gen::new(&[ValType::I32; 4], memory);
    g.op(I::GlobalGet(flag));
    g.op(I::If(BlockType::Result(ValType::I32)));
    clear_flag(&mut g, Some(flag));
    call_guest_realloc(&mut g, guest_realloc);
    g.op(I::I32Const(1));
    g.op(I::GlobalSet(flag));
    g.op(I::Else);
    for i in 0..4 {
        g.op(I::LocalGet(i));
    }
    g.op(I::Call(adapter_realloc));
    g.op(I::End);
    g.finish()
}

/// Calls the guest's `cabi_realloc` with the absolute `old` (local 0; 0
/// stays 0) made a guest address and the sizes (locals 1-3); leaves the
/// absolute address it answers (trapping rather than wrapping into the
/// region, where the host would then write).
fn call_guest_realloc(g: &mut Gen, guest_realloc: u32) {
    g.op(I::LocalGet(0));
    g.move_ptr(Way::In);
    for i in 1..4 {
        g.op(I::LocalGet(i));
    }
    g.op(I::Call(guest_realloc));
    g.move_ptr(Way::Out);
}

/// `cabi_export_realloc(old, old_size, align, new_size)` on the guest's
/// `cabi_realloc` (`guest_realloc`): absolute addresses in and out.
pub fn export_realloc(guest_realloc: u32, clear: Option<u32>, memory: Memory) -> Function {
    let mut g = Gen::new(&[ValType::I32; 4], memory);
    clear_flag(&mut g, clear);
    call_guest_realloc(&mut g, guest_realloc);
    g.finish()
}
