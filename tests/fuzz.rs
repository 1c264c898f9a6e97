//! Composer fuzzing: generated p1 modules (wasm-smith, importing
//! `wasi_snapshot_preview1` functions with their real signatures) and
//! mutated bytes of real modules go through the library API. Every case must
//! end in a component that validates or a rejection listing the input's
//! problems — never a panic, an invalid component or an internal error.
//!
//! CI runs a fixed number of cases; `P1_ADAPT_FUZZ_CASES=100000 cargo test
//! --release --test fuzz -- --nocapture` runs more. Each case is
//! reproducible from its number (the seed).

use std::panic::{catch_unwind, AssertUnwindSafe};

fn cases(default: u64) -> u64 {
    std::env::var("P1_ADAPT_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// splitmix64: the bytes of case `seed`.
fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
    (0..len)
        .map(|_| {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            (z ^ (z >> 31)) as u8
        })
        .collect()
}

/// A module importing every p1 function with its real wasm32 signature.
fn p1_imports() -> Vec<u8> {
    let sigs = [
        ("args_get", "i32 i32"),
        ("args_sizes_get", "i32 i32"),
        ("environ_get", "i32 i32"),
        ("environ_sizes_get", "i32 i32"),
        ("clock_res_get", "i32 i32"),
        ("clock_time_get", "i32 i64 i32"),
        ("fd_advise", "i32 i64 i64 i32"),
        ("fd_allocate", "i32 i64 i64"),
        ("fd_close", "i32"),
        ("fd_datasync", "i32"),
        ("fd_fdstat_get", "i32 i32"),
        ("fd_fdstat_set_flags", "i32 i32"),
        ("fd_fdstat_set_rights", "i32 i64 i64"),
        ("fd_filestat_get", "i32 i32"),
        ("fd_filestat_set_size", "i32 i64"),
        ("fd_filestat_set_times", "i32 i64 i64 i32"),
        ("fd_pread", "i32 i32 i32 i64 i32"),
        ("fd_prestat_get", "i32 i32"),
        ("fd_prestat_dir_name", "i32 i32 i32"),
        ("fd_pwrite", "i32 i32 i32 i64 i32"),
        ("fd_read", "i32 i32 i32 i32"),
        ("fd_readdir", "i32 i32 i32 i64 i32"),
        ("fd_renumber", "i32 i32"),
        ("fd_seek", "i32 i64 i32 i32"),
        ("fd_sync", "i32"),
        ("fd_tell", "i32 i32"),
        ("fd_write", "i32 i32 i32 i32"),
        ("path_create_directory", "i32 i32 i32"),
        ("path_filestat_get", "i32 i32 i32 i32 i32"),
        ("path_filestat_set_times", "i32 i32 i32 i32 i64 i64 i32"),
        ("path_link", "i32 i32 i32 i32 i32 i32 i32"),
        ("path_open", "i32 i32 i32 i32 i32 i64 i64 i32 i32"),
        ("path_readlink", "i32 i32 i32 i32 i32 i32"),
        ("path_remove_directory", "i32 i32 i32"),
        ("path_rename", "i32 i32 i32 i32 i32 i32"),
        ("path_symlink", "i32 i32 i32 i32 i32"),
        ("path_unlink_file", "i32 i32 i32"),
        ("poll_oneoff", "i32 i32 i32 i32"),
        ("proc_raise", "i32"),
        ("sched_yield", ""),
        ("random_get", "i32 i32"),
        ("sock_accept", "i32 i32 i32"),
        ("sock_recv", "i32 i32 i32 i32 i32 i32"),
        ("sock_send", "i32 i32 i32 i32 i32"),
        ("sock_shutdown", "i32 i32"),
    ];
    let mut wat = String::from("(module\n");
    for (name, params) in sigs {
        wat += &format!("  (import \"wasi_snapshot_preview1\" \"{name}\" (func (param {params}) (result i32)))\n");
    }
    wat += "  (import \"wasi_snapshot_preview1\" \"proc_exit\" (func (param i32)))\n)";
    wat::parse_str(&wat).unwrap()
}

fn smith_config() -> wasm_smith::Config {
    wasm_smith::Config {
        available_imports: Some(p1_imports()),
        exports: Some(
            wat::parse_str(r#"(module (memory (export "memory") 1) (func (export "_start")))"#)
                .unwrap(),
        ),
        max_memories: 1,
        min_memories: 1,
        memory64_enabled: false,
        threads_enabled: false,
        max_funcs: 40,
        max_instructions: 200,
        ..wasm_smith::Config::default()
    }
}

/// Runs one input in both layouts; `Err` describes a failure (panic,
/// invalid output, or an internal error: the input was accepted but could
/// not be adapted).
fn one(input: &[u8]) -> Result<&'static str, String> {
    let multi = one_in(input, p1_adapt::Layout::Multi)?;
    let single = one_in(input, p1_adapt::Layout::Single)?;
    Ok(if multi == "component" { multi } else { single })
}

fn one_in(input: &[u8], layout: p1_adapt::Layout) -> Result<&'static str, String> {
    let adapter = p1_adapt::Adapter::new().layout(layout);
    let r = catch_unwind(AssertUnwindSafe(|| adapter.adapt(input)));
    match r {
        Err(p) => Err(format!(
            "panic: {}",
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        )),
        Ok(Ok(a)) => {
            let mut v = wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all());
            v.validate_all(&a.component)
                .map_err(|e| format!("invalid component: {e}"))?;
            Ok("component")
        }
        Ok(Err(p1_adapt::Error::Rejected(_))) => Ok("rejected"),
        Ok(Err(e)) => Err(format!("internal error: {e}")),
    }
}

#[test]
fn generated_p1_modules_adapt_or_are_rejected() {
    let n = cases(150);
    let config = smith_config();
    let (mut made, mut rejected, mut failures) = (0, 0, Vec::new());
    for seed in 0..n {
        let data = bytes(seed, 4096);
        let mut u = arbitrary::Unstructured::new(&data);
        let Ok(module) = wasm_smith::Module::new(config.clone(), &mut u) else {
            continue;
        };
        match one(&module.to_bytes()) {
            Ok("component") => made += 1,
            Ok(_) => rejected += 1,
            Err(e) => failures.push(format!("case {seed}: {e}")),
        }
    }
    println!(
        "{n} cases: {made} components, {rejected} rejected, {} failures",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        made > n / 2,
        "too few cases became components: {made} of {n}"
    );
}

#[test]
fn mutated_bytes_never_panic() {
    let seeds: Vec<Vec<u8>> = vec![
        include_bytes!("../examples/hello.wat").to_vec(),
        wat::parse_file(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/hello.wat")).unwrap(),
        wat::parse_file(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/wat/reactor.wat"
        ))
        .unwrap(),
        wat::parse_file(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/wat/preview0.wat"
        ))
        .unwrap(),
    ];
    let n = cases(300);
    let mut outcomes = std::collections::BTreeMap::new();
    let mut failures = Vec::new();
    for seed in 0..n {
        let r = bytes(seed, 16);
        let mut input = seeds[r[0] as usize % seeds.len()].clone();
        for k in 0..(1 + r[1] % 4) as usize {
            if input.is_empty() {
                break;
            }
            let at = u16::from_le_bytes([r[2 + 2 * k], r[3 + 2 * k]]) as usize % input.len().max(1);
            match r[10 + k] % 4 {
                0 => input[at] ^= 1 << (r[14] % 8),
                1 => input.truncate(at),
                2 => input.insert(at, r[15]),
                _ => {
                    if at < input.len() {
                        input.remove(at);
                    }
                }
            }
        }
        match one(&input) {
            Ok(kind) => *outcomes.entry(kind).or_insert(0) += 1,
            Err(e) => failures.push(format!("case {seed}: {e}")),
        }
    }
    println!("{n} mutated inputs: {outcomes:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hostile_inputs_are_bounded() {
    // 100,000 imports of one p1 function.
    let mut wat = String::from("(module\n");
    for _ in 0..100_000 {
        wat += "(import \"wasi_snapshot_preview1\" \"sched_yield\" (func (result i32)))\n";
    }
    wat += "(memory (export \"memory\") 1) (func (export \"_start\")))";
    let start = std::time::Instant::now();
    let r = p1_adapt::adapt(wat.as_bytes());
    assert!(r.is_ok(), "{:?}", r.err());
    assert!(start.elapsed().as_secs() < 60);

    // A section claiming 2^32-1 entries, deep nesting of blocks, a name
    // that is not UTF-8, memory64 with a wasm32 signature.
    let mut huge_count = b"\0asm\x01\0\0\0\x01\xff\xff\xff\xff\x0f".to_vec();
    huge_count.extend([0x60, 0, 0]);
    assert!(matches!(
        p1_adapt::adapt(&huge_count),
        Err(p1_adapt::Error::Rejected(_))
    ));
    let deep = format!(
        "(module (memory (export \"memory\") 1) (func (export \"_start\") {} {}))",
        "(block ".repeat(5000),
        ")".repeat(5000)
    );
    assert!(p1_adapt::adapt(deep.as_bytes()).is_ok());
    // 2,000 GC struct types, each nesting the one before.
    let mut types = String::from("(type $t0 (struct (field i32)))\n");
    for i in 1..2000 {
        types += &format!("(type $t{i} (struct (field (ref null $t{}))))\n", i - 1);
    }
    let nested =
        format!("(module {types} (memory (export \"memory\") 1) (func (export \"_start\")))");
    let start = std::time::Instant::now();
    assert!(p1_adapt::adapt(nested.as_bytes()).is_ok());
    assert!(start.elapsed().as_secs() < 60);
    let mut bad_name = wat::parse_str(r#"(module (import "wasi_snapshot_preview1" "fd_clos" (func (param i32) (result i32))) (memory (export "memory") 1) (func (export "_start")))"#).unwrap();
    let pos = bad_name.windows(7).position(|w| w == b"fd_clos").unwrap();
    bad_name[pos + 6] = 0xff;
    assert!(matches!(
        p1_adapt::adapt(&bad_name),
        Err(p1_adapt::Error::Rejected(_))
    ));
}
