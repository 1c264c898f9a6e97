//! memory64 guests: the same program rendered for wasm32 and for memory64
//! (`tests/wat/width.wat.tmpl`). Native p1 cannot run memory64 modules, so
//! the wasm32 rendering run natively is the oracle for the memory64
//! rendering adapted: stdout, status and the directory tree must match.

mod harness;
use harness::{adapt, assert_same, run_component, run_native, tree, Config, Status};

fn render(memory64: bool) -> Vec<u8> {
    let (p, s, idx, wrap) = if memory64 {
        ("i64", 8, "i64", "")
    } else {
        ("i32", 4, "", "i32.wrap_i64")
    };
    let text = include_str!("wat/width.wat.tmpl")
        .replace("{P}", p)
        .replace("{S}", &s.to_string())
        .replace("{S3}", &(300 + s).to_string())
        .replace("{S4}", &(300 + 2 * s).to_string())
        .replace("{S5}", &(300 + 3 * s).to_string())
        .replace("{PRE}", &(400 + s).to_string())
        .replace("{IDX}", idx)
        .replace("{WRAP}", wrap);
    wat::parse_str(&text).unwrap_or_else(|e| panic!("{e}"))
}

fn config(dir: &std::path::Path) -> Config {
    Config::default()
        .args(&["prog", "first", "ünïcode"])
        .env(&[("KEY", "value"), ("EMPTY", "")])
        .stdin("stdin data")
        .preopen(dir, ".")
}

#[test]
fn memory64_guest_matches_wasm32_native() {
    let (d32, d64, d32a) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let native32 = run_native(&render(false), &config(d32.path()));
    assert_eq!(
        native32.status,
        Status::Exit(3),
        "{}",
        native32.stdout_str()
    );
    let adapted32 = run_component(&adapt(&render(false)), &config(d32a.path()));
    assert_same(&native32, &adapted32);
    let adapted64 = run_component(&adapt(&render(true)), &config(d64.path()));
    assert_same(&native32, &adapted64);
    assert_eq!(tree(d32.path()), tree(d64.path()));
    let out = adapted64.stdout_str();
    assert!(out.starts_with("3\n"), "{out}");
    assert!(
        out.contains("\nwritten through two iovecs\nstdi\n"),
        "{out}"
    );
    assert!(out.ends_with("\n77\n!\n"), "{out}");
}

#[test]
fn memory64_imports_are_checked_with_64_bit_pointers() {
    // A memory64 guest importing fd_write with wasm32 pointer types is wrong.
    let wat = r#"(module
        (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
        (memory (export "memory") i64 1)
        (func (export "_start")))"#;
    let err = p1_adapt::adapt(wat.as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "imports `wasi_snapshot_preview1::fd_write` with type (i32 i32 i32 i32) -> i32, expected (i32 i64 i64 i64) -> i32"
    );
}
