//! `cargo bench`: p1-adapt against wasmtime's native p1 and the official
//! adapter (`wasi-preview1-component-adapter-provider`, same wasmtime) in one
//! run. Every runtime row is the median over fresh instances (instantiate +
//! run), the three variants interleaved. Prints one Markdown table; the
//! latest is kept in BENCHMARKS.md. `BENCH_ITERS=N` changes the count (20;
//! rows whose single round takes over 3 s get 5, rows whose round takes
//! under 10 ms 20 times as many).

#[path = "../tests/harness/mod.rs"]
mod harness;

use harness::{bench_files, engine, floor_components, rust_guest, Config, Host};
use std::time::{Duration, Instant};
use wasmtime::component::{Component, Linker as ComponentLinker, ResourceTable};
use wasmtime::{Linker, Module, ResourceLimiter, Store};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;

/// Final size in bytes of each linear memory, in creation order.
#[derive(Default, Clone)]
struct Memories(Vec<usize>);

impl ResourceLimiter for Memories {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        _max: Option<usize>,
    ) -> wasmtime::Result<bool> {
        match self
            .0
            .iter_mut()
            .rev()
            .find(|m| **m == current && current != 0)
        {
            Some(m) => *m = desired,
            None => self.0.push(desired),
        }
        Ok(true)
    }
    fn table_growing(&mut self, _c: usize, _d: usize, _m: Option<usize>) -> wasmtime::Result<bool> {
        Ok(true)
    }
}

struct NativeHost {
    ctx: wasmtime_wasi::p1::WasiP1Ctx,
    mem: Memories,
}

struct ComponentHost {
    host: Host,
    mem: Memories,
}

impl wasmtime_wasi::WasiView for ComponentHost {
    fn ctx(&mut self) -> wasmtime_wasi::WasiCtxView<'_> {
        self.host.ctx()
    }
}

enum Variant {
    Native(Module, Linker<NativeHost>),
    Component(Component, ComponentLinker<ComponentHost>),
    /// A WASI 0.3 command on a linker with only wasmtime-wasi's p3.
    Component03(Component, ComponentLinker<ComponentHost>),
}

/// The event loop WASI 0.3 runs need (one for the whole bench).
fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
    })
}

impl Variant {
    fn native(module: &[u8]) -> Self {
        let mut linker = Linker::new(engine());
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |h: &mut NativeHost| &mut h.ctx)
            .unwrap();
        Variant::Native(Module::new(engine(), module).unwrap(), linker)
    }
    fn component(component: &[u8]) -> Self {
        let mut linker = ComponentLinker::new(engine());
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker).unwrap();
        Variant::Component(Component::new(engine(), component).unwrap(), linker)
    }
    fn component_0_3(component: &[u8]) -> Self {
        let mut linker = ComponentLinker::new(engine());
        wasmtime_wasi::p3::add_to_linker(&mut linker).unwrap();
        Variant::Component03(Component::new(engine(), component).unwrap(), linker)
    }

    /// One fresh instance: instantiate and run `_start`; time and memories.
    fn run(&self, config: &Config) -> (Duration, Memories) {
        let (out, err) = (
            MemoryOutputPipe::new(usize::MAX),
            MemoryOutputPipe::new(1 << 20),
        );
        let b = || config.builder(&out, &err);
        match self {
            Variant::Native(module, linker) => {
                let mut store = Store::new(
                    engine(),
                    NativeHost {
                        ctx: b().build_p1(),
                        mem: Memories::default(),
                    },
                );
                store.limiter(|h| &mut h.mem);
                let start = Instant::now();
                let i = linker.instantiate(&mut store, module).unwrap();
                let f = i.get_typed_func::<(), ()>(&mut store, "_start").unwrap();
                if let Err(e) = f.call(&mut store, ()) {
                    assert!(
                        e.downcast_ref::<wasmtime_wasi::I32Exit>()
                            .is_some_and(|c| c.0 == 0),
                        "{e:?}"
                    );
                }
                (start.elapsed(), store.data().mem.clone())
            }
            Variant::Component(component, linker) => {
                let mut store = component_store(b().build());
                let start = Instant::now();
                let r = wasmtime_wasi::p2::bindings::sync::Command::instantiate(
                    &mut store, component, linker,
                )
                .and_then(|cmd| cmd.wasi_cli_run().call_run(&mut store));
                ran(r, &err);
                (start.elapsed(), store.data().mem.clone())
            }
            Variant::Component03(component, linker) => {
                let mut store = component_store(b().build());
                let start = Instant::now();
                let r = runtime().block_on(async {
                    let cmd = wasmtime_wasi::p3::bindings::Command::instantiate_async(
                        &mut store, component, linker,
                    )
                    .await?;
                    store
                        .run_concurrent(async move |s| cmd.wasi_cli_run().call_run(s).await)
                        .await?
                });
                ran(r, &err);
                (start.elapsed(), store.data().mem.clone())
            }
        }
    }
}

/// A store for one component run with WASI context `ctx`, its memories
/// counted.
fn component_store(ctx: wasmtime_wasi::WasiCtx) -> Store<ComponentHost> {
    let host = Host {
        ctx,
        table: ResourceTable::new(),
    };
    let mut store = Store::new(
        engine(),
        ComponentHost {
            host,
            mem: Memories::default(),
        },
    );
    store.limiter(|h| &mut h.mem);
    store
}

/// Asserts a command's `run` succeeded (or exited 0).
fn ran(r: wasmtime::Result<Result<(), ()>>, err: &MemoryOutputPipe) {
    match r {
        Ok(Ok(())) => {}
        Err(e)
            if e.downcast_ref::<wasmtime_wasi::I32Exit>()
                .is_some_and(|c| c.0 == 0) => {}
        other => panic!(
            "run failed: {other:?}\n{}",
            String::from_utf8_lossy(&err.contents())
        ),
    }
}

/// Runs `variants` in turn, round after round, each a fresh instance:
/// the median time of each, and its memories in the last round. Rows
/// whose one round takes seconds (native p1 re-reads a 10,000 entry
/// directory on every fd_readdir call) get 5 rounds, rows of microseconds
/// (noisy at 20) 20 times `iters`.
fn interleaved(
    variants: &[Variant],
    config: &Config,
    iters: usize,
) -> (Vec<Duration>, Vec<Memories>) {
    let mut times = vec![Vec::new(); variants.len()];
    let mut mems = vec![Memories::default(); variants.len()];
    let mut rounds = iters;
    let mut round = 0;
    while round < rounds {
        let start = Instant::now();
        for (i, v) in variants.iter().enumerate() {
            let (d, m) = v.run(config);
            times[i].push(d);
            mems[i] = m;
        }
        if round == 0 && start.elapsed() > Duration::from_secs(3) {
            rounds = rounds.min(5);
        }
        if round == 0 && start.elapsed() < Duration::from_millis(10) {
            rounds = iters * 20;
        }
        round += 1;
    }
    (times.into_iter().map(median).collect(), mems)
}

/// Writes a row's variants into `dir` as `GUEST.native.wasm` (the module),
/// `GUEST.single.wasm`, `GUEST.multi.wasm`, `GUEST.official.wasm` and,
/// where the row has one, `GUEST.floor.wasm` (components); GUEST is
/// `bench` (the bench guest, every row but the first) or `empty`.
fn save_row(
    dir: &std::path::Path,
    arg: &str,
    module: &[u8],
    components: &[Vec<u8>; 3],
    floor: Option<&Vec<u8>>,
) {
    let guest = if arg.is_empty() { "empty" } else { "bench" };
    let mut files = vec![("native", module)];
    for (name, c) in ["single", "multi", "official"].into_iter().zip(components) {
        files.push((name, c));
    }
    files.extend(floor.map(|f| ("floor", f.as_slice())));
    for (name, bytes) in files {
        std::fs::write(dir.join(format!("{guest}.{name}.wasm")), bytes).unwrap();
    }
}

fn official(module: &[u8]) -> Vec<u8> {
    wit_component::ComponentEncoder::default()
        .module(module)
        .unwrap()
        .adapter(
            "wasi_snapshot_preview1",
            wasi_preview1_component_adapter_provider::WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
        )
        .unwrap()
        .validate(true)
        .encode()
        .unwrap()
}

fn ours_0_3(module: &[u8], layout: p1_adapt::Layout) -> Vec<u8> {
    p1_adapt::Adapter::new()
        .wasi_version("0.3.0")
        .layout(layout)
        .adapt(module)
        .unwrap()
        .component
}

fn ours(module: &[u8], layout: p1_adapt::Layout) -> Vec<u8> {
    p1_adapt::Adapter::new()
        .layout(layout)
        .adapt(module)
        .unwrap()
        .component
}

const SINGLE: p1_adapt::Layout = p1_adapt::Layout::Single;
const MULTI: p1_adapt::Layout = p1_adapt::Layout::Multi;

fn ratio(a: f64, b: f64) -> String {
    format!("{:.2}x", a / b)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn fmt(d: Duration) -> String {
    if d.as_secs_f64() >= 1.0 {
        format!("{:.2} s", d.as_secs_f64())
    } else if d.as_micros() >= 1000 {
        format!("{:.2} ms", d.as_secs_f64() * 1e3)
    } else {
        format!("{:.1} µs", d.as_secs_f64() * 1e6)
    }
}

struct Table(Vec<String>);

impl Table {
    fn row(&mut self, cells: &[String]) {
        let line = format!("| {} |", cells.join(" | "));
        println!("{line}");
        self.0.push(line);
    }
}

/// A module of at least 5 MB: many functions of arithmetic, and `_start`.
fn large_module() -> Vec<u8> {
    use wasm_encoder::*;
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function(
        [ValType::I32, ValType::I32, ValType::I32, ValType::I32],
        [ValType::I32],
    );
    types.ty().function([], []);
    types.ty().function([ValType::I32], [ValType::I32]);
    m.section(&types);
    let mut imports = ImportSection::new();
    imports.import(
        "wasi_snapshot_preview1",
        "fd_write",
        EntityType::Function(0),
    );
    m.section(&imports);
    let n = 25_000u32;
    let mut funcs = FunctionSection::new();
    funcs.function(1);
    for _ in 0..n {
        funcs.function(2);
    }
    m.section(&funcs);
    let mut mem = MemorySection::new();
    mem.memory(MemoryType {
        minimum: 1,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    m.section(&mem);
    let mut ex = ExportSection::new();
    ex.export("memory", ExportKind::Memory, 0);
    ex.export("_start", ExportKind::Func, 1);
    m.section(&ex);
    let mut code = CodeSection::new();
    let mut start = Function::new([]);
    for i in [1i32, 1, 0, 8] {
        start.instruction(&Instruction::I32Const(i));
    }
    start.instruction(&Instruction::Call(0));
    start.instruction(&Instruction::Drop);
    start.instruction(&Instruction::End);
    code.function(&start);
    for f in 0..n {
        let mut body = Function::new([]);
        body.instruction(&Instruction::LocalGet(0));
        for k in 0..60 {
            body.instruction(&Instruction::I32Const((f as i32) ^ k));
            body.instruction(&Instruction::I32Add);
        }
        body.instruction(&Instruction::End);
        code.function(&body);
    }
    m.section(&code);
    m.finish()
}

fn main() {
    let iters: usize = std::env::var("BENCH_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let mut t = Table(Vec::new());
    println!(
        "p1-adapt benchmarks: median of {iters} fresh instances per cell, variants interleaved\n"
    );
    t.row(&[
        "row".into(),
        "native p1".into(),
        "p1-adapt single".into(),
        "p1-adapt multi".into(),
        "official adapter".into(),
        "host floor".into(),
        "single/native".into(),
        "single/official".into(),
        "multi/official".into(),
        "floor/official".into(),
    ]);
    t.row(&[
        "---".into(),
        "---:".into(),
        "---:".into(),
        "---:".into(),
        "---:".into(),
        "---:".into(),
        "---:".into(),
        "---:".into(),
        "---:".into(),
        "---:".into(),
    ]);

    let empty = wat::parse_str(r#"(module (memory (export "memory") 1) (func (export "_start")))"#)
        .unwrap();
    let bench = rust_guest("bench");
    let dir = tempfile::tempdir().unwrap();
    bench_files(dir.path());
    let (floor_workloads, floor_empty) = floor_components();
    let mut memory_rows = Vec::new();

    let workloads: &[(&str, &str)] = &[
        ("instantiate + empty `_start`", ""),
        ("100,000 x 16-byte fd_write (stdout)", "write16"),
        (
            "100,000 x fd_write of 2 iovecs, 16 + 16 bytes (stdout, as C stdio)",
            "writev2",
        ),
        ("one 16 MiB fd_write (stdout)", "write16m"),
        ("100,000 x 4 KiB fd_read (file)", "read4k"),
        (
            "10,000 x 4 KiB fread, 2 iovecs per fd_read (file, as C stdio)",
            "fread4k",
        ),
        ("100,000 x clock_time_get", "clock"),
        ("10,000 x 32-byte random_get", "random"),
        (
            "5,000 x (path_open + 4 KiB fd_read + fd_close)",
            "open_read_close",
        ),
        ("10,000 x path_filestat_get", "filestat"),
        ("1,000 x fd_readdir of 64 entries", "readdir64"),
        ("fd_readdir of 10,000 entries", "readdir10k"),
        (
            "CPython-like start: 20 directories listed, 300 modules looked up, opened, read, closed",
            "pystart",
        ),
    ];
    // BENCH_ONLY=TEXT keeps the rows whose label contains TEXT (e.g.
    // `compose`, to profile composing alone).
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let want = |label: &str| label.contains(only.as_str());
    // BENCH_SAVE=DIR also writes what each row's variants run, and the
    // files they read, for benches/instructions.sh.
    let save = std::env::var_os("BENCH_SAVE").map(std::path::PathBuf::from);
    if let Some(save) = &save {
        std::fs::create_dir_all(save.join("files")).unwrap();
        bench_files(&save.join("files"));
    }
    for (label, arg) in workloads {
        if !want(label) {
            continue;
        }
        let module = if arg.is_empty() { &empty } else { &bench };
        // The host floor: the same workload as direct WASI 0.2 calls
        // (tests/floor), where it has one.
        let floor_component = match *arg {
            "" => Some(&floor_empty),
            "write16" | "read4k" | "clock" | "random" | "open_read_close" | "filestat"
            | "readdir64" => Some(&floor_workloads),
            _ => None,
        };
        let components = [ours(module, SINGLE), ours(module, MULTI), official(module)];
        if let Some(save) = &save {
            save_row(save, arg, module, &components, floor_component);
        }
        let mut variants = vec![Variant::native(module)];
        variants.extend(components.iter().map(|c| Variant::component(c)));
        variants.extend(floor_component.map(|c| Variant::component(c)));
        let config = Config::default()
            .args(&["bench", arg])
            .preopen(dir.path(), ".");
        let (times, mut mems) = interleaved(&variants, &config, iters);
        let (n, o, m, f) = (times[0], times[1], times[2], times[3]);
        let floor = times.get(4).copied();
        let s = |d: Duration| d.as_secs_f64();
        t.row(&[
            label.to_string(),
            fmt(n),
            fmt(o),
            fmt(m),
            fmt(f),
            floor.map_or("-".into(), fmt),
            ratio(s(o), s(n)),
            ratio(s(o), s(f)),
            ratio(s(m), s(f)),
            floor.map_or("-".into(), |d| ratio(s(d), s(f))),
        ]);
        mems.truncate(4);
        memory_rows.push((label.to_string(), mems));
    }

    // Compose time.
    let large = large_module();
    let mut composed = vec![
        (
            format!("compose a {} KB module", bench.len() / 1000),
            bench.clone(),
        ),
        (
            format!("compose a {:.1} MB module", large.len() as f64 / 1e6),
            large,
        ),
    ];
    // BENCH_MODULES=A.wasm:B.wasm adds a compose row per real module
    // (benches/real-modules.sh fetches some from their packages).
    for path in std::env::var("BENCH_MODULES")
        .unwrap_or_default()
        .split(':')
    {
        if path.is_empty() {
            continue;
        }
        let module = std::fs::read(path).expect("a module of BENCH_MODULES");
        let name = std::path::Path::new(path)
            .file_name()
            .map_or(path.into(), |n| n.to_string_lossy());
        composed.push((
            format!("compose {name} ({:.1} MB)", module.len() as f64 / 1e6),
            module,
        ));
    }
    for (label, module) in &composed {
        let (label, module) = (label.clone(), module.as_slice());
        if !want(&label) {
            continue;
        }
        let (mut single_t, mut multi_t, mut off_t) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..iters.min(10) {
            let s = Instant::now();
            ours(module, SINGLE);
            single_t.push(s.elapsed());
            let s = Instant::now();
            ours(module, MULTI);
            multi_t.push(s.elapsed());
            let s = Instant::now();
            official(module);
            off_t.push(s.elapsed());
        }
        let (o, m, f) = (median(single_t), median(multi_t), median(off_t));
        let s = |d: Duration| d.as_secs_f64();
        t.row(&[
            label,
            "-".into(),
            fmt(o),
            fmt(m),
            fmt(f),
            "-".into(),
            "-".into(),
            ratio(s(o), s(f)),
            ratio(s(m), s(f)),
            "-".into(),
        ]);
    }

    // Compile time (Cranelift, no cache) of each real module: the guest as
    // a module, and each variant's component.
    for (label, module) in composed.iter().skip(2) {
        let label = label.replace("compose ", "compile ");
        if !want(&label) {
            continue;
        }
        let components = [ours(module, SINGLE), ours(module, MULTI), official(module)];
        let mut times = vec![Vec::new(); 4];
        for _ in 0..iters.min(3) {
            let s = Instant::now();
            Module::new(engine(), module).unwrap();
            times[0].push(s.elapsed());
            for (i, c) in components.iter().enumerate() {
                let s = Instant::now();
                Component::new(engine(), c).unwrap();
                times[i + 1].push(s.elapsed());
            }
        }
        let times: Vec<Duration> = times.into_iter().map(median).collect();
        let s = |d: Duration| d.as_secs_f64();
        t.row(&[
            label,
            fmt(times[0]),
            fmt(times[1]),
            fmt(times[2]),
            fmt(times[3]),
            "-".into(),
            ratio(s(times[1]), s(times[0])),
            ratio(s(times[1]), s(times[3])),
            ratio(s(times[2]), s(times[3])),
            "-".into(),
        ]);
    }

    // The composer as a component (component/, wasm32-wasip2) on wasmtime
    // against the library in this process, for the same modules (single
    // layout, default options): instantiation and `adapt` per iteration.
    composer_rows(&composed, iters, &want);
    wasi_0_3_rows(workloads, (&empty, &bench), &dir, iters, &want);

    // Size.
    for (label, module) in [
        ("bytes added: Rust hello world", rust_guest("hello")),
        (
            "bytes added: program using the filesystem API",
            rust_guest("fs_raw"),
        ),
    ] {
        let o = ours(&module, SINGLE).len() - module.len();
        let m = ours(&module, MULTI).len() - module.len();
        let f = official(&module).len() - module.len();
        t.row(&[
            label.into(),
            "-".into(),
            o.to_string(),
            m.to_string(),
            f.to_string(),
            "-".into(),
            "-".into(),
            ratio(o as f64, f as f64),
            ratio(m as f64, f as f64),
            "-".into(),
        ]);
    }
    let off_adapter =
        wasi_preview1_component_adapter_provider::WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER.len();
    let a = p1_adapt::ADAPTER_MODULE.len();
    t.row(&[
        "adapter module before fusion (bytes)".into(),
        "-".into(),
        a.to_string(),
        a.to_string(),
        off_adapter.to_string(),
        "-".into(),
        "-".into(),
        ratio(a as f64, off_adapter as f64),
        ratio(a as f64, off_adapter as f64),
        "-".into(),
    ]);

    // Memory: pages per instance, for every runtime row.
    let pages = |b: usize| b / 65536;
    for (label, mems) in &memory_rows {
        let native: usize = mems[0].0.iter().sum();
        // Single: one memory, the adapter's region below the guest's pages.
        let single_total: usize = mems[1].0.iter().sum();
        let region = p1_adapt::Region::DEFAULT.bytes() as usize;
        let multi_guest = mems[2].0.first().copied().unwrap_or(0);
        let multi_total: usize = mems[2].0.iter().sum();
        let off_total: usize = mems[3].0.iter().sum();
        t.row(&[
            format!("pages: {label}"),
            pages(native).to_string(),
            format!(
                "{} (adapter region {} + guest {})",
                pages(single_total),
                pages(region),
                pages(single_total - region)
            ),
            format!(
                "{} (guest {} + adapter {})",
                pages(multi_total),
                pages(multi_guest),
                pages(multi_total - multi_guest)
            ),
            pages(off_total).to_string(),
            "-".into(),
            format!(
                "guest pages taken: single {}, multi {}",
                pages(single_total - region) as i64 - pages(native) as i64,
                pages(multi_guest) as i64 - pages(native) as i64
            ),
            "-".into(),
            "-".into(),
            "-".into(),
        ]);
    }
    if let Ok(path) = std::env::var("BENCH_OUT") {
        std::fs::write(path, t.0.join("\n") + "\n").unwrap();
    }
}

/// The WASI 0.3 table: each runtime row of the main table with the guest
/// adapted for WASI 0.3.0 (on a linker with only wasmtime-wasi's p3)
/// against the same guest adapted for 0.2.12 (p2), interleaved; and the
/// bytes a hello world gains.
fn wasi_0_3_rows(
    workloads: &[(&str, &str)],
    (empty, bench): (&[u8], &[u8]),
    dir: &tempfile::TempDir,
    iters: usize,
    want: &dyn Fn(&str) -> bool,
) {
    if !want("WASI 0.3") {
        return;
    }
    println!("\n| WASI 0.3 (p1-adapt, single layout unless named) | native p1 | 0.2.12 | 0.3.0 | 0.3.0 multi | 0.3.0/0.2.12 |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (label, arg) in workloads {
        let module = if arg.is_empty() { empty } else { bench };
        let variants = [
            Variant::native(module),
            Variant::component(&ours(module, SINGLE)),
            Variant::component_0_3(&ours_0_3(module, SINGLE)),
            Variant::component_0_3(&ours_0_3(module, MULTI)),
        ];
        let config = Config::default()
            .args(&["bench", arg])
            .preopen(dir.path(), ".");
        let (t, _) = interleaved(&variants, &config, iters);
        println!(
            "| {label} | {} | {} | {} | {} | {} |",
            fmt(t[0]),
            fmt(t[1]),
            fmt(t[2]),
            fmt(t[3]),
            ratio(t[2].as_secs_f64(), t[1].as_secs_f64())
        );
    }
    let hello = rust_guest("hello");
    let (a, b) = (
        ours(&hello, SINGLE).len() - hello.len(),
        ours_0_3(&hello, SINGLE).len() - hello.len(),
    );
    println!(
        "| bytes added: Rust hello world | - | {a} | {b} | {} | {} |",
        ours_0_3(&hello, MULTI).len() - hello.len(),
        ratio(b as f64, a as f64)
    );
    let (a, b) = (
        p1_adapt::ADAPTER_MODULE.len(),
        p1_adapt::ADAPTER_MODULE_WASI_0_3.len(),
    );
    println!(
        "| adapter module before fusion (bytes) | - | {a} | {b} | {b} | {} |",
        ratio(b as f64, a as f64)
    );
}

/// The composer component's table: its size, and each compose row through
/// it (a fresh instance per call, as a JavaScript caller's first call) and
/// through the library.
fn composer_rows(composed: &[(String, Vec<u8>)], iters: usize, want: &dyn Fn(&str) -> bool) {
    if !want("composer") {
        return;
    }
    let wasm = harness::composer_component();
    println!(
        "\n| composer component | library (native) | component on wasmtime | component/library |"
    );
    println!("| --- | ---: | ---: | ---: |");
    let s = Instant::now();
    harness::composer::compiled();
    println!(
        "| size {:.2} MB; compile (Cranelift, once) | - | {} | - |",
        wasm.len() as f64 / 1e6,
        fmt(s.elapsed())
    );
    let options = harness::composer::defaults();
    for (label, module) in composed {
        let (mut lib, mut comp) = (Vec::new(), Vec::new());
        for _ in 0..iters.min(10) {
            let s = Instant::now();
            ours(module, SINGLE);
            lib.push(s.elapsed());
            let s = Instant::now();
            harness::composer::adapt(module, &options).expect("the composer adapts");
            comp.push(s.elapsed());
        }
        let (l, c) = (median(lib), median(comp));
        println!(
            "| {label} | {} | {} | {} |",
            fmt(l),
            fmt(c),
            ratio(c.as_secs_f64(), l.as_secs_f64())
        );
    }
}
