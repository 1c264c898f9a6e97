//! Modern wasm features pass through fusion unchanged: each guest in
//! `tests/wat/features/` runs natively and adapted (engine with the feature
//! enabled) with identical output.

mod harness;
use harness::{assert_same, both, wat_guest, Config, Status};

fn feature(name: &str, expected: &str) {
    feature_in(name, expected, Config::default());
}

fn feature_in(name: &str, expected: &str, config: Config) {
    let (native, adapted) = both(&wat_guest(&format!("features/{name}")), &config);
    assert_same(&native, &adapted);
    assert_eq!(adapted.status, Status::Exit(0));
    assert_eq!(adapted.stdout_str(), expected);
}

#[test]
fn exception_handling() {
    // jco's transpiler does not enable the exceptions proposal.
    let jco = Config::default().not_on_jco("exceptions proposal not enabled");
    feature_in("exceptions", "0000002a\n0000600d\n", jco);
}

#[test]
fn tail_calls() {
    feature("tail_calls", "002dc6c0\n");
}

#[test]
fn simd() {
    feature("simd", "00000088\n00000044\n");
}

#[test]
fn multi_value() {
    feature("multi_value", "00008e06\n");
}

#[test]
fn bulk_memory() {
    feature("bulk_memory", "passAAe!73736170\n");
}

#[test]
fn extended_const() {
    // Node.js 20 (V8 11.3) has no extended constant expressions.
    let jco = Config::default().not_on_jco("is not allowed in constant expressions");
    feature_in("extended_const", "00000412\nconst", jco);
}

#[test]
fn gc_types() {
    // Node.js 20 (V8 11.3) runs GC types only with --experimental-wasm-gc.
    let jco = Config::default().not_on_jco("enable with --experimental-wasm-gc");
    feature_in("gc", "00000022\n00000011\n", jco);
}

#[test]
fn custom_page_sizes() {
    feature(
        "custom_page_sizes",
        "00001000\n00001000\n00001064\n!!00000000\n",
    );
}
