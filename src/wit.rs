//! The vendored WIT (`wit/`), embedded at compile time.

use wit_parser::{PackageId, Resolve, WorldId};

/// The files of `wit/`, dependencies before their users.
const FILES: &[(&str, &str)] = &[
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
    ("wit/adapter.wit", include_str!("../wit/adapter.wit")),
];

/// The resolved packages and the `p1-adapt:adapter` package.
pub fn resolve() -> anyhow::Result<(Resolve, PackageId)> {
    let mut resolve = Resolve::default();
    let mut last = None;
    for (path, src) in FILES {
        last = Some(resolve.push_str(path, src)?);
    }
    let pkg = last.ok_or_else(|| anyhow::anyhow!("no WIT files"))?;
    Ok((resolve, pkg))
}

/// A world of the `p1-adapt:adapter` package.
pub fn adapter_world(resolve: &Resolve, pkg: PackageId, name: &str) -> anyhow::Result<WorldId> {
    resolve.select_world(&[pkg], Some(name))
}
