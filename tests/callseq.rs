//! Differential fuzzing of the adapter: random sequences of p1 calls
//! (`tests/programs/src/bin/callseq.rs`, seeded) run natively and adapted
//! in identical directories; every printed errno and result and the final
//! directory tree must match. CI runs 40 sequences of 150 calls;
//! `P1_ADAPT_CALLSEQ=N` runs N sequences. Even seeds run the single-memory
//! layout, odd ones the multi-memory layout. `P1_ADAPT_CALLSEQ_JCO=1` also
//! runs the even seeds on jco and compares them with wasmtime: not in CI,
//! because jco's shim answers many edge cases differently (links, empty
//! paths, a preopen's `read-directory`, open modes: see the README).

mod harness;
use harness::{adapt_in, run_component, run_native, rust_guest, tree, Config};
use std::path::Path;

fn setup(dir: &Path) {
    std::fs::write(dir.join("c.txt"), b"initial contents of c\n").unwrap();
    std::fs::create_dir(dir.join("d")).unwrap();
    std::fs::write(dir.join("d/x"), vec![b'x'; 300]).unwrap();
}

#[test]
fn random_call_sequences_match_native() {
    let n: u64 = std::env::var("P1_ADAPT_CALLSEQ")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let only: Option<u64> = std::env::var("P1_ADAPT_CALLSEQ_SEED")
        .ok()
        .and_then(|s| s.parse().ok());
    let module = rust_guest("callseq");
    let components = [
        adapt_in(&module, p1_adapt::Layout::Single),
        adapt_in(&module, p1_adapt::Layout::Multi),
    ];
    let mut failures = Vec::new();
    let mut calls = 0;
    for seed in 0..n {
        if only.is_some_and(|o| o != seed) {
            continue;
        }
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        setup(a.path());
        setup(b.path());
        let args = ["callseq".to_string(), seed.to_string(), "150".to_string()];
        let config = |d: &Path| {
            Config {
                args: args.to_vec(),
                ..Config::default()
            }
            .preopen(d, ".")
        };
        let native = run_native(&module, &config(a.path()));
        let component = &components[(seed % 2) as usize];
        let adapted = run_component(component, &config(b.path()));
        calls += native.stdout_str().lines().count();
        if only.is_some() {
            println!(
                "--- native\n{}\n{:?}\n--- adapted\n{}\n{:?}\n{}",
                native.stdout_str(),
                native.status,
                adapted.stdout_str(),
                adapted.status,
                adapted.stderr_str()
            );
        }
        if std::env::var_os("P1_ADAPT_CALLSEQ_JCO").is_some() && seed % 2 == 0 {
            let c = tempfile::tempdir().unwrap();
            setup(c.path());
            let js = harness::run_jco(component, &config(c.path()));
            if js != adapted || tree(c.path()) != tree(b.path()) {
                let (n, o) = (adapted.stdout_str(), js.stdout_str());
                let first = n.lines().zip(o.lines()).find(|(x, y)| x != y);
                failures.push(format!(
                    "seed {seed}, jco: first difference {first:?}; status {:?} vs {:?}; trees equal {}",
                    adapted.status,
                    js.status,
                    tree(c.path()) == tree(b.path())
                ));
            }
        }
        if native != adapted {
            let (n, o) = (native.stdout_str(), adapted.stdout_str());
            let first = n.lines().zip(o.lines()).find(|(x, y)| x != y);
            failures.push(format!(
                "seed {seed}: first difference {first:?}; status {:?} vs {:?}; stderr {:?}",
                native.status,
                adapted.status,
                adapted.stderr_str().lines().last()
            ));
            continue;
        }
        if tree(a.path()) != tree(b.path()) {
            failures.push(format!(
                "seed {seed}: trees differ {:?} vs {:?}",
                tree(a.path()),
                tree(b.path())
            ));
        }
    }
    println!(
        "{n} sequences, {calls} calls compared, {} divergences",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
