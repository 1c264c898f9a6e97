//! The benchmarks' host floor (`tests/floor`, a column of `cargo bench`)
//! must do the work of the bench guest's p1 loop it stands for: run both on
//! the benchmark's files and compare what each reports (`{workload}:
//! {sink}` on stderr) and writes on stdout. Clock and random sums differ
//! from run to run: for those, only the workload and a completed run.

mod harness;
use harness::{
    bench_files, floor_components, run_component, run_native, rust_guest, Config, Status,
};

#[test]
fn the_floor_does_the_bench_guests_work() {
    let dir = tempfile::tempdir().unwrap();
    bench_files(dir.path());
    let (floor, empty) = floor_components();
    let bench = rust_guest("bench");
    for what in [
        "write16",
        "read4k",
        "clock",
        "random",
        "open_read_close",
        "filestat",
        "readdir64",
    ] {
        let config = Config::default()
            .args(&["bench", what])
            .preopen(dir.path(), ".");
        let native = run_native(&bench, &config);
        let direct = run_component(&floor, &config);
        assert_eq!(
            native.status,
            Status::Exit(0),
            "{what}: {}",
            native.stderr_str()
        );
        assert_eq!(
            direct.status,
            Status::Exit(0),
            "{what}: {}",
            direct.stderr_str()
        );
        assert_eq!(direct.stdout, native.stdout, "{what}: stdout");
        if what == "clock" || what == "random" {
            assert!(
                direct.stderr_str().starts_with(&format!("{what}: ")),
                "{what}"
            );
        } else {
            assert_eq!(direct.stderr_str(), native.stderr_str(), "{what}");
        }
    }
    let run = run_component(&empty, &Config::default());
    assert_eq!(
        (run.status, run.stdout.len(), run.stderr.len()),
        (Status::Exit(0), 0, 0)
    );
}

/// The bench's CPython-like start (no floor of its own) does its work
/// adapted as natively: the same report of the bytes read.
#[test]
fn the_cpython_like_start_runs_as_natively() {
    let dir = tempfile::tempdir().unwrap();
    bench_files(dir.path());
    let config = Config::default()
        .args(&["bench", "pystart"])
        .preopen(dir.path(), ".");
    let bench = rust_guest("bench");
    let native = run_native(&bench, &config);
    assert_eq!(native.stderr_str(), "pystart: 600360\n");
    let adapted = run_component(&harness::adapt(&bench), &config);
    assert_eq!(adapted, native);
}
