//! Modern wasm features pass through fusion unchanged: each guest in
//! `tests/wat/features/` runs natively and adapted (engine with the feature
//! enabled) with identical output.

mod harness;
use harness::{assert_same, both, wat_guest, Config, Status};

fn feature(name: &str, expected: &str) {
    let (native, adapted) = both(&wat_guest(&format!("features/{name}")), &Config::default());
    assert_same(&native, &adapted);
    assert_eq!(adapted.status, Status::Exit(0));
    assert_eq!(adapted.stdout_str(), expected);
}

#[test]
fn exception_handling() {
    feature("exceptions", "0000002a\n0000600d\n");
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
    feature("extended_const", "00000412\nconst");
}

#[test]
fn gc_types() {
    feature("gc", "00000022\n00000011\n");
}

#[test]
fn custom_page_sizes() {
    feature(
        "custom_page_sizes",
        "00001000\n00001000\n00001064\n!!00000000\n",
    );
}
