//! The index space of the fused module, decided before anything is written.
//!
//! Functions, in order:
//! 1. imports: the adapter's live WASI imports, then the imports of the WIT
//!    the guest carries (one import when both name the same function);
//! 2. the guest's functions;
//! 3. what stands in for the guest's p1 imports: a thunk where the
//!    signatures differ (wasm32 pointers), an ENOSYS stub where the import
//!    was trimmed (where they agree the adapter's function is called
//!    directly);
//! 4. the adapter's live functions;
//! 5. the intrinsics and other bindings of the adapter's `p1-adapt:*`
//!    imports (a link point that is bound becomes the function it names);
//! 6. a reactor's entries (`_initialize` once; the allocation flag
//!    cleared), the single layout's helpers, the wrappers of exports that
//!    pass memory, their post-returns and reallocs, the thunks of carried
//!    imports that pass memory; a threads guest's atomic wait and notify
//!    helpers.
//!
//! Every other index space keeps the guest's indices and puts the adapter's
//! after them; fusion adds globals (a reactor's "initialized" flag, the
//! single layout's page counter, the allocation flag) after both.

use super::generated::{Generated, Globals, Types};
use super::intrinsics::Intrinsic;
use super::remap::Remap;
use super::single::Helpers;
use super::Exports;
use crate::check::Facts;
use crate::contract::{GUEST_MODULE, OPTIONAL_MODULE};
use crate::error::Error;
use crate::module::Module;
use crate::plan::Plan;
use std::collections::HashMap;
use wasmparser::TypeRef;

/// A function the fused module defines.
pub enum Defined {
    /// The guest's defined function `i` (counted from its first body).
    Guest(usize),
    /// The adapter's function `i` (counted with its imports).
    Adapter(usize),
    /// One fusion writes.
    Generated(Generated),
}

/// The index space of the fused module.
pub struct Space {
    /// The imported functions: module, name and fused type.
    pub imports: Vec<(String, String, u32)>,
    /// The defined functions, in index order.
    pub defined: Vec<Defined>,
    /// Names for the name section (function index, name).
    pub names: Vec<(u32, String)>,
    /// Where the guest's indices go.
    pub g: Remap,
    /// Where the adapter's indices go.
    pub a: Remap,
    /// The generated globals.
    pub globals: Globals,
    /// The single layout's helpers (`None` in the multi layout).
    pub helpers: Option<Helpers>,
    /// A threads guest's wait and notify helpers.
    pub atomics: Option<super::atomics::Helpers>,
    /// Cooperative threads' built-ins, trampoline and table.
    pub threads: Option<super::coop::Indices>,
    /// Cooperative threads' preemption (`countdown` set with the globals).
    pub preempt: Option<super::atomics::Preempt>,
    /// The function types fusion adds (those of its imports so far; the
    /// generated functions add theirs as the sections are written).
    pub types: Types,
    /// The function exports, besides `memory`.
    pub exports: Vec<(String, u32)>,
}

/// The space as it is built: what has an index so far.
struct Builder<'s, 'a> {
    guest: &'s Module<'a>,
    adapter: &'s Module<'a>,
    space: Space,
    g_funcs: Vec<Option<u32>>,
    a_funcs: Vec<Option<u32>>,
}

impl Builder<'_, '_> {
    fn next(&self) -> u32 {
        (self.space.imports.len() + self.space.defined.len()) as u32
    }

    /// Adds an import (before any defined function).
    fn import(&mut self, module: String, name: &str, ty: u32) -> u32 {
        debug_assert!(self.space.defined.is_empty());
        self.space.imports.push((module, name.to_string(), ty));
        self.next() - 1
    }

    /// Adds a defined function.
    fn define(&mut self, d: Defined) -> u32 {
        let index = self.next();
        if let Defined::Generated(g) = &d {
            let name = g.name(self.guest, self.adapter);
            self.space.names.push((index, name));
        }
        self.space.defined.push(d);
        index
    }
}

/// The adapter's exported function `name`.
pub fn adapter_export(adapter: &Module<'_>, name: &str) -> Result<u32, Error> {
    adapter
        .exported_func(name)
        .ok_or_else(|| Error::internal(format!("the adapter does not export `{name}`")))
}

/// Decides the index space of fusing `guest` (with `facts`) and the part of
/// `adapter` that `plan` keeps, exporting `exports`, in the single layout or
/// not.
pub fn assign(
    guest: &Module<'_>,
    facts: &Facts,
    adapter: &Module<'_>,
    plan: &Plan,
    exports: &Exports<'_>,
    region: Option<crate::layout::Region>,
) -> Result<Space, Error> {
    let single = region.is_some();
    let mut b = Builder {
        guest,
        adapter,
        space: Space {
            imports: Vec::new(),
            defined: Vec::new(),
            names: Vec::new(),
            g: Remap::default(),
            a: Remap::default(),
            globals: Globals::default(),
            helpers: None,
            atomics: None,
            threads: None,
            preempt: None,
            types: Types {
                base: (guest.types.len() + adapter.types.len()) as u32,
                added: Vec::new(),
            },
            exports: Vec::new(),
        },
        g_funcs: vec![None; guest.func_types.len()],
        a_funcs: vec![None; adapter.func_types.len()],
    };
    let bindings = adapter_imports(&mut b, plan, exports.wasi_version)?;
    let builtins = plan.threads.map(|_| {
        super::coop::BUILTINS.map(|(name, params, results)| {
            let ty = b.space.types.func(params, results);
            b.import(super::coop::ROOT.into(), name, ty)
        })
    });
    let carried = carried_imports(&mut b, exports)?;
    for i in guest.imported.funcs as usize..guest.func_types.len() {
        b.g_funcs[i] = Some(b.define(Defined::Guest(i - guest.imported.funcs as usize)));
    }
    let aliases = p1_imports(&mut b, plan)?;
    for (i, live) in plan.live.funcs.iter().enumerate() {
        if *live && i >= adapter.imported.funcs as usize {
            b.a_funcs[i] = Some(b.define(Defined::Adapter(i)));
        }
    }
    for (import, kind) in bindings {
        b.a_funcs[import] =
            Some(b.define(Defined::Generated(Generated::Intrinsic { import, kind })));
    }
    if let Some(builtins) = builtins {
        let trampoline = b.define(Defined::Generated(Generated::Trampoline));
        b.space.threads = Some(super::coop::Indices {
            builtins,
            trampoline,
            table: guest.imported.tables
                + guest.tables.len() as u32
                + adapter.imported.tables
                + adapter.tables.len() as u32,
        });
    }
    if let Some(interval) = plan.threads.and_then(|t| t.preempt) {
        let helper = b.define(Defined::Generated(Generated::Preempt { interval }));
        b.space.preempt = Some(super::atomics::Preempt {
            countdown: 0, // set with the globals below
            helper,
        });
    }
    let entries = guest_entries(&mut b, exports);
    if let Some(region) = region {
        let range = b.define(Defined::Generated(Generated::Range));
        let guest_grow = b.define(Defined::Generated(Generated::GuestGrow));
        let adapter_grow = b.define(Defined::Generated(Generated::AdapterGrow));
        b.space.helpers = Some(Helpers {
            range,
            guest_grow,
            adapter_grow,
            adapter_pages: 0, // set with the globals below
            memory: facts.memory,
            region,
        });
    }
    if facts.shared {
        let wait32 = b.define(Defined::Generated(Generated::AtomicWait { wide: false }));
        let wait64 = b.define(Defined::Generated(Generated::AtomicWait { wide: true }));
        let notify = b.define(Defined::Generated(Generated::AtomicNotify));
        b.space.atomics = Some(super::atomics::Helpers {
            wait32,
            wait64,
            notify,
        });
    }
    let marshalled = marshalled(&mut b, exports, &entries, &carried)?;
    for (k, a) in aliases {
        b.g_funcs[k] = b.a_funcs[a as usize];
        if let Some(i) = b.g_funcs[k] {
            let imp = &guest.imports[k];
            b.space
                .names
                .push((i, format!("{}::{}", imp.module, imp.name)));
        }
    }
    for (&i, &target) in &plan.links {
        b.a_funcs[i as usize] = b.a_funcs[target as usize];
    }
    finish(b, exports, single, &entries, &marshalled)
}

/// The adapter's live imports: WASI ones become imports of the fused module
/// (at the component's WASI version); `p1-adapt:*` ones are bound to
/// generated functions (returned, to be defined later) or, for a link point
/// the plan binds, to the adapter function it names.
fn adapter_imports(
    b: &mut Builder<'_, '_>,
    plan: &Plan,
    version: &str,
) -> Result<Vec<(usize, Intrinsic)>, Error> {
    let (guest, adapter) = (b.guest, b.adapter);
    let mut bindings = Vec::new();
    for (i, imp) in adapter.imports.iter().enumerate() {
        let TypeRef::Func(ty) = imp.ty else {
            return Err(Error::internal(format!(
                "the adapter imports a non-function `{}::{}`",
                imp.module, imp.name
            )));
        };
        if !plan.live.funcs[i] {
            continue;
        }
        if imp.module == GUEST_MODULE {
            let kind = Intrinsic::from_name(imp.name).ok_or_else(|| {
                Error::internal(format!(
                    "the adapter imports unknown intrinsic `{}`",
                    imp.name
                ))
            })?;
            bindings.push((i, kind));
        } else if plan.unavailable.contains(&(i as u32)) {
            bindings.push((i, Intrinsic::Unavailable));
        } else if imp.module == OPTIONAL_MODULE {
            if !plan.links.contains_key(&(i as u32)) {
                let results = adapter.func_type(i as u32).map_or(0, |t| t.results().len());
                bindings.push((i, Intrinsic::Disabled { results }));
            }
        } else if imp.module.starts_with("p1-adapt:") {
            return Err(Error::internal(format!(
                "the adapter imports `{}::{}` from an unknown p1-adapt module",
                imp.module, imp.name
            )));
        } else {
            let module = crate::wit::at_version(imp.module, version);
            b.a_funcs[i] = Some(b.import(module, imp.name, ty + guest.types.len() as u32));
        }
    }
    Ok(bindings)
}

/// The imports of the WIT the guest carries stay imports (the host's
/// functions), shared with the adapter's when both name the same function;
/// those that pass memory are called through a thunk (defined later).
/// Returns the fused index of each.
fn carried_imports(
    b: &mut Builder<'_, '_>,
    exports: &Exports<'_>,
) -> Result<HashMap<usize, u32>, Error> {
    let (guest, adapter) = (b.guest, b.adapter);
    let mut carried = HashMap::new();
    for (k, imp) in guest.imports.iter().enumerate() {
        if crate::p1::is_module(imp.module) {
            continue;
        }
        let shared = adapter.imports.iter().enumerate().find_map(|(i, a)| {
            let module = crate::wit::at_version(a.module, exports.wasi_version);
            (module == imp.module && a.name == imp.name)
                .then(|| b.a_funcs[i])
                .flatten()
        });
        let index = match shared {
            Some(i) => i,
            None => b.import(imp.module.to_string(), imp.name, guest.func_types[k]),
        };
        carried.insert(k, index);
        if !exports.marshal_imports.contains_key(&k) {
            b.g_funcs[k] = Some(index);
        }
    }
    Ok(carried)
}

/// The guest's p1 imports: a trimmed one becomes an ENOSYS stub, one whose
/// signature differs from its implementation's a thunk. Returns the others,
/// called directly: (guest import, adapter function).
fn p1_imports(b: &mut Builder<'_, '_>, plan: &Plan) -> Result<Vec<(usize, u32)>, Error> {
    let (guest, adapter) = (b.guest, b.adapter);
    let mut direct = Vec::new();
    for (k, imp) in guest.imports.iter().enumerate() {
        if !crate::p1::is_module(imp.module) {
            continue;
        }
        if plan.trimmed.iter().any(|(t, _)| *t == k) {
            b.g_funcs[k] = Some(b.define(Defined::Generated(Generated::Trimmed { k })));
            continue;
        }
        let name =
            crate::p1::adapter_export(imp.module, imp.name, |n| adapter.exported_func(n).is_some());
        let a = adapter_export(adapter, &name)?;
        let same = match (guest.func_type(k as u32), adapter.func_type(a)) {
            (Some(g), Some(x)) => g.params() == x.params() && g.results() == x.results(),
            _ => false,
        };
        if same {
            direct.push((k, a));
        } else {
            let thunk = Generated::Thunk { k, adapter_fn: a };
            b.g_funcs[k] = Some(b.define(Defined::Generated(thunk)));
        }
    }
    Ok(direct)
}

/// Whether guest exports are entered through a wrapper: to run
/// `_initialize` first, or to clear the allocation flag (see
/// `crate::marshal`), cleared on every entry into the guest so that a trap
/// in the middle of an import that allocates cannot leave it set.
fn allocates(exports: &Exports<'_>) -> bool {
    exports
        .marshal_imports
        .values()
        .any(crate::abi::Marshal::allocates_result)
}

/// The entry wrapper of each guest export, if they have one.
fn guest_entries(b: &mut Builder<'_, '_>, exports: &Exports<'_>) -> Vec<Option<u32>> {
    let wrapped = exports.initialize.is_some() || allocates(exports);
    exports
        .guest
        .iter()
        .map(|(name, f)| {
            wrapped.then(|| {
                b.define(Defined::Generated(Generated::Entry {
                    name: name.clone(),
                    guest_fn: *f,
                }))
            })
        })
        .collect()
}

/// Exports and imports that pass memory: the export wrappers (by export
/// name) with their post-returns, the reallocs, the import thunks.
fn marshalled(
    b: &mut Builder<'_, '_>,
    exports: &Exports<'_>,
    entries: &[Option<u32>],
    carried: &HashMap<usize, u32>,
) -> Result<HashMap<String, (u32, Option<u32>)>, Error> {
    let guest = b.guest;
    let mut wrappers = HashMap::new();
    for ((name, f), entry) in exports.guest.iter().zip(entries) {
        let Some(how) = exports.marshal.get(name) else {
            continue;
        };
        let target = match entry {
            Some(e) => *e,
            None => b.g_funcs[*f as usize]
                .ok_or_else(|| Error::internal("marshalled export of an unknown function"))?,
        };
        let wrapper = b.define(Defined::Generated(Generated::Marshal {
            name: name.clone(),
            target,
            guest_fn: *f,
        }));
        let mut post = None;
        if how.result.is_some() {
            let guest_post = guest
                .exported_func(&format!("cabi_post_{name}"))
                .and_then(|p| b.g_funcs[p as usize]);
            post = Some(b.define(Defined::Generated(Generated::PostReturn {
                name: name.clone(),
                guest_post,
            })));
        }
        wrappers.insert(name.clone(), (wrapper, post));
    }
    // The guest's `cabi_realloc`, for what is allocated in its heap.
    let guest_realloc = guest
        .exported_func("cabi_realloc")
        .and_then(|r| b.g_funcs[r as usize]);
    let no_realloc = || Error::internal("memory passes to a guest without cabi_realloc");
    if !wrappers.is_empty() {
        // Not through an entry wrapper: `_initialize` may call imports,
        // which the canonical ABI forbids while arguments are lowered; the
        // allocators of wit-bindgen and wasi-libc work before it.
        let guest_realloc = guest_realloc.ok_or_else(no_realloc)?;
        let r = b.define(Defined::Generated(Generated::ExportRealloc {
            guest_realloc,
        }));
        b.space.exports.push(("cabi_export_realloc".into(), r));
    }
    let mut thunked: Vec<usize> = exports.marshal_imports.keys().copied().collect();
    thunked.sort_unstable();
    for k in thunked {
        let import = carried
            .get(&k)
            .copied()
            .ok_or_else(|| Error::internal("marshalled import that is not imported"))?;
        b.g_funcs[k] = Some(b.define(Defined::Generated(Generated::ImportThunk { k, import })));
    }
    if allocates(exports) {
        let guest_realloc = guest_realloc.ok_or_else(no_realloc)?;
        let r = b.define(Defined::Generated(Generated::ImportRealloc {
            guest_realloc,
        }));
        b.space.exports.push(("cabi_import_realloc".into(), r));
    }
    Ok(wrappers)
}

/// The remaps, the generated globals and the exports, once every function
/// has its index.
fn finish(
    mut b: Builder<'_, '_>,
    exports: &Exports<'_>,
    single: bool,
    entries: &[Option<u32>],
    marshalled: &HashMap<String, (u32, Option<u32>)>,
) -> Result<Space, Error> {
    let (guest, adapter) = (b.guest, b.adapter);
    b.space.g = Remap {
        funcs: b.g_funcs,
        ..Remap::default()
    };
    b.space.a = Remap {
        funcs: b.a_funcs,
        types: guest.types.len() as u32,
        tables: guest.imported.tables + guest.tables.len() as u32,
        memories: guest.memories.len() as u32,
        tags: guest.imported.tags + guest.tags.len() as u32,
        globals: guest.imported.globals + guest.globals.len() as u32,
        elements: guest.elements.len() as u32,
        data: guest.data.len() as u32,
    };
    // The spill's page count only where the adapter can spill.
    let spills = b.space.defined.iter().any(|d| {
        matches!(
            d,
            Defined::Generated(Generated::Intrinsic {
                kind: Intrinsic::Spill,
                ..
            })
        )
    });
    // Generated globals, after the adapter's.
    let mut next = b.space.a.globals + adapter.globals.len() as u32;
    let mut global = |wanted: bool| {
        wanted.then(|| {
            next += 1;
            next - 1
        })
    };
    b.space.globals = Globals {
        initialized: global(exports.initialize.is_some()),
        adapter_pages: global(single),
        allocating: global(allocates(exports)),
        countdown: global(b.space.preempt.is_some()),
        spilled: global(single && spills),
    };
    if let (Some(p), Some(countdown)) = (&mut b.space.preempt, b.space.globals.countdown) {
        p.countdown = countdown;
    }
    if let (Some(h), Some(pages)) = (&mut b.space.helpers, b.space.globals.adapter_pages) {
        h.adapter_pages = pages;
    }
    // Exports: the adapter's, the guest's (through their wrappers), the
    // post-returns, then the reallocs (added with their functions).
    let reallocs = std::mem::take(&mut b.space.exports);
    let mut out = Vec::new();
    for (name, from) in &exports.adapter {
        let f = adapter_export(adapter, from)?;
        out.push((name.clone(), b.space.a.func(f).map_err(Error::internal)?));
    }
    for ((name, f), entry) in exports.guest.iter().zip(entries) {
        let index = match (marshalled.get(name), entry) {
            (Some((wrapper, _)), _) => *wrapper,
            (None, Some(e)) => *e,
            (None, None) => b.space.g.func(*f).map_err(Error::internal)?,
        };
        out.push((name.clone(), index));
    }
    for (name, _) in &exports.guest {
        if let Some((_, Some(post))) = marshalled.get(name) {
            out.push((format!("cabi_post_{name}"), *post));
        }
    }
    out.extend(reallocs);
    b.space.exports = out;
    Ok(b.space)
}
