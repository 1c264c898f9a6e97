//! What the CLI, the library and the component share to verify: a target
//! from its written form (`--target`, the component's `target`), and the
//! verification of any input (a component as it is, a core module adapted
//! first).

use crate::{Adapter, Error, Problem};
use p1_adapt_verifier::{is_preset, presets, Report, Target};
use std::path::Path;

/// A `--target`, the same in both commands: a preset, `PATH:WORLD`, or
/// `PATH` with `world` (the value of the `--world` directly after it). A
/// `--world` after a preset or `PATH:WORLD`, and a `PATH` without one, are
/// errors. `PATH` is an existing file or directory; when the whole value is
/// one, it is a `PATH` (even with a `:` in its name).
pub fn target(spec: &str, world: Option<&str>) -> Result<Target, String> {
    let wit = |path: &str, world: &str| {
        Target::wit(Path::new(path), world).map_err(|e| format!("`--target`: {e}"))
    };
    let path_world = spec
        .rsplit_once(':')
        .filter(|(path, world)| !world.is_empty() && Path::new(path).exists());
    let named_already = |what: &str, w: &str| {
        Err(format!(
            "`--target {spec}` is {what}, which names its world already: `--world {w}` cannot follow it"
        ))
    };
    match world {
        _ if is_preset(spec) => match world {
            None => Target::preset(spec).map_err(|e| format!("`--target`: {e}")),
            Some(w) => named_already("a preset", w),
        },
        Some(w) if Path::new(spec).exists() => wit(spec, w),
        None if Path::new(spec).exists() => Err(format!(
            "`--target {spec}` names no world: give it as `--target {spec}:WORLD` or `--target {spec} --world WORLD`"
        )),
        None => match path_world {
            Some((path, w)) => wit(path, w),
            None => Err(format!(
                "`--target {spec}` is not a preset ({}), an existing WIT file or directory, or `PATH:WORLD`",
                presets().join(", ")
            )),
        },
        Some(w) if path_world.is_some() => named_already("`PATH:WORLD`", w),
        Some(_) => Err(format!(
            "`--target {spec}`: no such WIT file or directory"
        )),
    }
}

/// Checks `input` against `target`, as `p1-adapt verify` does: a component as
/// it is, a core module adapted first with the default options.
///
/// # Errors
/// The adaptation's, or [`Problem::Unverifiable`] for bytes the verifier
/// cannot read.
pub fn verify_input(input: &[u8], target: &Target) -> Result<Report, Error> {
    let adapted;
    let component = if wasmparser::Parser::is_component(input) {
        input
    } else {
        adapted = Adapter::new().adapt(input)?.component;
        &adapted
    };
    p1_adapt_verifier::verify(component, target)
        .map_err(|e| Error::Rejected(vec![Problem::Unverifiable(e.to_string())]))
}
