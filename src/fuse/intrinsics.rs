//! The guest-memory intrinsics the adapter imports from `p1-adapt:guest`
//! (and what disabled or unavailable imports are bound to), generated over
//! the guest's memory: `read`/`write` copy between the guest's memory and the
//! adapter's after a bounds check on 64-bit sums (out of bounds answers 1,
//! which the adapter returns as `EFAULT`), `direct` gives the adapter's
//! address of a guest range when both share one memory, `pointer-size` the
//! guest's pointer width, `start` calls the guest's `_start`; the
//! `thread-*` ones are [`super::coop`]'s.

use wasm_encoder::{BlockType, Function, Instruction, ValType};

/// A guest-memory intrinsic the adapter imports.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Intrinsic {
    Read,
    Write,
    PointerSize,
    /// The adapter's address of a guest range when both share one memory
    /// (the single layout), else 0.
    Direct,
    Start,
    /// `spill(pages) -> address`: the single layout's memory grown by
    /// `pages` for the adapter, the new pages' address (0 when it cannot
    /// grow; always 0 in the multi layout, where the adapter's heap has a
    /// memory of its own). Until `unspill`, the guest-memory intrinsics
    /// treat them as outside the guest's memory.
    Spill,
    /// `unspill()`: the spilled pages zeroed and left to the guest, as if
    /// it had grown its memory.
    Unspill,
    /// A disabled link point: returns zeros (no capability), or does
    /// nothing; `results` is the number of `i32` results.
    Disabled {
        results: usize,
    },
    /// A WASI function the target lacks that no reachable state can call
    /// (`wasi:filesystem` without preopens: no file or directory fd can
    /// exist): traps.
    Unavailable,
    /// The scheduler's component-model threads ([`super::coop`]).
    ThreadNew,
    ThreadSwitch,
    ThreadResumeLater,
    ThreadIndex,
    ThreadStart,
}

impl Intrinsic {
    /// The intrinsic the adapter imports as `name` (one of
    /// [`crate::contract::INTRINSICS`]).
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "read" => Intrinsic::Read,
            "write" => Intrinsic::Write,
            "pointer-size" => Intrinsic::PointerSize,
            "direct" => Intrinsic::Direct,
            "start" => Intrinsic::Start,
            "spill" => Intrinsic::Spill,
            "unspill" => Intrinsic::Unspill,
            "thread-new" => Intrinsic::ThreadNew,
            "thread-switch" => Intrinsic::ThreadSwitch,
            "thread-resume-later" => Intrinsic::ThreadResumeLater,
            "thread-index" => Intrinsic::ThreadIndex,
            "thread-start" => Intrinsic::ThreadStart,
            _ => return None,
        })
    }
}

/// What the intrinsic bodies need to know about the layout.
pub struct Intrinsics {
    /// The guest's memory.
    pub guest_mem: u32,
    /// Whether it is 64-bit.
    pub guest_memory64: bool,
    /// Its page size, as a power of two.
    pub page_log2: u32,
    /// The adapter's memory (the same one in the single layout).
    pub adapter_mem: u32,
    /// Where guest address 0 is in the guest memory (the single layout).
    pub offset: u64,
    /// The global of the spilled bytes (the single layout).
    pub spilled: Option<u32>,
    /// The guest's `_start`, if it has one.
    pub start: Option<u32>,
}

impl Intrinsics {
    /// Emits: `size` (an i64 local) = the guest memory's size in bytes;
    /// unless `[addr, addr + len)` (an i64 and an i32 local) lies inside it,
    /// return `fail`.
    fn bounds(&self, f: &mut Function, addr: u32, len: u32, size: u32, fail: i32) {
        use Instruction as I;
        f.instruction(&I::MemorySize(self.guest_mem));
        if !self.guest_memory64 {
            f.instruction(&I::I64ExtendI32U);
        }
        f.instruction(&I::I64Const(i64::from(self.page_log2)));
        f.instruction(&I::I64Shl);
        if self.offset > 0 {
            f.instruction(&I::I64Const(self.offset as i64));
            f.instruction(&I::I64Sub);
        }
        if let Some(spilled) = self.spilled {
            f.instruction(&I::GlobalGet(spilled));
            f.instruction(&I::I64ExtendI32U);
            f.instruction(&I::I64Sub);
        }
        f.instruction(&I::LocalSet(size));
        // addr > size || len > size - addr  =>  fail
        f.instruction(&I::LocalGet(addr));
        f.instruction(&I::LocalGet(size));
        f.instruction(&I::I64GtU);
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&I::I32Const(fail));
        f.instruction(&I::Return);
        f.instruction(&I::End);
        f.instruction(&I::LocalGet(len));
        f.instruction(&I::I64ExtendI32U);
        f.instruction(&I::LocalGet(size));
        f.instruction(&I::LocalGet(addr));
        f.instruction(&I::I64Sub);
        f.instruction(&I::I64GtU);
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&I::I32Const(fail));
        f.instruction(&I::Return);
        f.instruction(&I::End);
    }

    /// The body of intrinsic `k` (not a thread one: [`super::coop`]).
    pub fn body(&self, k: Intrinsic) -> Function {
        use Instruction as I;
        match k {
            Intrinsic::PointerSize => {
                let mut f = Function::new([]);
                f.instruction(&I::I32Const(if self.guest_memory64 { 8 } else { 4 }));
                f.instruction(&I::End);
                f
            }
            Intrinsic::Start => {
                let mut f = Function::new([]);
                match self.start {
                    Some(start) => f.instruction(&I::Call(start)),
                    None => f.instruction(&I::Unreachable),
                };
                f.instruction(&I::End);
                f
            }
            // direct(addr: i64 guest, len: i32) -> i32 adapter address or 0
            Intrinsic::Direct => {
                let mut f = Function::new([(1, ValType::I64)]);
                if self.guest_mem != self.adapter_mem {
                    f.instruction(&I::I32Const(0));
                    f.instruction(&I::End);
                    return f;
                }
                self.bounds(&mut f, 0, 1, 2, 0);
                f.instruction(&I::LocalGet(0));
                f.instruction(&I::I64Const(self.offset as i64));
                f.instruction(&I::I64Add);
                f.instruction(&I::I32WrapI64);
                f.instruction(&I::End);
                f
            }
            Intrinsic::Spill => self.spill(),
            Intrinsic::Unspill => self.unspill(),
            Intrinsic::Unavailable
            | Intrinsic::ThreadNew
            | Intrinsic::ThreadSwitch
            | Intrinsic::ThreadResumeLater
            | Intrinsic::ThreadIndex
            | Intrinsic::ThreadStart => {
                let mut f = Function::new([]);
                f.instruction(&I::Unreachable);
                f.instruction(&I::End);
                f
            }
            Intrinsic::Disabled { results } => {
                let mut f = Function::new([]);
                for _ in 0..results {
                    f.instruction(&I::I32Const(0));
                }
                f.instruction(&I::End);
                f
            }
            // read(dst: i32 adapter, src: i64 guest, len: i32) -> i32
            // write(dst: i64 guest, src: i32 adapter, len: i32) -> i32
            Intrinsic::Read | Intrinsic::Write => {
                let (guest_addr, adapter_addr) = if k == Intrinsic::Read { (1, 0) } else { (0, 1) };
                let size = 3; // local: guest memory size in bytes (i64)
                let mut f = Function::new([(1, ValType::I64)]);
                self.bounds(&mut f, guest_addr, 2, size, 1);
                let push_guest = |f: &mut Function| {
                    f.instruction(&I::LocalGet(guest_addr));
                    if self.offset > 0 {
                        f.instruction(&I::I64Const(self.offset as i64));
                        f.instruction(&I::I64Add);
                    }
                    if !self.guest_memory64 {
                        f.instruction(&I::I32WrapI64);
                    }
                };
                if k == Intrinsic::Read {
                    f.instruction(&I::LocalGet(adapter_addr));
                    push_guest(&mut f);
                } else {
                    push_guest(&mut f);
                    f.instruction(&I::LocalGet(adapter_addr));
                }
                f.instruction(&I::LocalGet(2));
                let (dst_mem, src_mem) = if k == Intrinsic::Read {
                    (self.adapter_mem, self.guest_mem)
                } else {
                    (self.guest_mem, self.adapter_mem)
                };
                f.instruction(&I::MemoryCopy { dst_mem, src_mem });
                f.instruction(&I::I32Const(0));
                f.instruction(&I::End);
                f
            }
        }
    }
}

impl Intrinsics {
    /// `spill(pages: i32) -> i32`: see [`Intrinsic::Spill`].
    fn spill(&self) -> Function {
        use Instruction as I;
        let mut f = Function::new([(1, ValType::I32)]);
        let Some(spilled) = self.spilled else {
            f.instruction(&I::I32Const(0));
            f.instruction(&I::End);
            return f;
        };
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::MemoryGrow(self.guest_mem));
        f.instruction(&I::LocalTee(1));
        f.instruction(&I::I32Const(-1));
        f.instruction(&I::I32Eq);
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&I::I32Const(0));
        f.instruction(&I::Return);
        f.instruction(&I::End);
        // spilled += pages << 16 (below 4 GiB: the memory's maximum is)
        f.instruction(&I::GlobalGet(spilled));
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::I32Const(16));
        f.instruction(&I::I32Shl);
        f.instruction(&I::I32Add);
        f.instruction(&I::GlobalSet(spilled));
        f.instruction(&I::LocalGet(1));
        f.instruction(&I::I32Const(16));
        f.instruction(&I::I32Shl);
        f.instruction(&I::End);
        f
    }

    /// `unspill()`: see [`Intrinsic::Unspill`].
    fn unspill(&self) -> Function {
        use Instruction as I;
        let mut f = Function::new([]);
        if let Some(spilled) = self.spilled {
            // memory.fill(size - spilled, 0, spilled); spilled = 0
            f.instruction(&I::MemorySize(self.guest_mem));
            f.instruction(&I::I32Const(16));
            f.instruction(&I::I32Shl);
            f.instruction(&I::GlobalGet(spilled));
            f.instruction(&I::I32Sub);
            f.instruction(&I::I32Const(0));
            f.instruction(&I::GlobalGet(spilled));
            f.instruction(&I::MemoryFill(self.guest_mem));
            f.instruction(&I::I32Const(0));
            f.instruction(&I::GlobalSet(spilled));
        }
        f.instruction(&I::End);
        f
    }
}
