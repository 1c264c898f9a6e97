//! Builds the adapter (`adapter/`, a `#![no_std]` crate) from its sources
//! for `wasm32-unknown-unknown` with a nested cargo into a target directory
//! of its own: what `prebuilt/adapter.wasm`, the module p1-adapt embeds, is
//! checked against (`tests/determinism.rs`), and how it is remade.
//!
//! The build is deterministic: source paths are remapped so the bytes do not
//! depend on where the checkout or the cargo home lives.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Builds the adapter crate at `adapter` with `features` (none: on WASI 0.2;
/// `wasi-0-3`: on WASI 0.3) into `target_dir` and returns the path of the
/// wasm file.
pub fn build_adapter(
    adapter: &Path,
    target_dir: &Path,
    features: &[&str],
) -> Result<PathBuf, String> {
    let cargo_home = env::var("CARGO_HOME")
        .ok()
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    let mut flags = vec![
        "-Clink-arg=-zstack-size=65536".to_string(),
        format!(
            "--remap-path-prefix={}=/p1-adapt/adapter",
            adapter.display()
        ),
    ];
    if let Some(home) = cargo_home {
        flags.push(format!("--remap-path-prefix={}=/cargo", home.display()));
    }

    let mut cmd = release_build(adapter, "wasm32-unknown-unknown", target_dir);
    cmd.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"));
    if !features.is_empty() {
        cmd.arg("--features").arg(features.join(","));
    }

    let output = cmd
        .output()
        .map_err(|e| format!("failed to run cargo for the adapter: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let hint = if stderr.contains("wasm32-unknown-unknown") {
            "\nhint: run `rustup target add wasm32-unknown-unknown wasm32-wasip1`"
        } else {
            ""
        };
        return Err(format!(
            "building the adapter ({}) failed:\n{stderr}{hint}",
            adapter.display()
        ));
    }
    Ok(target_dir.join("wasm32-unknown-unknown/release/p1_adapt_adapter.wasm"))
}

/// `cargo build --release --locked --target TARGET` of the crate at `dir`
/// into `target_dir`, without the outer build's settings (they are for the
/// host crate): the nested builds of the tests, the adapter's and the
/// composer component's.
pub fn release_build(dir: &Path, target: &str, target_dir: &Path) -> Command {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(dir)
        .args(["build", "--release", "--locked", "--target", target])
        .arg("--target-dir")
        .arg(target_dir);
    for (k, _) in env::vars_os() {
        let k = k.to_string_lossy().into_owned();
        if k == "RUSTFLAGS"
            || k == "RUSTC_WRAPPER"
            || k == "RUSTC_WORKSPACE_WRAPPER"
            || k.starts_with("CARGO_BUILD_")
            || k.starts_with("CARGO_PROFILE_")
            || k == "CARGO_TARGET_DIR"
            || k == "CARGO_ENCODED_RUSTFLAGS"
            || k == "CARGO_LLVM_COV"
        {
            cmd.env_remove(&k);
        }
    }
    cmd
}
