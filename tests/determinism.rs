//! Same input, same output: the component is byte-identical across runs, and
//! the adapter built from its sources in another directory is byte-identical
//! to the prebuilt one p1-adapt embeds (`prebuilt/adapter.wasm`).

mod harness;

use harness::adapter_build;

use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let name = e.file_name();
        if name == "target" {
            continue;
        }
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(name));
        } else {
            std::fs::copy(e.path(), to.join(name)).unwrap();
        }
    }
}

#[test]
fn adapting_twice_gives_identical_bytes() {
    let wat = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/hello.wat"))
        .unwrap();
    let a = p1_adapt::adapt(&wat).unwrap().component;
    let b = p1_adapt::adapt(&wat).unwrap().component;
    assert_eq!(a, b);
}

/// The check that keeps `prebuilt/adapter.wasm` and
/// `prebuilt/adapter-wasi-0.3.wasm` honest: the adapter's sources, copied to
/// another directory, build to exactly their bytes (the second with the
/// feature `wasi-0-3`). After a change to the adapter (or a new Rust
/// toolchain), `BLESS=1` writes the rebuilt modules there; the other tests
/// use them from the next build on.
#[test]
fn the_prebuilt_adapter_is_what_its_sources_build() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let elsewhere = tmp.path().join("some/other/checkout");
    for dir in ["adapter", "wit", "verifier/wit"] {
        copy_dir(&root.join(dir), &elsewhere.join(dir));
    }
    let rustc = std::process::Command::new(std::env::var_os("RUSTC").unwrap_or("rustc".into()))
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    for (file, features, embedded) in [
        ("prebuilt/adapter.wasm", &[][..], p1_adapt::ADAPTER_MODULE),
        (
            "prebuilt/adapter-wasi-0.3.wasm",
            &["wasi-0-3"],
            p1_adapt::ADAPTER_MODULE_WASI_0_3,
        ),
    ] {
        let target = tmp.path().join("target");
        let wasm = adapter_build::build_adapter(&elsewhere.join("adapter"), &target, features)
            .unwrap_or_else(|e| panic!("{e}"));
        let rebuilt = std::fs::read(wasm).unwrap();
        let prebuilt = root.join(file);
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&prebuilt, &rebuilt).unwrap();
            continue;
        }
        let checked_in = std::fs::read(&prebuilt).unwrap();
        assert!(
            rebuilt == checked_in,
            "{file} ({} bytes) is not what adapter/ builds ({} bytes, {rustc}): \
             after changing the adapter, run `BLESS=1 cargo test --test determinism prebuilt` \
             and commit it",
            checked_in.len(),
            rebuilt.len(),
        );
        assert!(
            checked_in == embedded,
            "p1-adapt embeds another adapter than {file}"
        );
    }
}

/// The reactor and marshal paths (hash maps of exports and imports) give
/// the same bytes every time: each adaptation's maps are seeded anew.
#[test]
fn reactors_adapt_to_identical_bytes() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fused");
    let marshal = std::fs::read(root.join("reactor_marshal/input.wat")).unwrap();
    let scalar = std::fs::read(root.join("reactor_scalar/input.wat")).unwrap();
    let marshalled = || {
        p1_adapt::Adapter::new()
            .wit(root.join("reactor_marshal/marshal.wit"), "strings")
            .adapt(&marshal)
            .unwrap()
            .component
    };
    let derived = || {
        p1_adapt::Adapter::new()
            .kind(p1_adapt::Kind::Reactor)
            .adapt(&scalar)
            .unwrap()
            .component
    };
    let (first_marshalled, first_derived) = (marshalled(), derived());
    for _ in 0..8 {
        assert!(
            marshalled() == first_marshalled,
            "marshalled reactor differs"
        );
        assert!(derived() == first_derived, "derived reactor differs");
    }
    // A wit-bindgen guest: the world it carries, marshalled both ways.
    let carried = harness::wit_bindgen_guest();
    let a = p1_adapt::adapt(&carried).unwrap().component;
    for _ in 0..4 {
        assert!(
            p1_adapt::adapt(&carried).unwrap().component == a,
            "carried-WIT guest differs"
        );
    }
}
