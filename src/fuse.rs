//! Step 4: fuse the guest and the live part of the adapter into one core
//! module with `wasm_encoder::reencode`.
//!
//! Index spaces of the result, in order:
//! - functions: the adapter's live WASI imports, the imports of the WIT the
//!   guest carries, the guest's functions, the
//!   thunks (and ENOSYS stubs of trimmed functions) standing in for the
//!   guest's p1 imports, the adapter's live functions, the generated
//!   guest-memory intrinsics and disabled link points, then a reactor's
//!   entry wrappers (`_initialize` once; the allocation flag cleared),
//!   then the single layout's helpers and the pointer translation;
//! - types, tables, memories, tags, globals, elements, data: the guest's
//!   first (so its indices do not move), then the adapter's, then a
//!   reactor's "initialized" flag global and the single layout's page
//!   counter. In the single layout there is one memory, the guest's, grown
//!   by the adapter's region, and the guest's code is translated
//!   (`crate::layout`); in the multi layout it is copied unchanged.
//!
//! The guest's p1 imports become calls to the adapter's exports of the same
//! name; where the guest's signature differs (wasm32 pointers) a thunk
//! zero-extends each `i32` argument the adapter takes as `i64`. The adapter's
//! `p1-adapt:guest` imports become generated bodies over the guest memory.

use crate::check::Facts;
use crate::error::Error;
use crate::gc::Live;
use crate::layout::Layout;
use crate::module::Module;
use std::collections::HashMap;
use std::fmt;
use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{
    BlockType, CodeSection, CustomSection, DataCountSection, DataSection, ElementSection,
    EntityType, ExportKind, ExportSection, Function, FunctionSection, GlobalSection, ImportSection,
    IndirectNameMap, Instruction, MemorySection, NameMap, NameSection, StartSection, TableSection,
    TagSection, TypeSection, ValType,
};
use wasmparser::{KnownCustom, Name, TypeRef};

/// Import module of the guest-memory intrinsics and the entry point.
pub const GUEST_MODULE: &str = "p1-adapt:guest";

/// Import module of the adapter's link points: an import `p1-adapt:optional`
/// `F/NAME` is bound to the adapter's own export `p1-adapt:F/NAME` when the
/// feature `F` is enabled for this guest, and otherwise to a stub returning
/// zeros, so that code the guest cannot reach or the host cannot serve
/// (file I/O when the guest cannot open files; terminals and preopens on a
/// host without them) and the WASI imports it needs are dropped.
pub const OPTIONAL_MODULE: &str = "p1-adapt:optional";

/// The link points of `adapter` enabled by `enabled(feature)`: import index
/// to the adapter function it is bound to.
pub fn links(adapter: &Module<'_>, enabled: impl Fn(&str) -> bool) -> HashMap<u32, u32> {
    let mut out = HashMap::new();
    for (i, imp) in adapter.imports.iter().enumerate() {
        if imp.module != OPTIONAL_MODULE {
            continue;
        }
        let feature = imp.name.split('/').next().unwrap_or_default();
        if !enabled(feature) {
            continue;
        }
        if let Some(f) = adapter.exported_func(&format!("p1-adapt:{}", imp.name)) {
            out.insert(i as u32, f);
        }
    }
    out
}

/// What the fused module exports, besides `memory` (the adapter's).
pub struct Exports<'n> {
    /// `(export name, adapter export name)` pairs.
    pub adapter: Vec<(String, &'n str)>,
    /// The WASI version the adapter's `@0.2.12` imports are renamed to.
    pub wasi_version: &'n str,
    /// `(export name, guest function)` pairs (a reactor's functions).
    pub guest: Vec<(String, u32)>,
    /// The guest's `_initialize`: each guest export first runs it, once.
    pub initialize: Option<u32>,
    /// Guest p1 imports (by index) trimmed for the target: bound to an
    /// ENOSYS stub instead of the adapter.
    pub trimmed: Vec<usize>,
    /// Adapter imports the target lacks that cannot be reached at run time
    /// (`Intrinsic::Unavailable`), by index.
    pub unavailable: Vec<u32>,
    /// Guest exports that pass memory, by export name (single layout).
    pub marshal: &'n HashMap<String, crate::world::Marshal>,
    /// Guest imports of its own WIT that pass memory, by import index.
    pub marshal_imports: &'n HashMap<usize, crate::world::Marshal>,
}

/// p1's ENOSYS.
const ENOSYS: i32 = 52;

/// The fused module and what was left out of it.
pub struct Fused {
    /// The core module.
    pub module: Vec<u8>,
    /// Custom sections of the guest that could not be kept (their code
    /// offsets no longer hold), by name.
    pub dropped_sections: Vec<String>,
    /// Other things the user should know.
    pub warnings: Vec<String>,
}

#[derive(Debug)]
struct DeadFunction(u32);

impl fmt::Display for DeadFunction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "reference to adapter function {} that was not kept",
            self.0
        )
    }
}

/// Index translation for one input module.
#[derive(Clone)]
struct Remap {
    funcs: Vec<Option<u32>>,
    types: u32,
    tables: u32,
    memories: u32,
    tags: u32,
    globals: u32,
    elements: u32,
    data: u32,
    /// Every memory index becomes this one (the single layout).
    memory_to: Option<u32>,
    /// Added to every static offset (the guest, in the single layout).
    offset: u64,
}

impl Reencode for Remap {
    type Error = DeadFunction;

    fn function_index(&mut self, f: u32) -> Result<u32, reencode::Error<DeadFunction>> {
        self.funcs
            .get(f as usize)
            .copied()
            .flatten()
            .ok_or(reencode::Error::UserError(DeadFunction(f)))
    }
    fn type_index(&mut self, t: u32) -> Result<u32, reencode::Error<DeadFunction>> {
        Ok(t + self.types)
    }
    fn table_index(&mut self, t: u32) -> Result<u32, reencode::Error<DeadFunction>> {
        Ok(t + self.tables)
    }
    fn memory_index(&mut self, m: u32) -> Result<u32, reencode::Error<DeadFunction>> {
        Ok(self.memory_to.unwrap_or(m + self.memories))
    }
    fn mem_arg(
        &mut self,
        arg: wasmparser::MemArg,
    ) -> Result<wasm_encoder::MemArg, reencode::Error<DeadFunction>> {
        let mut m = reencode::utils::mem_arg(self, arg)?;
        if self.offset > 0 && matches!(m.target, wasm_encoder::MemArgTarget::Memory(_)) {
            m.offset = crate::layout::moved(m.offset);
        }
        Ok(m)
    }
    fn tag_index(&mut self, t: u32) -> Result<u32, reencode::Error<DeadFunction>> {
        Ok(t + self.tags)
    }
    fn global_index(&mut self, g: u32) -> Result<u32, reencode::Error<DeadFunction>> {
        Ok(g + self.globals)
    }
    fn element_index(&mut self, e: u32) -> Result<u32, reencode::Error<DeadFunction>> {
        Ok(e + self.elements)
    }
    fn data_index(&mut self, d: u32) -> Result<u32, reencode::Error<DeadFunction>> {
        Ok(d + self.data)
    }
}

/// A guest-memory intrinsic the adapter imports.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Intrinsic {
    Read,
    Write,
    PointerSize,
    /// The adapter's address of a guest range when both share one memory
    /// (the single layout), else 0.
    Direct,
    Start,
    /// A disabled link point: returns zeros (no capability), or does
    /// nothing; `results` is the number of `i32` results.
    Disabled {
        results: usize,
    },
    /// A WASI function the target lacks that no reachable state can call
    /// (`wasi:filesystem` without preopens: no file or directory fd can
    /// exist): traps.
    Unavailable,
}

impl Intrinsic {
    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "read" => Intrinsic::Read,
            "write" => Intrinsic::Write,
            "pointer-size" => Intrinsic::PointerSize,
            "direct" => Intrinsic::Direct,
            "start" => Intrinsic::Start,
            _ => return None,
        })
    }
}

/// A function of the output that is generated here rather than copied.
enum Generated {
    Thunk {
        adapter_fn: u32,
        guest_ty: u32,
        adapter_ty: u32,
    },
    Intrinsic(Intrinsic),
    /// A helper of the single layout (`crate::layout`).
    Layout(LayoutHelper),
    /// An export that passes memory: its wrapper (`crate::marshal`),
    /// calling `target`, of type `ty`.
    Marshal {
        name: String,
        target: u32,
        ty: u32,
    },
    /// `cabi_post_NAME` of a marshalled export.
    PostReturn {
        name: String,
        guest_post: Option<u32>,
    },
    /// `cabi_export_realloc` on the guest's `cabi_realloc`.
    ExportRealloc {
        guest_realloc: u32,
    },
    /// The thunk of guest import `k` (imported as `import`) that passes
    /// memory.
    ImportThunk {
        k: usize,
        import: u32,
    },
    /// `cabi_import_realloc`: the guest's or the adapter's realloc.
    ImportRealloc {
        guest_realloc: u32,
    },
    /// An entry into the guest: clears the allocation flag and runs
    /// `_initialize` once (each if there is one), then the guest function
    /// (of type `ty`).
    Entry {
        guest_fn: u32,
        ty: u32,
    },
    /// A p1 function trimmed for the target: returns ENOSYS (or traps, for
    /// `proc_exit`, which returns nothing).
    Trimmed {
        guest_ty: u32,
    },
}

#[derive(Clone, Copy)]
enum LayoutHelper {
    Range,
    GuestGrow,
    AdapterGrow,
}

/// Fuses `guest` (checked, with `facts`) and `adapter` (with `live`) in
/// `layout`.
pub fn fuse(
    guest: &Module<'_>,
    facts: &Facts,
    adapter: &Module<'_>,
    live: &Live,
    links: &HashMap<u32, u32>,
    exports: &Exports<'_>,
    layout: Layout,
) -> Result<Fused, Error> {
    let single = layout == Layout::Single;
    let err = |e: reencode::Error<DeadFunction>| Error::internal(e);
    if adapter.start.is_some() {
        return Err(Error::internal(
            "the adapter has a start function; fusion keeps only the guest's",
        ));
    }
    let a_imported = adapter.imported.funcs as usize;
    let adapter_export = |name: &str| {
        adapter
            .exported_func(name)
            .ok_or_else(|| Error::internal(format!("the adapter does not export `{name}`")))
    };

    // --- function index space ---
    let mut a_funcs: Vec<Option<u32>> = vec![None; adapter.func_types.len()];
    let mut g_funcs: Vec<Option<u32>> = vec![None; guest.func_types.len()];
    let mut next = 0u32;
    let mut imports = ImportSection::new();
    let mut intrinsics = Vec::new();
    for (i, imp) in adapter.imports.iter().enumerate() {
        let TypeRef::Func(ty) = imp.ty else {
            return Err(Error::internal(format!(
                "adapter imports a non-function `{}`",
                imp.name
            )));
        };
        if !live.funcs[i] {
            continue;
        }
        if imp.module == GUEST_MODULE {
            let k = Intrinsic::from_name(imp.name)
                .ok_or_else(|| Error::internal(format!("unknown intrinsic `{}`", imp.name)))?;
            intrinsics.push((i, k, ty));
            continue;
        }
        if exports.unavailable.contains(&(i as u32)) {
            intrinsics.push((i, Intrinsic::Unavailable, ty));
            continue;
        }
        if imp.module == OPTIONAL_MODULE {
            if !links.contains_key(&(i as u32)) {
                let results = adapter
                    .types
                    .get(ty as usize)
                    .and_then(Option::as_ref)
                    .map_or(0, |t| t.results().len());
                intrinsics.push((i, Intrinsic::Disabled { results }, ty));
            }
            continue;
        }
        let module = crate::wit::at_version(imp.module, exports.wasi_version);
        imports.import(
            &module,
            imp.name,
            EntityType::Function(ty + guest.types.len() as u32),
        );
        a_funcs[i] = Some(next);
        next += 1;
    }
    // Imports of the guest's own WIT stay imports (the host's functions);
    // those that pass memory are called through a thunk (below).
    let mut carried_fns = HashMap::new();
    for (k, imp) in guest.imports.iter().enumerate() {
        if crate::p1::is_module(imp.module) {
            continue;
        }
        // The same function the adapter imports (same interface version):
        // one import serves both.
        let shared = adapter.imports.iter().enumerate().find_map(|(i, a)| {
            let module = crate::wit::at_version(a.module, exports.wasi_version);
            (module == imp.module && a.name == imp.name)
                .then(|| a_funcs[i])
                .flatten()
        });
        let index = match shared {
            Some(i) => i,
            None => {
                imports.import(
                    imp.module,
                    imp.name,
                    EntityType::Function(guest.func_types[k]),
                );
                next += 1;
                next - 1
            }
        };
        carried_fns.insert(k, index);
        if !exports.marshal_imports.contains_key(&k) {
            g_funcs[k] = Some(index);
        }
    }
    let g_imported = guest.imported.funcs as usize;
    for slot in g_funcs.iter_mut().skip(g_imported) {
        *slot = Some(next);
        next += 1;
    }
    // Guest p1 imports: direct when the signatures agree, else a thunk.
    let mut pending_alias = Vec::new();
    let mut generated: Vec<Generated> = Vec::new();
    let mut generated_names: Vec<(u32, String)> = Vec::new();
    for (k, imp) in guest.imports.iter().enumerate() {
        if !crate::p1::is_module(imp.module) {
            continue;
        }
        if exports.trimmed.contains(&k) {
            g_funcs[k] = Some(next);
            generated_names.push((next, format!("{}::{}", imp.module, imp.name)));
            next += 1;
            generated.push(Generated::Trimmed {
                guest_ty: guest.func_types[k],
            });
            continue;
        }
        let a = adapter_export(&crate::p1::adapter_export(imp.module, imp.name, |n| {
            adapter.exported_func(n).is_some()
        }))?;
        let g_ty = guest.func_types[k];
        let a_ty = adapter.func_types[a as usize];
        let same = match (guest.func_type(k as u32), adapter.func_type(a)) {
            (Some(g), Some(x)) => g.params() == x.params() && g.results() == x.results(),
            _ => false,
        };
        if same {
            pending_alias.push((k, a));
        } else {
            g_funcs[k] = Some(next);
            generated_names.push((next, format!("{}::{}", imp.module, imp.name)));
            next += 1;
            generated.push(Generated::Thunk {
                adapter_fn: a,
                guest_ty: g_ty,
                adapter_ty: a_ty,
            });
        }
    }
    let thunk_count = generated.len();
    for (i, slot) in a_funcs.iter_mut().enumerate().skip(a_imported) {
        if live.funcs[i] {
            *slot = Some(next);
            next += 1;
        }
    }
    for &(i, k, _) in &intrinsics {
        a_funcs[i] = Some(next);
        generated_names.push((
            next,
            format!("{}.{}", adapter.imports[i].module, adapter.imports[i].name),
        ));
        next += 1;
        generated.push(Generated::Intrinsic(k));
    }
    // Imports whose results the host allocates in the guest's heap need a
    // flag (see `crate::marshal`), cleared on every entry into the guest so
    // that a trap in the middle of such an import cannot leave it set.
    let needs_flag = exports
        .marshal_imports
        .values()
        .any(crate::world::Marshal::allocates_result);
    let wrapped = exports.initialize.is_some() || needs_flag;
    let mut guest_exports = Vec::new();
    for (name, f) in &exports.guest {
        match wrapped {
            true => {
                generated_names.push((next, format!("p1-adapt:entry:{name}")));
                guest_exports.push((name.as_str(), next));
                generated.push(Generated::Entry {
                    guest_fn: *f,
                    ty: guest.func_types[*f as usize],
                });
                next += 1;
            }
            false => guest_exports.push((name.as_str(), u32::MAX)),
        }
    }
    // The single layout's helpers, after everything else.
    let mut helper_fns = [0u32; 3];
    if single {
        for (slot, (h, name)) in helper_fns.iter_mut().zip([
            (LayoutHelper::Range, "p1-adapt:layout.range"),
            (LayoutHelper::GuestGrow, "p1-adapt:layout.guest-grow"),
            (LayoutHelper::AdapterGrow, "p1-adapt:layout.adapter-grow"),
        ]) {
            *slot = next;
            generated_names.push((next, name.to_string()));
            generated.push(Generated::Layout(h));
            next += 1;
        }
    }
    // Exports that pass memory: wrappers, post-returns, the realloc.
    let mut marshalled = HashMap::new();
    for ((name, wrapper), (_, f)) in guest_exports.iter().zip(&exports.guest) {
        let Some(how) = exports.marshal.get(*name) else {
            continue;
        };
        let target = match wrapped {
            true => *wrapper,
            false => g_funcs
                .get(*f as usize)
                .copied()
                .flatten()
                .ok_or_else(|| Error::internal("marshalled export of an unknown function"))?,
        };
        let ty = guest.func_types[*f as usize];
        marshalled.insert(name.to_string(), next);
        generated_names.push((next, format!("p1-adapt:marshal:{name}")));
        generated.push(Generated::Marshal {
            name: name.to_string(),
            target,
            ty,
        });
        next += 1;
        if how.result.is_some() {
            let guest_post = guest
                .exported_func(&format!("cabi_post_{name}"))
                .and_then(|p| g_funcs.get(p as usize).copied().flatten());
            generated_names.push((next, format!("cabi_post_{name}")));
            generated.push(Generated::PostReturn {
                name: name.to_string(),
                guest_post,
            });
            next += 1;
        }
    }
    // The guest's `cabi_realloc`, for what is allocated in its heap.
    let guest_realloc = guest
        .exported_func("cabi_realloc")
        .and_then(|r| g_funcs.get(r as usize).copied().flatten());
    let no_realloc = || Error::internal("memory passes to a guest without cabi_realloc");
    let mut export_realloc = None;
    if !marshalled.is_empty() {
        // Not through an entry wrapper: `_initialize` may call imports,
        // which the canonical ABI forbids while arguments are lowered; the
        // allocators of wit-bindgen and wasi-libc work before it.
        let realloc = guest_realloc.ok_or_else(no_realloc)?;
        export_realloc = Some(next);
        generated_names.push((next, "cabi_export_realloc".to_string()));
        generated.push(Generated::ExportRealloc {
            guest_realloc: realloc,
        });
        next += 1;
    }
    let mut thunked: Vec<usize> = exports.marshal_imports.keys().copied().collect();
    thunked.sort_unstable();
    for &k in &thunked {
        let import = carried_fns
            .get(&k)
            .copied()
            .ok_or_else(|| Error::internal("marshalled import that is not imported"))?;
        g_funcs[k] = Some(next);
        let imp = &guest.imports[k];
        generated_names.push((
            next,
            format!("p1-adapt:marshal:{}::{}", imp.module, imp.name),
        ));
        generated.push(Generated::ImportThunk { k, import });
        next += 1;
    }
    let mut import_realloc = None;
    if needs_flag {
        let realloc = guest_realloc.ok_or_else(no_realloc)?;
        import_realloc = Some(next);
        generated_names.push((next, "cabi_import_realloc".to_string()));
        generated.push(Generated::ImportRealloc {
            guest_realloc: realloc,
        });
    }
    for (k, a) in pending_alias {
        g_funcs[k] = a_funcs[a as usize];
        if let Some(i) = g_funcs[k] {
            let imp = &guest.imports[k];
            generated_names.push((i, format!("{}::{}", imp.module, imp.name)));
        }
    }
    for (&i, &target) in links {
        a_funcs[i as usize] = a_funcs[target as usize];
    }

    let mut g = Remap {
        funcs: g_funcs,
        types: 0,
        tables: 0,
        memories: 0,
        tags: 0,
        globals: 0,
        elements: 0,
        data: 0,
        memory_to: None,
        offset: if single { crate::layout::REGION } else { 0 },
    };
    let mut a = Remap {
        funcs: a_funcs,
        types: guest.types.len() as u32,
        tables: guest.imported.tables + guest.tables.len() as u32,
        memories: guest.memories.len() as u32,
        tags: guest.imported.tags + guest.tags.len() as u32,
        globals: guest.imported.globals + guest.globals.len() as u32,
        elements: guest.elements.len() as u32,
        data: guest.data.len() as u32,
        memory_to: single.then_some(facts.memory),
        offset: 0,
    };
    let guest_mem = facts.memory;
    let adapter_mem = a.memory_index(0).map_err(err)?;

    let mut out = wasm_encoder::Module::new();

    // --- types ---
    let mut types = TypeSection::new();
    for rg in &guest.rec_groups {
        g.parse_recursive_type_group(types.ty(), rg.clone())
            .map_err(err)?;
    }
    for rg in &adapter.rec_groups {
        a.parse_recursive_type_group(types.ty(), rg.clone())
            .map_err(err)?;
    }
    // The single layout's helper types: range, then both grows; then the
    // post-return and realloc types of marshalled exports.
    let layout_base = (guest.types.len() + adapter.types.len()) as u32;
    let layout_types = [layout_base, layout_base + 1, layout_base + 1];
    let (post_type, realloc_type) = (layout_base + 2, layout_base + 3);
    if single {
        types
            .ty()
            .function([ValType::I32, ValType::I32], [ValType::I32]);
        types.ty().function([ValType::I32], [ValType::I32]);
        types.ty().function([ValType::I32], []);
        types.ty().function([ValType::I32; 4], [ValType::I32]);
    }
    out.section(&types);
    out.section(&imports);

    // --- functions ---
    let mut funcs = FunctionSection::new();
    for &t in &guest.func_types[g_imported..] {
        funcs.function(t);
    }
    for gen in &generated[..thunk_count] {
        if let Generated::Thunk { guest_ty, .. } | Generated::Trimmed { guest_ty } = gen {
            funcs.function(*guest_ty);
        }
    }
    for (i, &t) in adapter.func_types.iter().enumerate().skip(a_imported) {
        if live.funcs[i] {
            funcs.function(t + a.types);
        }
    }
    for &(_, _, t) in &intrinsics {
        funcs.function(t + a.types);
    }
    for gen in &generated {
        if let Generated::Entry { ty, .. } = gen {
            funcs.function(*ty);
        } else if let Generated::Layout(h) = gen {
            funcs.function(layout_types[*h as usize]);
        } else if let Generated::Marshal { ty, .. } = gen {
            funcs.function(*ty);
        } else if let Generated::PostReturn { .. } = gen {
            funcs.function(post_type);
        } else if let Generated::ExportRealloc { .. } | Generated::ImportRealloc { .. } = gen {
            funcs.function(realloc_type);
        } else if let Generated::ImportThunk { k, .. } = gen {
            funcs.function(guest.func_types[*k]);
        }
    }
    out.section(&funcs);

    // --- tables, memories, tags, globals ---
    let mut tables = TableSection::new();
    for t in &guest.tables {
        g.parse_table(&mut tables, t.clone()).map_err(err)?;
    }
    for t in &adapter.tables {
        a.parse_table(&mut tables, t.clone()).map_err(err)?;
    }
    out.section(&tables);
    let mut memories = MemorySection::new();
    if single {
        for m in &guest.memories {
            memories.memory(crate::layout::memory_type(*m));
        }
    } else {
        for m in guest.memories.iter().chain(&adapter.memories) {
            memories.memory(g.memory_type(*m).map_err(err)?);
        }
    }
    out.section(&memories);
    let mut tags = TagSection::new();
    for t in &guest.tags {
        tags.tag(g.tag_type(*t).map_err(err)?);
    }
    for t in &adapter.tags {
        tags.tag(a.tag_type(*t).map_err(err)?);
    }
    if !tags.is_empty() {
        out.section(&tags);
    }
    let mut globals = GlobalSection::new();
    for gl in &guest.globals {
        g.parse_global(&mut globals, gl.clone()).map_err(err)?;
    }
    for gl in &adapter.globals {
        a.parse_global(&mut globals, gl.clone()).map_err(err)?;
    }
    // Generated mutable i32 globals, after the adapter's.
    let mut counter = |value: i32| {
        globals.global(
            wasm_encoder::GlobalType {
                val_type: ValType::I32,
                mutable: true,
                shared: false,
            },
            &wasm_encoder::ConstExpr::i32_const(value),
        );
    };
    // The "has `_initialize` run" flag of reactors.
    let init_flag = a.globals + adapter.globals.len() as u32;
    if exports.initialize.is_some() {
        counter(0);
    }
    // The single layout's count of the adapter's pages in its region.
    let adapter_pages = init_flag + u32::from(exports.initialize.is_some());
    if single {
        let initial = adapter.memories.first().map_or(0, |m| m.initial);
        if initial >= u64::from(crate::layout::REGION_PAGES) {
            return Err(Error::internal(format!(
                "the adapter's initial memory ({initial} pages) does not fit its region"
            )));
        }
        counter(initial as i32);
    }
    // While a guest import's result is lowered: allocate in the guest.
    let alloc_flag = adapter_pages + u32::from(single);
    if import_realloc.is_some() {
        counter(0);
    }
    out.section(&globals);
    let helpers = crate::layout::Helpers {
        range: helper_fns[0],
        guest_grow: helper_fns[1],
        adapter_grow: helper_fns[2],
        adapter_pages,
        memory: guest_mem,
    };

    // --- exports, start ---
    let mut ex = ExportSection::new();
    ex.export("memory", ExportKind::Memory, adapter_mem);
    for (name, from) in &exports.adapter {
        let f = adapter_export(from)?;
        ex.export(name, ExportKind::Func, a.function_index(f).map_err(err)?);
    }
    for ((name, wrapper), (_, f)) in guest_exports.iter().zip(&exports.guest) {
        let index = match (marshalled.get(*name), wrapped) {
            (Some(m), _) => *m,
            (None, true) => *wrapper,
            (None, false) => g.function_index(*f).map_err(err)?,
        };
        ex.export(name, ExportKind::Func, index);
    }
    for gen in &generated {
        if let Generated::PostReturn { name, .. } = gen {
            let index = marshalled.get(name).map_or(0, |m| m + 1);
            ex.export(&format!("cabi_post_{name}"), ExportKind::Func, index);
        }
    }
    if let Some(r) = export_realloc {
        ex.export("cabi_export_realloc", ExportKind::Func, r);
    }
    if let Some(r) = import_realloc {
        ex.export("cabi_import_realloc", ExportKind::Func, r);
    }
    out.section(&ex);
    if let Some(s) = guest.start {
        out.section(&StartSection {
            function_index: g.function_index(s).map_err(err)?,
        });
    }

    // --- elements, data count ---
    let mut elements = ElementSection::new();
    for e in &guest.elements {
        g.parse_element(&mut elements, e.clone()).map_err(err)?;
    }
    if live.elements {
        for e in &adapter.elements {
            a.parse_element(&mut elements, e.clone()).map_err(err)?;
        }
    }
    if !elements.is_empty() {
        out.section(&elements);
    }
    let data_total = guest.data.len() + adapter.data.len();
    if guest.data_count || adapter.data_count {
        out.section(&DataCountSection {
            count: data_total as u32,
        });
    }

    // --- code ---
    let mut code = CodeSection::new();
    // The guest's bodies, rewritten on every core (each run with its own
    // copy of the index map), then added in order.
    let bodies: Vec<_> = guest.code.iter().enumerate().collect();
    let size = |(_, b): &(usize, &wasmparser::FunctionBody<'_>)| b.as_bytes().len();
    let rewritten = crate::parallel::runs(bodies, size, |run| {
        let mut g = g.clone();
        let rewrite = |(i, body): (usize, &wasmparser::FunctionBody<'_>)| {
            let single = single.then(|| {
                let params = guest
                    .func_type(guest.imported.funcs + i as u32)
                    .map_or(0, |t| t.params().len() as u32);
                (params, &helpers)
            });
            crate::rewrite::body(guest.bytes, body, &mut g, single)
        };
        run.into_iter().map(rewrite).collect::<Result<Vec<_>, _>>()
    })
    .map_err(err)?;
    for body in rewritten.iter().flatten() {
        code.raw(body);
    }
    let ctx = Intrinsics {
        guest_mem,
        guest_memory64: facts.memory64,
        page_log2: guest
            .memories
            .get(guest_mem as usize)
            .and_then(|m| m.page_size_log2)
            .unwrap_or(16),
        adapter_mem,
        offset: g.offset,
        start: facts
            .start
            .map(|s| g.function_index(s))
            .transpose()
            .map_err(err)?,
    };
    for gen in &generated[..thunk_count] {
        if let Generated::Thunk {
            adapter_fn,
            guest_ty,
            adapter_ty,
        } = gen
        {
            let f = thunk(
                guest.types[*guest_ty as usize].as_ref(),
                adapter.types[*adapter_ty as usize].as_ref(),
                a.function_index(*adapter_fn).map_err(err)?,
            )?;
            code.function(&f);
        } else if let Generated::Trimmed { guest_ty } = gen {
            let mut f = Function::new([]);
            let returns = guest.types[*guest_ty as usize]
                .as_ref()
                .is_some_and(|t| !t.results().is_empty());
            if returns {
                f.instruction(&Instruction::I32Const(ENOSYS));
            } else {
                f.instruction(&Instruction::Unreachable);
            }
            f.instruction(&Instruction::End);
            code.function(&f);
        }
    }
    for (i, body) in adapter.code.iter().enumerate() {
        if live.funcs[i + a_imported] {
            if single {
                let f = crate::layout::adapter_body(&mut a, body, &helpers).map_err(err)?;
                code.function(&f);
            } else {
                a.parse_function_body(&mut code, body.clone())
                    .map_err(err)?;
            }
        }
    }
    for gen in &generated[thunk_count..] {
        if let Generated::Intrinsic(k) = gen {
            code.function(&ctx.body(*k));
        }
    }
    let init = exports
        .initialize
        .map(|i| g.function_index(i).map(|i| (init_flag, i)))
        .transpose()
        .map_err(err)?;
    let clear = needs_flag.then_some(alloc_flag);
    for gen in &generated {
        if let Generated::Entry { guest_fn, ty } = gen {
            let params = guest.types[*ty as usize]
                .as_ref()
                .map_or(0, |t| t.params().len() as u32);
            code.function(&entry(
                init,
                clear,
                g.function_index(*guest_fn).map_err(err)?,
                params,
            ));
        }
    }
    for gen in &generated {
        if let Generated::Layout(h) = gen {
            code.function(&match h {
                LayoutHelper::Range => crate::layout::range_body(guest_mem),
                LayoutHelper::GuestGrow => crate::layout::guest_grow_body(guest_mem),
                LayoutHelper::AdapterGrow => crate::layout::adapter_grow_body(adapter_pages),
            });
        } else if let Generated::Marshal {
            name, target, ty, ..
        } = gen
        {
            let how = exports
                .marshal
                .get(name)
                .ok_or_else(|| Error::internal("marshal plan lost"))?;
            let types = numeric_params(guest.types[*ty as usize].as_ref());
            code.function(&crate::marshal::wrapper(how, &types, *target, guest_mem));
        } else if let Generated::PostReturn { name, guest_post } = gen {
            let how = exports
                .marshal
                .get(name)
                .ok_or_else(|| Error::internal("marshal plan lost"))?;
            code.function(&crate::marshal::post_return(
                how,
                *guest_post,
                clear,
                guest_mem,
            ));
        } else if let Generated::ExportRealloc { guest_realloc } = gen {
            code.function(&crate::marshal::export_realloc(*guest_realloc, clear));
        } else if let Generated::ImportThunk { k, import, .. } = gen {
            let how = exports
                .marshal_imports
                .get(k)
                .ok_or_else(|| Error::internal("marshal plan lost"))?;
            let types = numeric_params(guest.func_type(*k as u32));
            code.function(&crate::marshal::import_thunk(
                how, &types, *import, alloc_flag, guest_mem,
            ));
        } else if let Generated::ImportRealloc { guest_realloc } = gen {
            let adapter_realloc = a
                .function_index(adapter_export("cabi_realloc")?)
                .map_err(err)?;
            code.function(&crate::marshal::import_realloc(
                alloc_flag,
                *guest_realloc,
                adapter_realloc,
            ));
        }
    }
    out.section(&code);

    // --- data ---
    let mut data = DataSection::new();
    for d in &guest.data {
        match (&d.kind, single) {
            (wasmparser::DataKind::Active { offset_expr, .. }, true) => {
                let at = crate::layout::const_i32(guest, offset_expr)
                    .ok_or_else(|| Error::internal("non-constant data offset in single layout"))?;
                let at = crate::layout::moved(u64::from(at)) as u32;
                data.active(
                    guest_mem,
                    &wasm_encoder::ConstExpr::i32_const(at as i32),
                    d.data.iter().copied(),
                );
            }
            _ => g.parse_data(&mut data, d.clone()).map_err(err)?,
        }
    }
    for d in &adapter.data {
        a.parse_data(&mut data, d.clone()).map_err(err)?;
    }
    out.section(&data);

    // --- custom sections ---
    let mut dropped = Vec::new();
    let mut names = None;
    let mut keep = Vec::new();
    for c in &guest.customs {
        let n = c.name();
        if n == "name" {
            names = Some(c.clone());
        } else if n.starts_with(".debug_")
            || n.starts_with("metadata.code.")
            || n.starts_with("reloc.")
            || n == "linking"
            || n == "dylink.0"
            || n == "sourceMappingURL"
            || n.starts_with("component-type")
        {
            dropped.push(n.to_string());
        } else {
            keep.push(c.clone());
        }
    }
    let mut warnings = Vec::new();
    let name_section = match merge_names(
        names.as_ref(),
        &mut g,
        guest.imported.funcs,
        generated_names.clone(),
    ) {
        Ok(n) => n,
        // wasm validation does not look inside custom sections: a broken
        // name section is dropped, not fatal.
        Err(e) => {
            warnings.push(format!("dropped the malformed `name` section ({e})"));
            merge_names(None, &mut g, guest.imported.funcs, generated_names)?
        }
    };
    out.section(&name_section);
    for c in &keep {
        out.section(&CustomSection {
            name: c.name().into(),
            data: c.data().into(),
        });
    }

    Ok(Fused {
        module: out.finish(),
        dropped_sections: dropped,
        warnings,
    })
}

/// The parameter types of a function that passes only numbers (what the
/// canonical ABI flattens to).
fn numeric_params(t: Option<&wasmparser::FuncType>) -> Vec<ValType> {
    t.map_or(vec![], |t| {
        t.params()
            .iter()
            .map(|p| match p {
                wasmparser::ValType::I64 => ValType::I64,
                wasmparser::ValType::F32 => ValType::F32,
                wasmparser::ValType::F64 => ValType::F64,
                _ => ValType::I32,
            })
            .collect()
    })
}

/// A thunk: widens each guest `i32` the adapter takes as `i64`, then calls.
fn thunk(
    guest: Option<&wasmparser::FuncType>,
    adapter: Option<&wasmparser::FuncType>,
    target: u32,
) -> Result<Function, Error> {
    let (Some(g), Some(a)) = (guest, adapter) else {
        return Err(Error::internal("thunk between non-function types"));
    };
    if g.params().len() != a.params().len() {
        return Err(Error::internal("thunk arity mismatch"));
    }
    let mut f = Function::new([]);
    for (i, (gt, at)) in g.params().iter().zip(a.params()).enumerate() {
        f.instruction(&Instruction::LocalGet(i as u32));
        if *gt == wasmparser::ValType::I32 && *at == wasmparser::ValType::I64 {
            f.instruction(&Instruction::I64ExtendI32U);
        }
    }
    f.instruction(&Instruction::Call(target));
    f.instruction(&Instruction::End);
    Ok(f)
}

/// An entry into the guest: clears the allocation flag `clear` (if any),
/// runs `_initialize` once (`if !flag { flag = 1; _initialize() }`, if
/// any), then the export itself.
fn entry(init: Option<(u32, u32)>, clear: Option<u32>, target: u32, params: u32) -> Function {
    use Instruction as I;
    let mut f = Function::new([]);
    if let Some(flag) = clear {
        f.instruction(&I::I32Const(0));
        f.instruction(&I::GlobalSet(flag));
    }
    if let Some((flag, init)) = init {
        f.instruction(&I::GlobalGet(flag));
        f.instruction(&I::I32Eqz);
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&I::I32Const(1));
        f.instruction(&I::GlobalSet(flag));
        f.instruction(&I::Call(init));
        f.instruction(&I::End);
    }
    for i in 0..params {
        f.instruction(&I::LocalGet(i));
    }
    f.instruction(&I::Call(target));
    f.instruction(&I::End);
    f
}

/// What the intrinsic bodies need to know about the layout.
struct Intrinsics {
    guest_mem: u32,
    guest_memory64: bool,
    page_log2: u32,
    adapter_mem: u32,
    /// Where guest address 0 is in the guest memory (the single layout).
    offset: u64,
    start: Option<u32>,
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

    fn body(&self, k: Intrinsic) -> Function {
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
            Intrinsic::Unavailable => {
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

/// The name section of the result: the guest's names (function-indexed ones
/// moved) and names for the generated functions and the p1 functions.
fn merge_names<'a>(
    guest_names: Option<&wasmparser::CustomSectionReader<'a>>,
    g: &mut Remap,
    guest_imported_funcs: u32,
    generated: Vec<(u32, String)>,
) -> Result<NameSection, Error> {
    let bad = |e: wasmparser::BinaryReaderError| Error::internal(format!("name section: {e}"));
    let mut funcs: Vec<(u32, String)> = generated;
    let mut locals: Vec<(u32, NameMap)> = Vec::new();
    let mut labels: Vec<(u32, NameMap)> = Vec::new();
    let mut module_name = None;
    let mut rest: Vec<Name<'a>> = Vec::new();

    // Only the guest's names are kept: the adapter's own function names
    // would cost several KB per component and name nothing the guest's
    // author wrote; the p1 functions it implements are named after the
    // guest's imports (`generated`).
    let indirect = |map: wasmparser::IndirectNameMap<'a>,
                    g: &mut Remap,
                    out: &mut Vec<(u32, NameMap)>|
     -> Result<(), Error> {
        for n in map {
            let n = n.map_err(bad)?;
            // Imports are replaced: their local names name nothing now.
            if n.index < guest_imported_funcs {
                continue;
            }
            if let Ok(i) = g.function_index(n.index) {
                let mut m = NameMap::new();
                for x in n.names {
                    let x = x.map_err(bad)?;
                    m.append(x.index, x.name);
                }
                out.push((i, m));
            }
        }
        Ok(())
    };
    if let Some(KnownCustom::Name(reader)) = guest_names.map(|s| s.as_known()) {
        for sub in reader {
            match sub.map_err(bad)? {
                Name::Module { name, .. } => module_name = Some(name.to_string()),
                Name::Function(map) => {
                    for n in map {
                        let n = n.map_err(bad)?;
                        // The guest's imports are named in `generated`.
                        if n.index < guest_imported_funcs {
                            continue;
                        }
                        if let Ok(i) = g.function_index(n.index) {
                            funcs.push((i, n.name.to_string()));
                        }
                    }
                }
                Name::Local(map) => indirect(map, g, &mut locals)?,
                Name::Label(map) => indirect(map, g, &mut labels)?,
                other => rest.push(other),
            }
        }
    }
    funcs.sort_by_key(|(i, _)| *i);
    funcs.dedup_by_key(|(i, _)| *i);
    locals.sort_by_key(|(i, _)| *i);
    locals.dedup_by_key(|(i, _)| *i);
    labels.sort_by_key(|(i, _)| *i);
    labels.dedup_by_key(|(i, _)| *i);

    let mut names = NameSection::new();
    if let Some(m) = &module_name {
        names.module(m);
    }
    let mut fm = NameMap::new();
    for (i, n) in &funcs {
        fm.append(*i, n);
    }
    names.functions(&fm);
    if !locals.is_empty() {
        let mut im = IndirectNameMap::new();
        for (i, m) in &locals {
            im.append(*i, m);
        }
        names.locals(&im);
    }
    if !labels.is_empty() {
        let mut im = IndirectNameMap::new();
        for (i, m) in &labels {
            im.append(*i, m);
        }
        names.labels(&im);
    }
    for sub in rest {
        g.parse_custom_name_subsection(&mut names, sub)
            .map_err(|e| Error::internal(format!("name section: {e}")))?;
    }
    Ok(names)
}
