//! Same input, same output: the component is byte-identical across runs, and
//! the adapter built from the same sources in another directory is
//! byte-identical to the one embedded in p1-adapt.

#[allow(dead_code)]
#[path = "../build.rs"]
mod build_script;
mod harness;

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

#[test]
fn adapter_build_is_reproducible_in_another_directory() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let elsewhere = tmp.path().join("some/other/checkout");
    copy_dir(&root.join("adapter"), &elsewhere.join("adapter"));
    copy_dir(&root.join("wit"), &elsewhere.join("wit"));
    let wasm = build_script::build_adapter(&elsewhere.join("adapter"), &tmp.path().join("target"))
        .unwrap_or_else(|e| panic!("{e}"));
    let rebuilt = std::fs::read(wasm).unwrap();
    assert!(
        rebuilt == p1_adapt::ADAPTER_MODULE,
        "the adapter is not reproducible: {} bytes rebuilt vs {} embedded",
        rebuilt.len(),
        p1_adapt::ADAPTER_MODULE.len()
    );
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
