//! Errors: every problem found in an input, and the failures that are not
//! the input's fault.

use std::fmt;

/// Why a module could not be adapted.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The input is not an adaptable p1 module; every problem found is listed.
    Rejected(Vec<Problem>),
    /// p1-adapt failed on an input it accepted: a bug, reported with detail.
    Internal(String),
}

/// One problem with an input module.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// The bytes are neither WebAssembly binary nor text.
    NotWasm,
    /// The bytes are WebAssembly but malformed or invalid (truncated, bad
    /// section...): wasmparser's message.
    Invalid(String),
    /// The input is a WebAssembly text file that does not parse.
    BadText(String),
    /// The input is already a component.
    Component,
    /// An import from a module other than `wasi_snapshot_preview1` or
    /// `wasi_unstable`.
    UnknownImportModule {
        /// Import module name.
        module: String,
        /// Item name.
        name: String,
    },
    /// A preview 1 or 0 import (`module::name`) that the preview does not
    /// define.
    UnknownP1Function(String),
    /// A preview 1 or 0 import (`module::name`) that is not a function.
    NotAFunction(String),
    /// A preview function imported with the wrong core signature.
    WrongSignature {
        /// The function, `module::name`.
        name: String,
        /// What preview 1 (for the guest's pointer width) expects.
        expected: String,
        /// What the module declares.
        found: String,
    },
    /// The module has no memory exported as `memory` (p1 passes pointers
    /// into it).
    NoExportedMemory,
    /// The exported memory is shared and 64-bit (wasi-threads is wasm32).
    SharedMemory,
    /// A command was asked for (`--kind command`) but there is no `_start`.
    NoEntryPoint,
    /// A reactor was asked for (`--kind reactor`) but there is a `_start`.
    StartInReactor,
    /// `_initialize` does not have type `() -> ()`.
    BadInitializeSignature,
    /// A guest export that cannot become a component export.
    UntypableExport {
        /// The core export name.
        name: String,
        /// Why.
        reason: String,
    },
    /// The WIT the module carries (`component-type` custom section) does
    /// not decode or merge.
    BadEmbeddedWit(String),
    /// An import of the WIT the module carries that cannot be kept.
    CarriedImport {
        /// `module::name`.
        name: String,
        /// Why.
        reason: String,
    },
    /// The world given with `--wit` exports a function the guest does not.
    MissingExport(String),
    /// The WIT given with `--wit` does not load, or has no such world.
    BadWit(String),
    /// The module exports both `_start` and `_initialize`.
    BothEntryPoints,
    /// `_start` does not have type `() -> ()`.
    BadStartSignature,
    /// A module kind this version does not support yet.
    Unsupported(String),
    /// Even trimmed, the component would not fit the `--target` world: the
    /// verifier's errors, one per line.
    DoesNotFit(String),
    /// `verify` was given bytes it cannot check (an invalid component, a
    /// WIT package): the verifier's reason.
    Unverifiable(String),
}

impl Problem {
    /// A stable kebab-case name for the kind of problem (`not-wasm`,
    /// `wrong-signature`, ...), for callers that branch on it: the
    /// component's and the npm package's `problem.code`.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::NotWasm => "not-wasm",
            Problem::Invalid(_) => "invalid",
            Problem::BadText(_) => "bad-text",
            Problem::Component => "component",
            Problem::UnknownImportModule { .. } => "unknown-import-module",
            Problem::UnknownP1Function(_) => "unknown-p1-function",
            Problem::NotAFunction(_) => "not-a-function",
            Problem::WrongSignature { .. } => "wrong-signature",
            Problem::NoExportedMemory => "no-exported-memory",
            Problem::SharedMemory => "shared-memory",
            Problem::NoEntryPoint => "no-entry-point",
            Problem::StartInReactor => "start-in-reactor",
            Problem::BadInitializeSignature => "bad-initialize-signature",
            Problem::UntypableExport { .. } => "untypable-export",
            Problem::BadEmbeddedWit(_) => "bad-embedded-wit",
            Problem::CarriedImport { .. } => "carried-import",
            Problem::MissingExport(_) => "missing-export",
            Problem::BadWit(_) => "bad-wit",
            Problem::BothEntryPoints => "both-entry-points",
            Problem::BadStartSignature => "bad-start-signature",
            Problem::Unsupported(_) => "unsupported",
            Problem::DoesNotFit(_) => "does-not-fit",
            Problem::Unverifiable(_) => "unverifiable",
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotWasm => write!(f, "not a WebAssembly module (neither binary nor text)"),
            Problem::Invalid(m) => write!(f, "invalid WebAssembly: {m}"),
            Problem::BadText(m) => write!(f, "invalid WebAssembly text: {m}"),
            Problem::Component => write!(f, "already a component; p1-adapt takes a core module"),
            Problem::UnknownImportModule { module, name } => write!(
                f,
                "imports `{module}::{name}`: only `wasi_snapshot_preview1` and `wasi_unstable` imports can be adapted"
            ),
            Problem::UnknownP1Function(n) => {
                write!(f, "imports `{n}`, which that preview does not define")
            }
            Problem::NotAFunction(n) => {
                write!(f, "imports `{n}` as something other than a function")
            }
            Problem::WrongSignature {
                name,
                expected,
                found,
            } => write!(
                f,
                "imports `{name}` with type {found}, expected {expected}"
            ),
            Problem::NoExportedMemory => write!(f, "exports no memory named `memory`"),
            Problem::SharedMemory => {
                write!(f, "its memory is shared and 64-bit: wasi-threads guests are wasm32")
            }
            Problem::NoEntryPoint => write!(
                f,
                "a command was asked for, but the module exports no `_start`"
            ),
            Problem::StartInReactor => {
                write!(
                    f,
                    "a reactor or proxy was asked for, but the module exports `_start` (a command)"
                )
            }
            Problem::BadInitializeSignature => {
                write!(f, "exports `_initialize` with a type other than () -> ()")
            }
            Problem::UntypableExport { name, reason } => {
                write!(
                    f,
                    "export `{name}` cannot become a component export: {reason}"
                )
            }
            Problem::MissingExport(n) => {
                write!(
                    f,
                    "the world exports `{n}`, but the module exports no function of that name"
                )
            }
            Problem::BadWit(m) => write!(f, "--wit: {m}"),
            Problem::CarriedImport { name, reason } => {
                write!(f, "imports `{name}` from the WIT it carries: {reason}")
            }
            Problem::BadEmbeddedWit(m) => {
                write!(f, "the WIT it carries (component-type section): {m}")
            }
            Problem::BothEntryPoints => {
                write!(f, "exports both `_start` and `_initialize`: a module is a command or a reactor, not both")
            }
            Problem::BadStartSignature => {
                write!(f, "exports `_start` with a type other than () -> ()")
            }
            Problem::Unsupported(m) => write!(f, "not supported: {m}"),
            Problem::DoesNotFit(m) => {
                write!(f, "the component would not fit the target: {}", m.replace('\n', "; "))
            }
            Problem::Unverifiable(m) => write!(f, "{m}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Rejected(problems) => {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                write!(f, "{}", list.join("; "))
            }
            Error::Internal(m) => write!(f, "internal error (please report): {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The problems with the input, if it was rejected.
    pub fn problems(&self) -> &[Problem] {
        match self {
            Error::Rejected(p) => p,
            Error::Internal(_) => &[],
        }
    }

    pub(crate) fn internal(e: impl fmt::Display) -> Self {
        Error::Internal(e.to_string())
    }
}
