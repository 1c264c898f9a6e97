//! Guest and adapter function bodies in the fused module.
//!
//! A body is copied byte for byte except the instructions fusion changes:
//! in both layouts the guest's function indices move (`call`,
//! `return_call`, `ref.func`; every other index space keeps its numbers);
//! in the single layout every memory access is translated as well
//! ([`super::single::Translated`]). Instructions whose immediates a linker
//! padded to a fixed width are written again, minimal. A visitor finds
//! those instructions without building the others, and validates each
//! instruction in the same reading when the guest's checks were left to
//! fusion ([`crate::module::Module::checked`]): a large module costs one
//! decoding pass and a few copies, not a validation, a decoding and a
//! re-encoding of every instruction.
//!
//! The adapter's bodies are copied the same way ([`Code::INDICES`]): every
//! index space of the adapter moves, so every instruction that names
//! something is written again, and its locals' declarations; the rest
//! (`local.*`, constants, arithmetic, branches) is copied.

use wasm_encoder::reencode::{Error, Reencode};
use wasm_encoder::Encode;
use wasmparser::{
    FuncValidator, FunctionBody, Operator, ValidatorResources, VisitOperator, VisitSimdOperator,
};

/// A reencoder of copied code (the guest's; the adapter's with
/// [`Code::INDICES`]): the hooks of `Reencode`, and how the
/// instructions this module finds changed are written (some become several).
pub trait Code: Reencode {
    /// Whether memory instructions change (`memory.*` and every access).
    const MEMORY: bool = false;

    /// Whether `memory.atomic.wait32/64` and `memory.atomic.notify` change.
    const WAITS: bool = false;

    /// Whether `loop` changes (cooperative threads' preemption).
    const LOOPS: bool = false;

    /// Whether every instruction with an immediate that names something
    /// (an index, a type, a block type) changes: the adapter's code, whose
    /// every index space moves. Locals, constants, lanes and branch depths
    /// do not name anything that moves.
    const INDICES: bool = false;

    /// Whether memory instructions change, known only at run time
    /// (by default [`Code::MEMORY`]).
    fn memory(&self) -> bool {
        Self::MEMORY
    }

    /// Writes `op`, an instruction found changed, to `code`. It may use the
    /// two `i32` locals from `scratch` (then it returns true, and they are
    /// declared).
    fn write(
        &mut self,
        op: Operator<'_>,
        scratch: u32,
        code: &mut Vec<u8>,
    ) -> Result<bool, Error<Self::Error>> {
        let _ = scratch;
        self.instruction(op)?.encode(code);
        Ok(false)
    }
}

/// Answers each instruction with itself when fusion changes it, else `None`.
struct Changes<const INDICES: bool> {
    /// Memory accesses change too (the single layout).
    memory: bool,
    /// Atomic waits and notifies change (a threads guest).
    waits: bool,
    /// Loops change (preemption).
    loops: bool,
}

/// Whether an instruction changes: decided per opcode at compile time, by
/// `$memory` for memory instructions (an argument named `memarg`, or one of
/// the `memory.*` instructions), by `$waits` for atomic waits and
/// notifies, and by `$loops` for `loop`.
macro_rules! changed {
    (@arg $memory:expr; memarg) => { $memory };
    (@arg $memory:expr; $other:ident) => { false };
    ($memory:expr, $waits:expr, $loops:expr; Loop $(, $a:ident)*) => { $loops };
    ($memory:expr, $waits:expr, $loops:expr; MemoryAtomicWait32 $(, $a:ident)*) => { $waits || $memory };
    ($memory:expr, $waits:expr, $loops:expr; MemoryAtomicWait64 $(, $a:ident)*) => { $waits || $memory };
    ($memory:expr, $waits:expr, $loops:expr; MemoryAtomicNotify $(, $a:ident)*) => { $waits || $memory };
    ($memory:expr, $waits:expr, $loops:expr; $op:ident $(, $a:ident)*) => { changed!($memory; $op $(, $a)*) };
    ($memory:expr; Call $(, $a:ident)*) => { true };
    ($memory:expr; ReturnCall $(, $a:ident)*) => { true };
    ($memory:expr; RefFunc $(, $a:ident)*) => { true };
    // Legacy exception handling: read again on their own, these fail (a
    // fresh reader has no enclosing `try`); they are rare, so always written
    // from the reader that has it (they are not changed otherwise).
    ($memory:expr; Catch $(, $a:ident)*) => { true };
    ($memory:expr; Delegate $(, $a:ident)*) => { true };
    ($memory:expr; MemorySize $(, $a:ident)*) => { $memory };
    ($memory:expr; MemoryGrow $(, $a:ident)*) => { $memory };
    ($memory:expr; MemoryFill $(, $a:ident)*) => { $memory };
    ($memory:expr; MemoryCopy $(, $a:ident)*) => { $memory };
    ($memory:expr; MemoryInit $(, $a:ident)*) => { $memory };
    ($memory:expr; MemoryDiscard $(, $a:ident)*) => { $memory };
    ($memory:expr; $op:ident $(, $a:ident)*) => { false $(|| changed!(@arg $memory; $a))* };
}

/// Whether an immediate named `$arg` names something that moves with the
/// index spaces (all but the few that never do; a memory argument is
/// `changed!`'s).
macro_rules! names {
    (value) => {
        false
    };
    (relative_depth) => {
        false
    };
    (targets) => {
        false
    };
    (lane) => {
        false
    };
    (lanes) => {
        false
    };
    (local_index) => {
        false
    };
    (ordering) => {
        false
    };
    (memarg) => {
        false
    };
    ($other:ident) => {
        true
    };
}

macro_rules! define_visit {
    ($(@$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            #[inline]
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                if changed!(self.memory, self.waits, self.loops; $op $($(, $arg)*)?)
                    || (INDICES && (false $($(|| names!($arg))*)?))
                {
                    Some(Operator::$op $({ $($arg),* })?)
                } else {
                    None
                }
            }
        )*
    };
}

impl<'a, const INDICES: bool> VisitOperator<'a> for Changes<INDICES> {
    type Output = Option<Operator<'a>>;

    fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'a, Output = Self::Output>> {
        Some(self)
    }

    wasmparser::for_each_visit_operator!(define_visit);
}

impl<'a, const INDICES: bool> VisitSimdOperator<'a> for Changes<INDICES> {
    wasmparser::for_each_visit_simd_operator!(define_visit);
}

/// [`Changes`] and a validator's visitor over the same reading: the
/// validator's error, or what `Changes` answers.
struct Checked<'c, V, const INDICES: bool> {
    check: V,
    changes: &'c mut Changes<INDICES>,
}

macro_rules! define_checked {
    ($(@$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            #[inline]
            #[allow(clippy::clone_on_copy)]
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                self.check.$visit($($($arg.clone()),*)?)?;
                Ok(self.changes.$visit($($($arg),*)?))
            }
        )*
    };
}

macro_rules! define_checked_simd {
    ($(@$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            #[inline]
            #[allow(clippy::clone_on_copy)]
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                // Always there: `simd_visitor` below answers only when
                // the validator's does.
                if let Some(check) = self.check.simd_visitor() {
                    check.$visit($($($arg.clone()),*)?)?;
                }
                Ok(self.changes.$visit($($($arg),*)?))
            }
        )*
    };
}

impl<'a, V, const INDICES: bool> VisitOperator<'a> for Checked<'_, V, INDICES>
where
    V: VisitOperator<'a, Output = wasmparser::Result<()>>,
{
    type Output = wasmparser::Result<Option<Operator<'a>>>;

    fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'a, Output = Self::Output>> {
        // Without the validator's, the reader reports SIMD as not enabled.
        self.check.simd_visitor()?;
        Some(self)
    }

    wasmparser::for_each_visit_operator!(define_checked);
}

impl<'a, V, const INDICES: bool> VisitSimdOperator<'a> for Checked<'_, V, INDICES>
where
    V: VisitOperator<'a, Output = wasmparser::Result<()>>,
{
    wasmparser::for_each_visit_simd_operator!(define_checked_simd);
}

/// Whether instruction `i` ends in a LEB128 immediate padded to more bytes
/// than its value needs (a linker leaves relocated fields so: five bytes
/// for a function, global or type index, a data address, a memory offset).
/// Such an instruction is written again, minimal. Padding ends a number
/// with a group that only repeats the sign of the one before it: `0x00`
/// after a group whose bit 6 is clear, `0x7f` after one whose bit 6 is set.
fn padded(i: &[u8]) -> bool {
    matches!(i, [_, .., p, 0x00] if p & 0xc0 == 0x80)
        || matches!(i, [_, .., p, 0x7f] if p & 0xc0 == 0xc0)
}

/// The instruction at `at` in `bytes`, read again.
fn one_operator(bytes: &[u8], at: usize) -> wasmparser::Result<Operator<'_>> {
    let reader = wasmparser::BinaryReader::new(&bytes[at..], at as u64);
    wasmparser::OperatorsReader::new(reader).read()
}

/// The fused form of function body `body` (locals and code, without the
/// size prefix) from the module `bytes` (the guest, or the adapter with
/// [`Code::INDICES`]), written by `reencoder`;
/// the function has `params` parameters. With `validator`, the body is
/// validated in the same reading (an error there is the input's: the body
/// is not valid). With `moves`, also where its
/// bytes went: `(old, new)` offsets from the body's start, at each place
/// the copy changes (every byte from an `old` up to the next keeps its
/// distance from it), for the debug info (`super::dwarf`).
pub fn body<R: Code>(
    bytes: &[u8],
    body: &FunctionBody<'_>,
    reencoder: &mut R,
    params: u32,
    validator: Option<&mut FuncValidator<ValidatorResources>>,
    moves: Option<&mut Vec<(u32, u32)>>,
) -> Result<Vec<u8>, Error<R::Error>> {
    // `R::INDICES` as a const parameter: the guest's code, without it,
    // pays nothing per instruction for it (measured: a runtime flag cost
    // the 7.2 MB module 5-10%).
    match R::INDICES {
        true => body_with::<R, true>(bytes, body, reencoder, params, validator, moves),
        false => body_with::<R, false>(bytes, body, reencoder, params, validator, moves),
    }
}

/// [`body`], for `INDICES` = `R::INDICES`.
fn body_with<R: Code, const INDICES: bool>(
    bytes: &[u8],
    body: &FunctionBody<'_>,
    reencoder: &mut R,
    params: u32,
    mut validator: Option<&mut FuncValidator<ValidatorResources>>,
    mut moves: Option<&mut Vec<(u32, u32)>>,
) -> Result<Vec<u8>, Error<R::Error>> {
    // Positions of wasmparser reading the in-memory `bytes`: they fit.
    let pos = |p: u64| p as usize;
    let (start, end) = (pos(body.range().start), pos(body.range().end));
    let mut locals = body.get_locals_reader()?;
    let groups = locals.get_count();
    let groups_start = pos(locals.original_position());
    let mut declared = 0u32;
    // With `INDICES`, the locals written again (a reference type may name
    // a type); else copied.
    let mut declarations = Vec::new();
    for _ in 0..groups {
        let offset = locals.original_position();
        let (n, ty) = locals.read()?;
        if let Some(v) = validator.as_deref_mut() {
            v.define_locals(offset, n, ty)?;
        }
        if R::INDICES {
            n.encode(&mut declarations);
            reencoder.val_type(ty)?.encode(&mut declarations);
        }
        declared = declared.saturating_add(n);
    }
    let mut ops = body.get_operators_reader()?;
    let code_start = pos(ops.original_position());
    let mut code = Vec::with_capacity(end - code_start);
    let mut changes = Changes::<INDICES> {
        memory: reencoder.memory(),
        waits: R::WAITS,
        loops: R::LOOPS,
    };
    let mut scratch = false;
    let mut last = code_start;
    if let Some(m) = moves.as_deref_mut() {
        // The body's start and the code's, set at the end.
        m.clear();
        m.extend([(0, 0), (0, 0)]);
    }
    while !ops.eof() {
        let offset = ops.original_position();
        let changed = match validator.as_deref_mut() {
            Some(v) => ops.visit_operator(&mut Checked {
                check: v.visitor(offset),
                changes: &mut changes,
            })??,
            None => ops.visit_operator(&mut changes)?,
        };
        let (at, next) = (pos(offset), pos(ops.original_position()));
        let op = match changed {
            Some(op) => op,
            None if padded(&bytes[at..next]) => one_operator(bytes, at)?,
            None => continue,
        };
        code.extend_from_slice(&bytes[last..at]);
        scratch |= reencoder.write(op, params.saturating_add(declared), &mut code)?;
        last = next;
        // Where the copy resumes (up to here the previous move holds: the
        // bytes between were copied, and `at` lands where it should).
        if let Some(m) = moves.as_deref_mut() {
            m.push(((last - code_start) as u32, code.len() as u32));
        }
    }
    ops.finish()?;
    code.extend_from_slice(&bytes[last..end]);

    let mut out = Vec::with_capacity(code.len() + (code_start - start) + 4);
    let declared_bytes = match R::INDICES {
        true => &declarations[..],
        false => &bytes[groups_start..code_start],
    };
    (groups + u32::from(scratch)).encode(&mut out);
    out.extend_from_slice(declared_bytes);
    if scratch {
        // Two more i32 locals after the declared ones.
        2u32.encode(&mut out);
        wasm_encoder::ValType::I32.encode(&mut out);
    }
    if let Some(m) = moves {
        // From code offsets to body offsets (the locals may have grown),
        // after the body's start and the code's.
        let (old, new) = ((code_start - start) as u32, out.len() as u32);
        for (o, n) in m.iter_mut().skip(2) {
            *o += old;
            *n += new;
        }
        m[1] = (old, new);
    }
    out.extend_from_slice(&code);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;
    use wasmparser::{BinaryReader, FunctionBody};

    /// Moves every function index by 3, as fusion moves the guest's.
    struct Shift;
    impl Reencode for Shift {
        type Error = Infallible;
        fn function_index(&mut self, f: u32) -> Result<u32, Error<Infallible>> {
            Ok(f + 3)
        }
    }
    impl Code for Shift {}

    /// Rewrites each body of `module` in the multi layout and checks it
    /// reads as the same instructions with function indices moved.
    /// Returns (bytes before, bytes after).
    fn same_but_moved(module: &[u8]) -> (usize, usize) {
        let m = crate::module::Module::checked(module).unwrap();
        let (mut before, mut after) = (0, 0);
        for (i, body) in m.code.iter().enumerate() {
            let mut v = m.validator(i, Default::default());
            let out = super::body(module, body, &mut Shift, 0, v.as_mut(), None).unwrap();
            let new = FunctionBody::new(BinaryReader::new(&out, 0));
            let locals = |b: &FunctionBody<'_>| -> Vec<(u32, wasmparser::ValType)> {
                b.get_locals_reader()
                    .unwrap()
                    .into_iter()
                    .map(|l| l.unwrap())
                    .collect()
            };
            assert_eq!(locals(body), locals(&new));
            // Each instruction as text, function indices moved by `by`.
            let ops = |b: &FunctionBody<'_>, by: u32| -> Vec<String> {
                let mut r = b.get_operators_reader().unwrap();
                let mut v = Vec::new();
                while !r.eof() {
                    v.push(match r.read().unwrap() {
                        Operator::Call { function_index } => Operator::Call {
                            function_index: function_index + by,
                        },
                        Operator::ReturnCall { function_index } => Operator::ReturnCall {
                            function_index: function_index + by,
                        },
                        Operator::RefFunc { function_index } => Operator::RefFunc {
                            function_index: function_index + by,
                        },
                        op => op,
                    });
                }
                v.iter().map(|op| format!("{op:?}")).collect()
            };
            assert_eq!(ops(body, 3), ops(&new, 0));
            before += (body.range().end - body.range().start) as usize;
            after += out.len();
        }
        (before, after)
    }

    /// Moves every index space (the memory's too, when `MEMORY`), as
    /// fusion moves the adapter's.
    struct MoveAll<const MEMORY: bool>;
    impl<const MEMORY: bool> Reencode for MoveAll<MEMORY> {
        type Error = Infallible;
        fn function_index(&mut self, f: u32) -> Result<u32, Error<Infallible>> {
            Ok(f + 3)
        }
        fn type_index(&mut self, t: u32) -> Result<u32, Error<Infallible>> {
            Ok(t + 1)
        }
        fn global_index(&mut self, g: u32) -> Result<u32, Error<Infallible>> {
            Ok(g + 2)
        }
        fn table_index(&mut self, t: u32) -> Result<u32, Error<Infallible>> {
            Ok(t + 1)
        }
        fn memory_index(&mut self, m: u32) -> Result<u32, Error<Infallible>> {
            Ok(m + u32::from(MEMORY))
        }
        fn tag_index(&mut self, t: u32) -> Result<u32, Error<Infallible>> {
            Ok(t + 1)
        }
        fn element_index(&mut self, e: u32) -> Result<u32, Error<Infallible>> {
            Ok(e + 1)
        }
        fn data_index(&mut self, d: u32) -> Result<u32, Error<Infallible>> {
            Ok(d + 1)
        }
    }
    impl<const MEMORY: bool> Code for MoveAll<MEMORY> {
        const MEMORY: bool = MEMORY;
        const INDICES: bool = true;
    }

    /// Each body of `module` copied with its naming instructions written
    /// again is the body re-encoded whole, in both kinds of memory move.
    fn copied_as_reencoded(module: &[u8]) {
        fn check<const MEMORY: bool>(module: &[u8], body: &FunctionBody<'_>) {
            let copied = super::body(module, body, &mut MoveAll::<MEMORY>, 0, None, None).unwrap();
            let mut r = MoveAll::<MEMORY>;
            let mut f = r.new_function_with_parsed_locals(body).unwrap();
            let mut ops = body.get_operators_reader().unwrap();
            while !ops.eof() {
                f.instruction(&r.instruction(ops.read().unwrap()).unwrap());
            }
            assert_eq!(copied, f.into_raw_body());
        }
        let m = crate::module::Module::parse(module).unwrap();
        for body in &m.code {
            check::<true>(module, body);
            check::<false>(module, body);
        }
    }

    #[test]
    fn the_adapters_code_copied_is_its_code_reencoded() {
        copied_as_reencoded(crate::ADAPTER_MODULE);
        copied_as_reencoded(crate::ADAPTER_MODULE_WASI_0_3);
    }

    #[test]
    fn generated_bodies_keep_every_instruction() {
        let config = wasm_smith::Config {
            simd_enabled: true,
            relaxed_simd_enabled: true,
            gc_enabled: true,
            exceptions_enabled: true,
            tail_call_enabled: true,
            max_memories: 2,
            max_funcs: 30,
            max_instructions: 300,
            ..wasm_smith::Config::default()
        };
        let mut made = 0;
        for seed in 0..200u64 {
            // splitmix64 bytes for the generator
            let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let data: Vec<u8> = (0..8192)
                .map(|_| {
                    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
                    let z = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                    ((z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB) >> 32) as u8
                })
                .collect();
            let mut u = arbitrary::Unstructured::new(&data);
            if let Ok(m) = wasm_smith::Module::new(config.clone(), &mut u) {
                same_but_moved(&m.to_bytes());
                copied_as_reencoded(&m.to_bytes());
                made += 1;
            }
        }
        assert!(made > 150, "only {made} modules generated");
    }

    /// A valid module of one function `() -> ()` with body `code` (locals
    /// included); `middle` adds the sections between functions and code.
    fn one_function(code: &[u8], middle: impl FnOnce(&mut wasm_encoder::Module)) -> Vec<u8> {
        let mut m = wasm_encoder::Module::new();
        let mut types = wasm_encoder::TypeSection::new();
        types.ty().function([], []);
        m.section(&types);
        let mut funcs = wasm_encoder::FunctionSection::new();
        funcs.function(0);
        m.section(&funcs);
        middle(&mut m);
        let mut bodies = wasm_encoder::CodeSection::new();
        bodies.raw(code);
        m.section(&bodies);
        let module = m.finish();
        wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
            .validate_all(&module)
            .unwrap();
        module
    }

    #[test]
    fn padded_legacy_exception_handlers_are_written_minimal() {
        // `try` / `catch` / `delegate` check their enclosing block when read.
        let code = [
            0x00, // no locals
            0x06, 0x40, // try
            0x07, 0x80, 0x80, 0x80, 0x80, 0x00, // catch 0, padded (wasm-ld)
            0x0b, // end
            0x06, 0x40, // try
            0x18, 0x80, 0x00, // delegate 0, padded
            0x0b, // end
        ];
        let module = one_function(&code, |m| {
            let mut tags = wasm_encoder::TagSection::new();
            tags.tag(wasm_encoder::TagType {
                kind: wasm_encoder::TagKind::Exception,
                func_type_idx: 0,
            });
            m.section(&tags);
        });
        let (before, after) = same_but_moved(&module);
        assert_eq!((before, after), (code.len(), code.len() - 5));
    }

    #[test]
    fn padded_immediates_are_written_minimal() {
        // What a linker leaves: relocated fields padded to 5 (or 10) bytes.
        let mut code = vec![
            0x23, 0x80, 0x80, 0x80, 0x80, 0x00, // global.get 0
            0x1a, // drop
            0x41, 0xc0, 0x80, 0x80, 0x80, 0x00, // i32.const 64
            0x28, 0x02, 0x90, 0x80, 0x80, 0x80, 0x00, // i32.load offset=16
            0x1a, // drop
            0x42, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, // i64.const -1
            0x1a, // drop
            0x41, 0xc0, 0x00, // i32.const 64, minimal
            0x1a, // drop
            0x10, 0x80, 0x80, 0x80, 0x80, 0x00, // call 0
            0x0b, // end
        ];
        code.insert(0, 0); // no locals
        let padded = one_function(&code, |m| {
            let mut memories = wasm_encoder::MemorySection::new();
            memories.memory(wasm_encoder::MemoryType {
                minimum: 1,
                maximum: None,
                memory64: false,
                shared: false,
                page_size_log2: None,
            });
            m.section(&memories);
            let mut globals = wasm_encoder::GlobalSection::new();
            globals.global(
                wasm_encoder::GlobalType {
                    val_type: wasm_encoder::ValType::I32,
                    mutable: false,
                    shared: false,
                },
                &wasm_encoder::ConstExpr::i32_const(0),
            );
            m.section(&globals);
        });
        let (before, after) = same_but_moved(&padded);
        assert_eq!(before, code.len());
        // Padding gone: 4 (global.get) + 3 (i32.const 64) + 4 (offset) +
        // 9 (i64.const -1) + 4 (call); the minimal i32.const 64 unchanged.
        assert_eq!(after, code.len() - 24);
    }
}
