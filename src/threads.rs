//! wasi-threads guests (`wasm32-wasip1-threads`: Rust `std::thread`, C
//! pthreads): a shared memory (imported as `env.memory` or defined), the
//! `wasi::thread-spawn` import and the `wasi_thread_start` export, atomics.
//!
//! Fusion owns the memory, so it is made the module's own and unshared
//! (atomic loads, stores, read-modify-writes and cmpxchg are valid on an
//! unshared memory and pass through); `memory.atomic.wait32/64` and
//! `memory.atomic.notify` become calls of the adapter's futex
//! (`crate::fuse`'s generated `atomic.*` helpers keep their traps);
//! `thread-spawn` is implemented by the adapter like a p1 function.
//!
//! How threads run is [`Threads`]: `cooperative` makes each a
//! component-model thread run by the adapter's scheduler (`crate::fuse`'s
//! `coop` makes the trampoline and the switch; [`Preempt`] how often a
//! thread that never blocks yields); with `none` `thread-spawn` answers a
//! negative id (`pthread_create` returns `EAGAIN`, Rust's `thread::spawn`
//! an error) and needs no host feature. In both, a wait that only another
//! thread's notify could end, with none left to run, is a deadlock,
//! reported as a trap, never a hang.

use crate::error::Problem;
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{ImportSection, MemorySection, RawSection};
use wasmparser::{Parser, Payload, TypeRef};

/// The import module of `thread-spawn`.
pub const SPAWN_MODULE: &str = "wasi";

/// The name of the spawn import.
pub const SPAWN: &str = "thread-spawn";

/// The export a new thread starts at: `wasi_thread_start(tid, arg)`.
pub const START: &str = "wasi_thread_start";

/// When a cooperative thread that does not block lets the others run
/// ([`crate::Adapter::preempt`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preempt {
    /// After this many loop iterations (counted at every loop head of the
    /// guest's code, across its threads).
    Every(u32),
    /// Never: threads switch only where they block (a wait, a sleep,
    /// `sched_yield`, a poll); a thread that spins on a flag another thread
    /// sets then never lets it run.
    Off,
}

impl Default for Preempt {
    fn default() -> Self {
        Preempt::Every(10_000)
    }
}

impl std::str::FromStr for Preempt {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "off" => Ok(Preempt::Off),
            n => match n.parse::<u32>() {
                Ok(n) if n > 0 => Ok(Preempt::Every(n)),
                _ => Err(format!(
                    "`--preempt {s}`: a number of loop iterations (1 or more) or `off`"
                )),
            },
        }
    }
}

/// What fusion makes of a guest's threads when they are cooperative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cooperative {
    /// Loop iterations between preemptions (none: threads switch only
    /// where they block).
    pub preempt: Option<u32>,
}

/// How a guest's threads run ([`crate::Adapter::threads`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Threads {
    /// No thread can be made: `thread-spawn` answers a negative id. Needs
    /// no host feature (jco, every WASI 0.2 host).
    None,
    /// Each thread is a component-model thread of the one instance, run
    /// one at a time by the adapter's scheduler. Needs a host with
    /// component-model threading (wasmtime 48 with
    /// `Config::wasm_component_model_threading(true)`).
    Cooperative,
    /// Cooperative for a command, `none` for a reactor or proxy (whose
    /// threads would outlive the export call that made them).
    #[default]
    Auto,
}

impl std::str::FromStr for Threads {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "none" => Ok(Threads::None),
            "auto" => Ok(Threads::Auto),
            "cooperative" => Ok(Threads::Cooperative),
            _ => Err(format!(
                "unknown threads mode `{s}` (cooperative, none or auto)"
            )),
        }
    }
}

/// The module `bytes` with its imported memory `env.memory` made its own
/// (the first memory, so no index moves), or `None` when it imports no
/// memory. Other sections are copied as they are.
pub fn own_memory(bytes: &[u8]) -> Result<Option<Vec<u8>>, Problem> {
    let bad = |e: wasmparser::BinaryReaderError| Problem::Unsupported(format!("its imports: {e}"));
    let mut imported = None;
    // Only the import section is read (a large module's code is not).
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(bad)? {
            Payload::ImportSection(s) => {
                for i in s.into_imports() {
                    let i = i.map_err(bad)?;
                    if let (TypeRef::Memory(t), "env", "memory") = (i.ty, i.module, i.name) {
                        imported = Some(t);
                    }
                }
                break;
            }
            Payload::Version { .. } | Payload::TypeSection(_) | Payload::CustomSection(_) => {}
            _ => break,
        }
    }
    let Some(memory) = imported else {
        return Ok(None);
    };
    let mut out = wasm_encoder::Module::new();
    let mut placed = false;
    let place = |out: &mut wasm_encoder::Module, defined: &[wasmparser::MemoryType]| {
        let mut section = MemorySection::new();
        for m in std::iter::once(&memory).chain(defined) {
            let ty = RoundtripReencoder
                .memory_type(*m)
                .map_err(|e| Problem::Unsupported(format!("its memory: {e}")))?;
            section.memory(ty);
        }
        out.section(&section);
        Ok::<(), Problem>(())
    };
    for payload in Parser::new(0).parse_all(bytes) {
        let payload = payload.map_err(bad)?;
        match &payload {
            Payload::ImportSection(s) => {
                let mut imports = ImportSection::new();
                for i in s.clone().into_imports() {
                    let i = i.map_err(bad)?;
                    if matches!(i.ty, TypeRef::Memory(_)) && (i.module, i.name) == ("env", "memory")
                    {
                        continue;
                    }
                    let ty = RoundtripReencoder
                        .entity_type(i.ty)
                        .map_err(|e| Problem::Unsupported(format!("its imports: {e}")))?;
                    imports.import(i.module, i.name, ty);
                }
                out.section(&imports);
                continue;
            }
            Payload::MemorySection(s) => {
                let defined = s
                    .clone()
                    .into_iter()
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(bad)?;
                place(&mut out, &defined)?;
                placed = true;
                continue;
            }
            _ => {}
        }
        let Some((id, range)) = payload.as_section() else {
            continue;
        };
        // The memory section goes before the first section that follows it.
        if !placed && id != 0 && rank(id) > rank(5) {
            place(&mut out, &[])?;
            placed = true;
        }
        out.section(&RawSection {
            id,
            data: &bytes[range.start as usize..range.end as usize],
        });
    }
    if !placed {
        place(&mut out, &[])?;
    }
    Ok(Some(out.finish()))
}

/// The position of section `id` in a module's order.
fn rank(id: u8) -> u8 {
    match id {
        1..=5 => id,       // type, import, function, table, memory
        13 => 6,           // tag
        6..=9 => id + 1,   // global, export, start, element
        12 => 11,          // data count
        10 | 11 => id + 2, // code, data
        _ => u8::MAX,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_imported_memory_becomes_the_first_defined_one() {
        let module = wat::parse_str(
            r#"(module
                (import "wasi_snapshot_preview1" "sched_yield" (func (result i32)))
                (import "env" "memory" (memory 2 10 shared))
                (global (mut i32) (i32.const 0))
                (export "memory" (memory 0))
                (func (export "_start") (drop (i32.atomic.load (i32.const 8))))
                (data (i32.const 16) "x"))"#,
        )
        .unwrap();
        let owned = super::own_memory(&module).unwrap().unwrap();
        wasmparser::Validator::new().validate_all(&owned).unwrap();
        let text = wasmprinter::print_bytes(&owned).unwrap();
        assert!(text.contains("(memory (;0;) 2 10 shared)"), "{text}");
        assert!(!text.contains("\"env\""), "{text}");
        assert!(super::own_memory(&owned).unwrap().is_none());
    }
}
