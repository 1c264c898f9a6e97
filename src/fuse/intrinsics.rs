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
                let guest = Place::Guest(guest_addr);
                let adapter = Place::Adapter(adapter_addr);
                match k {
                    Intrinsic::Read => self.copy(&mut f, adapter, guest),
                    _ => self.copy(&mut f, guest, adapter),
                }
                f.instruction(&I::I32Const(0));
                f.instruction(&I::End);
                f
            }
        }
    }
}

/// One side of a `read` or `write` intrinsic's copy: the local holding a
/// guest address (an i64, translated and wrapped where used) or an adapter
/// address (an i32).
#[derive(Clone, Copy)]
enum Place {
    Guest(u32),
    Adapter(u32),
}

/// Copies shorter than this are a load and a store per set bit of the
/// length, not a `memory.copy`: wasmtime makes that a call into the host,
/// which costs as much as the rest of a small `fd_write` (an iovec, a
/// `size`, a result of a few bytes each).
const SMALL_COPY: i32 = 16;

impl Intrinsics {
    /// Pushes the address `place` + (`len` & `mask`), in its memory's index
    /// type (`len`: local 2, an i32).
    fn address(&self, f: &mut Function, place: Place, mask: i32) {
        use Instruction as I;
        let part = |f: &mut Function| {
            f.instruction(&I::LocalGet(2));
            f.instruction(&I::I32Const(mask));
            f.instruction(&I::I32And);
        };
        match place {
            Place::Adapter(local) => {
                f.instruction(&I::LocalGet(local));
                if mask != 0 {
                    part(f);
                    f.instruction(&I::I32Add);
                }
            }
            Place::Guest(local) => {
                f.instruction(&I::LocalGet(local));
                if self.offset > 0 {
                    f.instruction(&I::I64Const(self.offset as i64));
                    f.instruction(&I::I64Add);
                }
                if mask != 0 {
                    part(f);
                    f.instruction(&I::I64ExtendI32U);
                    f.instruction(&I::I64Add);
                }
                if !self.guest_memory64 {
                    f.instruction(&I::I32WrapI64);
                }
            }
        }
    }

    fn memory(&self, place: Place) -> u32 {
        match place {
            Place::Guest(_) => self.guest_mem,
            Place::Adapter(_) => self.adapter_mem,
        }
    }

    /// Emits the copy of `len` bytes (local 2) from `src` to `dst`, both
    /// checked in bounds: under [`SMALL_COPY`] bytes, the 8-, 4-, 2- and
    /// 1-byte pieces the length's bits ask for, in that order; else one
    /// `memory.copy`.
    fn copy(&self, f: &mut Function, dst: Place, src: Place) {
        use Instruction as I;
        let (dst_mem, src_mem) = (self.memory(dst), self.memory(src));
        let arg = |memory: u32| wasm_encoder::MemArg {
            offset: 0,
            align: 0,
            target: wasm_encoder::MemArgTarget::Memory(memory),
            ordering: None,
        };
        f.instruction(&I::LocalGet(2));
        f.instruction(&I::I32Const(SMALL_COPY));
        f.instruction(&I::I32LtU);
        f.instruction(&I::If(BlockType::Empty));
        for piece in [8, 4, 2, 1] {
            // The bytes before this piece: the length's bits above it.
            let mask = (SMALL_COPY - 1) & !(2 * piece - 1);
            f.instruction(&I::LocalGet(2));
            f.instruction(&I::I32Const(piece));
            f.instruction(&I::I32And);
            f.instruction(&I::If(BlockType::Empty));
            self.address(f, dst, mask);
            self.address(f, src, mask);
            let (load, store) = match piece {
                8 => (I::I64Load(arg(src_mem)), I::I64Store(arg(dst_mem))),
                4 => (I::I32Load(arg(src_mem)), I::I32Store(arg(dst_mem))),
                2 => (I::I32Load16U(arg(src_mem)), I::I32Store16(arg(dst_mem))),
                _ => (I::I32Load8U(arg(src_mem)), I::I32Store8(arg(dst_mem))),
            };
            f.instruction(&load);
            f.instruction(&store);
            f.instruction(&I::End);
        }
        f.instruction(&I::Else);
        self.address(f, dst, 0);
        self.address(f, src, 0);
        f.instruction(&I::LocalGet(2));
        f.instruction(&I::MemoryCopy { dst_mem, src_mem });
        f.instruction(&I::End);
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

#[cfg(test)]
mod tests {
    use super::{Intrinsic, Intrinsics};
    use wasm_encoder::*;
    use wasmtime::{Engine, Instance, Module, Store, TypedFunc};

    /// The `read` and `write` intrinsics of one layout in a module of their
    /// own, with the guest's memory filled with a pattern.
    type Read = TypedFunc<(i32, i64, i32), i32>;
    type Write = TypedFunc<(i64, i32, i32), i32>;

    fn instance(multi: bool, memory64: bool) -> (Store<()>, Instance, Read, Write) {
        let offset = if multi { 0 } else { 65536 };
        let k = Intrinsics {
            guest_mem: 0,
            guest_memory64: memory64,
            page_log2: 16,
            adapter_mem: if multi { 1 } else { 0 },
            offset,
            spilled: None,
            start: None,
        };
        let mut m = wasm_encoder::Module::new();
        let mut types = TypeSection::new();
        types
            .ty()
            .function([ValType::I32, ValType::I64, ValType::I32], [ValType::I32]);
        types
            .ty()
            .function([ValType::I64, ValType::I32, ValType::I32], [ValType::I32]);
        m.section(&types);
        let mut funcs = FunctionSection::new();
        funcs.function(0);
        funcs.function(1);
        m.section(&funcs);
        let mut mems = MemorySection::new();
        let memory = |memory64| MemoryType {
            minimum: if multi { 1 } else { 2 },
            maximum: None,
            memory64,
            shared: false,
            page_size_log2: None,
        };
        mems.memory(memory(memory64 && multi));
        if multi {
            mems.memory(memory(false));
        }
        m.section(&mems);
        let mut ex = ExportSection::new();
        ex.export("read", ExportKind::Func, 0);
        ex.export("write", ExportKind::Func, 1);
        ex.export("guest", ExportKind::Memory, 0);
        ex.export("adapter", ExportKind::Memory, k.adapter_mem);
        m.section(&ex);
        let mut code = CodeSection::new();
        code.function(&k.body(Intrinsic::Read));
        code.function(&k.body(Intrinsic::Write));
        m.section(&code);
        let bytes = m.finish();
        let engine = Engine::default();
        let module = Module::new(&engine, &bytes).expect("the intrinsics validate");
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).expect("instantiate");
        let guest = instance
            .get_memory(&mut store, "guest")
            .expect("guest memory");
        for (i, b) in guest.data_mut(&mut store).iter_mut().enumerate() {
            *b = (i % 251) as u8;
        }
        let read = instance.get_typed_func(&mut store, "read").expect("read");
        let write = instance.get_typed_func(&mut store, "write").expect("write");
        (store, instance, read, write)
    }

    /// Every length from 0 to 40 (the small copies and `memory.copy`), at
    /// every alignment, both ways, in both layouts and for a 64-bit guest:
    /// exactly the bytes asked for move, and a range past the guest's end
    /// answers 1 and moves nothing.
    #[test]
    fn reads_and_writes_move_exactly_their_bytes() {
        for (multi, memory64) in [(true, false), (false, false), (true, true)] {
            let (mut store, instance, read, write) = instance(multi, memory64);
            let guest = instance.get_memory(&mut store, "guest").expect("guest");
            let adapter = instance.get_memory(&mut store, "adapter").expect("adapter");
            let base = if multi { 0 } else { 65536 };
            let guest_size = 65536u64;
            for len in 0..=40i32 {
                for align in 0..8 {
                    let (src, dst) = (1000 + align as i64, 5000 + align);
                    let at = |i: usize| base + i;
                    adapter.data_mut(&mut store)[dst as usize..][..64].fill(0xee);
                    assert_eq!(read.call(&mut store, (dst, src, len)).expect("read"), 0);
                    let got = &adapter.data(&store)[dst as usize - 8..][..len as usize + 16];
                    let want: Vec<u8> = (0..len as usize)
                        .map(|i| guest.data(&store)[at(src as usize + i)])
                        .collect();
                    assert_eq!(
                        &got[8..8 + len as usize],
                        &want[..],
                        "read {len} at {align}"
                    );
                    assert!(
                        got[8 + len as usize..].iter().all(|&b| b == 0xee),
                        "read {len} past"
                    );
                    // Written back elsewhere in the guest, between markers.
                    let to = 3000 + align as i64;
                    guest.data_mut(&mut store)[at(to as usize) - 8..][..len as usize + 16]
                        .fill(0xdd);
                    assert_eq!(write.call(&mut store, (to, dst, len)).expect("write"), 0);
                    let g = &guest.data(&store)[at(to as usize) - 8..][..len as usize + 16];
                    assert!(g[..8]
                        .iter()
                        .chain(&g[8 + len as usize..])
                        .all(|&b| b == 0xdd));
                    assert_eq!(&g[8..8 + len as usize], &want[..], "write {len} at {align}");
                    // Out of bounds by one byte: refused, nothing moved.
                    let end = guest_size as i64 - i64::from(len) + 1;
                    if len > 0 {
                        assert_eq!(read.call(&mut store, (dst, end, len)).expect("read"), 1);
                        assert_eq!(write.call(&mut store, (end, dst, len)).expect("write"), 1);
                    }
                }
            }
        }
    }
}
