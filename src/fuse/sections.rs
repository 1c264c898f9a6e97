//! The fused module written section by section from the index space: the
//! guest's parts through reencoder `g`, the adapter's through `a` (the
//! layout's layers), generated functions from their own types and bodies.

use super::dwarf::AddressMap;
use super::generated::Context;
use super::intrinsics::Intrinsics;
use super::remap::internal as err;
use super::remap::Unplanned;
use super::rewrite::Code;
use super::space::{Defined, Space};
use super::{Exports, Fused};
use crate::check::Facts;
use crate::error::Error;
use crate::module::Module;
use crate::plan::Plan;
use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{
    ConstExpr, CustomSection, DataCountSection, DataSection, ElementSection, Elements, Encode,
    EntityType, ExportKind, ExportSection, FunctionSection, GlobalSection, GlobalType,
    ImportSection, MemorySection, RefType, StartSection, TableSection, TableType, TagSection,
    TypeSection, ValType,
};

/// What fusion writes from.
pub struct Parts<'p, 'a> {
    pub guest: &'p Module<'a>,
    pub facts: &'p Facts,
    pub adapter: &'p Module<'a>,
    pub plan: &'p Plan,
    pub exports: &'p Exports<'p>,
    pub space: &'p Space,
    /// Drop the debug info instead of rewriting it (`--strip-debug`).
    pub strip_debug: bool,
}

/// Writes the fused module; `header` is given the sections before the code
/// and the count of defined functions, once they are written.
pub fn write<G, A>(
    p: &Parts<'_, '_>,
    g: G,
    mut a: A,
    header: &mut dyn FnMut(&[u8], u32),
) -> Result<Fused, Error>
where
    G: Code<Error = Unplanned> + Clone + Send + Sync,
    A: Reencode<Error = Unplanned>,
{
    let (guest, adapter, space) = (p.guest, p.adapter, p.space);
    let adapter_mem = match space.helpers {
        Some(h) => h.memory,
        None => space.a.memories,
    };
    let cx = Context {
        guest,
        adapter,
        g: &space.g,
        a: &space.a,
        exports: p.exports,
        memories: Intrinsics {
            guest_mem: p.facts.memory,
            guest_memory64: p.facts.memory64,
            page_log2: guest
                .memories
                .get(p.facts.memory as usize)
                .and_then(|m| m.page_size_log2)
                .unwrap_or(16),
            adapter_mem,
            offset: space.helpers.map_or(0, |h| h.region.bytes()),
            spilled: space.globals.spilled,
            start: p
                .facts
                .start
                .map(|s| space.g.func(s))
                .transpose()
                .map_err(err)?,
        },
        region: space.helpers.map(|h| h.region),
        globals: space.globals,
        threads: match space.threads {
            Some(at) => Some(threads(p, at, adapter_mem)?),
            None => None,
        },
    };
    let mut g = g;
    let mut out = Out::with_capacity(guest.bytes.len() + adapter.bytes.len());
    let (types, funcs) = types_and_functions(p, &cx, &mut g, &mut a)?;
    out.section(&types);
    let mut imports = ImportSection::new();
    for (module, name, ty) in &space.imports {
        imports.import(module, name, EntityType::Function(*ty));
    }
    out.section(&imports);
    out.section(&funcs);
    state(p, &mut out, &mut g, &mut a)?;
    let mut ex = ExportSection::new();
    ex.export("memory", ExportKind::Memory, adapter_mem);
    if let Some(t) = space.threads {
        ex.export(super::coop::TABLE_EXPORT, ExportKind::Table, t.table);
    }
    for (name, f) in &space.exports {
        ex.export(name, ExportKind::Func, *f);
    }
    out.section(&ex);
    if let Some(s) = guest.start {
        out.section(&StartSection {
            function_index: space.g.func(s).map_err(err)?,
        });
    }
    let mut elements = ElementSection::new();
    for e in &guest.elements {
        g.parse_element(&mut elements, e.clone()).map_err(err)?;
    }
    if p.plan.live.elements {
        for e in &adapter.elements {
            a.parse_element(&mut elements, e.clone()).map_err(err)?;
        }
    }
    if let Some(t) = space.threads {
        elements.active(
            Some(t.table),
            &ConstExpr::i32_const(0),
            Elements::Functions([t.trampoline][..].into()),
        );
    }
    if !elements.is_empty() {
        out.section(&elements);
    }
    if guest.data_count || adapter.data_count {
        out.section(&DataCountSection {
            count: (guest.data.len() + adapter.data.len()) as u32,
        });
    }
    header(&out.0, p.space.defined.len() as u32);
    let (code, addresses) = code(p, &cx, &g, &mut a)?;
    let mut warnings = Vec::new();
    if let Some(map) = &addresses {
        match branch_hints(p, map) {
            Some(Ok(hints)) => {
                out.section(&hints);
            }
            Some(Err(e)) => warnings.push(format!("dropped custom section `{BRANCH_HINTS}`: {e}")),
            None => {}
        }
    }
    // The DWARF rewrite begins now, beside the rest (it needs only the
    // map and the guest's DWARF, copied for the thread); none without
    // DWARF (the code is tracked for branch hints too).
    let tracked = addresses.is_some();
    let dwarf = || {
        p.guest
            .customs
            .iter()
            .filter(|c| c.name().starts_with(".debug_"))
    };
    let debug = addresses.filter(|_| dwarf().next().is_some()).map(|map| {
        let sections = dwarf()
            .map(|c| (c.name().to_string(), c.data().to_vec()))
            .collect();
        super::Debug::begin(sections, map)
    });
    code.write(&mut out);
    let mut data = DataSection::new();
    for d in &guest.data {
        g.parse_data(&mut data, d.clone()).map_err(err)?;
    }
    for d in &adapter.data {
        a.parse_data(&mut data, d.clone()).map_err(err)?;
    }
    out.section(&data);
    warnings.extend(customs(p, &mut out, tracked)?);
    Ok(Fused {
        module: out.0,
        warnings,
        debug,
    })
}

/// What cooperative threads' functions need (`at`: their indices).
fn threads<'p, 'a>(
    p: &Parts<'p, 'a>,
    at: super::coop::Indices,
    adapter_mem: u32,
) -> Result<super::coop::Bodies<'p, 'a>, Error> {
    let start = p
        .guest
        .exported_func(crate::threads::START)
        .ok_or_else(|| Error::internal("threads without `wasi_thread_start`"))?;
    let run = super::space::adapter_export(p.adapter, crate::contract::THREAD_RUN_EXPORT)?;
    Ok(super::coop::Bodies {
        at,
        state: super::coop::per_thread(p.guest, p.adapter, p.space.a.globals, adapter_mem)?,
        guest: p.guest,
        g: &p.space.g,
        run: p.space.a.func(run).map_err(err)?,
        thread_start: p.space.g.func(start).map_err(err)?,
    })
}

/// The type section (the guest's types, the adapter's, then those fusion
/// adds) and the function section.
fn types_and_functions<G: Reencode<Error = Unplanned>, A: Reencode<Error = Unplanned>>(
    p: &Parts<'_, '_>,
    cx: &Context<'_, '_>,
    g: &mut G,
    a: &mut A,
) -> Result<(TypeSection, FunctionSection), Error> {
    let (guest, adapter) = (p.guest, p.adapter);
    let mut added = p.space.types.clone();
    let mut funcs = FunctionSection::new();
    for d in &p.space.defined {
        funcs.function(match d {
            Defined::Guest(i) => guest.func_types[guest.imported.funcs as usize + i],
            Defined::Adapter(i) => adapter.func_types[*i] + p.space.a.types,
            Defined::Generated(gen) => gen.ty(cx, &mut added),
        });
    }
    let mut types = TypeSection::new();
    for rg in &guest.rec_groups {
        g.parse_recursive_type_group(types.ty(), rg.clone())
            .map_err(err)?;
    }
    for rg in &adapter.rec_groups {
        a.parse_recursive_type_group(types.ty(), rg.clone())
            .map_err(err)?;
    }
    for (params, results) in &added.added {
        types
            .ty()
            .function(params.iter().copied(), results.iter().copied());
    }
    Ok((types, funcs))
}

/// Tables, memories, tags and globals: the guest's, the adapter's, then the
/// generated globals.
fn state<G: Reencode<Error = Unplanned>, A: Reencode<Error = Unplanned>>(
    p: &Parts<'_, '_>,
    out: &mut Out,
    g: &mut G,
    a: &mut A,
) -> Result<(), Error> {
    let (guest, adapter, space) = (p.guest, p.adapter, p.space);
    let mut tables = TableSection::new();
    for t in &guest.tables {
        g.parse_table(&mut tables, t.clone()).map_err(err)?;
    }
    for t in &adapter.tables {
        a.parse_table(&mut tables, t.clone()).map_err(err)?;
    }
    if space.threads.is_some() {
        tables.table(TableType {
            element_type: RefType::FUNCREF,
            minimum: 1,
            maximum: Some(1),
            table64: false,
            shared: false,
        });
    }
    out.section(&tables);
    let mut memories = MemorySection::new();
    match space.helpers {
        // One memory: the guest's, grown by the adapter's region.
        Some(h) => {
            for m in &guest.memories {
                memories.memory(h.region.memory_type(*m));
            }
        }
        // The guest's memory is the module's own, unshared (`crate::threads`).
        None => {
            for m in guest.memories.iter().chain(&adapter.memories) {
                let mut ty = g.memory_type(*m).map_err(err)?;
                ty.shared = false;
                memories.memory(ty);
            }
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
    let mut counter = |value: i32| {
        let ty = GlobalType {
            val_type: ValType::I32,
            mutable: true,
            shared: false,
        };
        globals.global(ty, &ConstExpr::i32_const(value));
    };
    if space.globals.initialized.is_some() {
        counter(0);
    }
    if let (Some(_), Some(h)) = (space.globals.adapter_pages, space.helpers) {
        let initial = adapter.memories.first().map_or(0, |m| m.initial);
        if initial >= u64::from(h.region.pages()) {
            return Err(Error::internal(format!(
                "the adapter's initial memory ({initial} pages) does not fit its region"
            )));
        }
        counter(initial as i32);
    }
    if space.globals.allocating.is_some() {
        counter(0);
    }
    if space.globals.countdown.is_some() {
        let interval = p.plan.threads.and_then(|t| t.preempt).unwrap_or(1);
        counter(interval as i32);
    }
    if space.globals.spilled.is_some() {
        counter(0);
    }
    out.section(&globals);
    Ok(())
}

/// The code section, in the order of the index space: guest bodies
/// rewritten on every core (each run with its own copy of the reencoder),
/// adapter bodies copied with what names something written again,
/// generated bodies written. When the guest's
/// debug info is kept, also where its code went.
fn code<G, A>(
    p: &Parts<'_, '_>,
    cx: &Context<'_, '_>,
    g: &G,
    a: &mut A,
) -> Result<(RawCode, Option<AddressMap>), Error>
where
    G: Code<Error = Unplanned> + Clone + Send + Sync,
    A: Reencode<Error = Unplanned>,
{
    use super::atomics::Threaded;
    let (helpers, preempt) = (p.space.atomics, p.space.preempt);
    let track = !p.strip_debug && has_dwarf(p.guest);
    let rewritten = match (helpers, preempt) {
        (None, None) => guest_bodies(p.guest, g, track)?,
        (_, None) => guest_bodies(
            p.guest,
            &Threaded::<_, false> {
                inner: g.clone(),
                helpers,
                preempt,
            },
            track,
        )?,
        (_, Some(_)) => guest_bodies(
            p.guest,
            &Threaded::<_, true> {
                inner: g.clone(),
                helpers,
                preempt,
            },
            track,
        )?,
    };
    let mut rewritten = rewritten;
    let addresses = track.then(|| addresses(p.guest, &mut rewritten, p.space.defined.len()));
    let mut order = Vec::with_capacity(p.space.defined.len());
    let a_imported = p.adapter.imported.funcs as usize;
    // The guest's pointer width is known here: the adapter's calls of the
    // `pointer-size` intrinsic become it (Cranelift would keep each call;
    // a 16-byte `fd_write` made three). The contract makes every adapter
    // import a function, so an import's position is its function index.
    let pointer_size = p
        .adapter
        .imports
        .iter()
        .position(|i| i.module == crate::contract::GUEST_MODULE && i.name == "pointer-size")
        .and_then(|i| u32::try_from(i).ok());
    let width = if p.facts.memory64 { 8 } else { 4 };
    let memory_moves = a.memory_index(0).map_err(err)? != 0;
    let mut adapter = AdapterCode {
        inner: a,
        pointer_size,
        width,
        memory_moves,
    };
    for d in &p.space.defined {
        let mut own = Vec::new();
        match d {
            Defined::Guest(_) => {
                order.push(None);
                continue;
            }
            Defined::Adapter(i) => {
                let body = &p.adapter.code[*i - a_imported];
                let code = super::rewrite::body(p.adapter.bytes, body, &mut adapter, 0, None, None)
                    .map_err(err)?;
                (code.len() as u32).encode(&mut own);
                own.extend_from_slice(&code);
            }
            Defined::Generated(gen) => gen.body(cx)?.encode(&mut own),
        }
        order.push(Some(own));
    }
    let guests = order.iter().filter(|b| b.is_none()).count();
    if guests != rewritten.iter().map(Vec::len).sum::<usize>() {
        return Err(Error::internal("a guest body was not rewritten"));
    }
    Ok((RawCode { rewritten, order }, addresses))
}

/// The adapter's code: copied but the instructions that name something
/// (every index space of the adapter moves), written by the layout's
/// layer `inner`; calls of the `pointer-size` intrinsic become the guest's
/// pointer width.
struct AdapterCode<'a, A> {
    inner: &'a mut A,
    /// The intrinsic's function index in the adapter.
    pointer_size: Option<u32>,
    /// 4 or 8.
    width: i32,
    /// Whether the adapter's memory is not at index 0 in the fused module.
    memory_moves: bool,
}

impl<A: Reencode> Reencode for AdapterCode<'_, A> {
    type Error = A::Error;
    super::remap::delegate_indices!();

    fn memory_index(&mut self, m: u32) -> Result<u32, reencode::Error<A::Error>> {
        self.inner.memory_index(m)
    }

    fn mem_arg(
        &mut self,
        arg: wasmparser::MemArg,
    ) -> Result<wasm_encoder::MemArg, reencode::Error<A::Error>> {
        self.inner.mem_arg(arg)
    }

    fn instruction<'o>(
        &mut self,
        op: wasmparser::Operator<'o>,
    ) -> Result<wasm_encoder::Instruction<'o>, reencode::Error<A::Error>> {
        match op {
            wasmparser::Operator::Call { function_index }
                if Some(function_index) == self.pointer_size =>
            {
                Ok(wasm_encoder::Instruction::I32Const(self.width))
            }
            op => self.inner.instruction(op),
        }
    }
}

impl<A: Reencode> Code for AdapterCode<'_, A> {
    const INDICES: bool = true;

    /// Its memory accesses change when its memory's index moves (multi);
    /// `memory.*` instructions name the memory, and change anyway.
    fn memory(&self) -> bool {
        self.memory_moves
    }
}

/// The module being written, in one buffer sized for it up front (a
/// growing buffer would copy a large module's bytes again at each doubling).
pub(super) struct Out(Vec<u8>);

impl Out {
    fn with_capacity(n: usize) -> Self {
        let mut bytes = Vec::with_capacity(n + n / 8 + 4096);
        bytes.extend_from_slice(&wasm_encoder::Module::new().finish());
        Out(bytes)
    }

    /// Appends a section.
    pub(super) fn section(&mut self, s: &impl wasm_encoder::Section) -> &mut Self {
        self.0.push(s.id());
        s.encode(&mut self.0);
        self
    }
}

/// The code section's bodies: the guest's rewritten, the others encoded
/// (size-prefixed), in the order of `order` (`None`: the next guest body);
/// written straight into the module.
pub(super) struct RawCode {
    rewritten: Vec<Vec<Rewritten>>,
    order: Vec<Option<Vec<u8>>>,
}

impl RawCode {
    /// Writes the code section to `out`.
    fn write(&self, out: &mut Out) {
        let size = |n: usize| super::dwarf::leb_len(n as u64) as usize;
        let guest = self.rewritten.iter().flatten();
        let payload = size(self.order.len())
            + guest.map(|(b, _)| size(b.len()) + b.len()).sum::<usize>()
            + self.order.iter().flatten().map(Vec::len).sum::<usize>();
        out.0.push(wasm_encoder::SectionId::Code as u8);
        (payload as u32).encode(&mut out.0);
        (self.order.len() as u32).encode(&mut out.0);
        let mut guest = self.rewritten.iter().flatten();
        for body in &self.order {
            match body {
                Some(own) => out.0.extend_from_slice(own),
                None => {
                    if let Some((b, _)) = guest.next() {
                        (b.len() as u32).encode(&mut out.0);
                        out.0.extend_from_slice(b);
                    }
                }
            }
        }
    }
}

/// Whether `guest` carries sections that address its code: DWARF, branch
/// hints.
fn has_dwarf(guest: &Module<'_>) -> bool {
    guest
        .customs
        .iter()
        .any(|c| c.name().starts_with(".debug_") || c.name() == BRANCH_HINTS)
}

/// The version of wit-component this crate encodes with (as Cargo.toml pins
/// it), for the producers section.
const WIT_COMPONENT_VERSION: &str = "0.263.0";

/// The branch hints' custom section.
const BRANCH_HINTS: &str = "metadata.code.branch_hint";

/// The guest's branch hints moved with its code (they go before the code
/// section), if it has any.
fn branch_hints(
    p: &Parts<'_, '_>,
    map: &AddressMap,
) -> Option<Result<wasm_encoder::BranchHints, String>> {
    let data = p
        .guest
        .customs
        .iter()
        .find(|c| c.name() == BRANCH_HINTS)?
        .data();
    let g = &p.space.g;
    let imported = p.guest.imported.funcs;
    Some(super::dwarf::branch_hints(data, map, imported, |f| {
        g.func(f).ok()
    }))
}

/// Where the guest's code went, its bodies `rewritten` (their moves taken)
/// first in a code section of `count` functions.
fn addresses(guest: &Module<'_>, rewritten: &mut [Vec<Rewritten>], count: usize) -> AddressMap {
    // Each entry starts where the one before ended (the first after the
    // count): size prefixes may be padded.
    let base = guest.code_payload;
    let mut reader = wasmparser::BinaryReader::new(&guest.bytes[base as usize..], 0);
    let mut entry = reader
        .read_var_u32()
        .map_or(0, |_| reader.current_position() as u64);
    let old: Vec<(u64, u64, u64)> = guest
        .code
        .iter()
        .map(|b| {
            let (start, end) = (b.range().start - base, b.range().end - base);
            let this = (entry, start, end - start);
            entry = end;
            this
        })
        .collect();
    let new: Vec<(u64, Vec<(u32, u32)>)> = rewritten
        .iter_mut()
        .flatten()
        .map(|(body, moves)| (body.len() as u64, std::mem::take(moves)))
        .collect();
    AddressMap::new(&old, new, count as u32)
}

/// A guest body rewritten, and where its bytes went (when tracked).
type Rewritten = (Vec<u8>, Vec<(u32, u32)>);

/// The guest's bodies rewritten by `g`, on every core (each run with its
/// own copy of `g`), in runs; with `track`, where their bytes went. Bodies
/// whose checks the guest left to fusion are validated as they are read:
/// an error there is the input's ([`crate::input::invalid`]).
fn guest_bodies<G>(guest: &Module<'_>, g: &G, track: bool) -> Result<Vec<Vec<Rewritten>>, Error>
where
    G: Code<Error = Unplanned> + Clone + Send + Sync,
{
    let bodies: Vec<_> = guest.code.iter().enumerate().collect();
    let size = |(_, b): &(usize, &wasmparser::FunctionBody<'_>)| b.as_bytes().len();
    crate::parallel::runs(bodies, size, |run| {
        let mut g = g.clone();
        let mut allocs = wasmparser::FuncValidatorAllocations::default();
        let mut out = Vec::with_capacity(run.len());
        for (i, body) in run {
            let params = guest
                .func_type(guest.imported.funcs + i as u32)
                .map_or(0, |t| t.params().len() as u32);
            let mut moves = Vec::new();
            let tracked = track.then_some(&mut moves);
            let mut validator = guest.validator(i, std::mem::take(&mut allocs));
            let bytes = super::rewrite::body(
                guest.bytes,
                body,
                &mut g,
                params,
                validator.as_mut(),
                tracked,
            )?;
            if let Some(v) = validator {
                allocs = v.into_allocations();
            }
            out.push((bytes, moves));
        }
        Ok(out)
    })
    .map_err(|e| match e {
        wasm_encoder::reencode::Error::ParseError(e) => {
            Error::Rejected(vec![crate::input::invalid(&e)])
        }
        e => err(e),
    })
}

/// The custom sections: the name section merged; the DWARF sections left
/// out, for the caller to rewrite when the code's moves were recorded
/// (`addresses`: [`super::Debug`]; all dropped with `--strip-debug`);
/// those whose code offsets do not survive fusion dropped (each a
/// warning); the others kept.
fn customs(p: &Parts<'_, '_>, out: &mut Out, addresses: bool) -> Result<Vec<String>, Error> {
    let mut warnings = Vec::new();
    let mut names = None;
    let mut producers = None;
    let mut keep = Vec::new();
    for c in &p.guest.customs {
        let n = c.name();
        let debug =
            n.starts_with(".debug_") || n == "sourceMappingURL" || n == "external_debug_info";
        if n == "name" {
            names = Some(c.clone());
        } else if n == "producers" {
            // Merged with this tool's entries below.
            producers = wasm_metadata::Producers::from_bytes(c.data(), c.data_offset()).ok();
        } else if n.starts_with("component-type") || (debug && p.strip_debug) {
            // The world it carries is the component's now; debug info
            // stripped on purpose.
        } else if n.starts_with(".debug_") {
            // Rewritten by the caller ([`super::Debug`]), appended last.
        } else if n == BRANCH_HINTS && addresses {
            // Written before the code (`branch_hints`).
        } else if n == "sourceMappingURL" {
            // A pointer to an external map: kept, but its offsets moved.
            warnings.push(format!(
                "kept custom section `{n}`: the source map it names still gives the guest's own code offsets, which fusion moved (rebuild the map for the component, or use the DWARF)"
            ));
            keep.push(c.clone());
        } else if n.starts_with("metadata.code.")
            || n.starts_with("reloc.")
            || n == "linking"
            || n == "dylink.0"
        {
            warnings.push(format!(
                "dropped custom section `{n}`: its code offsets do not survive fusion"
            ));
        } else {
            keep.push(c.clone());
        }
    }
    let mut g = p.space.g.clone();
    let generated = p.space.names.clone();
    let imported = p.guest.imported.funcs;
    let name_section = match super::names::merge_names(names.as_ref(), &mut g, imported, generated)
    {
        Ok(n) => n,
        // wasm validation does not look inside custom sections: a broken
        // name section is dropped, not fatal.
        Err(e) => {
            warnings.push(format!("dropped the malformed `name` section ({e})"));
            super::names::merge_names(None, &mut g, imported, p.space.names.clone())?
        }
    };
    out.section(&name_section);
    // The guest's producers (a malformed section is replaced) and ours,
    // p1-adapt and wit-component (which encodes the component): right after
    // the names, where LLVM's readers want it (before `target_features`).
    let mut producers = producers.unwrap_or_else(wasm_metadata::Producers::empty);
    producers.add("processed-by", "p1-adapt", env!("CARGO_PKG_VERSION"));
    producers.add("processed-by", "wit-component", WIT_COMPONENT_VERSION);
    out.0.push(wasm_encoder::SectionId::Custom as u8);
    out.0.extend_from_slice(&producers.raw_custom_section());
    for c in &keep {
        out.section(&CustomSection {
            name: c.name().into(),
            data: c.data().into(),
        });
    }

    Ok(warnings)
}

#[cfg(test)]
mod tests {
    #[test]
    fn wit_component_version_is_the_one_cargo_toml_pins() {
        let pin = format!("wit-component = \"{}\"", super::WIT_COMPONENT_VERSION);
        assert!(include_str!("../../Cargo.toml").contains(&pin), "{pin}");
    }
}
