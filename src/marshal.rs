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

use crate::layout::REGION;
use crate::world::Marshal;
use wasm_encoder::{BlockType, Function, Instruction as I, MemArg, MemArgTarget, ValType};

fn arg(offset: u64, memory: u32) -> MemArg {
    MemArg {
        offset,
        align: 2,
        target: MemArgTarget::Memory(memory),
        ordering: None,
    }
}

/// The wrapper of an export of `params` core parameters that calls
/// `target` (the guest function, or its init-once wrapper).
pub fn wrapper(how: &Marshal, params: u32, target: u32, memory: u32) -> Function {
    let mut f = Function::new(if how.ret_ptrs.is_empty() {
        vec![]
    } else {
        vec![(1, ValType::I32)]
    });
    for i in 0..params {
        f.instruction(&I::LocalGet(i));
        if how.ptr_params.contains(&i) {
            f.instruction(&I::I32Const(REGION as i32));
            f.instruction(&I::I32Sub);
        }
    }
    f.instruction(&I::Call(target));
    if !how.ret_ptrs.is_empty() {
        let r = params;
        f.instruction(&I::LocalSet(r));
        for &off in &how.ret_ptrs {
            // area[off] += REGION, the area at guest address r
            let at = arg(REGION + u64::from(off), memory);
            f.instruction(&I::LocalGet(r));
            f.instruction(&I::LocalGet(r));
            f.instruction(&I::I32Load(at));
            f.instruction(&I::I32Const(REGION as i32));
            f.instruction(&I::I32Add);
            f.instruction(&I::I32Store(at));
        }
        f.instruction(&I::LocalGet(r));
        f.instruction(&I::I32Const(REGION as i32));
        f.instruction(&I::I32Add);
    }
    f.instruction(&I::End);
    f
}

/// `cabi_post_NAME(area)`: undoes the wrapper's raise, then calls the
/// guest's post-return `guest_post` with the guest address of the area.
pub fn post_return(how: &Marshal, guest_post: Option<u32>, memory: u32) -> Function {
    let mut f = Function::new([]);
    for &off in &how.ret_ptrs {
        let at = arg(u64::from(off), memory);
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::I32Load(at));
        f.instruction(&I::I32Const(REGION as i32));
        f.instruction(&I::I32Sub);
        f.instruction(&I::I32Store(at));
    }
    if let Some(post) = guest_post {
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::I32Const(REGION as i32));
        f.instruction(&I::I32Sub);
        f.instruction(&I::Call(post));
    }
    f.instruction(&I::End);
    f
}

/// `cabi_export_realloc(old, old_size, align, new_size)` on the guest's
/// `cabi_realloc` (`guest_realloc`): absolute addresses in and out. A guest
/// address so high that the absolute one would wrap into the adapter's
/// region traps instead (the host would write there).
pub fn export_realloc(guest_realloc: u32) -> Function {
    let mut f = Function::new([(1, ValType::I32)]);
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
    f.instruction(&I::LocalTee(4));
    f.instruction(&I::I32Const((u32::MAX - REGION as u32) as i32));
    f.instruction(&I::I32GtU);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::Unreachable);
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(4));
    f.instruction(&I::I32Const(REGION as i32));
    f.instruction(&I::I32Add);
    f.instruction(&I::End);
    f
}
