//! The vendored WIT (`wit/`), embedded at compile time, at each WASI version
//! components can be made for.

use wit_parser::{PackageId, Resolve, WorldId};

/// The WASI versions whose imports p1-adapt can emit.
pub const VERSIONS: &[&str] = &["0.2.12", "0.2.0"];

/// WASI 0.2.12 (`wit/deps`), dependencies before their users.
const WASI_0_2_12: &[(&str, &str)] = &[
    ("wit/deps/io.wit", include_str!("../wit/deps/io.wit")),
    (
        "wit/deps/clocks.wit",
        include_str!("../wit/deps/clocks.wit"),
    ),
    (
        "wit/deps/random.wit",
        include_str!("../wit/deps/random.wit"),
    ),
    (
        "wit/deps/filesystem.wit",
        include_str!("../wit/deps/filesystem.wit"),
    ),
    (
        "wit/deps/sockets.wit",
        include_str!("../wit/deps/sockets.wit"),
    ),
    ("wit/deps/cli.wit", include_str!("../wit/deps/cli.wit")),
    ("wit/deps/http.wit", include_str!("../wit/deps/http.wit")),
];

/// WASI 0.2.0 (`wit/wasi-0.2.0`).
const WASI_0_2_0: &[(&str, &str)] = &[
    (
        "wit/wasi-0.2.0/io.wit",
        include_str!("../wit/wasi-0.2.0/io.wit"),
    ),
    (
        "wit/wasi-0.2.0/clocks.wit",
        include_str!("../wit/wasi-0.2.0/clocks.wit"),
    ),
    (
        "wit/wasi-0.2.0/random.wit",
        include_str!("../wit/wasi-0.2.0/random.wit"),
    ),
    (
        "wit/wasi-0.2.0/filesystem.wit",
        include_str!("../wit/wasi-0.2.0/filesystem.wit"),
    ),
    (
        "wit/wasi-0.2.0/sockets.wit",
        include_str!("../wit/wasi-0.2.0/sockets.wit"),
    ),
    (
        "wit/wasi-0.2.0/cli.wit",
        include_str!("../wit/wasi-0.2.0/cli.wit"),
    ),
    (
        "wit/wasi-0.2.0/http.wit",
        include_str!("../wit/wasi-0.2.0/http.wit"),
    ),
];

/// The adapter's worlds, written against 0.2.12.
const ADAPTER: &str = include_str!("../wit/adapter.wit");

/// The resolved WASI packages of `version` and the `p1-adapt:adapter`
/// package with its worlds importing that version.
pub fn resolve(version: &str) -> anyhow::Result<(Resolve, PackageId)> {
    let files = match version {
        "0.2.12" => WASI_0_2_12,
        "0.2.0" => WASI_0_2_0,
        v => anyhow::bail!("unsupported WASI version {v}"),
    };
    let mut resolve = Resolve::default();
    for (path, src) in files {
        resolve.push_str(path, src)?;
    }
    let adapter = ADAPTER.replace("@0.2.12", &format!("@{version}"));
    let pkg = resolve.push_str("wit/adapter.wit", &adapter)?;
    Ok((resolve, pkg))
}

/// A world of the `p1-adapt:adapter` package.
pub fn adapter_world(resolve: &Resolve, pkg: PackageId, name: &str) -> anyhow::Result<WorldId> {
    resolve.select_world(&[pkg], Some(name))
}

/// An adapter import module (`wasi:cli/stdout@0.2.12`) at the WASI
/// `version` the component is made for; other modules are unchanged.
pub fn at_version(module: &str, version: &str) -> String {
    match module.strip_suffix(&format!("@{}", crate::WASI_VERSION)) {
        Some(base) => format!("{base}@{version}"),
        None => module.to_string(),
    }
}
