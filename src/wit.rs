//! The WIT components are made with: the vendored WASI packages (`wit/`,
//! embedded by the verifier, [`p1_adapt_verifier::wasi`]) at each version
//! components can be made for, and the adapter's worlds.

use wit_parser::{PackageId, Resolve, WorldId};

/// The WASI versions whose imports p1-adapt can emit: WASI 0.3.0, then the
/// verifier's 0.2 ones, newest first.
pub fn versions() -> impl Iterator<Item = &'static str> {
    std::iter::once(p1_adapt_verifier::WASI_0_3).chain(p1_adapt_verifier::WASI_VERSIONS)
}

/// Whether p1-adapt can emit imports at `version`.
pub fn supported(version: &str) -> bool {
    versions().any(|v| v == version)
}

/// Whether `version` is WASI 0.3 (its own adapter build and worlds).
pub fn is_0_3(version: &str) -> bool {
    version == p1_adapt_verifier::WASI_0_3
}

/// The adapter's worlds, written against [`p1_adapt_verifier::WASI_VERSION`].
const ADAPTER: &str = include_str!("../wit/adapter.wit");

/// The adapter's worlds on WASI 0.3.0 (its `wasi-0-3` build).
const ADAPTER_0_3: &str = include_str!("../wit/wasi-0.3/adapter.wit");

/// The resolved WASI packages of `version` and the `p1-adapt:adapter`
/// package with its worlds importing that version: resolved once per
/// version in a process, a copy each time (every adaptation asks).
pub fn resolve(version: &str) -> anyhow::Result<(Resolve, PackageId)> {
    type Cache = std::sync::Mutex<Vec<(String, (Resolve, PackageId))>>;
    static CACHE: std::sync::OnceLock<Cache> = std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, hit)) = cache.iter().find(|(v, _)| v == version) {
        return Ok(hit.clone());
    }
    let resolved = resolve_anew(version)?;
    cache.push((version.to_string(), resolved.clone()));
    Ok(resolved)
}

/// [`resolve`], from the WIT sources.
fn resolve_anew(version: &str) -> anyhow::Result<(Resolve, PackageId)> {
    let mut resolve = p1_adapt_verifier::wasi(version).map_err(|e| anyhow::anyhow!("{e}"))?;
    if is_0_3(version) {
        let pkg = resolve.push_str("wit/wasi-0.3/adapter.wit", ADAPTER_0_3)?;
        return Ok((resolve, pkg));
    }
    let adapter = ADAPTER.replace(
        &format!("@{}", p1_adapt_verifier::WASI_VERSION),
        &format!("@{version}"),
    );
    let pkg = resolve.push_str("wit/adapter.wit", &adapter)?;
    Ok((resolve, pkg))
}

/// A world of the `p1-adapt:adapter` package.
pub fn adapter_world(resolve: &Resolve, pkg: PackageId, name: &str) -> anyhow::Result<WorldId> {
    resolve.select_world(&[pkg], Some(name))
}

/// An adapter import module (`wasi:cli/stdout@` [`p1_adapt_verifier::WASI_VERSION`]) at the WASI
/// `version` the component is made for; other modules are unchanged.
pub fn at_version(module: &str, version: &str) -> String {
    match module.strip_suffix(&format!("@{}", p1_adapt_verifier::WASI_VERSION)) {
        Some(base) => format!("{base}@{version}"),
        None => module.to_string(),
    }
}

#[cfg(test)]
mod tests {
    /// The adapter's WIT names WASI at the vendored version only, so that
    /// renaming to another version catches every import.
    #[test]
    fn adapter_wit_is_at_the_vendored_version() {
        let at = format!("@{}", p1_adapt_verifier::WASI_VERSION);
        for line in super::ADAPTER.lines().filter(|l| l.contains("wasi:")) {
            let versions = line.matches('@').count();
            assert_eq!(line.matches(&*at).count(), versions, "{line}");
        }
        assert!(super::ADAPTER.contains(&at));
    }
}
