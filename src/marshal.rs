//! Exports that pass memory in the single layout: the component's memory
//! holds the guest at `REGION`, so every pointer crossing the boundary is
//! translated. Generated per export:
//! - a wrapper: pointer parameters (absolute, from `cabi_export_realloc`)
//!   lose `REGION`; a result returned through memory has the pointers in
//!   its area raised by `REGION` and the area's own address raised too;
//! - `cabi_post_NAME`: lowers those pointers again, then runs the guest's
//!   own post-return, if it has one;
//! - once, `cabi_export_realloc`: the guest's `cabi_realloc` on guest
//!   addresses, answering absolute ones.
//!
//! And for imports of the guest's own WIT that pass memory:
//! - a thunk the guest calls instead: its pointers (and the area a result
//!   is written to) gain `REGION` (checked not to wrap into the region);
//!   while the host lowers a result, allocations go to the guest's heap;
//!   then the pointers in the area lose `REGION`;
//! - `cabi_import_realloc`: the guest's `cabi_realloc` during such a call,
//!   the adapter's otherwise.

use crate::error::Problem;
use crate::layout::{Layout, REGION};
use crate::module::Module;
use crate::world::{Marshal, World};
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
        .any(|m| !m.ret_ptrs.is_empty())
        || world.marshal.values().any(|m| !m.ptr_params.is_empty());
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
    /// Guest address to absolute: `+ REGION`, trapping if that would wrap
    /// into the region (such an address is outside the guest's memory).
    Out,
    /// Absolute to guest address: `- REGION`; a value below the region is
    /// left as it is (hosts pass such a pointer for empty data without
    /// allocating, e.g. jco's 1 for `""`).
    In,
}

/// Moves the pointer on top of the stack `way` (local `tmp` is scratch).
fn move_ptr(f: &mut Function, way: Way, tmp: u32) {
    f.instruction(&I::LocalTee(tmp));
    match way {
        Way::Out => {
            check_no_wrap(f, tmp);
            f.instruction(&I::I32Const(REGION as i32));
            f.instruction(&I::I32Add);
        }
        Way::In => {
            // tmp >= REGION ? tmp - REGION : tmp
            f.instruction(&I::I32Const(REGION as i32));
            f.instruction(&I::I32Sub);
            f.instruction(&I::LocalGet(tmp));
            f.instruction(&I::LocalGet(tmp));
            f.instruction(&I::I32Const(REGION as i32));
            f.instruction(&I::I32GeU);
            f.instruction(&I::Select);
        }
    }
}

/// Moves `area[off]` `way` for each offset, the area at address
/// `base + local area` (`base` = REGION when the local holds a guest
/// address, 0 when it holds an absolute one).
fn shift(f: &mut Function, area: u32, base: u64, offsets: &[u32], way: Way, tmp: u32, memory: u32) {
    for &off in offsets {
        let at = arg(base + u64::from(off), memory);
        f.instruction(&I::LocalGet(area));
        f.instruction(&I::LocalGet(area));
        f.instruction(&I::I32Load(at));
        move_ptr(f, way, tmp);
        f.instruction(&I::I32Store(at));
    }
}

/// Clears the allocation flag, if there is one (every entry does).
fn clear_flag(f: &mut Function, flag: Option<u32>) {
    if let Some(flag) = flag {
        f.instruction(&I::I32Const(0));
        f.instruction(&I::GlobalSet(flag));
    }
}

/// The wrapper of an export of `params` core parameters that calls
/// `target` (the guest function, or its init-once wrapper).
pub fn wrapper(how: &Marshal, params: u32, target: u32, memory: u32) -> Function {
    // locals: the area's address, scratch
    let (r, tmp) = (params, params + 1);
    let mut f = Function::new([(2, ValType::I32)]);
    for i in 0..params {
        f.instruction(&I::LocalGet(i));
        if how.ptr_params.contains(&i) {
            move_ptr(&mut f, Way::In, tmp);
        }
    }
    f.instruction(&I::Call(target));
    if !how.ret_ptrs.is_empty() {
        f.instruction(&I::LocalSet(r));
        shift(&mut f, r, REGION, &how.ret_ptrs, Way::Out, tmp, memory);
        f.instruction(&I::LocalGet(r));
        f.instruction(&I::I32Const(REGION as i32));
        f.instruction(&I::I32Add);
    }
    f.instruction(&I::End);
    f
}

/// `cabi_post_NAME(area)`: undoes the wrapper's raise, then calls the
/// guest's post-return `guest_post` with the guest address of the area.
pub fn post_return(
    how: &Marshal,
    guest_post: Option<u32>,
    clear: Option<u32>,
    memory: u32,
) -> Function {
    let mut f = Function::new([(1, ValType::I32)]);
    clear_flag(&mut f, clear);
    shift(&mut f, 0, 0, &how.ret_ptrs, Way::In, 1, memory);
    if let Some(post) = guest_post {
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::I32Const(REGION as i32));
        f.instruction(&I::I32Sub);
        f.instruction(&I::Call(post));
    }
    f.instruction(&I::End);
    f
}

/// Traps unless local `i` is a guest address that `+ REGION` keeps below
/// 4 GiB (a larger one would name the adapter's region once moved).
fn check_no_wrap(f: &mut Function, i: u32) {
    f.instruction(&I::LocalGet(i));
    f.instruction(&I::I32Const((u32::MAX - REGION as u32) as i32));
    f.instruction(&I::I32GtU);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::Unreachable);
    f.instruction(&I::End);
}

/// The thunk of a guest import that passes memory: calls `import` (of
/// `params` core parameters) with absolute pointers; `flag` is the global
/// that sends the host's allocations to the guest's heap.
pub fn import_thunk(how: &Marshal, params: u32, import: u32, flag: u32, memory: u32) -> Function {
    let tmp = params;
    let mut f = Function::new([(1, ValType::I32)]);
    let moved = |i: u32| how.ptr_params.contains(&i) || how.retptr_param == Some(i);
    for i in 0..params {
        f.instruction(&I::LocalGet(i));
        if moved(i) {
            move_ptr(&mut f, Way::Out, tmp);
        }
    }
    let allocates = !how.ret_ptrs.is_empty();
    if allocates {
        f.instruction(&I::I32Const(1));
        f.instruction(&I::GlobalSet(flag));
    }
    f.instruction(&I::Call(import));
    if allocates {
        f.instruction(&I::I32Const(0));
        f.instruction(&I::GlobalSet(flag));
    }
    if let Some(r) = how.retptr_param {
        shift(&mut f, r, REGION, &how.ret_ptrs, Way::In, tmp, memory);
    }
    f.instruction(&I::End);
    f
}

/// `cabi_import_realloc`: while `flag` is set (a guest import's result is
/// being lowered), the guest's `cabi_realloc` on absolute addresses (the
/// flag cleared meanwhile, so that its own p1 calls allocate in the
/// adapter); otherwise the adapter's `cabi_realloc`.
pub fn import_realloc(flag: u32, guest_realloc: u32, adapter_realloc: u32) -> Function {
    let mut f = Function::new([(1, ValType::I32)]);
    f.instruction(&I::GlobalGet(flag));
    f.instruction(&I::If(BlockType::Result(ValType::I32)));
    f.instruction(&I::I32Const(0));
    f.instruction(&I::GlobalSet(flag));
    call_guest_realloc(&mut f, guest_realloc);
    f.instruction(&I::I32Const(1));
    f.instruction(&I::GlobalSet(flag));
    f.instruction(&I::Else);
    for i in 0..4 {
        f.instruction(&I::LocalGet(i));
    }
    f.instruction(&I::Call(adapter_realloc));
    f.instruction(&I::End);
    f.instruction(&I::End);
    f
}

/// Calls the guest's `cabi_realloc` with the absolute `old` (local 0,
/// 0 stays 0) made a guest address and sizes (locals 1-3); leaves the
/// absolute address it answers. Local 4 is scratch.
fn call_guest_realloc(f: &mut Function, guest_realloc: u32) {
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::I32Eqz);
    f.instruction(&I::If(BlockType::Result(ValType::I32)));
    f.instruction(&I::I32Const(0));
    f.instruction(&I::Else);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::I32Const(REGION as i32));
    f.instruction(&I::I32Sub);
    f.instruction(&I::End);
    for i in 1..4 {
        f.instruction(&I::LocalGet(i));
    }
    f.instruction(&I::Call(guest_realloc));
    f.instruction(&I::LocalSet(4));
    check_no_wrap(f, 4);
    f.instruction(&I::LocalGet(4));
    f.instruction(&I::I32Const(REGION as i32));
    f.instruction(&I::I32Add);
}

/// `cabi_export_realloc(old, old_size, align, new_size)` on the guest's
/// `cabi_realloc` (`guest_realloc`): absolute addresses in and out. A guest
/// address so high that the absolute one would wrap into the adapter's
/// region traps instead (the host would write there).
pub fn export_realloc(guest_realloc: u32, clear: Option<u32>) -> Function {
    let mut f = Function::new([(1, ValType::I32)]);
    clear_flag(&mut f, clear);
    call_guest_realloc(&mut f, guest_realloc);
    f.instruction(&I::End);
    f
}
