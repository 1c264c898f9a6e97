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
        "package test:bad;\nworld w {\n  export greet: func(x: list<future>) -> string;\n  export missing: func();\n  export add-two: func(a: s64, b: s64) -> s64;\n}\n",
    )
    .unwrap();
    let err = p1_adapt::Adapter::new()
        .wit(&wit, "w")
        .adapt(&wat_guest("reactor_wit"))
        .unwrap_err();
    let text: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 3, "{text:?}");
    assert!(
        text[0].starts_with("export `greet` cannot become a component export: only scalars, strings, lists, records, tuples and variants"),
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

#[derive(
    wasmtime::component::ComponentType,
    wasmtime::component::Lift,
    wasmtime::component::Lower,
    Debug,
    Clone,
    PartialEq,
)]
#[component(record)]
struct Person {
    name: String,
    age: u32,
}

/// A guest that carries its own WIT (built with wit-bindgen for
/// wasm32-wasip1: a `component-type` section): its world's exports become
/// the component's, with their WIT types (u32, strings and lists both ways,
/// an exported interface), and it prints through p1. Scalar results equal
/// native ones; the single layout on wasmtime and jco agree; the multi
/// layout refuses exports that pass memory.
#[test]
fn guest_carrying_its_own_wit() {
    use serde_json::json;
    let module = harness::wit_bindgen_guest();
    let adapted = p1_adapt::adapt(&module).unwrap();
    assert!(adapted.warnings.is_empty(), "{:?}", adapted.warnings);
    let mut native = NativeReactor::new(&module, &Config::default());
    let sum = native.call::<(i32, i32), i32>("add", (2, 40));
    let calls = native.call::<(), i64>("test:calc/stats#calls", ());
    assert_eq!((sum, calls), (42, 1));

    let mut r = Reactor::new(&adapted.component, &Config::default());
    let (n,): (u32,) = r.call("add", (2u32, 40u32));
    assert_eq!(n, 42);
    // u32 wraps as the guest's wrapping_add does.
    let (n,): (u32,) = r.call("add", (u32::MAX, 2u32));
    assert_eq!(n, 1);
    let (c,): (u64,) = r.call_in("test:calc/stats", "calls", ());
    assert_eq!(c, 2);
    // Memory both ways, many times (each call allocates in the guest's heap).
    for i in 0..200u32 {
        let word = format!("héllo wörld {i}");
        let (s,): (String,) = r.call("shout", (word.as_str(),));
        assert_eq!(s, format!("{}!", word.to_uppercase()));
    }
    let (empty,): (String,) = r.call("shout", ("",));
    assert_eq!(empty, "!");
    let xs: Vec<u32> = (1..=10_000).collect();
    let (total,): (u64,) = r.call("sum", (xs.as_slice(),));
    assert_eq!(total, 50_005_000);
    let (none,): (u64,) = r.call("sum", (&[0u32; 0][..],));
    assert_eq!(none, 0);
    let (v,): (Vec<u32>,) = r.call("range", (5u32,));
    assert_eq!(v, [0, 1, 2, 3, 4]);
    let (big,): (Vec<u32>,) = r.call("range", (100_000u32,));
    assert_eq!(big.len(), 100_000);
    assert_eq!(big[99_999], 99_999);
    // Records and lists of strings, in and out, many times.
    let people = vec![
        Person {
            name: "ann".into(),
            age: 30,
        },
        Person {
            name: "bøb".into(),
            age: 41,
        },
    ];
    for _ in 0..100 {
        let (greetings,): (Vec<String>,) = r.call("greet-all", (people.as_slice(),));
        assert_eq!(greetings, ["hi ann (30)", "hi bøb (41)"]);
        let (old,): (Person,) = r.call("oldest", (people.as_slice(),));
        assert_eq!(old, people[1]);
        let (words,): (Vec<String>,) = r.call("split", ("a bb ccc",));
        assert_eq!(words, ["a", "bb", "ccc"]);
        let (joined,): ((String, u32),) = r.call("pair", ("ab", "cdé"));
        assert_eq!(joined, ("abcdé".to_string(), 6));
    }
    let (none,): (Vec<String>,) = r.call("greet-all", (&[][..] as &[Person],));
    assert!(none.is_empty());
    // Variants holding pointers.
    for _ in 0..50 {
        let (found,): (Option<Person>,) = r.call("find", (people.as_slice(), "bøb"));
        assert_eq!(found.as_ref(), Some(&people[1]));
        let (missing,): (Option<Person>,) = r.call("find", (people.as_slice(), "zed"));
        assert_eq!(missing, None);
        let (ok,): (Result<u32, String>,) = r.call("parse", ("42",));
        assert_eq!(ok, Ok(42));
        let (bad,): (Result<u32, String>,) = r.call("parse", ("4x",));
        assert_eq!(
            bad,
            Err("\"4x\": invalid digit found in string".to_string())
        );
        let (up,): (Option<String>,) = r.call("maybe-upper", (Some("héllo"),));
        assert_eq!(up.as_deref(), Some("HÉLLO"));
        let (nothing,): (Option<String>,) = r.call("maybe-upper", (None::<&str>,));
        assert_eq!(nothing, None);
        // A string pointer in an i64 slot (joined with the u64 case).
        use wasmtime::component::Val;
        let describe = r.instance.get_func(&mut r.store, "describe").unwrap();
        for (case, payload, want) in [
            ("text", Val::String("hi".into()), "text hi"),
            ("number", Val::U64(1 << 40), "number 1099511627776"),
        ] {
            let mut out = [Val::Bool(false)];
            let arg = Val::Variant(case.into(), Some(Box::new(payload)));
            describe.call(&mut r.store, &[arg], &mut out).unwrap();
            assert_eq!(out[0], Val::String(want.into()));
        }
        // Parameters passed in memory (17 flat values).
        let (many,): (String,) = r.call(
            "many",
            (
                "a",
                "bé",
                "",
                "d",
                "e",
                "f",
                "g",
                "hhhhhhhhhhhhhhhhhhhhhhhh",
                7u32,
            ),
        );
        assert_eq!(many, "a,bé,,d,e,f,g,hhhhhhhhhhhhhhhhhhhhhhhh#7");
        let d = ["d1".to_string(), "dé2".to_string()];
        let (mixed,): (String,) = r.call(
            "mixed",
            (
                7u8,
                1u64 << 40,
                "c",
                &d[..],
                Some("e"),
                65535u16,
                "g",
                5u64,
                "i",
                "j",
                "k",
            ),
        );
        assert_eq!(
            mixed,
            "7 1099511627776 c [\"d1\", \"dé2\"] Some(\"e\") 65535 g 5 ijk"
        );
    }
    let out = String::from_utf8_lossy(&r.stdout.contents()).into_owned();
    assert!(
        out.starts_with("add(2, 40)\nadd(4294967295, 2)\nshout(\"héllo wörld 0\")\n"),
        "{out}"
    );

    let multi = p1_adapt::Adapter::new()
        .layout(p1_adapt::Layout::Multi)
        .adapt(&module)
        .unwrap_err();
    assert!(
        multi.to_string().contains(
            "functions that pass memory (`describe`, `find`, `greet-all`, `many`, `maybe-upper`, `mixed`, `oldest`, `pair`, `parse`, `range`, `shout`, `split`, `sum`) in the multi-memory layout"
        ),
        "{multi}"
    );

    let calls = [
        ("add", vec![json!(2), json!(40)]),
        ("test:calc/stats#calls", vec![]),
        ("shout", vec![json!("jco")]),
        // jco passes "" without allocating (pointer 1): left as it is.
        ("shout", vec![json!("")]),
        ("sum", vec![json!([1, 2, 3])]),
        ("range", vec![json!(3)]),
        (
            "greet-all",
            vec![json!([{"name": "ann", "age": 30}, {"name": "bøb", "age": 41}])],
        ),
        (
            "oldest",
            vec![json!([{"name": "ann", "age": 30}, {"name": "bøb", "age": 41}])],
        ),
        ("split", vec![json!("a bb ccc")]),
        ("pair", vec![json!("ab"), json!("cdé")]),
        (
            "find",
            vec![json!([{"name": "ann", "age": 30}]), json!("ann")],
        ),
        ("maybe-upper", vec![json!("jco")]),
        ("maybe-upper", vec![json!(null)]),
        ("parse", vec![json!("7")]),
        (
            "many",
            ["1", "2", "3", "4", "5", "6", "7", "8"]
                .iter()
                .map(|s| json!(s))
                .chain([json!(9)])
                .collect(),
        ),
        (
            "mixed",
            vec![
                json!(7),
                json!({"i64": "1099511627776"}),
                json!("c"),
                json!(["d1", "dé2"]),
                json!("e"),
                json!(65535),
                json!("g"),
                json!({"i64": "5"}),
                json!("i"),
                json!("j"),
                json!("k"),
            ],
        ),
    ];
    let (run, results) = harness::run_jco_reactor(&adapted.component, &Config::default(), &calls);
    assert_eq!(run.status, harness::Status::Exit(0), "{}", run.stderr_str());
    assert_eq!(
        results,
        [
            json!(42),
            json!("1"),
            json!("JCO!"),
            json!("!"),
            json!("6"),
            json!([0, 1, 2]),
            json!(["hi ann (30)", "hi bøb (41)"]),
            json!({"name": "bøb", "age": 41}),
            json!(["a", "bb", "ccc"]),
            json!(["abcdé", 6]),
            json!({"name": "ann", "age": 30}),
            json!("JCO"),
            json!(null),
            json!(7),
            json!("1,2,3,4,5,6,7,8#9"),
            json!("7 1099511627776 c [\"d1\", \"dé2\"] Some(\"e\") 65535 g 5 ijk")
        ]
    );
    assert_eq!(
        run.stdout_str(),
        "add(2, 40)\nshout(\"jco\")\nshout(\"\")\n"
    );
}

/// A carried world whose exports pass memory the translation does not cover
/// (a list of strings) is reported, export by export, not half adapted; so
/// is a guest that passes memory without a `cabi_realloc` to allocate it.
#[test]
fn carried_wit_with_memory_passing_exports_is_reported() {
    let wit = "package t:t;\nworld w {\n  export greet: func(x: list<future>) -> string;\n  export add: func(a: s32) -> s32;\n}\n";
    let wat = r#"(module (memory (export "memory") 1)
             (func (export "add") (param i32) (result i32) local.get 0)
             (func (export "greet") (param i32 i32) (result i32) i32.const 0))"#;
    let module = carrying(wit, "w", wat);
    let err = p1_adapt::adapt(&module).unwrap_err();
    let text: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        ["export `greet` cannot become a component export: only scalars, strings, lists, records, tuples and variants can cross into the guest's memory-isolated exports"]
    );
    let wit = "package t:s;\nworld w {\n  export shout: func(s: string) -> string;\n}\n";
    let wat = r#"(module (memory (export "memory") 1)
      (func (export "shout") (param i32 i32) (result i32) i32.const 0))"#;
    let err = p1_adapt::adapt(&carrying(wit, "w", wat)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "not supported: functions that pass memory without a `cabi_realloc: (i32 i32 i32 i32) -> i32` export to allocate it"
    );
}

/// The WIT a module carries (here embedded with wit-component, as
/// wit-bindgen does) may import functions of its own — an interface's and a
/// world-level one: they stay imports of the component (scalars only), the
/// host provides them, and p1 calls still go to the adapter.
#[test]
fn carried_wit_imports_stay_imports() {
    let wit = "package t:imp;\ninterface host {\n  now: func() -> u64;\n}\nworld w {\n  import host;\n  import log-number: func(n: u32);\n  export tick: func() -> u64;\n  type count = u32;\n  enum color { red, green, blue }\n  flags perms { read, write }\n  export mix: func(c: color, p: perms, n: count) -> count;\n}\n";
    let wat = r#"(module
      (import "t:imp/host" "now" (func $now (result i64)))
      (import "$root" "log-number" (func $log (param i32)))
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (data (i32.const 100) "tick\n")
      (func (export "tick") (result i64)
        (call $log (i32.const 7))
        (i32.store (i32.const 0) (i32.const 100))
        (i32.store (i32.const 4) (i32.const 5))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
        (i64.add (call $now) (i64.const 1)))
      (func (export "mix") (param i32 i32 i32) (result i32)
        (i32.add (i32.mul (local.get 0) (i32.const 100)) (i32.add (i32.mul (local.get 1) (i32.const 10)) (local.get 2))))
      )"#;
    let module = carrying(wit, "w", wat);
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let adapted = p1_adapt::Adapter::new()
            .layout(layout)
            .adapt(&module)
            .unwrap();
        assert!(
            adapted.imports.iter().any(|i| i == "t:imp/host"),
            "{:?}",
            adapted.imports
        );
        let logged = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = logged.clone();
        let mut r = Reactor::with(&adapted.component, &Config::default(), |linker| {
            linker
                .instance("t:imp/host")
                .unwrap()
                .func_wrap("now", |_, (): ()| Ok((41u64,)))
                .unwrap();
            linker
                .root()
                .func_wrap("log-number", move |_, (n,): (u32,)| {
                    sink.lock().unwrap().push(n);
                    Ok(())
                })
                .unwrap();
        });
        let (t,): (u64,) = r.call("tick", ());
        assert_eq!(t, 42);
        {
            // Aliases, enums and flags are scalars too.
            let mix = r.instance.get_func(&mut r.store, "mix").unwrap();
            let mut out = [wasmtime::component::Val::U32(0)];
            let args = [
                wasmtime::component::Val::Enum("blue".into()),
                wasmtime::component::Val::Flags(vec!["read".into(), "write".into()]),
                wasmtime::component::Val::U32(7),
            ];
            mix.call(&mut r.store, &args, &mut out).unwrap();
            assert_eq!(out[0], wasmtime::component::Val::U32(237));
        }
        assert_eq!(*logged.lock().unwrap(), [7]);
        assert_eq!(&r.stdout.contents()[..], b"tick\n");
    }
    // Imports whose memory the translation does not cover (a list of
    // strings), or that the carried world lacks, are reported.
    let wit = "package t:bad;\nworld w {\n  import greet: func(x: list<future>);\n  export tick: func() -> u64;\n}\n";
    let wat = r#"(module
      (import "$root" "greet" (func (param i32 i32)))
      (import "$root" "missing" (func))
      (memory (export "memory") 1)
      (func (export "tick") (result i64) (i64.const 0)))"#;
    let err = p1_adapt::adapt(&carrying(wit, "w", wat)).unwrap_err();
    let text: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "imports `$root::greet` from the WIT it carries: only scalars, strings, lists, records, tuples and variants can cross from the guest's memory",
            "imports `$root::missing` from the WIT it carries: the world it carries imports no such function",
        ]
    );
}

/// A command keeps the imports of the WIT it carries (scalars and memory,
/// translated as a reactor's), beside `wasi:cli/run`; exports of that WIT
/// are not used (a warning). Same output on wasmtime and jco.
#[test]
fn command_with_carried_imports() {
    let wit = "package t:cmd;\nworld w {\n  import log-number: func(n: u32);\n  import greet: func(name: string) -> string;\n  export unused: func() -> u32;\n}\n";
    let wat = r#"(module
      (import "$root" "log-number" (func $log (param i32)))
      (import "$root" "greet" (func $greet (param i32 i32 i32)))
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
      (memory (export "memory") 1)
      (global $heap (mut i32) (i32.const 4096))
      (data (i32.const 100) "command")
      (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
        (local $p i32)
        (local.set $p (global.get $heap))
        (global.set $heap (i32.add (local.get $p) (local.get 3)))
        (local.get $p))
      (func (export "unused") (result i32) (i32.const 0))
      (func (export "_start")
        (call $log (i32.const 42))
        (call $greet (i32.const 100) (i32.const 7) (i32.const 200))
        ;; print the greeting and a newline through p1
        (i32.store (i32.const 0) (i32.load (i32.const 200)))
        (i32.store (i32.const 4) (i32.load (i32.const 204)))
        (i32.store8 (i32.const 50) (i32.const 10))
        (i32.store (i32.const 8) (i32.const 50))
        (i32.store (i32.const 12) (i32.const 1))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 2) (i32.const 20)))
        (call $exit (i32.const 3))))"#;
    let module = carrying(wit, "w", wat);
    let adapted = p1_adapt::adapt(&module).unwrap();
    assert_eq!(adapted.kind, p1_adapt::Kind::Command);
    assert_eq!(
        adapted.warnings,
        ["the WIT the module carries exports `unused`: not used, a command's only export is wasi:cli/run"]
    );
    let logged = std::sync::Arc::new(std::sync::Mutex::new(Vec::<u32>::new()));
    let sink = logged.clone();
    let run = harness::run_component_with(&adapted.component, &Config::default(), |linker| {
        let mut root = linker.root();
        root.func_wrap("log-number", move |_, (n,): (u32,)| {
            sink.lock().unwrap().push(n);
            Ok(())
        })
        .unwrap();
        root.func_wrap("greet", |_, (name,): (String,)| {
            Ok((format!("hello, {name}!"),))
        })
        .unwrap();
    });
    assert_eq!(run.stdout_str(), "hello, command!\n");
    assert_eq!(run.status, harness::Status::Exit(3));
    assert_eq!(*logged.lock().unwrap(), [42]);

    // jco imports each world-level function from a module of its name.
    let log = "export function logNumber(n) { process.stderr.write(`log ${n}\\n`); }\n\
               export default logNumber;\n";
    let greet = "export function greet(name) { return `hello, ${name}!`; }\n\
                 export default greet;\n";
    let config = Config {
        jco_hosts: vec![
            ("log-number".into(), log.into()),
            ("greet".into(), greet.into()),
        ],
        ..Config::default()
    };
    let js = harness::run_jco(&adapted.component, &config);
    assert_eq!(
        js.stdout_str(),
        "hello, command!\n",
        "{:?} {}",
        js.status,
        js.stderr_str()
    );
    assert_eq!(js.stderr_str(), "log 42\n");
    assert_eq!(js.status, harness::Status::Exit(3));
}

/// `_initialize` runs once, before the first export, in the export's entry
/// wrapper, where it may call out (here: p1 `fd_write`, an import), which
/// it could not while the host allocates the first call's arguments with
/// the guest's `cabi_realloc` (the canonical ABI forbids leaving the
/// component then): that allocation comes first.
#[test]
fn initialize_may_call_imports_before_the_first_export() {
    let wit = "package t:init;\nworld w {\n  export len: func(s: string) -> u32;\n  export inits: func() -> u32;\n}\n";
    let wat = r#"(module
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (data (i32.const 100) "init\n")
      (global $heap (mut i32) (i32.const 4096))
      (global $inits (mut i32) (i32.const 0))
      (func (export "_initialize")
        (i32.store (i32.const 0) (i32.const 100))
        (i32.store (i32.const 4) (i32.const 5))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
        (global.set $inits (i32.add (global.get $inits) (i32.const 1))))
      (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
        (local $p i32)
        (local.set $p (global.get $heap))
        (global.set $heap (i32.add (local.get $p) (local.get 3)))
        (local.get $p))
      (func (export "len") (param i32 i32) (result i32) (local.get 1))
      (func (export "inits") (result i32) (global.get $inits)))"#;
    let adapted = p1_adapt::adapt(&carrying(wit, "w", wat)).unwrap();
    let mut r = Reactor::new(&adapted.component, &Config::default());
    let (n,): (u32,) = r.call("len", ("hello",));
    assert_eq!(n, 5);
    let (n,): (u32,) = r.call("len", ("hi",));
    assert_eq!(n, 2);
    let (inits,): (u32,) = r.call("inits", ());
    assert_eq!(inits, 1);
    assert_eq!(&r.stdout.contents()[..], b"init\n");
}

/// `wat` with the world `world` of `wit` embedded as wit-bindgen does.
fn carrying(wit: &str, world: &str, wat: &str) -> Vec<u8> {
    let mut resolve = wit_parser::Resolve::default();
    let pkg = resolve.push_str("carried.wit", wit).unwrap();
    let world = resolve.select_world(&[pkg], Some(world)).unwrap();
    let mut module = wat::parse_str(wat).unwrap();
    wit_component::embed_component_metadata(
        &mut module,
        &resolve,
        world,
        wit_component::StringEncoding::UTF8,
        false,
    )
    .unwrap();
    module
}

/// Imports of the carried WIT that pass memory (single layout): a string
/// in, a string and a list back, allocated in the guest's heap by its own
/// `cabi_realloc` (the adapter's WASI calls keep allocating in the
/// adapter's).
#[test]
fn carried_imports_that_pass_memory() {
    let wit = "package t:mem;\ninterface host {\n  log: func(msg: string);\n  name: func() -> string;\n  numbers: func(n: u32) -> list<u32>;\n  join: func(parts: list<string>) -> string;\n  record person { name: string, age: u32 }\n  people: func() -> list<person>;\n  lookup: func(key: option<string>) -> option<string>;\n  tag: func(n: u64, s: string) -> string;\n  concat: func(a: string, b: string, c: string, d: string, e: string, f: string, g: string, h: string, n: u32) -> string;\n}\nworld w {\n  import host;\n  export run: func() -> u32;\n  type bytes = list<u8>;\n  export size: func(b: bytes) -> u32;\n}\n";
    let wat = r#"(module
      (import "t:mem/host" "log" (func $log (param i32 i32)))
      (import "t:mem/host" "name" (func $name (param i32)))
      (import "t:mem/host" "numbers" (func $numbers (param i32 i32)))
      (import "t:mem/host" "join" (func $join (param i32 i32 i32)))
      (import "t:mem/host" "people" (func $people (param i32)))
      (import "t:mem/host" "lookup" (func $lookup (param i32 i32 i32 i32)))
      (import "t:mem/host" "tag" (func $tag (param i64 i32 i32 i32)))
      ;; 17 flat values: a pointer to them (and the result area)
      (import "t:mem/host" "concat" (func $concat (param i32 i32)))
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (global $heap (mut i32) (i32.const 4096))
      (data (i32.const 100) "hello host")
      (data (i32.const 120) "done\n")
      (data (i32.const 300) "abcd")
      ;; list<string> ["ab", "cd"] at 320
      (data (i32.const 320) "\2c\01\00\00\02\00\00\00\2e\01\00\00\02\00\00\00")
      ;; concat's parameters at 400: eight strings (prefixes of "abcd"), n = 9
      (data (i32.const 400) "\2c\01\00\00\01\00\00\00\2c\01\00\00\02\00\00\00\2c\01\00\00\03\00\00\00\2c\01\00\00\04\00\00\00\2c\01\00\00\01\00\00\00\2c\01\00\00\02\00\00\00\2c\01\00\00\03\00\00\00\2c\01\00\00\04\00\00\00\09\00\00\00")
      (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
        (local $p i32)
        (local.set $p (i32.and (i32.add (global.get $heap) (i32.sub (local.get 2) (i32.const 1)))
                               (i32.sub (i32.const 0) (local.get 2))))
        (global.set $heap (i32.add (local.get $p) (local.get 3)))
        (local.get $p))
      (func (export "size") (param i32 i32) (result i32) (local.get 1))
      (func (export "run") (result i32)
        (local $sum i32) (local $i i32) (local $p i32)
        (call $log (i32.const 100) (i32.const 10))
        (call $name (i32.const 200))
        ;; echo the name back: the area at 200 holds a guest pointer now
        (call $log (i32.load (i32.const 200)) (i32.load (i32.const 204)))
        (call $numbers (i32.const 5) (i32.const 208))
        (local.set $p (i32.load (i32.const 208)))
        (block $out (loop $l
          (br_if $out (i32.ge_u (local.get $i) (i32.load (i32.const 212))))
          (local.set $sum (i32.add (local.get $sum)
            (i32.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $l)))
        (call $join (i32.const 320) (i32.const 2) (i32.const 240))
        (call $log (i32.load (i32.const 240)) (i32.load (i32.const 244)))
        ;; the guest's array is as it was
        (if (i32.ne (i32.load (i32.const 320)) (i32.const 300))
          (then (local.set $sum (i32.add (local.get $sum) (i32.const 1000)))))
        (call $people (i32.const 248))
        (local.set $p (i32.load (i32.const 248)))
        (local.set $i (i32.const 0))
        (block $out (loop $l
          (br_if $out (i32.ge_u (local.get $i) (i32.load (i32.const 252))))
          (call $log (i32.load (local.get $p)) (i32.load offset=4 (local.get $p)))
          (local.set $sum (i32.add (local.get $sum) (i32.load offset=8 (local.get $p))))
          (local.set $p (i32.add (local.get $p) (i32.const 12)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $l)))
        ;; a u64 beside a string
        (call $tag (i64.const 0x100000000) (i32.const 300) (i32.const 4) (i32.const 272))
        (call $log (i32.load (i32.const 272)) (i32.load (i32.const 276)))
        ;; option<string>: Some("ab") in, Some(..) out; None in, None out
        (call $lookup (i32.const 1) (i32.const 300) (i32.const 2) (i32.const 256))
        (if (i32.load8_u (i32.const 256))
          (then (call $log (i32.load (i32.const 260)) (i32.load (i32.const 264)))))
        (i32.store8 (i32.const 256) (i32.const 7))
        (call $lookup (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 256))
        (if (i32.eqz (i32.load8_u (i32.const 256)))
          (then (local.set $sum (i32.add (local.get $sum) (i32.const 100)))))
        (call $concat (i32.const 400) (i32.const 480))
        (call $log (i32.load (i32.const 480)) (i32.load (i32.const 484)))
        ;; the parameters' area is as it was
        (if (i32.or (i32.ne (i32.load (i32.const 400)) (i32.const 300))
                    (i32.ne (i32.load (i32.const 456)) (i32.const 300)))
          (then (local.set $sum (i32.add (local.get $sum) (i32.const 1000)))))
        (i32.store (i32.const 0) (i32.const 120))
        (i32.store (i32.const 4) (i32.const 5))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
        (local.get $sum)))"#;
    let module = carrying(wit, "w", wat);
    let adapted = p1_adapt::adapt(&module).unwrap();
    let logged = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let sink = logged.clone();
    let mut r = Reactor::with(&adapted.component, &Config::default(), |linker| {
        let mut host = linker.instance("t:mem/host").unwrap();
        host.func_wrap("log", move |_, (msg,): (String,)| {
            sink.lock().unwrap().push(msg);
            Ok(())
        })
        .unwrap();
        host.func_wrap("name", |_, (): ()| Ok(("wasmtime".to_string(),)))
            .unwrap();
        host.func_wrap("numbers", |_, (n,): (u32,)| {
            Ok(((0..n).collect::<Vec<u32>>(),))
        })
        .unwrap();
        host.func_wrap("join", |_, (parts,): (Vec<String>,)| Ok((parts.join("+"),)))
            .unwrap();
        host.func_wrap("tag", |_, (n, s): (u64, String)| Ok((format!("{s}#{n}"),)))
            .unwrap();
        type Nine = (
            String,
            String,
            String,
            String,
            String,
            String,
            String,
            String,
            u32,
        );
        host.func_wrap("concat", |_, (a, b, c, d, e, f, g, h, n): Nine| {
            Ok((format!("{}#{n}", [a, b, c, d, e, f, g, h].join(",")),))
        })
        .unwrap();
        host.func_wrap("lookup", |_, (k,): (Option<String>,)| {
            Ok((k.map(|k| k.to_uppercase() + "!"),))
        })
        .unwrap();
        host.func_wrap("people", |_, (): ()| {
            let p = |name: &str, age| Person {
                name: name.into(),
                age,
            };
            Ok((vec![p("x", 5), p("yy", 7)],))
        })
        .unwrap();
    });
    let (sum,): (u32,) = r.call("run", ());
    assert_eq!(sum, 122);
    assert_eq!(
        *logged.lock().unwrap(),
        [
            "hello host",
            "wasmtime",
            "ab+cd",
            "x",
            "yy",
            "abcd#4294967296",
            "AB!",
            "a,ab,abc,abcd,a,ab,abc,abcd#9"
        ]
    );
    assert_eq!(&r.stdout.contents()[..], b"done\n");
    let (again,): (u32,) = r.call("run", ());
    assert_eq!(again, 122);
    // An aliased list passes memory too.
    let (n,): (u32,) = r.call("size", (&b"hello"[..],));
    assert_eq!(n, 5);

    // The same on jco, the host written in JavaScript.
    let host = "export function log(msg) { process.stderr.write(`log: ${msg}\\n`); }\n\
                export function name() { return 'jco'; }\n\
                export function numbers(n) { return Array.from({ length: n }, (_, i) => i); }\n\
                export function join(parts) { return parts.join('+'); }\n\
                export function people() { return [{ name: 'x', age: 5 }, { name: 'yy', age: 7 }]; }\n\
                export function lookup(k) { return k == null ? undefined : k.toUpperCase() + '!'; }\n\
                export function tag(n, s) { return `${s}#${n}`; }\n\
                export function concat(...a) { const n = a.pop(); return a.join(',') + '#' + n; }\n";
    let config = Config {
        jco_hosts: vec![("t:mem/host".into(), host.into())],
        ..Config::default()
    };
    let calls = [
        ("run", vec![]),
        ("size", vec![serde_json::json!([104, 105])]),
    ];
    let (js, results) = harness::run_jco_reactor(&adapted.component, &config, &calls);
    assert_eq!(js.status, harness::Status::Exit(0), "{}", js.stderr_str());
    assert_eq!(results, [serde_json::json!(122), serde_json::json!(2)]);
    assert_eq!(
        js.stderr_str(),
        "log: hello host\nlog: jco\nlog: ab+cd\nlog: x\nlog: yy\nlog: abcd#4294967296\nlog: AB!\nlog: a,ab,abc,abcd,a,ab,abc,abcd#9\n"
    );
    assert_eq!(js.stdout_str(), "done\n");

    let err = p1_adapt::Adapter::new()
        .layout(p1_adapt::Layout::Multi)
        .adapt(&module)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("`t:mem/host::tag`) in the multi-memory layout"),
        "{err}"
    );
}

/// A guest cannot point the host into the adapter's region: a result whose
/// pointer would wrap past 4 GiB once moved traps (it is outside the
/// guest's memory anyway), and so does an import argument like it. Other
/// string encodings and non-function imports of the carried WIT are
/// reported.
#[test]
fn carried_wit_pointers_cannot_reach_the_adapter() {
    let wit = "package t:evil;\ninterface host {\n  log: func(msg: string);\n}\nworld w {\n  import host;\n  export leak: func() -> list<u8>;\n  export forward: func(p: u32, n: u32);\n}\n";
    let wat = r#"(module
      (import "t:evil/host" "log" (func $log (param i32 i32)))
      (memory (export "memory") 1)
      (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32) (i32.const 1024))
      ;; an area holding { ptr: 0xfff00010, len: 65536 }: moved past 4 GiB
      ;; by the 1 MiB region, it would be 0x10
      (func (export "leak") (result i32)
        (i32.store (i32.const 64) (i32.const 0xfff00010))
        (i32.store (i32.const 68) (i32.const 65536))
        (i32.const 64))
      (func (export "forward") (param i32 i32)
        (call $log (local.get 0) (local.get 1))))"#;
    let module = carrying(wit, "w", wat);
    let component = p1_adapt::adapt(&module).unwrap().component;
    // A fresh instance per attempt: a trap ends an instance.
    let fresh = || {
        Reactor::with(&component, &Config::default(), |linker| {
            linker
                .instance("t:evil/host")
                .unwrap()
                .func_wrap("log", |_, (_msg,): (String,)| Ok(()))
                .unwrap();
        })
    };
    let mut r = fresh();
    let leak = r
        .instance
        .get_typed_func::<(), (Vec<u8>,)>(&mut r.store, "leak")
        .unwrap();
    let err = leak.call(&mut r.store, ()).unwrap_err();
    assert!(format!("{err:?}").contains("unreachable"), "{err:?}");

    let mut r = fresh();
    let forward = r
        .instance
        .get_typed_func::<(u32, u32), ()>(&mut r.store, "forward")
        .unwrap();
    let err = forward.call(&mut r.store, (0xfff0_0010, 16)).unwrap_err();
    assert!(format!("{err:?}").contains("unreachable"), "{err:?}");

    // UTF-16 strings are not translated.
    let mut resolve = wit_parser::Resolve::default();
    let pkg = resolve
        .push_str(
            "u.wit",
            "package t:u;\nworld w {\n  export f: func(s: string);\n}\n",
        )
        .unwrap();
    let world = resolve.select_world(&[pkg], Some("w")).unwrap();
    let mut utf16 = wat::parse_str(
        r#"(module (memory (export "memory") 1) (func (export "f") (param i32 i32)))"#,
    )
    .unwrap();
    wit_component::embed_component_metadata(
        &mut utf16,
        &resolve,
        world,
        wit_component::StringEncoding::UTF16,
        false,
    )
    .unwrap();
    assert_eq!(
        p1_adapt::adapt(&utf16).unwrap_err().to_string(),
        "the WIT it carries (component-type section): `f` uses the UTF16 string encoding; only UTF-8 is supported"
    );

    // A carried "import" that is not a function.
    let wit = "package t:g;\nworld w {\n  import foo: func();\n  export f: func();\n}\n";
    let wat = r#"(module (import "$root" "foo" (global i32)) (memory (export "memory") 1) (func (export "f")))"#;
    assert_eq!(
        p1_adapt::adapt(&carrying(wit, "w", wat))
            .unwrap_err()
            .to_string(),
        "imports `$root::foo` as something other than a function"
    );
}

/// A list of a type the translation does not cover (here futures) is
/// reported, never passed with its elements untranslated.
#[test]
fn uncovered_list_elements_are_reported() {
    let wit = "package t:f;\nworld w {\n  export f: func(x: list<future>);\n}\n";
    let wat = r#"(module (memory (export "memory") 1)
      (func (export "f") (param i32 i32))
      (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32) (i32.const 8)))"#;
    let err = p1_adapt::adapt(&carrying(wit, "w", wat)).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("export `f` cannot become a component export: only scalars"),
        "{err}"
    );
}
