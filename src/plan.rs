//! Step 4: what of the adapter the fused module keeps, and how its link
//! points are bound.
//!
//! The roots are the adapter exports the module needs (`cabi_realloc`,
//! `wasi:cli/run` for commands, the implementation of each p1 import); the
//! `files` link point is bound only when the guest can open files
//! (`path_open`) on a host with preopens; the `preopens`, `terminal`,
//! `environment` and `exit` ones only when the target has those
//! capabilities (else: no preopens, not a terminal, no arguments or
//! variables, as on such a host). Without preopens no file or directory fd
//! can exist, so the adapter's `wasi:filesystem` imports are unreachable:
//! on a target without the filesystem they are bound to traps rather than
//! trimming every `fd_*`/`path_*` function (which answer EBADF above
//! stdio, as natively without preopens). With a target world, any other p1
//! function whose implementation reaches an import the target does not
//! provide is *trimmed*: bound to an ENOSYS stub (`proc_exit`: a trap), so
//! the component never imports what the host lacks. When `path_open` is
//! trimmed the files link point is unbound and every import is judged
//! again (so `fd_write` keeps stdout on a host without files).

use crate::check::{Facts, Kind};
use crate::contract::{
    FEATURES, NOTIFY_EXPORT, OPTIONAL_MODULE, PREEMPT_EXPORT, RUN_EXPORT, THREAD_RUN_EXPORT,
    WAIT_EXPORT,
};
use crate::error::Error;
use crate::gc::{Graph, Live};
use crate::module::Module;
use crate::p1;
use std::collections::HashMap;

/// The link points of `adapter` enabled by `enabled(feature)`: import index
/// to the adapter function it is bound to. Every link point must name a
/// known feature and an export of the adapter, enabled or not: renaming one
/// would otherwise quietly turn a capability off.
pub fn links(
    adapter: &Module<'_>,
    enabled: impl Fn(&str) -> bool,
) -> Result<HashMap<u32, u32>, Error> {
    let mut out = HashMap::new();
    for (i, imp) in adapter.imports.iter().enumerate() {
        if imp.module != OPTIONAL_MODULE {
            continue;
        }
        let feature = imp.name.split('/').next().unwrap_or_default();
        if !FEATURES.contains(&feature) {
            return Err(Error::internal(format!(
                "the adapter imports link point `{OPTIONAL_MODULE}::{}` of unknown feature `{feature}`",
                imp.name
            )));
        }
        let export = format!("p1-adapt:{}", imp.name);
        let f = adapter.exported_func(&export).ok_or_else(|| {
            Error::internal(format!(
                "the adapter's link point `{OPTIONAL_MODULE}::{}` has no export `{export}`",
                imp.name
            ))
        })?;
        if enabled(feature) {
            out.insert(i as u32, f);
        }
    }
    Ok(out)
}

/// The live adapter and the trimmed p1 imports.
pub struct Plan {
    /// Link points bound to adapter functions.
    pub links: HashMap<u32, u32>,
    /// Live adapter functions.
    pub live: Live,
    /// Trimmed guest imports: index and the WASI interfaces they would need.
    pub trimmed: Vec<(usize, Vec<String>)>,
    /// Live adapter imports the target lacks that no reachable state calls
    /// (bound to traps): `wasi:filesystem` on a host without preopens.
    pub unavailable: Vec<u32>,
    /// Whether the guest's threads are made, as component-model threads
    /// (the `threads` link point bound), and how.
    pub threads: Option<crate::threads::Cooperative>,
}

fn export(adapter: &Module<'_>, name: &str) -> Result<u32, Error> {
    adapter
        .exported_func(name)
        .ok_or_else(|| Error::internal(format!("adapter lacks export `{name}`")))
}

/// The `wasi:cli/imports` world at `version`: what the adapter's imports can
/// be. Read once per version (parsing the WASI WIT is a tenth of a small
/// module's composing time).
fn imports_at(version: &str) -> Result<&'static p1_adapt_verifier::Target, Error> {
    type Cache = std::sync::Mutex<Vec<(String, &'static p1_adapt_verifier::Target)>>;
    static CACHE: std::sync::OnceLock<Cache> = std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache
        .lock()
        .map_err(|_| Error::internal("the imports cache is poisoned"))?;
    if let Some((_, t)) = cache.iter().find(|(v, _)| v == version) {
        return Ok(t);
    }
    let target = p1_adapt_verifier::Target::preset(&format!("wasi:cli/imports@{version}"))
        .map_err(Error::internal)?;
    let target: &'static _ = Box::leak(Box::new(target));
    cache.push((version.to_string(), target));
    Ok(target)
}

/// Plans the fusion of `guest` (of `kind`) with `adapter` for the host
/// world `target` (none: every WASI interface at `version`), making the
/// guest's threads as component-model threads as `threads` says.
pub fn for_target(
    guest: &Module<'_>,
    facts: &Facts,
    adapter: &Module<'_>,
    target: Option<&p1_adapt_verifier::Target>,
    version: &str,
    threads: Option<crate::threads::Cooperative>,
) -> Result<Plan, Error> {
    // What the imports can be: what the target provides, at the version
    // the component is made for.
    let at_version = imports_at(version)?;
    let provides = |m: &str, n: &str| {
        let m = crate::wit::at_version(m, version);
        at_version.provides(&m, n) && target.is_none_or(|t| t.provides(&m, n))
    };
    // The adapter's call graph: the same for every adaptation with that
    // adapter, the 0.2 or the 0.3 build (and its contract, checked once).
    static GRAPHS: [std::sync::OnceLock<Graph>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    let (slot, adapter_version) = match crate::wit::is_0_3(version) {
        true => (&GRAPHS[1], version),
        false => (&GRAPHS[0], p1_adapt_verifier::WASI_VERSION),
    };
    let graph = match slot.get() {
        Some(g) => g,
        None => {
            crate::contract::check(adapter, adapter_version)?;
            let g = Graph::new(adapter).map_err(Error::internal)?;
            slot.get_or_init(|| g)
        }
    };
    plan(guest, facts, adapter, graph, &provides, threads)
}

/// Plans the fusion of `guest` (of `kind`) with `adapter`; `provides` tells
/// whether the target provides a core import (always true without target).
fn plan(
    guest: &Module<'_>,
    facts: &Facts,
    adapter: &Module<'_>,
    graph: &Graph,
    provides: &dyn Fn(&str, &str) -> bool,
    threads: Option<crate::threads::Cooperative>,
) -> Result<Plan, Error> {
    let implementation = |i: usize| {
        let imp = &guest.imports[i];
        export(
            adapter,
            &p1::adapter_export(imp.module, imp.name, |n| adapter.exported_func(n).is_some()),
        )
    };
    // A capability link point is bound when the target provides the WASI
    // function it is named after (as the adapter imports it).
    let capable = |func: &str| {
        adapter
            .imports
            .iter()
            .find(|i| i.name == func)
            .is_some_and(|i| provides(i.module, i.name))
    };
    // Each pass judges every import afresh with the files link point bound
    // or not; it is bound while `path_open` survives. Unbinding it can only
    // let functions stay, so at most two passes are needed.
    // Without preopens no file or directory fd can ever exist: every
    // `wasi:filesystem` call of the adapter is on such an fd, so on a host
    // without preopens they are unreachable (p1 calls answer EBADF for any
    // fd above stdio, as natively without preopens) rather than missing.
    let preopens = capable("get-directories");
    // What the target provides of each adapter import, asked once.
    let provided: Vec<bool> = adapter
        .imports
        .iter()
        .map(|i| provides(i.module, i.name))
        .collect();
    let unreachable = |module: &str| !preopens && module.starts_with("wasi:filesystem/");
    let mut files = preopens && guest.imports.iter().any(|i| i.name == "path_open");
    let (links, kept, trimmed) = loop {
        let links = links(adapter, |feature| match feature {
            "files" => files,
            "preopens" => preopens,
            "terminal" => capable("get-terminal-stdin"),
            "exit" => capable("exit-with-code"),
            "environment" => capable("get-environment"),
            "threads" => threads.is_some(),
            _ => false,
        })?;
        // Imports of the guest's own WIT are the host's, not the adapter's.
        let mut kept: Vec<bool> = guest
            .imports
            .iter()
            .map(|i| p1::is_module(i.module))
            .collect();
        let mut trimmed = Vec::new();
        for (k, keep) in kept.iter_mut().enumerate() {
            if !*keep {
                continue;
            }
            let live = graph.live([implementation(k)?], &links);
            let mut missing: Vec<String> = adapter
                .imports
                .iter()
                .enumerate()
                .filter(|(i, imp)| {
                    live.funcs[*i]
                        && !imp.module.starts_with("p1-adapt:")
                        && !provided[*i]
                        && !unreachable(imp.module)
                })
                .map(|(_, imp)| imp.module.to_string())
                .collect();
            if !missing.is_empty() {
                missing.sort();
                missing.dedup();
                *keep = false;
                trimmed.push((k, missing));
            }
        }
        let still = preopens
            && guest
                .imports
                .iter()
                .zip(&kept)
                .any(|(i, k)| *k && i.name == "path_open");
        if still == files {
            break (links, kept, trimmed);
        }
        files = still;
    };
    let mut roots = vec![export(adapter, "cabi_realloc")?];
    if facts.kind == Kind::Command {
        roots.push(export(adapter, RUN_EXPORT)?);
    }
    // A threads guest's atomic waits and notifies call the futex.
    if facts.shared {
        roots.push(export(adapter, WAIT_EXPORT)?);
        roots.push(export(adapter, NOTIFY_EXPORT)?);
    }
    // A new thread's body, called by the trampoline; the preemption.
    if let Some(coop) = threads {
        roots.push(export(adapter, THREAD_RUN_EXPORT)?);
        if coop.preempt.is_some() {
            roots.push(export(adapter, PREEMPT_EXPORT)?);
        }
    }
    for (k, keep) in kept.iter().enumerate() {
        if *keep {
            roots.push(implementation(k)?);
        }
    }
    let live = graph.live(roots, &links);
    let unavailable = adapter
        .imports
        .iter()
        .enumerate()
        .filter(|(i, imp)| live.funcs[*i] && unreachable(imp.module) && !provided[*i])
        .map(|(i, _)| i as u32)
        .collect();
    Ok(Plan {
        links,
        live,
        trimmed,
        unavailable,
        threads,
    })
}
