//! Steps 7 and 8: encode the fused module as a component with wit-component
//! (the world of [`crate::world`] as its component type; wit-component imports only
//! the interfaces the module uses), then validate the result.

use crate::error::Error;
use wit_component::{ComponentEncoder, StringEncoding};

/// Encodes `module` with `world` as its component type.
pub fn encode(mut module: Vec<u8>, world: &crate::world::World) -> Result<Vec<u8>, Error> {
    wit_component::embed_component_metadata(
        &mut module,
        &world.resolve,
        world.world,
        StringEncoding::UTF8,
        false,
    )
    .map_err(Error::internal)?;
    // The finished component is validated by `validate` below; validating
    // the module here as well would only double the time on large modules.
    let component = ComponentEncoder::default()
        .validate(false)
        .module(&module)
        .and_then(|e| e.encode())
        .map_err(|e| Error::internal(format!("{e:#}")))?;
    without_component_names(&component)
        .map_err(|e| Error::internal(format!("re-reading the component: {e}")))
}

/// The component without its `component-name` section: the names
/// wit-component gives its own plumbing (canonical functions, shim
/// instances), about 1.5 KB that name nothing of the guest's. The guest's
/// function names live in the core module's `name` section, which stays.
fn without_component_names(component: &[u8]) -> wasmparser::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(component.len());
    out.extend_from_slice(&component[..8]);
    let mut r = wasmparser::BinaryReader::new(&component[8..], 8);
    while !r.eof() {
        let start = r.current_position() + 8;
        let id = r.read_u8()?;
        let len = r.read_var_u32()?;
        let body = r.read_bytes(len as usize)?;
        if id == 0 && wasmparser::BinaryReader::new(body, 0).read_string()? == "component-name" {
            continue;
        }
        out.extend_from_slice(&component[start..r.current_position() + 8]);
    }
    Ok(out)
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
