//! Same input, same output: the component is byte-identical across runs, and
//! the adapter built from the same sources in another directory is
//! byte-identical to the one embedded in p1-adapt.

#[allow(dead_code)]
#[path = "../build.rs"]
mod build_script;

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
