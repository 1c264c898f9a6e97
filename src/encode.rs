//! Steps 7 and 8: encode the fused module as a component with wit-component
//! (the world of [`crate::world`] as its component type; wit-component imports only
//! the interfaces the module uses), then validate the result.

use crate::error::Error;
use wasm_encoder::Encode;
use wit_component::{ComponentEncoder, StringEncoding};

/// Encodes `module` with `world` as its component type.
///
/// wit-component reads only a module's interface (types, imports,
/// functions, tables, memories, globals, exports), but copies and re-parses
/// the whole module several times (its metadata strip, import
/// de-duplication, producers section, the component itself): on a 70 MB
/// module most of the composing time. So it is given a *stand-in*, the
/// module with every body `unreachable` and no data or custom sections,
/// and the component it makes gets the real module in the stand-in's
/// place, in one copy. When wit-component changed the stand-in's imports
/// or exports (it renames duplicate imports), the module is encoded
/// itself, the slow way.
///
/// With `early`, the stand-in's component was begun from the module's
/// header while the module was being written ([`early`]).
pub fn encode(
    module: Vec<u8>,
    world: &crate::world::World,
    early: Option<Early>,
) -> Result<Encoded, Error> {
    let Early(early) = match early {
        Some(early) => early,
        None => stand_in_component(&module, world),
    };
    let (stand_in, component) = early?;
    match splice(&component, &stand_in, module).map_err(reread)? {
        Ok(spliced) => Ok(spliced),
        Err(module) => {
            let component = wit_component_encode(module, world)?;
            splice(&component, &Interface::default(), Vec::new())
                .map_err(reread)?
                .map_err(|_| Error::internal("the component has no core module"))
        }
    }
}

/// A stand-in (its imports and exports, which the module put in its place
/// must have) and wit-component's component for it.
pub struct Early(Result<(Interface, Vec<u8>), Error>);

/// The component of the stand-in of a module whose sections before the
/// code are `header` and which defines `functions` functions: made while
/// the module's code is written (the stand-in needs nothing of it but the
/// count).
pub fn early(header: Vec<u8>, functions: u32, world: &crate::world::World) -> Early {
    let mut module = header;
    let mut count = Vec::new();
    functions.encode(&mut count);
    section(&mut module, CODE, &count);
    stand_in_component(&module, world)
}

/// The stand-in of `module` and its component.
fn stand_in_component(module: &[u8], world: &crate::world::World) -> Early {
    Early(stand_in(module).map_err(reread).and_then(|mut stand_in| {
        let component = wit_component_encode(std::mem::take(&mut stand_in.bytes), world)?;
        Ok((stand_in, component))
    }))
}

/// A module p1-adapt wrote that it cannot read again: a bug.
fn reread(e: wasmparser::BinaryReaderError) -> Error {
    Error::internal(format!("re-reading: {e}"))
}

/// A component and where its (first) core module is.
pub struct Encoded {
    /// The component.
    pub component: Vec<u8>,
    /// The module's bytes in it (its section's payload).
    module: std::ops::Range<usize>,
}

impl Encoded {
    /// Appends `sections`, custom sections, to the end of the core module
    /// (its section's size written again; the few bytes of the component
    /// after it move, the module only if its size's LEB128 changes
    /// length).
    pub fn append_to_module(&mut self, sections: &[u8]) {
        if sections.is_empty() {
            return;
        }
        let (start, end) = (self.module.start, self.module.end);
        let mut size = Vec::new();
        ((end - start + sections.len()) as u32).encode(&mut size);
        // The size's bytes: those before the module that end a LEB128
        // (every byte of one but the last has its top bit set).
        let mut size_at = start - 1;
        while size_at > 0 && self.component[size_at - 1] & 0x80 != 0 {
            size_at -= 1;
        }
        self.component.splice(end..end, sections.iter().copied());
        self.component.splice(size_at..start, size.iter().copied());
        let moved = size.len() + size_at;
        self.module = moved..moved + (end - start) + sections.len();
    }
}

/// wit-component's component for `module` (a stand-in or the module).
fn wit_component_encode(
    mut module: Vec<u8>,
    world: &crate::world::World,
) -> Result<Vec<u8>, Error> {
    wit_component::embed_component_metadata(
        &mut module,
        &world.resolve,
        world.world,
        StringEncoding::UTF8,
        false,
    )
    .map_err(Error::internal)?;
    // The finished component is validated by `validate` (step 8);
    // validating here as well would only double the time.
    ComponentEncoder::default()
        .validate(false)
        .module(&module)
        .and_then(|e| e.encode())
        .map_err(|e| Error::internal(format!("{e:#}")))
}

/// A stand-in module and the parts of its interface a splice compares.
#[derive(Default)]
struct Interface {
    /// The stand-in's bytes.
    bytes: Vec<u8>,
    /// Its import section's payload.
    imports: Vec<u8>,
    /// Its export section's payload.
    exports: Vec<u8>,
}

/// Section ids of a core module.
const CUSTOM: u8 = 0;
const IMPORT: u8 = 2;
const EXPORT: u8 = 7;
const CODE: u8 = 10;
const DATA: u8 = 11;
const DATA_COUNT: u8 = 12;

/// The stand-in for `module`: its sections but the code (each body
/// `unreachable`, which validates for every type), the data, the data count
/// and the custom sections.
fn stand_in(module: &[u8]) -> wasmparser::Result<Interface> {
    let mut out = Interface {
        bytes: module[..8].to_vec(),
        ..Interface::default()
    };
    for (id, payload) in sections(module)? {
        match id {
            CUSTOM | DATA | DATA_COUNT => continue,
            CODE => {
                let count = wasmparser::BinaryReader::new(payload, 0).read_var_u32()?;
                let mut code = Vec::with_capacity(5 + 4 * count as usize);
                count.encode(&mut code);
                for _ in 0..count {
                    // size 3: no locals, `unreachable`, `end`
                    code.extend_from_slice(&[3, 0, 0x00, 0x0b]);
                }
                section(&mut out.bytes, CODE, &code);
                continue;
            }
            IMPORT => out.imports = payload.to_vec(),
            EXPORT => out.exports = payload.to_vec(),
            _ => {}
        }
        section(&mut out.bytes, id, payload);
    }
    Ok(out)
}

/// `component` with its first core module replaced by `module` (when the
/// module wit-component wrote there has `stand_in`'s imports and exports;
/// an empty `module` keeps it) and without its `component-name` section:
/// the names wit-component gives its own plumbing (canonical functions,
/// shim instances), about 1.5 KB that name nothing of the guest's. The
/// guest's function names live in the core module's `name` section, which
/// stays. The component is made in `module`'s buffer (the sections around
/// it are small; a large module is not copied to a new buffer).
fn splice(
    component: &[u8],
    stand_in: &Interface,
    module: Vec<u8>,
) -> wasmparser::Result<Result<Encoded, Vec<u8>>> {
    const CORE_MODULE: u8 = 1;
    let (mut before, mut after) = (component[..8].to_vec(), Vec::new());
    let mut replaced = false;
    let mut module_at = None;
    let mut r = wasmparser::BinaryReader::new(&component[8..], 8);
    while !r.eof() {
        let start = r.current_position() + 8;
        let id = r.read_u8()?;
        let len = r.read_var_u32()?;
        let body = r.read_bytes(len as usize)?;
        if id == CUSTOM && wasmparser::BinaryReader::new(body, 0).read_string()? == "component-name"
        {
            continue;
        }
        if id == CORE_MODULE && !replaced {
            if module.is_empty() {
                // The module kept: where it is in `before`.
                before.extend_from_slice(&component[start..r.current_position() + 8]);
                module_at = Some(before.len() - body.len());
                replaced = true;
                continue;
            }
            if !same_interface(body, stand_in)? {
                return Ok(Err(module));
            }
            before.push(CORE_MODULE);
            (module.len() as u32).encode(&mut before);
            module_at = Some(before.len());
            replaced = true;
            continue;
        }
        let out = if replaced { &mut after } else { &mut before };
        out.extend_from_slice(&component[start..r.current_position() + 8]);
    }
    let Some(at) = module_at else {
        return Ok(Err(module));
    };
    if module.is_empty() {
        let end = before.len();
        before.extend_from_slice(&after);
        return Ok(Ok(Encoded {
            component: before,
            module: at..end,
        }));
    }
    let end = before.len() + module.len();
    let mut out = module;
    out.reserve(before.len() + after.len());
    out.splice(0..0, before);
    out.extend_from_slice(&after);
    Ok(Ok(Encoded {
        component: out,
        module: at..end,
    }))
}

/// Whether `module` imports and exports exactly what `stand_in` does.
fn same_interface(module: &[u8], stand_in: &Interface) -> wasmparser::Result<bool> {
    let (mut imports, mut exports) = (&[][..], &[][..]);
    for (id, payload) in sections(module)? {
        match id {
            IMPORT => imports = payload,
            EXPORT => exports = payload,
            _ => {}
        }
    }
    Ok(imports == stand_in.imports && exports == stand_in.exports)
}

/// The sections of a core module: `(id, payload)`.
fn sections(module: &[u8]) -> wasmparser::Result<Vec<(u8, &[u8])>> {
    let mut out = Vec::new();
    let mut r = wasmparser::BinaryReader::new(&module[8..], 8);
    while !r.eof() {
        let id = r.read_u8()?;
        let len = r.read_var_u32()?;
        out.push((id, r.read_bytes(len as usize)?));
    }
    Ok(out)
}

/// Appends a section: its id, size and payload.
fn section(out: &mut Vec<u8>, id: u8, payload: &[u8]) {
    out.push(id);
    payload.encode(out);
}

/// Validates a finished component.
pub fn validate(component: &[u8]) -> Result<(), Error> {
    crate::validate::validate(component)
        .map_err(|e| Error::internal(format!("the component does not validate: {e}")))
}

/// The interfaces a component imports (its top-level import names).
pub fn imports(component: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    for payload in wasmparser::Parser::new(0).parse_all(component) {
        match payload {
            Ok(wasmparser::Payload::ModuleSection { .. })
            | Ok(wasmparser::Payload::ComponentSection { .. }) => depth += 1,
            Ok(wasmparser::Payload::End(_)) => depth = depth.saturating_sub(1),
            Ok(wasmparser::Payload::ComponentImportSection(s)) if depth == 0 => {
                for i in s.into_iter().flatten() {
                    out.push(i.name.name.to_string());
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use wasm_encoder::Encode;

    /// The custom sections of the first core module in `component`.
    fn module_customs(component: &[u8]) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        let mut depth = 0;
        for payload in wasmparser::Parser::new(0).parse_all(component) {
            match payload.unwrap() {
                wasmparser::Payload::ModuleSection { .. } => depth += 1,
                wasmparser::Payload::End(_) => depth -= 1,
                wasmparser::Payload::CustomSection(c) if depth == 1 => {
                    out.push((c.name().to_string(), c.data().to_vec()))
                }
                _ => {}
            }
        }
        out
    }

    /// Sections appended to the module land in it, in a component that
    /// still validates, whether its size keeps its length or takes a byte
    /// more.
    #[test]
    fn sections_appended_to_the_module() {
        let mut grown = false;
        for (filler, more) in [(10, 20), (100, 40), (100, 20_000)] {
            let component = wat::parse_str(format!(
                r#"(component (core module (func) (@custom "before" "{}")))"#,
                "x".repeat(filler)
            ))
            .unwrap();
            let mut encoded = super::splice(&component, &super::Interface::default(), Vec::new())
                .unwrap()
                .unwrap_or_else(|_| panic!("no module"));
            let mut sections = Vec::new();
            sections.push(0);
            wasm_encoder::CustomSection {
                name: ".debug_info".into(),
                data: vec![7u8; more].into(),
            }
            .encode(&mut sections);
            let leb = |n: usize| {
                let mut v = Vec::new();
                (n as u32).encode(&mut v);
                v.len()
            };
            let (before, module) = (encoded.component.len(), encoded.module.len());
            encoded.append_to_module(&sections);
            let c = &encoded.component;
            crate::validate::validate(c).unwrap();
            let customs = module_customs(c);
            assert_eq!(customs.len(), 2, "{customs:?}");
            assert_eq!(customs[1], (".debug_info".to_string(), vec![7u8; more]));
            let grew = c.len() as i64 - before as i64 - sections.len() as i64;
            let lebs = leb(module + sections.len()) as i64 - leb(module) as i64;
            assert_eq!(grew, lebs);
            grown |= grew > 0;
            // Appending again goes after.
            encoded.append_to_module(&sections);
            assert_eq!(module_customs(&encoded.component).len(), 3);
        }
        assert!(grown, "no case where the size takes a byte more");
    }
}
