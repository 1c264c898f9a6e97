//! The name section of the fused module: the guest's names (function
//! indices moved) and names for what fusion generated and for the p1
//! functions; the adapter's own names are left out.

use super::remap::Remap;
use crate::error::Error;
use wasm_encoder::reencode::Reencode;
use wasm_encoder::{IndirectNameMap, NameMap, NameSection};
use wasmparser::{KnownCustom, Name};

/// The name section of the result: the guest's names (function-indexed ones
/// moved) and names for the generated functions and the p1 functions.
pub fn merge_names<'a>(
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
