//! Targets: the host worlds a component is checked against.

use crate::ReadError;
use std::path::Path;
use wit_parser::{Resolve, WorldId};

/// The newest WASI version bundled: that of the vendored `wit/deps/`, read
/// from its `package` line. Everything that names the version (the
/// composer, the adapter's WIT, the presets) derives from it.
pub const WASI_VERSION: &str = package_version(include_str!("../wit/deps/cli.wit"));

/// Every bundled WASI 0.2 version (what components can be made for),
/// newest first.
pub const WASI_VERSIONS: [&str; 2] = [WASI_VERSION, "0.2.0"];

/// WASI 0.3.0, bundled as a target to check against (wasmtime-wasi 48's
/// `p3` WIT: `wasi:cli`, `clocks`, `filesystem`, `random`, `sockets`); no
/// `wasi:http` there.
pub const WASI_0_3: &str = "0.3.0";

/// The worlds of each bundled version that are presets.
const PRESET_WORLDS: [&str; 3] = ["wasi:cli/command", "wasi:cli/imports", "wasi:http/proxy"];

/// The preset worlds of `version`, if it is bundled.
fn preset_worlds(version: &str) -> &'static [&'static str] {
    match version {
        WASI_0_3 => &PRESET_WORLDS[..2],
        v if WASI_VERSIONS.contains(&v) => &PRESET_WORLDS,
        _ => &[],
    }
}

/// The bundled presets: each world at each version, newest first, then
/// `none` (checks nothing and only lists the imports).
pub fn presets() -> Vec<String> {
    let mut out: Vec<String> = std::iter::once(WASI_0_3)
        .chain(WASI_VERSIONS)
        .flat_map(|v| preset_worlds(v).iter().map(move |w| format!("{w}@{v}")))
        .collect();
    out.push("none".into());
    out
}

/// Whether `name` is a bundled preset.
pub fn is_preset(name: &str) -> bool {
    name == "none"
        || name
            .split_once('@')
            .is_some_and(|(world, version)| preset_worlds(version).contains(&world))
}

/// The version of the package a WIT file declares first
/// (`package wasi:cli@0.2.12;` gives `0.2.12`).
const fn package_version(wit: &'static str) -> &'static str {
    let b = wit.as_bytes();
    let mut start = 0;
    while start < b.len() && b[start] != b'@' {
        start += 1;
    }
    start += 1;
    let mut end = start;
    while end < b.len() && b[end] != b';' {
        end += 1;
    }
    assert!(
        end < b.len(),
        "the vendored WIT declares no versioned package"
    );
    let (_, rest) = b.split_at(start);
    let (version, _) = rest.split_at(end - start);
    match core::str::from_utf8(version) {
        Ok(v) => v,
        Err(_) => panic!("the vendored WIT's package version is not UTF-8"),
    }
}

const WASI_NEWEST: &[(&str, &str)] = &[
    ("io.wit", include_str!("../wit/deps/io.wit")),
    ("clocks.wit", include_str!("../wit/deps/clocks.wit")),
    ("random.wit", include_str!("../wit/deps/random.wit")),
    ("filesystem.wit", include_str!("../wit/deps/filesystem.wit")),
    ("sockets.wit", include_str!("../wit/deps/sockets.wit")),
    ("cli.wit", include_str!("../wit/deps/cli.wit")),
    ("http.wit", include_str!("../wit/deps/http.wit")),
];

const WASI_0_3_0: &[(&str, &str)] = &[
    ("clocks.wit", include_str!("../wit/wasi-0.3.0/clocks.wit")),
    ("random.wit", include_str!("../wit/wasi-0.3.0/random.wit")),
    (
        "filesystem.wit",
        include_str!("../wit/wasi-0.3.0/filesystem.wit"),
    ),
    ("sockets.wit", include_str!("../wit/wasi-0.3.0/sockets.wit")),
    ("cli.wit", include_str!("../wit/wasi-0.3.0/cli.wit")),
];

const WASI_0_2_0: &[(&str, &str)] = &[
    ("io.wit", include_str!("../wit/wasi-0.2.0/io.wit")),
    ("clocks.wit", include_str!("../wit/wasi-0.2.0/clocks.wit")),
    ("random.wit", include_str!("../wit/wasi-0.2.0/random.wit")),
    (
        "filesystem.wit",
        include_str!("../wit/wasi-0.2.0/filesystem.wit"),
    ),
    ("sockets.wit", include_str!("../wit/wasi-0.2.0/sockets.wit")),
    ("cli.wit", include_str!("../wit/wasi-0.2.0/cli.wit")),
    ("http.wit", include_str!("../wit/wasi-0.2.0/http.wit")),
];

/// A host world to check against.
pub struct Target {
    pub(crate) resolve: Resolve,
    pub(crate) world: Option<WorldId>,
    /// How the target was named (`wasi:cli/command@0.2.0`, `PATH:world`).
    pub name: String,
}

/// The bundled WASI packages of `version` (one of [`WASI_VERSIONS`], or
/// [`WASI_0_3`]), resolved.
/// Parsed once per process and then cloned: parsing the WIT costs far more
/// than cloning it (it was half the time of adapting a small module).
///
/// # Errors
/// When `version` is not bundled.
pub fn wasi(version: &str) -> Result<Resolve, ReadError> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, Resolve>>> = OnceLock::new();
    let files = match version {
        WASI_VERSION => WASI_NEWEST,
        "0.2.0" => WASI_0_2_0,
        WASI_0_3 => WASI_0_3_0,
        v => return Err(ReadError(format!("no bundled WASI {v}"))),
    };
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(hit) = cache.get(version) {
        return Ok(hit.clone());
    }
    let mut resolve = Resolve::default();
    for (file, src) in files {
        resolve
            .push_str(file, src)
            .map_err(|e| ReadError(format!("bundled WIT {file}: {e:#}")))?;
    }
    cache.insert(version.to_string(), resolve.clone());
    Ok(resolve)
}

impl Target {
    /// A bundled preset (see [`presets`]).
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
        let (pkg, world) = pkg_world.split_once('/').ok_or_else(|| unknown(name))?;
        if !is_preset(name) {
            return Err(unknown(name));
        }
        let resolve = wasi(version)?;
        let pkg_id = resolve
            .packages
            .iter()
            .find(|(_, p)| format!("{}:{}", p.name.namespace, p.name.name) == pkg)
            .map(|(id, _)| id)
            .ok_or_else(|| unknown(name))?;
        let world = resolve
            .select_world(&[pkg_id], Some(world))
            .map_err(|e| ReadError(format!("{e:#}")))?;
        Ok(Target {
            resolve,
            world: Some(world),
            name: name.into(),
        })
    }

    fn load(
        path: &Path,
        bundled: &[(&str, &str)],
    ) -> Result<(Resolve, wit_parser::PackageId), ReadError> {
        let mut resolve = Resolve::default();
        for (file, src) in bundled {
            resolve
                .push_str(file, src)
                .map_err(|e| ReadError(format!("bundled WIT {file}: {e:#}")))?;
        }
        let (pkg, _) = resolve
            .push_path(path)
            .map_err(|e| ReadError(format!("{}: {e:#}", path.display())))?;
        Ok((resolve, pkg))
    }

    /// World `world` of the WIT package at `path` (a file, or a directory
    /// with `deps/`; `wasi:*@0.2.12` packages it does not vendor come from
    /// the bundled WIT).
    ///
    /// # Errors
    /// When the WIT does not load or has no such world.
    pub fn wit(path: &Path, world: &str) -> Result<Target, ReadError> {
        // A WIT with its own `deps/` loads as it is; one that only names
        // `wasi:*@0.2.12` packages is resolved against the bundled ones.
        let (resolve, pkg) = match Self::load(path, &[]) {
            Ok(r) => r,
            Err(first) => Self::load(path, WASI_NEWEST).map_err(|_| first)?,
        };
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

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Target({})", self.name)
    }
}

impl Target {
    /// Whether the target world provides core import `module`/`name` as
    /// wit-component names them (`wasi:cli/stdout@0.2.12`, `get-stdout`,
    /// `[method]output-stream.write`, `[resource-drop]output-stream`): the
    /// interface at a semver-compatible version, and the function. `none`
    /// provides everything.
    ///
    /// The component model's own built-ins a core module imports beside
    /// an interface's functions are provided with them: those of `$root`
    /// (waitable sets, subtasks) always, a function's stream and future
    /// operations (`[stream-write-0]write-via-stream`) and its async
    /// lowering (`[async-lower]wait-for`) when the function is.
    pub fn provides(&self, module: &str, name: &str) -> bool {
        let Some(world) = self.world else {
            return true;
        };
        if module == "$root" {
            return true;
        }
        let name = name.strip_prefix("[async-lower]").unwrap_or(name);
        let name = match name.split_once(']') {
            Some((op, func)) if op.starts_with("[stream-") || op.starts_with("[future-") => func,
            _ => name,
        };
        // The version as compared: its major, and its minor under 1 (an
        // unreadable one matches nothing).
        let (iface, version) = match module.split_once('@') {
            Some((i, v)) => (i, Some(major_minor(v))),
            None => (module, None),
        };
        // `namespace:package/interface`, compared piece by piece (this is
        // asked for every import of every adaptation: no strings made).
        let Some((namespace, rest)) = iface.split_once(':') else {
            return false;
        };
        let Some((package, interface)) = rest.split_once('/') else {
            return false;
        };
        self.resolve.worlds[world].imports.values().any(|item| {
            let wit_parser::WorldItem::Interface { id, .. } = item else {
                return false;
            };
            let i = &self.resolve.interfaces[*id];
            let Some(pkg) = i.package.map(|p| &self.resolve.packages[p].name) else {
                return false;
            };
            let same_version = match (version, &pkg.version) {
                (Some(v), Some(pv)) => v == Some(major_minor_of(pv.major, pv.minor)),
                (None, None) => true,
                _ => false,
            };
            if pkg.namespace != namespace
                || pkg.name != package
                || i.name.as_deref().unwrap_or("") != interface
                || !same_version
            {
                return false;
            }
            if let Some(resource) = name.strip_prefix("[resource-drop]") {
                return i.types.contains_key(resource);
            }
            i.functions.contains_key(name)
        })
    }
}

fn unknown(name: &str) -> ReadError {
    ReadError(format!(
        "unknown target `{name}`; presets: {}",
        presets().join(", ")
    ))
}

/// Whether two versions are semver-compatible (same major, and same minor
/// while the major is 0).
pub(crate) fn compatible(a: &str, b: &str) -> bool {
    let (a, b) = (major_minor(a), major_minor(b));
    matches!((a, b), (Some(a), Some(b)) if a == b)
}

/// What two compatible versions share: the major, and the minor while the
/// major is 0 (`None` when `v` does not start with a number).
fn major_minor(v: &str) -> Option<(u64, Option<u64>)> {
    let mut parts = v.split(['.', '-', '+']).map(|x| x.parse::<u64>().ok());
    let major = parts.next()??;
    match major {
        0 => Some((0, Some(parts.next()??))),
        _ => Some(major_minor_of(major, 0)),
    }
}

/// [`major_minor`] of a version's numbers.
fn major_minor_of(major: u64, minor: u64) -> (u64, Option<u64>) {
    (major, (major == 0).then_some(minor))
}

#[cfg(test)]
mod tests {
    use super::{compatible, Target};

    /// Versions match as semver says: the major, and the minor under 1.
    #[test]
    fn compatible_versions() {
        assert!(compatible("0.2.0", "0.2.12"));
        assert!(compatible("0.2.0-rc-2023-11-10", "0.2.3"));
        assert!(!compatible("0.2.0", "0.3.0"));
        assert!(compatible("1.2.0", "1.5.1"));
        assert!(!compatible("1.0.0", "2.0.0"));
        assert!(!compatible("x", "0.2.0"));
    }

    /// An import is provided when its interface, package and namespace are
    /// all the world's, at a compatible version.
    #[test]
    fn imports_match_by_interface_package_and_version() {
        let t = Target::preset("wasi:cli/command@0.2.0").unwrap();
        assert!(t.provides("wasi:cli/stdout@0.2.0", "get-stdout"));
        assert!(t.provides("wasi:cli/stdout@0.2.12", "get-stdout"));
        assert!(!t.provides("wasi:cli/stdout@0.3.0", "get-stdout"));
        assert!(!t.provides("wasi:cli/stdout", "get-stdout"));
        assert!(!t.provides("wasi:cli/stdoutx@0.2.0", "get-stdout"));
        assert!(!t.provides("wasi:clix/stdout@0.2.0", "get-stdout"));
        assert!(!t.provides("wasix:cli/stdout@0.2.0", "get-stdout"));
        assert!(!t.provides("wasi:cli@0.2.0", "get-stdout"));
        assert!(!t.provides("wasi:cli/stdout@0.2.0", "get-stdin"));
        assert!(t.provides("wasi:io/streams@0.2.0", "[resource-drop]output-stream"));
        assert!(!t.provides("wasi:http/types@0.2.0", "[resource-drop]fields"));
    }

    /// A core module's component-model built-ins are provided with the
    /// function they belong to; `$root`'s always.
    #[test]
    fn built_ins_are_provided_with_their_function() {
        let t = Target::preset("wasi:cli/command@0.3.0").unwrap();
        let stdout = "wasi:cli/stdout@0.3.0";
        assert!(t.provides("$root", "[waitable-set-wait]"));
        assert!(t.provides(stdout, "write-via-stream"));
        assert!(t.provides(stdout, "[async-lower][stream-write-0]write-via-stream"));
        assert!(t.provides(stdout, "[future-drop-readable-1]write-via-stream"));
        assert!(!t.provides(stdout, "[stream-write-0]read-via-stream"));
        assert!(!t.provides("wasi:io/streams@0.3.0", "[stream-new-0]write"));
        let fs = "wasi:filesystem/types@0.3.0";
        assert!(t.provides(
            fs,
            "[async-lower][stream-read-0][method]descriptor.read-directory"
        ));
    }
}
