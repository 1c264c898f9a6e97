//! The single layout's region (`--region`, 1 MiB by default): what does not
//! fit the adapter's heap answers an errno or is spilled, never a trap.
//! Each guest runs natively and adapted on wasmtime; the smallest region
//! (256 KiB: 64 KiB of heap) shows the limits soonest.

mod harness;

use harness::{rust_guest, Config, Run, Status};
use p1_adapt::{Adapter, Layout, Region};

fn adapted(module: &[u8], layout: Layout, region: Region) -> Vec<u8> {
    Adapter::new()
        .layout(layout)
        .region(region)
        .adapt(module)
        .expect("adapt")
        .component
}

fn run(module: &[u8], region: Region, config: &Config) -> Run {
    harness::run_component(&adapted(module, Layout::Single, region), config)
}

/// 1.6 MB of arguments and 0.5 MB of environment, more than any region's
/// heap holds: fetched into pages spilled above the guest for the call,
/// then zeroed and left to the guest. The same output as native in every
/// region, on jco, and in the multi layout.
#[test]
fn megabytes_of_arguments_and_environment() {
    let mut args: Vec<String> = (0..15)
        .map(|i| format!("{i:02}{}", "x".repeat(100_000)))
        .collect();
    args.extend((0..20_000).map(|i| format!("a{i}")));
    let env = (0..5)
        .map(|i| (format!("BIG{i}"), "v".repeat(100_000)))
        .collect();
    let config = Config {
        args,
        env,
        ..Config::default()
    };
    let guest = rust_guest("args_env");
    let native = harness::run_native(&guest, &config);
    assert_eq!(native.status, Status::Exit(0));
    assert!(native.stdout_str().contains("argc=20015\n"));
    for region in [Region::MIN, Region::DEFAULT] {
        let run = run(&guest, region, &config);
        assert_eq!(run, native, "{region:?}");
    }
    // jco's shim grows the memory for the spill inside its lowering too.
    let jco = harness::run_jco(&adapted(&guest, Layout::Single, Region::MIN), &config);
    assert_eq!(jco, native, "jco");
    let multi = harness::run_component(&adapted(&guest, Layout::Multi, Region::DEFAULT), &config);
    assert_eq!(multi, native);
}

/// Spilled pages are left to the guest zeroed: after an `args_sizes_get`
/// that spilled, the guest's memory has grown, and every byte above its old
/// size is 0 (exit 2; 1 if a byte is not, 0 if it did not grow, as natively
/// and in the multi layout, where the adapter's own memory grows instead).
#[test]
fn spilled_pages_are_left_to_the_guest_zeroed() {
    let guest = wat::parse_str(
        r#"(module
        (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
        (memory (export "memory") 1)
        (func (export "_start") (local $at i32) (local $end i32)
          (local.set $at (i32.shl (memory.size) (i32.const 16)))
          (drop (call $sizes (i32.const 0) (i32.const 4)))
          (local.set $end (i32.shl (memory.size) (i32.const 16)))
          (if (i32.eq (local.get $at) (local.get $end)) (then (call $exit (i32.const 0))))
          (loop $bytes
            (if (i32.load8_u (local.get $at)) (then (call $exit (i32.const 1))))
            (local.set $at (i32.add (local.get $at) (i32.const 1)))
            (br_if $bytes (i32.lt_u (local.get $at) (local.get $end))))
          (call $exit (i32.const 2))))"#,
    )
    .unwrap();
    let args: Vec<String> = (0..15)
        .map(|i| format!("{i:02}{}", "y".repeat(100_000)))
        .collect();
    let config = Config {
        args,
        ..Config::default()
    };
    assert_eq!(harness::run_native(&guest, &config).status, Status::Exit(0));
    assert_eq!(
        run(&guest, Region::DEFAULT, &config).status,
        Status::Exit(2)
    );
    let multi = harness::run_component(&adapted(&guest, Layout::Multi, Region::DEFAULT), &config);
    assert_eq!(multi.status, Status::Exit(0));
}

/// Files opened until the heap is full: `EMFILE` (p1 errno 33, as a full
/// table of open files natively), after which the program closes them and
/// opens one again.
#[test]
fn open_files_until_the_heap_is_full() {
    let guest = rust_guest("region_limits");
    let dir = tempfile::tempdir().unwrap();
    let config = Config::default()
        .args(&["region_limits", "files"])
        .preopen(dir.path(), ".");
    let run = run(&guest, Region::MIN, &config);
    assert_eq!(run.status, Status::Exit(0), "{run:?}");
    let out = run.stdout_str();
    let opened: usize = out
        .strip_prefix("opened ")
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{out}"));
    assert!(opened > 500, "{out}");
    assert!(
        out.ends_with(" files, then errno Some(33)\nclosed them; opened one again\n"),
        "{out}"
    );
}

/// More poll subscriptions than the heap holds: `ENOMEM` (48); fewer: the
/// same as native.
#[test]
fn poll_more_subscriptions_than_the_heap_holds() {
    let guest = rust_guest("region_limits");
    let poll = |n: &str| Config::default().args(&["region_limits", "poll", n]);
    let run = run(&guest, Region::MIN, &poll("20000"));
    assert_eq!(run.status, Status::Exit(0), "{run:?}");
    assert_eq!(run.stdout_str(), "poll 20000: errno 48, 0 events\n");
    let native = harness::run_native(&guest, &poll("1000"));
    assert_eq!(native.stdout_str(), "poll 1000: errno 0, 1 events\n");
    assert_eq!(run_default(&guest, &poll("1000")), native);
}

fn run_default(module: &[u8], config: &Config) -> Run {
    run(module, Region::DEFAULT, config)
}

/// `--region` takes sizes with K and M, in 64 KiB steps, within bounds.
#[test]
fn region_sizes() {
    assert_eq!("1M".parse::<Region>(), Ok(Region::DEFAULT));
    assert_eq!("256K".parse::<Region>().map(Region::bytes), Ok(256 << 10));
    assert_eq!("16M".parse::<Region>(), Ok(Region::MAX));
    for bad in ["100", "17M", "192K", "1.5M", "x", "99999999999999999999M"] {
        assert!(bad.parse::<Region>().is_err(), "{bad}");
    }
}
