//! Differential tests: every guest runs natively (wasmtime's p1, the oracle)
//! and adapted by p1-adapt (wasmtime's p2 linker); stdout, stderr and exit
//! status must be identical, except the documented, justified differences.

mod harness;
use harness::{assert_same, both, rust_guest, Config, Status};

fn same(guest: &[u8], config: Config) -> harness::Run {
    let (native, adapted) = both(guest, &config);
    assert_same(&native, &adapted);
    adapted
}

#[test]
fn hello() {
    let run = same(&rust_guest("hello"), Config::default().args(&["hello"]));
    assert_eq!(run.stdout_str(), "Hello, world!\n");
    assert_eq!(run.status, Status::Exit(0));
}
