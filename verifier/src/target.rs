//! Targets: the host worlds a component is checked against.

use crate::ReadError;
use std::path::Path;
use wit_parser::{Resolve, WorldId};

/// The bundled presets. `none` checks nothing and only lists the imports.
pub const PRESETS: &[&str] = &[
    "wasi:cli/command@0.2.12",
    "wasi:cli/imports@0.2.12",
    "wasi:http/proxy@0.2.12",
    "wasi:cli/command@0.2.0",
    "wasi:cli/imports@0.2.0",
    "wasi:http/proxy@0.2.0",
    "none",
];

const WASI_0_2_12: &[(&str, &str)] = &[
    ("io.wit", include_str!("../../wit/deps/io.wit")),
    ("clocks.wit", include_str!("../../wit/deps/clocks.wit")),
    ("random.wit", include_str!("../../wit/deps/random.wit")),
    (
        "filesystem.wit",
        include_str!("../../wit/deps/filesystem.wit"),
    ),
    ("sockets.wit", include_str!("../../wit/deps/sockets.wit")),
    ("cli.wit", include_str!("../../wit/deps/cli.wit")),
    ("http.wit", include_str!("../../wit/deps/http.wit")),
];

const WASI_0_2_0: &[(&str, &str)] = &[
    ("io.wit", include_str!("../../wit/wasi-0.2.0/io.wit")),
    (
        "clocks.wit",
        include_str!("../../wit/wasi-0.2.0/clocks.wit"),
    ),
    (
        "random.wit",
        include_str!("../../wit/wasi-0.2.0/random.wit"),
    ),
    (
        "filesystem.wit",
        include_str!("../../wit/wasi-0.2.0/filesystem.wit"),
    ),
    (
        "sockets.wit",
        include_str!("../../wit/wasi-0.2.0/sockets.wit"),
    ),
    ("cli.wit", include_str!("../../wit/wasi-0.2.0/cli.wit")),
    ("http.wit", include_str!("../../wit/wasi-0.2.0/http.wit")),
];

/// A host world to check against.
pub struct Target {
    pub(crate) resolve: Resolve,
    pub(crate) world: Option<WorldId>,
    /// How the target was named (`wasi:cli/command@0.2.0`, `PATH:world`).
    pub name: String,
}

impl Target {
    /// A bundled preset (see [`PRESETS`]).
    ///
    /// # Errors
    /// When `name` is not a preset.
    pub fn preset(name: &str) -> Result<Target, ReadError> {
        if name == "none" {
            return Ok(Target {
                resolve: Resolve::default(),
                world: None,
                name: name.into(),
            });
        }
        let (pkg_world, version) = name.split_once('@').ok_or_else(|| unknown(name))?;
        let files = match version {
            "0.2.12" => WASI_0_2_12,
            "0.2.0" => WASI_0_2_0,
            _ => return Err(unknown(name)),
        };
        let (pkg, world) = pkg_world.split_once('/').ok_or_else(|| unknown(name))?;
        if !PRESETS.contains(&name) {
            return Err(unknown(name));
        }
        let mut resolve = Resolve::default();
        let mut wanted = None;
        for (file, src) in files {
            let id = resolve
                .push_str(file, src)
                .map_err(|e| ReadError(format!("bundled WIT {file}: {e:#}")))?;
            let p = &resolve.packages[id].name;
            if format!("{}:{}", p.namespace, p.name) == pkg {
                wanted = Some(id);
            }
        }
        let pkg_id = wanted.ok_or_else(|| unknown(name))?;
        let world = resolve
            .select_world(&[pkg_id], Some(world))
            .map_err(|e| ReadError(format!("{e:#}")))?;
        Ok(Target {
            resolve,
            world: Some(world),
            name: name.into(),
        })
    }

    /// World `world` of the WIT package at `path` (a file or a directory
    /// with `deps/`).
    ///
    /// # Errors
    /// When the WIT does not load or has no such world.
    pub fn wit(path: &Path, world: &str) -> Result<Target, ReadError> {
        let mut resolve = Resolve::default();
        let (pkg, _) = resolve
            .push_path(path)
            .map_err(|e| ReadError(format!("{}: {e:#}", path.display())))?;
        let id = resolve
            .select_world(&[pkg], Some(world))
            .map_err(|e| ReadError(format!("{}: {e:#}", path.display())))?;
        Ok(Target {
            resolve,
            world: Some(id),
            name: format!("{}:{world}", path.display()),
        })
    }
}

fn unknown(name: &str) -> ReadError {
    ReadError(format!(
        "unknown target `{name}`; presets: {}",
        PRESETS.join(", ")
    ))
}
