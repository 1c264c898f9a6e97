//! p1-adapt: run WASI preview 1 modules on WASI 0.2 hosts.
//!
//! [`adapt`] turns a core module importing `wasi_snapshot_preview1` into a
//! WASI 0.2 component. The adapter that implements preview 1 on WASI 0.2 has
//! its own private memory and is *fused* into the module (one core module;
//! the adapter's memory is the low bytes of the one memory ([`Region`]) with
//! the guest translated above them, or a second memory: [`Layout`]): the
//! guest's memory, allocator and stack are never touched except through the
//! arguments of the p1 calls it makes.
//!
//! ```
//! let module = wat::parse_str(r#"
//!     (module
//!       (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
//!       (memory (export "memory") 1)
//!       (func (export "_start") (call $exit (i32.const 3))))
//! "#).unwrap();
//! let adapted = p1_adapt::adapt(&module)?;
//! assert!(wasmparser::Parser::is_component(&adapted.component));
//! assert_eq!(adapted.imports, ["wasi:cli/exit@0.2.12"]);
//! # Ok::<(), p1_adapt::Error>(())
//! ```
//!
//! The pipeline, one module per step (`docs/architecture.md` draws it):
//! `input` (1, read binary or text), `check` (2, is it an adaptable p1
//! module? every problem at once), `world` (3, the component's imports and
//! exports), `plan` (4, which parts of the adapter the guest reaches, bound
//! and trimmed for the host), `layout` (5, where the adapter's memory
//! lives), `fuse` (6, one core module), `encode` (7, wit-component) and
//! `validate` (8). Where there is a second core, two steps run beside
//! others on threads of their own: wit-component, from the moment fusion
//! has written the module's interface (it needs nothing else), and the
//! rewriting of the guest's DWARF for its moved code, from the moment the
//! code is written through 8 (its sections are appended to the module
//! last).
//! Writing the file atomically is the CLI's job.

mod abi;
mod check;
mod contract;
mod encode;
mod error;
mod fuse;
mod gc;
mod input;
mod layout;
mod marshal;
mod module;
mod p1;
mod parallel;
mod plan;
mod targets;
mod threads;
mod validate;
mod wit;
mod world;

pub use check::Kind;
pub use error::{Error, Problem};
pub use layout::{Layout, Region};
use module::Module;
pub use p1_adapt_verifier::{Report, Severity};
use std::path::PathBuf;
pub use targets::{target, verify_input};
pub use threads::{Preempt, Threads};

/// The adapter core module, before fusion: `prebuilt/adapter.wasm`, built
/// from `adapter/` and checked in, so that building p1-adapt needs no wasm
/// target (a test rebuilds it from the sources and compares the bytes).
pub const ADAPTER_MODULE: &[u8] = include_bytes!("../prebuilt/adapter.wasm");

/// The adapter on WASI 0.3.0 (`--wasi-version 0.3.0`):
/// `prebuilt/adapter-wasi-0.3.wasm`, the same sources built with the feature
/// `wasi-0-3` (checked the same way).
pub const ADAPTER_MODULE_WASI_0_3: &[u8] = include_bytes!("../prebuilt/adapter-wasi-0.3.wasm");

/// The version of WASI 0.2 whose interfaces adapted components import by
/// default: that of the vendored WIT (`verifier/wit/deps/`).
pub use p1_adapt_verifier::WASI_VERSION;

/// Adapts modules; holds the options ([`adapt`] is `Adapter::new().adapt`).
///
/// ```
/// # let module = wat::parse_str(r#"(module (memory (export "memory") 1)
/// #   (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))"#).unwrap();
/// let adapted = p1_adapt::Adapter::new()
///     .kind(p1_adapt::Kind::Reactor)
///     .adapt(&module)?;
/// # Ok::<(), p1_adapt::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Adapter {
    kind: Option<Kind>,
    wit: Option<(PathBuf, String)>,
    target: Option<std::sync::Arc<Target>>,
    wasi_version: Option<String>,
    layout: Layout,
    region: Region,
    threads: Threads,
    preempt: threads::Preempt,
    strip_debug: bool,
}

/// A finished adaptation.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Adaptation {
    /// The component's bytes.
    pub component: Vec<u8>,
    /// The interfaces the component imports, e.g. `wasi:cli/stdout@0.2.12`.
    pub imports: Vec<String>,
    /// Things the user should know that did not stop the adaptation (for
    /// example custom sections that had to be dropped).
    pub warnings: Vec<String>,
    /// p1 functions answering ENOSYS because the target lacks what they need.
    pub trimmed: Vec<Trimmed>,
    /// The layout used: [`Layout::Single`] or [`Layout::Multi`].
    pub layout: Layout,
    /// The kind the module was adapted as (detected or asked for).
    pub kind: Kind,
}

/// A p1 function trimmed for the target ([`Adapter::target`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trimmed {
    /// `wasi_snapshot_preview1::NAME`.
    pub function: String,
    /// The WASI interfaces its implementation needs that the target lacks.
    pub needs: Vec<String>,
}

pub use p1_adapt_verifier::Target;

impl Adapter {
    /// An adapter with default options: the kind is detected (a module that
    /// exports `_start` is a command, one exporting
    /// `wasi:http/incoming-handler#handle` a [`Kind::Proxy`], any other a
    /// reactor) and a reactor's exports are typed by the WIT it carries,
    /// else from their core types.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adapts as this kind instead of detecting it; a module that does not
    /// fit is rejected ([`Problem::NoEntryPoint`], [`Problem::StartInReactor`]).
    pub fn kind(mut self, kind: Kind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Adapts for a host world: capabilities `target` lacks look absent
    /// (without `wasi:filesystem`, no preopens: fds above stdio are EBADF;
    /// without `wasi:cli/environment`, no arguments or variables), other p1
    /// functions that need an interface it lacks answer ENOSYS instead of
    /// importing it (`proc_exit` traps), and the result is verified against
    /// `target` before it is returned ([`Problem::DoesNotFit`] otherwise).
    /// A proxy's target is `wasi:http/proxy` unless one is given.
    pub fn target(mut self, target: Target) -> Self {
        self.target = Some(std::sync::Arc::new(target));
        self
    }

    /// The WASI version of the component's imports and exports: `0.2.12`
    /// (the default, or the target's version, or a proxy handler's own
    /// when it is one of these), `0.2.0` for hosts that
    /// match versions exactly (below 0.2.12 there is no `exit-with-code`, so
    /// `proc_exit` reports 0 as success and any other status as 1), or
    /// `0.3.0` for WASI 0.3 hosts (commands without threads; the adapter's
    /// 0.3 build, [`ADAPTER_MODULE_WASI_0_3`]).
    pub fn wasi_version(mut self, version: impl Into<String>) -> Self {
        self.wasi_version = Some(version.into());
        self
    }

    /// Where the adapter's memory lives ([`Layout::Auto`] by default): a
    /// memory of its own ([`Layout::Multi`]; hosts with multi-memory, such
    /// as wasmtime) or the low bytes of the guest's memory ([`Region`]) with
    /// the guest translated above them ([`Layout::Single`]; every host,
    /// jco included).
    pub fn layout(mut self, layout: Layout) -> Self {
        self.layout = layout;
        self
    }

    /// The size of the adapter's region in the single layout
    /// ([`Region::DEFAULT`], 1 MiB, by default): more for programs that
    /// keep tens of thousands of files open or poll as many subscriptions
    /// at once; what does not fit answers an errno.
    pub fn region(mut self, region: Region) -> Self {
        self.region = region;
        self
    }

    /// How a wasi-threads guest's threads run ([`Threads::Auto`] by
    /// default: [`Threads::Cooperative`] for a command, [`Threads::None`]
    /// for a reactor or proxy, whose threads would outlive the export call
    /// that made them).
    pub fn threads(mut self, threads: Threads) -> Self {
        self.threads = threads;
        self
    }

    /// Drops the guest's debug info (DWARF, source maps) instead of
    /// rewriting it through fusion: a smaller component, backtraces by
    /// function name only.
    pub fn strip_debug(mut self, strip: bool) -> Self {
        self.strip_debug = strip;
        self
    }

    /// When a cooperative thread that does not block lets the others run
    /// (default: every 10000 loop iterations).
    pub fn preempt(mut self, preempt: Preempt) -> Self {
        self.preempt = preempt;
        self
    }

    /// Types a reactor's exports with `world` of the WIT package at `path`
    /// (a `.wit` file or a directory with `deps/`), instead of deriving them.
    pub fn wit(mut self, path: impl Into<PathBuf>, world: impl Into<String>) -> Self {
        self.wit = Some((path.into(), world.into()));
        self
    }

    /// Adapts `input`, a core module in WebAssembly binary or text form.
    ///
    /// # Errors
    /// [`Error::Rejected`] with every [`Problem`] found when the input is not
    /// an adaptable preview 1 module; [`Error::Internal`] on a p1-adapt bug.
    pub fn adapt(&self, input: &[u8]) -> Result<Adaptation, Error> {
        let rejected = |p: Problem| Error::Rejected(vec![p]);
        // 1. parse and validate, but the function bodies, which fusion
        // validates as it rewrites them (a threads guest's imported memory
        // made its own)
        let read = input::read(input).map_err(rejected)?;
        let invalid = |e| rejected(input::invalid(&e));
        let owned;
        let mut guest = Module::checked(&read).map_err(invalid)?;
        if let Some(own) = threads::own_memory(&read).map_err(rejected)? {
            // The input's bodies are validated as the input (its offsets in
            // the messages), then the module with its memory made its own
            // is read as valid.
            guest.check_bodies().map_err(invalid)?;
            owned = own;
            guest = Module::parse(&owned).map_err(Error::internal)?;
        }
        self.adapt_module(&guest).map_err(|e| match e {
            // An invalid module is reported as invalid, whatever else is
            // wrong with it: when a step before fusion rejected it, its
            // bodies are validated here.
            Error::Rejected(p) if !p.iter().any(|p| matches!(p, Problem::Invalid(_))) => {
                match guest.check_bodies() {
                    Err(e) => invalid(e),
                    Ok(()) => Error::Rejected(p),
                }
            }
            e => e,
        })
    }

    /// Steps 2 to 8 of [`Adapter::adapt`], on a module read in step 1.
    fn adapt_module(&self, guest: &Module<'_>) -> Result<Adaptation, Error> {
        let rejected = |p: Problem| Error::Rejected(vec![p]);
        let mut warnings = Vec::new();
        // 2. check: an adaptable p1 module, and for which WASI and host
        let facts = check::check(guest, self.kind).map_err(Error::Rejected)?;
        let version = self.version(guest, &facts, &mut warnings)?;
        let target = self.target_for(facts.kind, &version)?;
        self.threads_warning(&facts, &mut warnings);
        // 3. world: the component's imports and exports
        let world = self.world(guest, guest.bytes, facts.kind, &version, &mut warnings)?;
        // Shared with the thread that begins the component (step 6).
        let world = std::sync::Arc::new(world);
        // 4. plan: the adapter parts the guest reaches, trimmed for a target
        let adapter = match wit::is_0_3(&version) {
            true => ADAPTER_MODULE_WASI_0_3,
            false => ADAPTER_MODULE,
        };
        let adapter = Module::parse(adapter).map_err(Error::internal)?;
        let cooperative = self.cooperative(&facts)?;
        let plan = plan::for_target(
            guest,
            &facts,
            &adapter,
            target.as_deref(),
            &version,
            cooperative,
        )?;
        // 5. layout
        let layout = layout::resolve(self.layout, self.region, guest, &facts).map_err(rejected)?;
        marshal::check(guest, &world, layout).map_err(rejected)?;
        if layout == Layout::Multi && self.region != Region::DEFAULT {
            warnings.push(
                "the region applies to the single layout only: this module uses the multi layout"
                    .into(),
            );
        }
        // 6. fuse
        let mut adapter_exports = vec![("cabi_realloc".to_string(), "cabi_realloc")];
        if facts.kind == Kind::Command {
            adapter_exports.push((format!("wasi:cli/run@{version}#run"), contract::RUN_EXPORT));
        }
        let exports = fuse::Exports {
            adapter: adapter_exports,
            wasi_version: &version,
            guest: world.exports.clone(),
            initialize: facts.initialize,
            marshal: &world.marshal,
            marshal_imports: &world.marshal_imports,
        };
        // wit-component needs only the module's interface: it begins on
        // another thread as soon as fusion has written it, while the code
        // is written (7, early).
        let mut early = None;
        let mut header = |header: &[u8], functions: u32| {
            let (header, world) = (header.to_vec(), std::sync::Arc::clone(&world));
            early = Some(parallel::Beside::begin(move || {
                encode::early(header, functions, &world)
            }));
        };
        let writing = fuse::Writing {
            region: (layout == Layout::Single).then_some(self.region),
            strip_debug: self.strip_debug,
            header: &mut header,
        };
        let fused = fuse::fuse(guest, &facts, &adapter, &plan, &exports, writing)?;
        warnings.extend(fused.warnings);
        // 7. encode (the guest's DWARF is being rewritten meanwhile, on
        // another thread: encoding and validation do not read custom
        // sections)
        let early = early.and_then(parallel::Beside::join);
        let mut encoded = encode::encode(fused.module, &world, early)?;
        // 8. validate (verifying against a target validates too: not twice)
        match &target {
            None => encode::validate(&encoded.component)?,
            Some(target) => verify(&encoded.component, target)?,
        }
        if let Some(debug) = fused.debug {
            let (sections, dropped) = debug.finish();
            warnings.extend(dropped);
            encoded.append_to_module(&sections);
        }
        let component = encoded.component;
        let trimmed = plan
            .trimmed
            .iter()
            .map(|(k, needs)| Trimmed {
                function: format!("{}::{}", guest.imports[*k].module, guest.imports[*k].name),
                needs: needs.clone(),
            })
            .collect();
        Ok(Adaptation {
            imports: encode::imports(&component),
            component,
            warnings,
            trimmed,
            layout,
            kind: facts.kind,
        })
    }

    /// The WASI version to adapt for: the one asked for, else a `@0.2.0`
    /// target's, else a proxy handler's own (one version of each interface,
    /// the host's proxy world), else [`WASI_VERSION`].
    fn version(
        &self,
        guest: &Module<'_>,
        facts: &check::Facts,
        warnings: &mut Vec<String>,
    ) -> Result<String, Error> {
        let handler_version = check::http_handler_version(guest);
        let version = match (&self.wasi_version, &self.target) {
            (Some(v), _) => v.clone(),
            // A preset target's own version (`wasi:cli/command@0.3.0`).
            (None, Some(t))
                if t.name
                    .rsplit_once('@')
                    .is_some_and(|(_, v)| wit::supported(v)) =>
            {
                t.name
                    .rsplit_once('@')
                    .map_or(WASI_VERSION, |(_, v)| v)
                    .to_string()
            }
            (None, None) if facts.kind == Kind::Proxy => handler_version
                .filter(|v| wit::supported(v))
                .unwrap_or(WASI_VERSION)
                .to_string(),
            _ => WASI_VERSION.to_string(),
        };
        if !wit::supported(&version) {
            return Err(Error::Rejected(vec![Problem::Unsupported(format!(
                "WASI version {version} (supported: {})",
                wit::versions().collect::<Vec<_>>().join(", ")
            ))]));
        }
        if let Some(v) = handler_version.filter(|v| *v != version) {
            warnings.push(format!(
                "the handler is at WASI {v}, the component's WASI imports at {version}: its own wasi:* imports stay at {v} beside them (a semver-aware host such as wasmtime links both; one that matches versions exactly needs {v})"
            ));
        }
        if wit::is_0_3(&version) {
            self.only_commands_on_0_3(facts)?;
        } else if version != WASI_VERSION && guest.imports.iter().any(|i| i.name == "proc_exit") {
            warnings.push(format!(
                "WASI {version} has no exit-with-code: proc_exit reports 0 as success and any other status as 1"
            ));
        }
        Ok(version)
    }

    /// What WASI 0.3.0 components are made of yet: commands without threads
    /// (a reactor's or a proxy's exports are synchronous functions, which
    /// may not wait on 0.3's streams; threads need 0.2's pollables).
    fn only_commands_on_0_3(&self, facts: &check::Facts) -> Result<(), Error> {
        let refuse = |what: &str| {
            Err(Error::Rejected(vec![Problem::Unsupported(format!(
                "WASI 0.3.0 for {what} (p1-adapt makes 0.3.0 commands without threads; use --wasi-version {WASI_VERSION})"
            ))]))
        };
        if facts.kind != Kind::Command {
            return refuse(&format!("a {}", facts.kind));
        }
        if facts.shared || facts.spawns {
            return refuse("a wasi-threads module");
        }
        Ok(())
    }

    /// How a guest that spawns threads gets them: cooperative threads for a
    /// command (asked for or `auto`), none otherwise (`None`). Cooperative
    /// threads of a reactor or proxy would outlive the export call that made
    /// them: refused.
    fn cooperative(&self, facts: &check::Facts) -> Result<Option<threads::Cooperative>, Error> {
        let command = facts.kind == Kind::Command;
        let wanted = match self.threads {
            Threads::Cooperative if !command => {
                return Err(Error::Rejected(vec![Problem::Unsupported(format!(
                    "cooperative threads in a {} (its threads would outlive the export call that made them; use `--threads none`)",
                    facts.kind
                ))]))
            }
            Threads::Cooperative | Threads::Auto => command,
            Threads::None => false,
        };
        Ok((facts.spawns && wanted).then_some(threads::Cooperative {
            preempt: match self.preempt {
                Preempt::Every(n) => Some(n),
                Preempt::Off => None,
            },
        }))
    }

    /// What a guest that spawns threads gets, and what that needs.
    fn threads_warning(&self, facts: &check::Facts, warnings: &mut Vec<String>) {
        if !facts.spawns {
            return;
        }
        let cooperative = matches!(self.cooperative(facts), Ok(Some(_)));
        warnings.push(match cooperative {
            true => "threads are cooperative (component-model threads, one running at a time): the host needs component-model threading (wasmtime 48: `-W component-model-threading`); `--threads none` for hosts without it (jco)".to_string(),
            false => format!(
                "threads cannot be made (threads mode `none`): `{}::{}` answers -1 (pthread_create returns EAGAIN, Rust's thread::spawn an error)",
                threads::SPAWN_MODULE,
                threads::SPAWN
            ),
        });
    }

    /// The host world to adapt for: the one given, else `wasi:http/proxy`
    /// for a proxy, else none.
    fn target_for(
        &self,
        kind: Kind,
        version: &str,
    ) -> Result<Option<std::sync::Arc<Target>>, Error> {
        Ok(match (&self.target, kind) {
            (Some(t), _) => Some(t.clone()),
            (None, Kind::Proxy) => Some(std::sync::Arc::new(
                Target::preset(&format!("wasi:http/proxy@{version}")).map_err(Error::internal)?,
            )),
            (None, _) => None,
        })
    }

    /// The component's world: a command's is `wasi:cli/run` (keeping the
    /// imports of the WIT it carries); a reactor's exports are typed by the
    /// WIT given (`--wit`), else the one it carries, else derived (a
    /// proxy's: the bundled proxy world).
    fn world(
        &self,
        guest: &Module<'_>,
        bytes: &[u8],
        kind: Kind,
        version: &str,
        warnings: &mut Vec<String>,
    ) -> Result<world::World, Error> {
        let world = match (kind, &self.wit) {
            (Kind::Command, None) => {
                world::command_carrying(guest, bytes, version).map(|(world, ignored)| {
                    warnings.extend(ignored.iter().map(|e| {
                        format!("the WIT the module carries exports `{e}`: not used, a command's only export is wasi:cli/run")
                    }));
                    world
                })
            }
            (Kind::Command, Some(_)) => Err(vec![Problem::BadWit(
                "a WIT world types a reactor's exports; this module is a command".into(),
            )]),
            (kind, None) => world::embedded(guest, bytes, version).and_then(|w| {
                w.map_or_else(
                    || match kind {
                        Kind::Proxy => {
                            world::bundled(guest, &format!("wasi:http/proxy@{version}"), version)
                        }
                        _ => world::derived(guest, version),
                    },
                    Ok,
                )
            }),
            (_, Some((path, name))) => world::user(guest, path, name, version),
        }
        .map_err(Error::Rejected)?;
        warnings.extend(world.skipped.iter().map(|s| {
            format!("export `{s}` is toolchain-internal and does not become a component export")
        }));
        Ok(world)
    }
}

/// Verifies `component` against `target`: its errors are the problem.
fn verify(component: &[u8], target: &Target) -> Result<(), Error> {
    let report = p1_adapt_verifier::verify(component, target).map_err(Error::internal)?;
    if report.fits() {
        return Ok(());
    }
    let errors: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.severity == p1_adapt_verifier::Severity::Error)
        .map(|f| format!("{} {}: {}", f.code.id(), f.subject, f.message))
        .collect();
    Err(Error::Rejected(vec![Problem::DoesNotFit(
        errors.join("; "),
    )]))
}

/// Adapts `input` with default options: see [`Adapter::adapt`].
///
/// # Errors
/// As [`Adapter::adapt`].
pub fn adapt(input: &[u8]) -> Result<Adaptation, Error> {
    Adapter::new().adapt(input)
}
