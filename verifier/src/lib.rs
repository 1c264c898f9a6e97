//! Static verification of components against host worlds.
//!
//! [`verify`] reads any component and a [`Target`] (a bundled preset such as
//! `wasi:cli/command@0.2.0`, or a WIT world) and reports **every** finding —
//! imports the host lacks (per interface and per function), type
//! mismatches, version differences (and whether a semver-aware host would
//! still accept them), exports the host requires, non-WASI imports, host
//! features it needs (component-model threading) — each
//! with a stable code, a severity and a suggested fix. It also attributes
//! each imported function to the core functions that reach it (the call
//! graph of the component's core module), naming the preview 1 functions of
//! an adapted guest where the name section shows them.
//!
//! It knows nothing of how a component was made: everything comes from the
//! component's type and its core module.
//!
//! ```
//! let component = wat::parse_str("(component)").unwrap();
//! let report = p1_adapt_verifier::verify(&component, &p1_adapt_verifier::Target::preset("none").unwrap()).unwrap();
//! assert!(report.fits());
//! ```

mod attribution;
mod compare;
mod features;
mod report;
mod target;

pub use report::{Code, Finding, ImportedFunction, Report, Severity};
pub use target::{is_preset, presets, wasi, Target, WASI_0_3, WASI_VERSION, WASI_VERSIONS};

/// Why a component could not be read.
#[derive(Debug)]
pub struct ReadError(pub String);

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReadError {}

/// Checks `component` against `target`.
///
/// # Errors
/// [`ReadError`] when the bytes are not a valid component.
pub fn verify(component: &[u8], target: &Target) -> Result<Report, ReadError> {
    if !wasmparser::Parser::is_component(component) {
        return Err(ReadError(
            "not a component (a core module must be adapted first)".into(),
        ));
    }
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(component)
        .map_err(|e| ReadError(format!("invalid component: {e}")))?;
    let decoded = wit_component::decode(component)
        .map_err(|e| ReadError(format!("cannot decode its type: {e:#}")))?;
    let (resolve, world) = match decoded {
        wit_component::DecodedWasm::Component(resolve, world) => (resolve, world),
        wit_component::DecodedWasm::WitPackage(..) => {
            return Err(ReadError("a WIT package, not a component".into()))
        }
    };
    let graph = attribution::CallGraph::of(component);
    let mut report = compare::compare(&resolve, world, target, &graph);
    report.findings.extend(features::findings(component));
    report.findings.sort_by_key(|f| f.severity);
    Ok(report)
}
