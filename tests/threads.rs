//! wasi-threads guests (`wasm32-wasip1-threads`) with `--threads none`: no
//! thread can be made (`thread-spawn` answers -1), so the oracle is native
//! p1 on a host whose `thread-spawn` fails the same way, with the shared
//! memory the module imports. The memory is unshared in the component; the
//! atomic waits and notifies go through the adapter's futex, with the
//! results and traps of the instructions; a wait nothing can end is a
//! deadlock trap, not a hang. Both layouts on wasmtime, and jco.

mod harness;

use harness::{Config, Status};

/// The futex: the same answers as native waits and notifies on a shared
/// memory with one thread.
#[test]
fn atomic_waits_and_notifies_answer_as_natively() {
    let guest = harness::wat_guest("futex");
    let native = harness::run_native(&guest, &Config::default());
    assert_eq!(native.stdout_str(), "0\n1\n2\n1\n2\n2\n0\n");
    assert_eq!(native.status, Status::Exit(0));
    let adapted = harness::everywhere_with(&none(), &guest, |_| Config::default());
    harness::assert_same(&native, &adapted);
}

/// Out of bounds, unaligned, past 4 GiB: each traps as the instruction
/// does natively (a trap in both layouts and on jco).
#[test]
fn atomic_waits_and_notifies_trap_as_natively() {
    let guest = harness::wat_guest("futex");
    for case in ["oob", "unaligned", "wrap", "notify-oob"] {
        let config = || Config::default().args(&["futex", case]);
        let native = harness::run_native(&guest, &config());
        let Status::Trap(m) = &native.status else {
            panic!("{case}: native did not trap: {native:?}");
        };
        let expected = if case == "unaligned" {
            "unaligned"
        } else {
            "out of bounds"
        };
        assert!(m.contains(expected), "{case}: {m}");
        let adapted = harness::everywhere(&guest, |_| config());
        let Status::Trap(m) = &adapted.status else {
            panic!("{case}: adapted did not trap: {adapted:?}");
        };
        assert!(m.contains(expected), "{case}: {m}");
        assert_eq!(adapted.stdout, native.stdout, "{case}");
    }
}

/// A wait with no timeout that no other thread can end: natively a hang;
/// adapted, a trap with a message on stderr.
#[test]
fn a_wait_nothing_can_end_is_a_deadlock_trap() {
    let guest = harness::wat_guest("futex");
    let adapted = harness::everywhere(&guest, |_| Config::default().args(&["futex", "forever"]));
    assert!(matches!(adapted.status, Status::Trap(_)), "{adapted:?}");
    assert_eq!(
        adapted.stderr_str(),
        "p1-adapt: deadlock: all threads wait forever\n"
    );
}

/// A Rust `std::thread` program: spawning fails (`WouldBlock`, from
/// `EAGAIN`), every `std::sync` type works on the one thread, timed waits
/// time out; as natively with a `thread-spawn` that fails.
#[test]
fn rust_program_without_threads() {
    let guest = harness::threads_guest("no_threads");
    let adapted = none().adapt(&guest).expect("adapt");
    assert_eq!(
        adapted.warnings,
        ["threads cannot be made (threads mode `none`): `wasi::thread-spawn` answers -1 (pthread_create returns EAGAIN, Rust's thread::spawn an error)"]
    );
    let native = harness::run_native_without_threads(&guest, &Config::default());
    assert_eq!(
        native.stdout_str(),
        "spawn failed: WouldBlock\n\
         mutex: 45\n\
         rwlock: [1, 2, 3]\n\
         atomic: 40\n\
         once: init\n\
         thread-local: 42\n\
         barrier of one leads: true\n\
         condvar timed out: true, flag false, waited >= 20 ms: true\n\
         parked with timeout: \"back\"\n"
    );
    assert_eq!(native.status, Status::Exit(0));
    let adapted = harness::everywhere_with(&none(), &guest, |_| Config::default());
    harness::assert_same(&native, &adapted);
    // And as on wasmtime 46's native wasi-threads whose thread-spawn fails.
    let oracle = harness::run_oracle46(&guest, &["--no-spawn"], &[]);
    assert_eq!(oracle.stdout_str(), native.stdout_str());
    assert_eq!(oracle.status, Status::Exit(0));
}

/// Programs whose threads really run, and their outputs and exit codes on
/// the oracle (wasmtime 46's native wasi-threads; `TRAP`: it traps).
const REAL: &[(&str, &str, i32)] = &[
    (
        "turns",
        "thread 0 has its turn\nthread 1 has its turn\nthread 2 has its turn\nthread 3 has its turn\njoined all, sum=60\n",
        0,
    ),
    (
        "mpsc",
        "received 100 values, sum=4950, in_order=true\nconsumer got: a,b,c\n",
        0,
    ),
    (
        "barrier",
        "thread 0 saw 5 arrivals after barrier\nthread 1 saw 5 arrivals after barrier\nthread 2 saw 5 arrivals after barrier\nthread 3 saw 5 arrivals after barrier\nthread 4 saw 5 arrivals after barrier\nleaders=1\n",
        0,
    ),
    (
        "sleep",
        "printer line 0\nprinter line 1\nprinter line 2\nprinter finished while sleeper asleep: true\nsleeper slept >= 300ms: true\n",
        0,
    ),
    ("exit_thread", "main: spawning\nchild: exiting with 3\n", 3),
    ("atomic200", "total=20100 (expected 20100)\n", 0),
    ("pingpong", "pings=500 pongs=500 count=1000\n", 0),
    (
        "scoped",
        "sums=[7875, 23500, 39125, 54750, 70375, 86000, 101625, 117250]\ntotal=500500\n",
        0,
    ),
    (
        "tls",
        "worker-0: started at 7, ended at 8\nworker-1: started at 7, ended at 9\nworker-2: started at 7, ended at 10\nworker-3: started at 7, ended at 11\nmain: 100\ndistinct ids: 5\n",
        0,
    ),
    ("main_returns", "main: returning\n", 0),
    ("panic_thread", "main: before\nchild: about to panic\n", TRAP),
    ("busy", "waiter saw the flag\nsetter computed 696\n", 0),
];

/// How [`REAL`] marks a program that traps.
const TRAP: i32 = -1;

/// `run` ended as [`REAL`] says: `code`, or a trap.
fn assert_ends(run: &harness::Run, code: i32, what: &str) {
    match code {
        TRAP => assert!(matches!(run.status, Status::Trap(_)), "{what}: {run:?}"),
        code => assert_eq!(run.status, Status::Exit(code), "{what}: {run:?}"),
    }
}

/// Programs whose threads really run, on the oracle (wasmtime 46's native
/// wasi-threads): their outputs, which cooperative threads must give too.
/// With `--threads none` each first spawn fails and the program panics
/// (an abort: a trap), as on the oracle whose `thread-spawn` fails; the
/// output before it is the same.
#[test]
fn real_threads_on_the_oracle_and_without_threads() {
    for (name, stdout, code) in REAL {
        let guest = harness::threads_guest(name);
        let oracle = harness::run_oracle46(&guest, &[], &[]);
        assert_eq!(oracle.stdout_str(), *stdout, "{name} on the oracle");
        assert_ends(&oracle, *code, &format!("{name} on the oracle"));
        let failing = harness::run_oracle46(&guest, &["--no-spawn"], &[]);
        let adapted = harness::everywhere_with(&none(), &guest, |_| Config::default());
        assert!(
            matches!(failing.status, Status::Trap(_)),
            "{name}: {failing:?}"
        );
        assert!(
            matches!(adapted.status, Status::Trap(_)),
            "{name}: {adapted:?}"
        );
        assert_eq!(adapted.stdout_str(), failing.stdout_str(), "{name}");
    }
}

/// The host cooperative threads will need (component-model async and
/// threading on, called asynchronously: `harness::threading_engine`) runs
/// today's components as the ordinary host does, in both layouts.
#[test]
fn a_threading_host_runs_adapted_components() {
    let guest = harness::threads_guest("no_threads");
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let component = match none().layout(layout).adapt(&guest) {
            Ok(a) => a.component,
            Err(e) => panic!("adaptation failed: {e}"),
        };
        let ordinary = harness::run_component(&component, &Config::default());
        let threading = harness::run_component_threaded(&component, &Config::default());
        harness::assert_same_host(&ordinary, &threading, "wasmtime", "wasmtime with threading");
    }
}

/// Cooperative threads (component-model threads on a host with threading):
/// the programs whose threads really run give the oracle's outputs, in
/// both layouts.
#[test]
fn cooperative_threads_give_the_oracles_outputs() {
    for (name, stdout, code) in REAL {
        let guest = harness::threads_guest(name);
        for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
            let run =
                harness::run_component_threaded(&cooperative(&guest, layout), &Config::default());
            assert_eq!(run.stdout_str(), *stdout, "{name} ({layout:?}): {run:?}");
            assert_ends(&run, *code, &format!("{name} ({layout:?})"));
        }
    }
}

/// Threads that all wait for each other forever: natively a hang;
/// cooperative threads report a deadlock on stderr and trap.
#[test]
fn cooperative_threads_that_all_wait_forever_are_a_deadlock_trap() {
    let guest = harness::threads_guest("deadlock");
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let run = harness::run_component_threaded(&cooperative(&guest, layout), &Config::default());
        assert_eq!(run.stdout_str(), "main: waiting\n");
        assert_eq!(
            run.stderr_str(),
            "p1-adapt: deadlock: all threads wait forever\n"
        );
        assert!(matches!(run.status, Status::Trap(_)), "{run:?}");
    }
}

/// `guest` adapted with cooperative threads in `layout`.
fn cooperative(guest: &[u8], layout: p1_adapt::Layout) -> Vec<u8> {
    match p1_adapt::Adapter::new()
        .layout(layout)
        .threads(p1_adapt::Threads::Cooperative)
        .adapt(guest)
    {
        Ok(a) => a.component,
        Err(e) => panic!("adaptation failed: {e}"),
    }
}

/// The adapter of `--threads none`.
fn none() -> p1_adapt::Adapter {
    p1_adapt::Adapter::new().threads(p1_adapt::Threads::None)
}

/// `verify` names the host feature cooperative threads need (a warning:
/// the component still fits the world); `--threads none` needs none.
#[test]
fn verify_reports_the_threading_host_feature() {
    let guest = harness::threads_guest("turns");
    let target = p1_adapt_verifier::Target::preset(&format!(
        "wasi:cli/command@{}",
        p1_adapt_verifier::WASI_VERSION
    ))
    .unwrap();
    let report = |component: &[u8]| p1_adapt_verifier::verify(component, &target).unwrap();
    let coop = report(&cooperative(&guest, p1_adapt::Layout::Single));
    assert!(coop.fits(), "{}", coop.to_text());
    let features: Vec<_> = coop
        .findings
        .iter()
        .filter(|f| f.code == p1_adapt_verifier::Code::HostFeature)
        .collect();
    assert_eq!(features.len(), 1, "{}", coop.to_text());
    assert_eq!(features[0].severity, p1_adapt_verifier::Severity::Warning);
    assert_eq!(features[0].subject, "component-model threading");
    assert!(
        features[0].message.contains("thread.new-indirect"),
        "{}",
        features[0].message
    );
    let none = report(&none().adapt(&guest).unwrap().component);
    assert!(
        none.findings
            .iter()
            .all(|f| f.code != p1_adapt_verifier::Code::HostFeature),
        "{}",
        none.to_text()
    );
}

/// Reading stdin with other threads (the read waits for stdin through a
/// poll that lets them run): the data arrives whole.
#[test]
fn cooperative_threads_read_stdin() {
    let guest = harness::threads_guest("stdin_threads");
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let config = Config::default().stdin("one\ntwo\nthree\n");
        let run = harness::run_component_threaded(&cooperative(&guest, layout), &config);
        assert_eq!(
            run.stdout_str(),
            "stdin: 14 bytes, 3 lines\nworker: 5050\n",
            "{run:?}"
        );
        assert_eq!(run.status, Status::Exit(0));
    }
}

/// jco has no component-model threading: it refuses a component with
/// cooperative threads when it translates it (its users adapt with
/// `--threads none`). Fails when jco learns threads: then test them there.
#[test]
fn jco_refuses_cooperative_threads() {
    let guest = harness::threads_guest("turns");
    let run = harness::run_jco(
        &cooperative(&guest, p1_adapt::Layout::Single),
        &Config::default(),
    );
    match &run.status {
        Status::Trap(m) if m.contains("requires the component model threading feature") => {}
        s => panic!("jco did not refuse the component as expected: {s:?}"),
    }
}
