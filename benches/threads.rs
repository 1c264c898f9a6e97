//! `cargo bench --bench threads`: cooperative threads (p1-adapt's
//! `--threads cooperative`, wasmtime 48 with component-model threading)
//! against wasmtime 46's native wasi-threads (`tests/oracle46`: every
//! thread an OS thread, in parallel) on the workloads of
//! `tests/threads/src/bin/bench_threads.rs`. Each cell is the median of
//! the workload's own time as the guest measures it (its monotonic clock
//! around the work: compilation and start-up are left out) over
//! `BENCH_ITERS` runs (5). Prints one Markdown table (the latest is kept in
//! BENCHMARKS.md).

#[path = "../tests/harness/mod.rs"]
mod harness;

use harness::{run_component_threaded, run_oracle46, threads_guest, Config, Run, Status};

/// The workloads: label, arguments.
const ROWS: &[(&str, &[&str])] = &[
    ("1 thread x CPU work (200M multiply-adds)", &["cpu", "1"]),
    ("2 threads x CPU work", &["cpu", "2"]),
    ("4 threads x CPU work", &["cpu", "4"]),
    (
        "10,000 Mutex/Condvar ping-pong round trips",
        &["pingpong", "10000"],
    ),
    (
        "2 threads x 100,000 thread::yield_now",
        &["yield", "100000"],
    ),
    ("1,000 x spawn + join", &["spawn", "1000"]),
];

/// The time (ns) and check value a run printed.
fn measured(run: &Run, what: &str) -> (f64, String) {
    assert_eq!(run.status, Status::Exit(0), "{what}: {run:?}");
    let out = run.stdout_str();
    let mut ns = None;
    let mut check = String::new();
    for field in out.split_whitespace() {
        if let Some(v) = field.strip_prefix("elapsed_ns=") {
            ns = v.parse::<f64>().ok();
        } else if let Some(v) = field.strip_prefix("check=") {
            check = v.to_string();
        }
    }
    (
        ns.unwrap_or_else(|| panic!("{what}: no time in {out:?}")),
        check,
    )
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn fmt(ns: f64) -> String {
    match ns {
        ns if ns >= 1e9 => format!("{:.2} s", ns / 1e9),
        ns if ns >= 1e6 => format!("{:.2} ms", ns / 1e6),
        ns => format!("{:.1} µs", ns / 1e3),
    }
}

fn adapted(guest: &[u8], layout: p1_adapt::Layout, preempt: p1_adapt::Preempt) -> Vec<u8> {
    match p1_adapt::Adapter::new()
        .threads(p1_adapt::Threads::Cooperative)
        .layout(layout)
        .preempt(preempt)
        .adapt(guest)
    {
        Ok(a) => a.component,
        Err(e) => panic!("adaptation failed: {e}"),
    }
}

fn main() {
    let iters: usize = std::env::var("BENCH_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let guest = threads_guest("bench_threads");
    let single = adapted(
        &guest,
        p1_adapt::Layout::Single,
        p1_adapt::Preempt::default(),
    );
    let multi = adapted(
        &guest,
        p1_adapt::Layout::Multi,
        p1_adapt::Preempt::default(),
    );
    let off = adapted(&guest, p1_adapt::Layout::Single, p1_adapt::Preempt::Off);
    println!("threads benchmark: median of {iters} runs per cell, the workload's own time\n");
    println!("| row | wasmtime 46 wasi-threads | cooperative single | cooperative multi | single, --preempt off | single/wasi-threads | multi/wasi-threads | single/preempt off |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (label, args) in ROWS {
        let mut argv = vec!["bench_threads"];
        argv.extend_from_slice(args);
        let config = Config::default().args(&argv);
        let mut cells: [Vec<f64>; 4] = Default::default();
        let mut checks = Vec::new();
        for _ in 0..iters {
            let runs = [
                run_oracle46(&guest, &[], args),
                run_component_threaded(&single, &config),
                run_component_threaded(&multi, &config),
                run_component_threaded(&off, &config),
            ];
            for (cell, run) in cells.iter_mut().zip(&runs) {
                let (ns, check) = measured(run, label);
                cell.push(ns);
                checks.push(check);
            }
        }
        checks.dedup();
        assert_eq!(
            checks.len(),
            1,
            "{label}: the variants computed differently: {checks:?}"
        );
        let [native, single, multi, off] = cells.map(median);
        println!(
            "| {label} | {} | {} | {} | {} | {:.2}x | {:.2}x | {:.2}x |",
            fmt(native),
            fmt(single),
            fmt(multi),
            fmt(off),
            single / native,
            multi / native,
            single / off
        );
    }
}
