//! The composer as a component (`component/`, built here for
//! `wasm32-wasip2`), run on wasmtime: it adapts to the library's bytes, with
//! the library's warnings and problems, and verifies with the CLI's report.

mod harness;

use harness::composer::api::{Kind, Layout, Options, Preempt, Problem, Report, Threads, WitWorld};
use harness::composer::{adapt, defaults, instance};
use harness::{root, rust_guest, Config};
use std::process::Command;

fn verify(component: &[u8], target: Option<&str>) -> Result<Report, Vec<Problem>> {
    let (mut store, composer) = instance();
    composer
        .p1_adapt_composer_compose()
        .call_verify(&mut store, component, target, None)
        .expect("verify does not trap")
}

/// The same adaptation through the component and through the library:
/// byte-identical components, the same imports, warnings, layout and kind.
fn same_as_library(module: &[u8], options: Options, library: p1_adapt::Adapter) {
    let ours = adapt(module, &options).unwrap_or_else(|p| panic!("component: {p:?}"));
    let lib = library
        .adapt(module)
        .unwrap_or_else(|e| panic!("library: {e}"));
    assert!(
        ours.component == lib.component,
        "the component's bytes differ from the library's"
    );
    assert_eq!(ours.imports, lib.imports);
    assert_eq!(ours.warnings, lib.warnings);
    let layout = match lib.layout {
        p1_adapt::Layout::Single => Layout::Single,
        _ => Layout::Multi,
    };
    assert_eq!(ours.layout, layout);
    assert_eq!(ours.trimmed.len(), lib.trimmed.len());
    for (a, b) in ours.trimmed.iter().zip(&lib.trimmed) {
        assert_eq!((&a.function, &a.needs), (&b.function, &b.needs));
    }
}

#[test]
fn adapts_to_the_librarys_bytes() {
    use p1_adapt::Adapter;
    let hello = std::fs::read(root().join("examples/hello.wat")).unwrap();
    same_as_library(&hello, defaults(), Adapter::new());
    // A Rust program with its DWARF, in each layout and with options.
    let fs = rust_guest("fs_std");
    same_as_library(&fs, defaults(), Adapter::new());
    let multi = Options {
        layout: Some(Layout::Multi),
        strip_debug: true,
        ..defaults()
    };
    same_as_library(
        &fs,
        multi,
        Adapter::new()
            .layout(p1_adapt::Layout::Multi)
            .strip_debug(true),
    );
    let small = Options {
        region: Some("256K".into()),
        threads: Some(Threads::None),
        preempt: Some(Preempt::Off),
        ..defaults()
    };
    same_as_library(
        &fs,
        small,
        Adapter::new()
            .region("256K".parse().unwrap())
            .threads(p1_adapt::Threads::None)
            .preempt(p1_adapt::Preempt::Off),
    );
    // Trimmed for a target WIT read through the component's filesystem.
    let trimmed = Options {
        target: Some("tests/wit/hosts.wit".into()),
        target_world: Some("no-filesystem".into()),
        ..defaults()
    };
    let target = p1_adapt::target("tests/wit/hosts.wit", Some("no-filesystem")).unwrap();
    same_as_library(&fs, trimmed, Adapter::new().target(target));
    // A reactor typed by a WIT world.
    let dir = root().join("tests/fused/reactor_marshal");
    let reactor = std::fs::read(dir.join("input.wat")).unwrap();
    let typed = Options {
        kind: Some(Kind::Reactor),
        wit: Some(WitWorld {
            path: "tests/fused/reactor_marshal/marshal.wit".into(),
            world: "strings".into(),
        }),
        ..defaults()
    };
    same_as_library(
        &reactor,
        typed,
        Adapter::new()
            .kind(p1_adapt::Kind::Reactor)
            .wit(dir.join("marshal.wit"), "strings"),
    );
}

/// What the component made runs: the hello world prints as natively.
#[test]
fn its_component_runs() {
    let hello = rust_guest("hello");
    let adapted = adapt(&hello, &defaults()).expect("adapt hello");
    let config = Config::default();
    let native = harness::run_native(&hello, &config);
    let run = harness::run_component(&adapted.component, &config);
    harness::assert_same(&native, &run);
}

/// A refused input gets the CLI's problems (the same messages), each with a
/// stable code; a bad option is a `usage` problem; nothing traps.
#[test]
fn refuses_with_the_clis_problems() {
    for case in ["many_problems", "not_wasm", "truncated", "shared_memory"] {
        let dir = root().join("tests/rejected").join(case);
        let input = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_stem().is_some_and(|s| s == "input"))
            .unwrap_or_else(|| panic!("{case}: no input"));
        let bytes = std::fs::read(&input).unwrap();
        let problems = adapt(&bytes, &defaults()).expect_err(case);
        let expected = p1_adapt::adapt(&bytes).expect_err(case);
        let expected: Vec<(String, String)> = expected
            .problems()
            .iter()
            .map(|p| (p.code().to_string(), p.to_string()))
            .collect();
        let got: Vec<(String, String)> =
            problems.into_iter().map(|p| (p.code, p.message)).collect();
        assert_eq!(got, expected, "{case}");
        // The CLI prints the same messages, one line each.
        let cli = Command::new(env!("CARGO_BIN_EXE_p1-adapt"))
            .arg(&input)
            .args(["-o", "-"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&cli.stderr);
        for (_, message) in &got {
            assert!(stderr.contains(message.as_str()), "{case}: {stderr}");
        }
    }
    let hello = std::fs::read(root().join("examples/hello.wat")).unwrap();
    let bad = Options {
        region: Some("3M7".into()),
        ..defaults()
    };
    let problems = adapt(&hello, &bad).expect_err("bad region");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].code, "usage");
    let missing = Options {
        target: Some("no/such.wit:world".into()),
        ..defaults()
    };
    assert_eq!(
        adapt(&hello, &missing).expect_err("bad target")[0].code,
        "usage"
    );
}

/// `verify` gives the CLI's report: the same JSON, text and verdict, for a
/// component and for a core module (adapted first).
#[test]
fn verifies_as_the_cli_does() {
    let hello = std::fs::read(root().join("examples/hello.wat")).unwrap();
    let component = p1_adapt::adapt(&hello).unwrap().component;
    for (input, target) in [
        (&component, "wasi:cli/command@0.2.0"),
        (&hello, "wasi:cli/command@0.2.12"),
    ] {
        let report = verify(input, Some(target)).expect("verify");
        let t = p1_adapt::target(target, None).unwrap();
        let expected = p1_adapt::verify_input(input, &t).unwrap();
        assert_eq!(report.json, expected.to_json());
        assert_eq!(report.text, expected.to_text());
        assert_eq!(report.fits, expected.fits());
        assert_eq!(report.findings.len(), expected.findings.len());
    }
    // A path target through the component's filesystem.
    let report = verify(&component, Some("tests/wit/hosts.wit:no-filesystem")).expect("verify");
    assert!(
        report.target.ends_with("no-filesystem"),
        "{}",
        report.target
    );
    let garbage = verify(b"\0asm\x0d\0\x01\0junk", None).expect_err("garbage");
    assert_eq!(garbage[0].code, "unverifiable");
}
