//! Reactors: a module without `_start` becomes a component whose exports
//! are the guest's functions, `_initialize` running once before the first.
//! Results are compared with the same module run natively (wasmtime's p1,
//! `_initialize` called by the host).

mod harness;
use harness::{adapt, wat_guest, Config, NativeReactor, Reactor};
use std::path::PathBuf;

#[test]
fn derived_world_matches_native() {
    let module = wat_guest("reactor");
    let mut native = NativeReactor::new(&module, &Config::default());
    let mut adapted = Reactor::new(&adapt(&module), &Config::default());

    // Nothing runs before the first export call.
    assert_eq!(adapted.stdout.contents().len(), 0);
    let (n,): (i32,) = adapted.call("add-two", (40, 2));
    assert_eq!(n, native.call::<(i32, i32), i32>("add_two", (40, 2)));
    assert_eq!(n, 42);
    let (m,): (f64,) = adapted.call("mul-f64", (1.5, 4.0));
    assert_eq!(m, native.call::<(f64, f64), f64>("mulF64", (1.5, 4.0)));
    for _ in 0..3 {
        let (c,): (i64,) = adapted.call("counter", ());
        assert_eq!(c, native.call::<(), i64>("counter", ()));
    }
    let (inits,): (i32,) = adapted.call("inits", ());
    assert_eq!(inits, 1, "_initialize runs exactly once");
    assert_eq!(inits, native.call::<(), i32>("inits", ()));
    let () = adapted.call("log", (7,));
    native.call::<i32, ()>("log", 7);
    assert_eq!(adapted.stdout.contents(), native.stdout.contents());
    assert_eq!(&adapted.stdout.contents()[..], b"initialized\nlog: 7\n");
    assert!(!adapted.has_export("__internal_helper"));
}

/// The same reactor under Node.js (jco), in both layouts on wasmtime.
#[test]
fn derived_world_on_every_host() {
    use serde_json::json;
    let module = wat_guest("reactor");
    let calls = [
        ("add-two", vec![json!(40), json!(2)]),
        ("mul-f64", vec![json!(1.5), json!(4.0)]),
        ("counter", vec![]),
        ("counter", vec![]),
        ("inits", vec![]),
        ("log", vec![json!(7)]),
    ];
    let (run, results) = harness::run_jco_reactor(&adapt(&module), &Config::default(), &calls);
    assert_eq!(run.status, harness::Status::Exit(0), "{}", run.stderr_str());
    assert_eq!(
        results,
        // 1.5 * 4.0 arrives as the JSON number 6.
        [
            json!(42),
            json!(6),
            json!("1"),
            json!("2"),
            json!(1),
            json!(null)
        ]
    );
    assert_eq!(run.stdout_str(), "initialized\nlog: 7\n");
    for layout in [p1_adapt::Layout::Multi, p1_adapt::Layout::Single] {
        let mut r = Reactor::new(&harness::adapt_in(&module, layout), &Config::default());
        let (n,): (i32,) = r.call("add-two", (40, 2));
        assert_eq!(n, 42);
        let (c,): (i64,) = r.call("counter", ());
        assert_eq!(c, 1);
    }
}

#[test]
fn derived_world_reports_internal_exports() {
    let adapted = p1_adapt::adapt(&wat_guest("reactor")).unwrap();
    assert_eq!(
        adapted.warnings,
        ["export `__internal_helper` is toolchain-internal and does not become a component export"]
    );
}

#[test]
fn user_wit_world() {
    let wit = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wit/calc.wit");
    let component = p1_adapt::Adapter::new()
        .wit(&wit, "calc")
        .adapt(&wat_guest("reactor_wit"))
        .unwrap()
        .component;
    let mut r = Reactor::new(&component, &Config::default());
    let (n,): (i32,) = r.call("add-two", (-5, 2));
    assert_eq!(n, -3);
    let (c,): (u64,) = r.call("counter", ());
    assert_eq!(c, 1);
    let () = r.call("log", (3u8,));
    assert_eq!(&r.stdout.contents()[..], b"initialized\nlog: 3\n");
    assert!(
        !r.has_export("internal"),
        "exports outside the world are not lifted"
    );
}

#[test]
fn user_wit_problems_are_all_reported() {
    let dir = tempfile::tempdir().unwrap();
    let wit = dir.path().join("bad.wit");
    std::fs::write(
        &wit,
        "package test:bad;\nworld w {\n  export greet: func(name: string) -> string;\n  export missing: func();\n  export add-two: func(a: s64, b: s64) -> s64;\n}\n",
    )
    .unwrap();
    let err = p1_adapt::Adapter::new()
        .wit(&wit, "w")
        .adapt(&wat_guest("reactor_wit"))
        .unwrap_err();
    let text: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 3, "{text:?}");
    assert!(
        text[0].starts_with("export `greet` cannot become a component export: only scalar"),
        "{text:?}"
    );
    assert_eq!(
        text[1],
        "the world exports `missing`, but the module exports no function of that name"
    );
    assert!(
        text[2].starts_with("export `add-two` cannot become a component export: its core type"),
        "{text:?}"
    );

    let err = p1_adapt::Adapter::new()
        .wit(&wit, "nope")
        .adapt(&wat_guest("reactor_wit"))
        .unwrap_err();
    assert!(err.to_string().contains("--wit: "), "{err}");
}

#[test]
fn kind_override_contradictions() {
    let err = p1_adapt::Adapter::new()
        .kind(p1_adapt::Kind::Command)
        .adapt(&wat_guest("reactor"))
        .unwrap_err();
    assert_eq!(err.problems(), [p1_adapt::Problem::NoEntryPoint]);
    let err = p1_adapt::Adapter::new()
        .kind(p1_adapt::Kind::Reactor)
        .adapt(include_bytes!("../examples/hello.wat"))
        .unwrap_err();
    assert_eq!(err.problems(), [p1_adapt::Problem::StartInReactor]);
}
