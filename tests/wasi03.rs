//! WASI 0.3 hosts (issue 23): components that import only `wasi:*@0.3.0`
//! and export `wasi:cli/run@0.3.0`, run on a wasmtime linker holding only
//! wasmtime-wasi's p3 interfaces. Every command of the differential suite
//! also runs this way, in both layouts (`harness::everywhere`); here are
//! what is particular to 0.3.

mod harness;

use harness::wasi03::run_component_p3;
use harness::{root, rust_guest, Config, Status};

/// A core module in text, embedded with `wasi:cli/command@0.3.0` (the
/// verifier's vendored WIT) and encoded by wit-component.
fn command_0_3(wat: &str) -> Vec<u8> {
    let mut module = wat::parse_file(root().join("tests/wasi03").join(wat)).expect("the WAT");
    let resolve = p1_adapt_verifier::wasi("0.3.0").expect("the 0.3.0 WIT");
    let world = resolve
        .worlds
        .iter()
        .find(|(_, w)| {
            w.name == "command"
                && w.package
                    .is_some_and(|p| resolve.packages[p].name.to_string() == "wasi:cli@0.3.0")
        })
        .map(|(id, _)| id)
        .expect("wasi:cli/command@0.3.0");
    wit_component::embed_component_metadata(
        &mut module,
        &resolve,
        world,
        wit_component::StringEncoding::UTF8,
        false,
    )
    .expect("embed");
    let component = wit_component::ComponentEncoder::default()
        .validate(true)
        .module(&module)
        .and_then(|e| e.encode())
        .expect("encode");
    // No feature beyond the defaults (a plain `wasmtime run` has them).
    wasmparser::Validator::new()
        .validate_all(&component)
        .expect("valid with the default features");
    component
}

/// The host side of what the adapter for 0.3 does: a sync-lifted `run`
/// (an `async func` in WIT, so its task may block) writes to stdout
/// through `write-via-stream` and the async-lowered `stream.write`,
/// waiting in `waitable-set.wait`, then ends the stream and reads its
/// future.
#[test]
fn a_sync_lifted_run_may_wait_on_a_0_3_host() {
    let component = command_0_3("hello.wat");
    let run = run_component_p3(&component, &Config::default());
    assert_eq!(run.stdout_str(), "Hello, 0.3!\n");
    assert_eq!(run.stderr_str(), "");
    assert_eq!(run.status, Status::Exit(0));
}

/// `guest` adapted for WASI 0.3.0 in `layout`.
fn adapt_0_3(guest: &[u8], layout: p1_adapt::Layout) -> Vec<u8> {
    let adapted = p1_adapt::Adapter::new()
        .wasi_version("0.3.0")
        .layout(layout)
        .adapt(guest)
        .unwrap_or_else(|e| panic!("{e}"));
    for import in &adapted.imports {
        assert!(import.ends_with("@0.3.0"), "a 0.2 import: {import}");
    }
    adapted.component
}

/// Runs `guest` natively and adapted for 0.3.0 in both layouts on the
/// 0.3-only host, and asserts the same stdout, stderr and exit.
fn same_on_0_3(guest: &[u8], config: &Config) -> harness::Run {
    let native = harness::run_native(guest, config);
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let run = run_component_p3(&adapt_0_3(guest, layout), config);
        harness::assert_same(&native, &run);
    }
    native
}

/// A hello world imports stdio (with `wasi:cli/types`, whose error code
/// stdout's future carries), args and env, and exit: nothing of files.
#[test]
fn hello_world() {
    let run = same_on_0_3(&rust_guest("hello"), &Config::default());
    assert_eq!(run.stdout_str(), "Hello, world!\n");
    let imports = p1_adapt::Adapter::new()
        .wasi_version("0.3.0")
        .adapt(&rust_guest("hello"))
        .unwrap()
        .imports;
    assert_eq!(
        imports,
        [
            "wasi:cli/environment@0.3.0",
            "wasi:cli/exit@0.3.0",
            "wasi:cli/types@0.3.0",
            "wasi:cli/stdout@0.3.0",
            "wasi:cli/stderr@0.3.0",
        ]
    );
}

/// A `@0.3.0` preset target makes a 0.3 component without
/// `--wasi-version`, verified against that world before it is returned.
#[test]
fn a_0_3_target_picks_0_3() {
    let target = p1_adapt::target("wasi:cli/command@0.3.0", None).unwrap();
    let adapted = p1_adapt::Adapter::new()
        .target(target)
        .adapt(&rust_guest("hello"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(adapted.imports.iter().all(|i| i.ends_with("@0.3.0")));
    let run = run_component_p3(&adapted.component, &Config::default());
    assert_eq!(run.stdout_str(), "Hello, world!\n");
}
