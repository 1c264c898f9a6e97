//! Step 2: check that a parsed module is an adaptable p1 module, collecting
//! every problem rather than stopping at the first.

use crate::error::Problem;
use crate::module::Module;
use crate::p1;
use wasmparser::{ExternalKind, TypeRef};

/// What a module is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// Exports `_start`: becomes a `wasi:cli/run` component.
    Command,
    /// No `_start` (maybe `_initialize`): its functions become exports.
    Reactor,
    /// A reactor serving `wasi:http/proxy`: it exports
    /// `wasi:http/incoming-handler`'s `handle` (detected from that export).
    /// Adapted for a proxy host: no filesystem (every fd above stdio is
    /// EBADF, as without preopens), empty arguments and environment,
    /// `proc_exit` traps; the component is verified against the proxy world.
    Proxy,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kind::Command => "command",
            Kind::Reactor => "reactor",
            Kind::Proxy => "wasi:http/proxy handler",
        })
    }
}

/// Whether `name` is the core export of WASI 0.2's
/// `wasi:http/incoming-handler#handle` (unversioned or at any `0.2.x`; a
/// WASI 0.3 handler is asynchronous, another thing).
pub fn is_http_handler(name: &str) -> bool {
    name.strip_prefix("wasi:http/incoming-handler")
        .and_then(|rest| rest.strip_suffix("#handle"))
        .is_some_and(|v| v.is_empty() || v.starts_with("@0.2."))
}

/// The name of `m`'s `wasi:http/incoming-handler#handle` export, if any.
fn http_handler<'a>(m: &Module<'a>) -> Option<&'a str> {
    m.exports
        .iter()
        .find(|e| e.kind == ExternalKind::Func && is_http_handler(e.name))
        .map(|e| e.name)
}

/// The version of `m`'s `wasi:http/incoming-handler#handle` export, when it
/// has a versioned one.
pub fn http_handler_version<'a>(m: &Module<'a>) -> Option<&'a str> {
    http_handler(m)?.split_once('@')?.1.strip_suffix("#handle")
}

/// What the checks learnt about an accepted module.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    /// Index of the memory exported as `memory`.
    pub memory: u32,
    /// Whether that memory is 64-bit.
    pub memory64: bool,
    /// Command, reactor or proxy.
    pub kind: Kind,
    /// The `_start` function of a command.
    pub start: Option<u32>,
    /// The `_initialize` function of a reactor, run once before any export.
    pub initialize: Option<u32>,
    /// Whether its memory is shared: a wasi-threads module (`crate::threads`).
    pub shared: bool,
    /// Whether it imports `wasi::thread-spawn`.
    pub spawns: bool,
}

/// Checks `m` (as `forced` if given, else as detected); returns the facts,
/// or every problem found.
pub fn check(m: &Module<'_>, forced: Option<Kind>) -> Result<Facts, Vec<Problem>> {
    let mut problems = Vec::new();

    let memory = m
        .exports
        .iter()
        .find(|e| e.name == "memory" && e.kind == ExternalKind::Memory)
        .map(|e| e.index);
    let memory_ty = memory.and_then(|i| m.memories.get(i as usize));
    match memory_ty {
        None => problems.push(Problem::NoExportedMemory),
        // wasi-threads is wasm32 only.
        Some(t) if t.shared && t.memory64 => problems.push(Problem::SharedMemory),
        Some(_) => {}
    }
    let shared = memory_ty.is_some_and(|t| t.shared);
    let memory64 = memory_ty.is_some_and(|t| t.memory64);

    // A guest carrying its own WIT may import functions of it: those are
    // checked against that WIT when the world is made (`world::embedded`).
    let carries_wit = m
        .customs
        .iter()
        .any(|c| c.name().starts_with("component-type"));
    // So may an HTTP handler without it: the proxy world types them.
    let handler = http_handler(m).is_some();
    let start = m.exported_func("_start");
    let proxy = match forced {
        Some(k) => k == Kind::Proxy,
        None => handler && start.is_none(),
    };
    for i in &m.imports {
        let qualified = format!("{}::{}", i.module, i.name);
        if (carries_wit || proxy) && p1::is_wit_module(i.module) {
            if !matches!(i.ty, TypeRef::Func(_) | TypeRef::FuncExact(_)) {
                problems.push(Problem::NotAFunction(qualified));
            }
            continue;
        }
        if !p1::is_module(i.module) {
            problems.push(Problem::UnknownImportModule {
                module: i.module.to_string(),
                name: i.name.to_string(),
            });
            continue;
        }
        let Some(func) = p1::find_in(i.module, i.name) else {
            problems.push(Problem::UnknownP1Function(qualified));
            continue;
        };
        let (TypeRef::Func(t) | TypeRef::FuncExact(t)) = i.ty else {
            problems.push(Problem::NotAFunction(qualified));
            continue;
        };
        let (params, results) = func.guest_signature(memory64);
        let found = m.types.get(t as usize).and_then(Option::as_ref);
        let ok = found.is_some_and(|f| f.params() == params && f.results() == results);
        if !ok {
            problems.push(Problem::WrongSignature {
                name: qualified,
                expected: p1::format_signature(&params, &results),
                found: found
                    .map(|f| p1::format_signature(f.params(), f.results()))
                    .unwrap_or_else(|| "a non-function type".into()),
            });
        }
    }

    // A thread starts at `wasi_thread_start(tid, arg)`.
    let spawns = m
        .imports
        .iter()
        .any(|i| i.module == crate::threads::SPAWN_MODULE && i.name == crate::threads::SPAWN);
    if spawns {
        let entry = m.exported_func(crate::threads::START);
        let ok = entry
            .and_then(|f| m.func_type(f))
            .is_some_and(|t| t.params() == [wasmparser::ValType::I32; 2] && t.results().is_empty());
        if !ok {
            problems.push(Problem::Unsupported(format!(
                "imports `{}::{}` without exporting `{}: (i32 i32) -> ()`",
                crate::threads::SPAWN_MODULE,
                crate::threads::SPAWN,
                crate::threads::START
            )));
        }
    }

    let initialize = m.exported_func("_initialize");
    if start.is_some() && initialize.is_some() {
        problems.push(Problem::BothEntryPoints);
    }
    let unit = |f: u32| {
        m.func_type(f)
            .is_some_and(|t| t.params().is_empty() && t.results().is_empty())
    };
    if start.is_some_and(|f| !unit(f)) {
        problems.push(Problem::BadStartSignature);
    }
    if initialize.is_some_and(|f| !unit(f)) {
        problems.push(Problem::BadInitializeSignature);
    }
    let kind = match (forced, start) {
        (Some(Kind::Command), None) => {
            problems.push(Problem::NoEntryPoint);
            Kind::Command
        }
        (Some(k @ (Kind::Reactor | Kind::Proxy)), Some(_)) => {
            problems.push(Problem::StartInReactor);
            k
        }
        (Some(k), None) => k,
        (_, Some(_)) => Kind::Command,
        (None, None) if handler => Kind::Proxy,
        (None, None) => Kind::Reactor,
    };

    match (problems.is_empty(), memory) {
        (true, Some(memory)) => Ok(Facts {
            memory,
            memory64,
            kind,
            start,
            initialize,
            shared,
            spawns,
        }),
        _ => Err(problems),
    }
}
