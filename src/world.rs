//! Step 3: the world a component is encoded with, and the guest functions it lifts.
//!
//! - command: `p1-adapt:adapter/command` (the adapter's imports and
//!   `wasi:cli/run`);
//! - reactor, derived: every exported guest function whose core type is
//!   numeric (`i32`→`s32`, `i64`→`s64`, `f32`, `f64`; at most one result)
//!   becomes a world-level export under a WIT-legal name (see
//!   [`wit_name`]); any other export is a problem, never silently dropped;
//! - reactor, user WIT: the exports of the world the user names, merged
//!   with the adapter's imports; each must be exported by the guest with
//!   its canonical-ABI core name and a matching core type;
//! - carried WIT (a `component-type` section): the same for the world the
//!   guest carries, whose imports stay the component's (a command keeps
//!   only its imports);
//! - proxy without carried WIT: the bundled `wasi:http/proxy` world.
//!
//! Exports and imports that pass memory (strings, lists, records, ...) are
//! translated by `crate::marshal` in the single layout (`crate::abi` says
//! where their pointers are); the multi layout refuses them, since the
//! component's canonical-ABI memory is then the adapter's.

use crate::abi::{signature, Marshal};
use crate::error::Problem;
use crate::module::Module;
use crate::wit;
use std::path::Path;
use wasmparser::ValType;
use wit_parser::{Resolve, WorldId, WorldItem};

/// A world and the guest exports to lift: `(core export name, guest func)`.
pub struct World {
    /// Every package, the adapter's included.
    pub resolve: Resolve,
    /// The world to encode.
    pub world: WorldId,
    /// Guest functions to export, under their core names.
    pub exports: Vec<(String, u32)>,
    /// Guest exports left out on purpose (internal names), for warnings.
    pub skipped: Vec<String>,
    /// Exports that pass memory (strings, lists, and records, tuples and
    /// variants holding them), by core name: their pointers must be
    /// translated between the guest's addresses and the component's memory
    /// (single layout only).
    pub marshal: std::collections::HashMap<String, Marshal>,
    /// Imports of the guest's own WIT that pass memory, by guest import
    /// index (single layout only).
    pub marshal_imports: std::collections::HashMap<usize, Marshal>,
}

fn base(version: &str) -> Result<(Resolve, wit_parser::PackageId), Vec<Problem>> {
    wit::resolve(version).map_err(|e| vec![Problem::Unsupported(format!("bundled WIT: {e:#}"))])
}

/// The command world.
pub fn command(version: &str) -> Result<World, Vec<Problem>> {
    let (resolve, pkg) = base(version)?;
    let world = wit::adapter_world(&resolve, pkg, "command")
        .map_err(|e| vec![Problem::Unsupported(format!("{e:#}"))])?;
    Ok(World {
        resolve,
        world,
        exports: Vec::new(),
        skipped: Vec::new(),
        marshal: Default::default(),
        marshal_imports: Default::default(),
    })
}

/// A WIT-legal name for a core export name: words split at anything that
/// is not a letter or digit and at lower-to-upper case changes, lowercased,
/// joined with `-`; a word starting with a digit gets an `n` in front
/// (`add_two` → `add-two`, `getHTTPCode` → `get-httpcode`, `f64_sum` →
/// `f64-sum`, `_3d` → `n3d`). `None` if nothing is left.
pub fn wit_name(core: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in core.chars() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    if words.is_empty() {
        return None;
    }
    Some(
        words
            .into_iter()
            .map(|w| {
                if w.starts_with(|c: char| c.is_ascii_digit()) {
                    format!("n{w}")
                } else {
                    w
                }
            })
            .collect::<Vec<_>>()
            .join("-"),
    )
}

fn wit_type(t: ValType) -> Option<&'static str> {
    Some(match t {
        ValType::I32 => "s32",
        ValType::I64 => "s64",
        ValType::F32 => "f32",
        ValType::F64 => "f64",
        _ => return None,
    })
}

/// Names the fused module exports itself (its canonical-ABI memory and
/// allocator), which a derived export cannot take.
const RESERVED: &[&str] = &["memory", "cabi-realloc"];

/// Exports the adapter never lifts: entry points (wasi-threads' thread
/// entry included) and toolchain internals.
fn internal(name: &str) -> bool {
    name == "_initialize"
        || name == "_start"
        || name == crate::threads::START
        || name.starts_with("cabi_")
        || name.starts_with("__")
}

/// The derived reactor world.
pub fn derived(guest: &Module<'_>, version: &str) -> Result<World, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut exports = Vec::new();
    let mut skipped = Vec::new();
    let mut lines = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for e in &guest.exports {
        if e.kind != wasmparser::ExternalKind::Func {
            continue;
        }
        if internal(e.name) {
            if e.name.starts_with("cabi_") || e.name.starts_with("__") {
                skipped.push(e.name.to_string());
            }
            continue;
        }
        let untypable = |reason: &str| Problem::UntypableExport {
            name: e.name.to_string(),
            reason: reason.to_string(),
        };
        let Some(ty) = guest.func_type(e.index) else {
            problems.push(untypable("not a function type"));
            continue;
        };
        let params: Option<Vec<&str>> = ty.params().iter().map(|t| wit_type(*t)).collect();
        let results: Option<Vec<&str>> = ty.results().iter().map(|t| wit_type(*t)).collect();
        let (Some(params), Some(results)) = (params, results) else {
            problems.push(untypable(
                "only i32, i64, f32 and f64 can be typed without a WIT",
            ));
            continue;
        };
        if results.len() > 1 {
            problems.push(untypable("more than one result"));
            continue;
        }
        let Some(name) = wit_name(e.name) else {
            problems.push(untypable("no letters or digits to make a WIT name of"));
            continue;
        };
        if RESERVED.contains(&name.as_str()) {
            problems.push(untypable(&format!(
                "its WIT name `{name}` is an export the component itself needs"
            )));
            continue;
        }
        if let Some(other) = seen.insert(name.clone(), e.name) {
            problems.push(untypable(&format!(
                "its WIT name `{name}` is also the name of `{other}`"
            )));
            continue;
        }
        let params: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("p{i}: {t}"))
            .collect();
        let result = results
            .first()
            .map(|r| format!(" -> {r}"))
            .unwrap_or_default();
        lines.push(format!(
            "  export %{name}: func({}){result};",
            params.join(", ")
        ));
        exports.push((name, e.index));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let text = format!(
        "package p1-adapt:derived;\n\nworld reactor {{\n  include p1-adapt:adapter/imports;\n{}\n}}\n",
        lines.join("\n")
    );
    let (mut resolve, _) = base(version)?;
    let pkg = resolve
        .push_str("derived.wit", &text)
        .map_err(|e| vec![Problem::Unsupported(format!("derived WIT: {e:#}"))])?;
    let world = resolve
        .select_world(&[pkg], Some("reactor"))
        .map_err(|e| vec![Problem::Unsupported(format!("{e:#}"))])?;
    Ok(World {
        resolve,
        world,
        exports,
        skipped,
        marshal: Default::default(),
        marshal_imports: Default::default(),
    })
}

/// Checks the guest's imports of its own WIT (every import that is not
/// preview 1 or 0) against `world`: each must be a function the world
/// imports (or a resource built-in of it, [`resource_intrinsic`]) passing
/// types `crate::abi` covers, with the matching core type; those that pass
/// memory go into `marshal` by import index. They stay imports of the
/// component.
fn carried_imports(
    guest: &Module<'_>,
    resolve: &Resolve,
    world: WorldId,
    marshal: &mut std::collections::HashMap<usize, Marshal>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (k, imp) in guest.imports.iter().enumerate() {
        if crate::p1::is_module(imp.module) {
            continue;
        }
        let problem = |reason: String| Problem::CarriedImport {
            name: format!("{}::{}", imp.module, imp.name),
            reason,
        };
        let found = resolve.worlds[world]
            .imports
            .iter()
            .find_map(|(key, item)| match item {
                WorldItem::Function(f) if imp.module == "$root" && f.name == imp.name => {
                    Some(f.clone())
                }
                WorldItem::Interface { id, .. } if resolve.name_world_key(key) == imp.module => {
                    resolve.interfaces[*id].functions.get(imp.name).cloned()
                }
                _ => None,
            });
        let Some(f) = found else {
            match resource_intrinsic(resolve, world, imp.module, imp.name) {
                // A handle in, a handle or a representation out: scalars.
                Some((params, results)) => {
                    if guest
                        .func_type(k as u32)
                        .is_none_or(|t| t.params() != params || t.results() != results)
                    {
                        problems.push(problem(format!(
                            "its core type is not the WIT one, {}",
                            crate::p1::format_signature(&params, &results)
                        )));
                    }
                }
                None => problems.push(problem(
                    "the world it carries imports no such function".into(),
                )),
            }
            continue;
        };
        let Some((params, results, how)) = signature(resolve, &f, true) else {
            problems.push(problem(
                "only scalars, strings, lists, records, tuples and variants can cross from the guest's memory".into(),
            ));
            continue;
        };
        if let Some(how) = how {
            marshal.insert(k, how);
        }
        let ok = guest
            .func_type(k as u32)
            .is_some_and(|t| t.params() == params && t.results() == results);
        if !ok {
            problems.push(problem(format!(
                "its core type is not the WIT one, {}",
                crate::p1::format_signature(&params, &results)
            )));
        }
    }
    problems
}

/// The core type of a canonical resource built-in the guest imports:
/// `[resource-drop]R` of a resource `world` imports (from interface
/// `module`, or `$root`), or `[resource-new]R`, `[resource-rep]R`,
/// `[resource-drop]R` of one it exports (from `[export]module`).
fn resource_intrinsic(
    resolve: &Resolve,
    world: WorldId,
    module: &str,
    name: &str,
) -> Option<(Vec<ValType>, Vec<ValType>)> {
    let (exported, module) = match module.strip_prefix("[export]") {
        Some(m) => (true, m),
        None => (false, module),
    };
    let (op, resource) = name.strip_prefix('[')?.split_once(']')?;
    let sig = match (op, exported) {
        ("resource-drop", _) => (vec![ValType::I32], vec![]),
        ("resource-new" | "resource-rep", true) => (vec![ValType::I32], vec![ValType::I32]),
        _ => return None,
    };
    let w = &resolve.worlds[world];
    let items = if exported { &w.exports } else { &w.imports };
    let is_resource = |id: &wit_parser::TypeId| {
        let t = &resolve.types[*id];
        t.name.as_deref() == Some(resource) && matches!(t.kind, wit_parser::TypeDefKind::Resource)
    };
    let found = items.iter().any(|(key, item)| match item {
        WorldItem::Interface { id, .. } => {
            resolve.name_world_key(key) == module
                && resolve.interfaces[*id].types.values().any(is_resource)
        }
        WorldItem::Type { id, .. } => module == "$root" && is_resource(id),
        WorldItem::Function(_) => false,
    });
    found.then_some(sig)
}

/// The user's world (`--wit PATH --world NAME`) merged with the adapter's
/// imports.
pub fn user(
    guest: &Module<'_>,
    path: &Path,
    world_name: &str,
    version: &str,
) -> Result<World, Vec<Problem>> {
    let (mut resolve, _) = base(version)?;
    let bad_wit = |e: anyhow::Error| vec![Problem::BadWit(format!("{}: {e:#}", path.display()))];
    let (pkg, _) = resolve.push_path(path).map_err(bad_wit)?;
    let user_world = resolve
        .select_world(&[pkg], Some(world_name))
        .map_err(bad_wit)?;
    typed(guest, resolve, user_world, Problem::BadWit)
}

/// A world of the bundled WASI packages (`wasi:http/proxy@0.2.12`) typing
/// the guest's exports, merged with the adapter's imports.
pub fn bundled(guest: &Module<'_>, name: &str, version: &str) -> Result<World, Vec<Problem>> {
    let (resolve, _) = base(version)?;
    let missing = || vec![Problem::Unsupported(format!("bundled world `{name}`"))];
    let (package, world) = name.split_once('/').ok_or_else(missing)?;
    let (world, _) = world.split_once('@').unwrap_or((world, ""));
    let world = resolve
        .packages
        .iter()
        .filter(|(_, p)| p.name.to_string() == format!("{package}@{version}"))
        .find_map(|(_, p)| p.worlds.get(world).copied())
        .ok_or_else(missing)?;
    typed(guest, resolve, world, Problem::BadWit)
}

/// The world the guest carries in its `component-type` custom section(s)
/// (wit-bindgen, cargo-component), merged with the adapter's imports, or
/// `None` when it carries none.
pub fn embedded(
    guest: &Module<'_>,
    bytes: &[u8],
    version: &str,
) -> Result<Option<World>, Vec<Problem>> {
    let Some((resolve, _, world)) = carried(guest, bytes, version)? else {
        return Ok(None);
    };
    typed(guest, resolve, world, Problem::BadEmbeddedWit).map(Some)
}

/// The command world with the imports of the world the guest carries (its
/// exports, if any, are not used: a command's one export is
/// `wasi:cli/run`; their names are returned for a warning).
pub fn command_carrying(
    guest: &Module<'_>,
    bytes: &[u8],
    version: &str,
) -> Result<(World, Vec<String>), Vec<Problem>> {
    let Some((mut resolve, pkg, carried)) = carried(guest, bytes, version)? else {
        return Ok((command(version)?, Vec::new()));
    };
    let ignored: Vec<String> = resolve.worlds[carried]
        .exports
        .keys()
        .map(|k| resolve.name_world_key(k))
        .collect();
    let exported: Vec<Problem> = guest
        .imports
        .iter()
        .filter(|i| i.module.starts_with("[export]"))
        .map(|i| Problem::CarriedImport {
            name: format!("{}::{}", i.module, i.name),
            reason: "a command's exports are only wasi:cli/run: the resources the WIT it carries exports do not exist".into(),
        })
        .collect();
    if !exported.is_empty() {
        return Err(exported);
    }
    resolve.worlds[carried].exports.clear();
    let mut marshal_imports = std::collections::HashMap::new();
    let problems = carried_imports(guest, &resolve, carried, &mut marshal_imports);
    if !problems.is_empty() {
        return Err(problems);
    }
    let bad = |e: anyhow::Error| vec![Problem::BadEmbeddedWit(format!("{e:#}"))];
    let world = wit::adapter_world(&resolve, pkg, "command").map_err(bad)?;
    resolve
        .merge_worlds(carried, world, &mut Default::default())
        .map_err(bad)?;
    let world = World {
        resolve,
        world,
        exports: Vec::new(),
        skipped: Vec::new(),
        marshal: Default::default(),
        marshal_imports,
    };
    Ok((world, ignored))
}

/// The bundled WASI packages with the world the guest carries merged in
/// (string encodings checked): the resolve, the adapter's package and the
/// carried world; `None` when it carries none.
fn carried(
    guest: &Module<'_>,
    bytes: &[u8],
    version: &str,
) -> Result<Option<(Resolve, wit_parser::PackageId, WorldId)>, Vec<Problem>> {
    if !guest
        .customs
        .iter()
        .any(|c| c.name().starts_with("component-type"))
    {
        return Ok(None);
    }
    let bad = |e: anyhow::Error| vec![Problem::BadEmbeddedWit(format!("{e:#}"))];
    let (_, bindgen) = wit_component::metadata::decode(bytes).map_err(bad)?;
    // Strings are translated as UTF-8 (the component is encoded so).
    let w = &bindgen.resolve.worlds[bindgen.world];
    let meta = &bindgen.metadata;
    for (items, encodings) in [
        (&w.imports, &meta.import_encodings),
        (&w.exports, &meta.export_encodings),
    ] {
        for (key, item) in items {
            let funcs: Vec<&str> = match item {
                WorldItem::Function(f) => vec![f.name.as_str()],
                WorldItem::Interface { id, .. } => bindgen.resolve.interfaces[*id]
                    .functions
                    .keys()
                    .map(String::as_str)
                    .collect(),
                WorldItem::Type { .. } => vec![],
            };
            for func in funcs {
                match encodings.get(&bindgen.resolve, key, func) {
                    Some(e) if e != wit_component::StringEncoding::UTF8 => {
                        return Err(vec![Problem::BadEmbeddedWit(format!(
                            "`{func}` uses the {e:?} string encoding; only UTF-8 is supported"
                        ))]);
                    }
                    _ => {}
                }
            }
        }
    }
    let (mut resolve, pkg) = base(version)?;
    let remap = resolve.merge(bindgen.resolve).map_err(bad)?;
    let world = remap
        .worlds
        .get(bindgen.world.index())
        .copied()
        .flatten()
        .ok_or_else(|| bad(anyhow::anyhow!("its world did not survive merging")))?;
    Ok(Some((resolve, pkg, world)))
}

/// `user_world` (in `resolve`, which holds the adapter's WIT too) merged
/// with the adapter's imports; each of its exports must be a guest export
/// of the matching core type, and the guest's own non-p1 imports are
/// checked against its imports ([`carried_imports`]). `bad` wraps WIT
/// errors.
fn typed(
    guest: &Module<'_>,
    mut resolve: Resolve,
    user_world: WorldId,
    bad: fn(String) -> Problem,
) -> Result<World, Vec<Problem>> {
    let world_name = resolve.worlds[user_world].name.clone();
    let mut problems = Vec::new();
    let mut exports = Vec::new();
    let mut marshal = std::collections::HashMap::new();
    let mut funcs = Vec::new();
    for (key, item) in &resolve.worlds[user_world].exports {
        match item {
            WorldItem::Function(f) => funcs.push((f.clone(), None)),
            WorldItem::Interface { id, .. } => {
                let iface = resolve.name_world_key(key);
                for f in resolve.interfaces[*id].functions.values() {
                    funcs.push((f.clone(), Some(iface.clone())));
                }
            }
            WorldItem::Type { .. } => {}
        }
    }
    for (f, iface) in funcs {
        let core = f.legacy_core_export_name(iface.as_deref()).into_owned();
        let Some((params, results, how)) = signature(&resolve, &f, false) else {
            problems.push(Problem::UntypableExport {
                name: core,
                reason: "only scalars, strings, lists, records, tuples and variants can cross into the guest's memory-isolated exports".into(),
            });
            continue;
        };
        let Some(index) = guest.exported_func(&core) else {
            problems.push(Problem::MissingExport(core));
            continue;
        };
        let ok = guest
            .func_type(index)
            .is_some_and(|t| t.params() == params && t.results() == results);
        if !ok {
            problems.push(Problem::UntypableExport {
                name: core,
                reason: format!(
                    "its core type is not the one world `{world_name}` gives it, {}",
                    crate::p1::format_signature(&params, &results)
                ),
            });
            continue;
        }
        if let Some(how) = how {
            marshal.insert(core.clone(), how);
        }
        exports.push((core, index));
    }
    let mut imported = std::collections::HashMap::new();
    problems.extend(carried_imports(guest, &resolve, user_world, &mut imported));
    if !problems.is_empty() {
        return Err(problems);
    }
    // The adapter's imports, then everything `user_world` imports and
    // exports.
    let merged = resolve
        .push_str(
            "merged.wit",
            "package p1-adapt:merged;\n\nworld merged {\n  include p1-adapt:adapter/imports;\n}\n",
        )
        .map_err(|e| vec![bad(format!("{e:#}"))])?;
    let world = resolve
        .select_world(&[merged], Some("merged"))
        .map_err(|e| vec![bad(format!("{e:#}"))])?;
    resolve
        .merge_worlds(user_world, world, &mut Default::default())
        .map_err(|e| vec![bad(format!("merging world `{world_name}`: {e:#}"))])?;
    Ok(World {
        resolve,
        world,
        exports,
        skipped: Vec::new(),
        marshal,
        marshal_imports: imported,
    })
}

#[cfg(test)]
mod tests {
    use super::wit_name;

    #[test]
    fn wit_names() {
        for (core, wit) in [
            ("add", "add"),
            ("add_two", "add-two"),
            ("camelCase", "camel-case"),
            ("getHTTPCode", "get-httpcode"),
            ("f64_sum", "f64-sum"),
            ("_3d", "n3d"),
            ("a..b", "a-b"),
            ("ÜBER", "ber"),
        ] {
            assert_eq!(wit_name(core).as_deref(), Some(wit), "{core}");
        }
        assert_eq!(wit_name("__"), None);
    }
}
