//! The differential harness: build guest programs, run them natively through
//! wasmtime's preview 1 implementation (the behaviour oracle) and adapted by
//! p1-adapt through wasmtime's WASI 0.2 command linker, and compare.
#![allow(dead_code)] // each test binary uses part of it

#[path = "../adapter_build/mod.rs"]
pub mod adapter_build;
pub mod composer;
pub mod wasi03;

use wasi03::on_wasi_0_3;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use wasmtime::component::{Component, Linker as ComponentLinker, ResourceTable};
use wasmtime::{Engine, Linker, Module, Store};
use wasmtime_wasi::p2::pipe::{MemoryInputPipe, MemoryOutputPipe};
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// `_start` returned (0) or `proc_exit`/`exit-with-code` gave this code.
    Exit(i32),
    /// The instance trapped; the message.
    Trap(String),
}

/// Everything observable about one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Status,
}

impl Run {
    pub fn stdout_str(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    pub fn stderr_str(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

/// What a guest is run with. Preopens are `(host dir, guest name)`.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub stdin: Vec<u8>,
    pub preopens: Vec<(PathBuf, String)>,
    /// The guest cannot run on jco/Node.js (a limit of that host, see the
    /// README): the jco run must fail with this in its message.
    pub not_on_jco: Option<&'static str>,
    /// Lines of stdout (by prefix) where jco's shim answers differently
    /// from wasmtime (host semantics, listed in the README): left out of
    /// the wasmtime/jco comparison only.
    pub jco_differs: &'static [&'static str],
    /// For jco: JS modules implementing the guest's own imports, by
    /// interface name (`tests/jco/run.mjs`).
    pub jco_hosts: Vec<(String, String)>,
}

impl Config {
    pub fn args(mut self, args: &[&str]) -> Self {
        self.args = args.iter().map(|s| s.to_string()).collect();
        self
    }
    pub fn env(mut self, env: &[(&str, &str)]) -> Self {
        self.env = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self
    }
    pub fn stdin(mut self, stdin: impl Into<Vec<u8>>) -> Self {
        self.stdin = stdin.into();
        self
    }
    pub fn not_on_jco(mut self, because: &'static str) -> Self {
        self.not_on_jco = Some(because);
        self
    }
    pub fn jco_differs(mut self, lines: &'static [&'static str]) -> Self {
        self.jco_differs = lines;
        self
    }
    pub fn preopen(mut self, host: &Path, guest: &str) -> Self {
        self.preopens.push((host.to_path_buf(), guest.to_string()));
        self
    }

    pub fn builder(&self, stdout: &MemoryOutputPipe, stderr: &MemoryOutputPipe) -> WasiCtxBuilder {
        let mut b = WasiCtxBuilder::new();
        b.args(&self.args)
            .envs(&self.env)
            .stdin(MemoryInputPipe::new(self.stdin.clone()))
            .stdout(stdout.clone())
            .stderr(stderr.clone());
        for (host, guest) in &self.preopens {
            b.preopened_dir(host, guest, FsPerms::ReadWrite)
                .expect("preopen");
        }
        b
    }
}

pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        // Every feature a guest may use and fusion must carry through.
        let mut config = wasmtime::Config::new();
        config
            .wasm_gc(true)
            .wasm_function_references(true)
            .wasm_exceptions(true)
            .wasm_custom_page_sizes(true)
            .wasm_memory64(true)
            .wasm_multi_memory(true)
            .wasm_tail_call(true)
            .wasm_extended_const(true)
            // wasi-threads guests natively: a shared memory the host makes.
            .wasm_threads(true)
            .shared_memory(true);
        Engine::new(&config).expect("engine")
    })
}

fn status(result: wasmtime::Result<()>) -> Status {
    match result {
        Ok(()) => Status::Exit(0),
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(I32Exit(code)) => Status::Exit(*code),
            None => Status::Trap(format!("{e:?}")),
        },
    }
}

const CAPACITY: usize = 256 << 20;

/// What running a module natively needs: a store with a fresh p1 context
/// for `config`, the compiled module, a linker with preview 1 and 0,
/// stdout and stderr.
type NativeParts = (
    Store<wasmtime_wasi::p1::WasiP1Ctx>,
    Module,
    Linker<wasmtime_wasi::p1::WasiP1Ctx>,
    MemoryOutputPipe,
    MemoryOutputPipe,
);

fn native_parts(module: &[u8], config: &Config) -> NativeParts {
    let (stdout, stderr) = (
        MemoryOutputPipe::new(CAPACITY),
        MemoryOutputPipe::new(CAPACITY),
    );
    let ctx = config.builder(&stdout, &stderr).build_p1();
    let module = Module::new(engine(), module).expect("compile module");
    let store = Store::new(engine(), ctx);
    let mut linker = Linker::new(engine());
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |s| s).expect("p1 linker");
    wasmtime_wasi::p0::add_to_linker_sync(&mut linker, |s| s).expect("p0 linker");
    (store, module, linker, stdout, stderr)
}

/// Runs a core p1 module natively (wasmtime_wasi::p1).
pub fn run_native(module: &[u8], config: &Config) -> Run {
    let (store, module, linker, stdout, stderr) = native_parts(module, config);
    run_start((store, module, linker, stdout, stderr))
}

/// Runs a wasi-threads module natively as on a host that cannot make
/// threads: its `env.memory` a shared memory of the type it imports,
/// `wasi::thread-spawn` answering -1 (as wasmtime's wasi-threads does when
/// it cannot make one).
pub fn run_native_without_threads(module: &[u8], config: &Config) -> Run {
    let (store, module, mut linker, stdout, stderr) = native_parts(module, config);
    for import in module.imports() {
        if let ("env", "memory", wasmtime::ExternType::Memory(ty)) =
            (import.module(), import.name(), import.ty())
        {
            let memory = wasmtime::SharedMemory::new(engine(), ty).expect("shared memory");
            linker
                .define(&store, "env", "memory", memory)
                .expect("define env.memory");
        }
    }
    linker
        .func_wrap("wasi", "thread-spawn", |_: i32| -> i32 { -1 })
        .expect("define thread-spawn");
    run_start((store, module, linker, stdout, stderr))
}

/// Instantiates and runs `_start`.
fn run_start((mut store, module, linker, stdout, stderr): NativeParts) -> Run {
    let result = linker
        .instantiate(&mut store, &module)
        .and_then(|i| i.get_typed_func::<(), ()>(&mut store, "_start"))
        .and_then(|f| f.call(&mut store, ()));
    let status = status(result);
    drop(store);
    Run {
        stdout: stdout.contents().to_vec(),
        stderr: stderr.contents().to_vec(),
        status,
    }
}

pub struct Host {
    pub ctx: WasiCtx,
    pub table: ResourceTable,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

/// What running a component needs: a store with a fresh WASI context for
/// `config`, the compiled component, a WASI 0.2 linker, stdout and stderr.
type Parts = (
    Store<Host>,
    Component,
    ComponentLinker<Host>,
    MemoryOutputPipe,
    MemoryOutputPipe,
);

fn component_parts(component: &[u8], config: &Config) -> Parts {
    let mut parts = component_parts_on(engine(), component, config);
    wasmtime_wasi::p2::add_to_linker_sync(&mut parts.2).expect("p2 linker");
    parts
}

/// [`component_parts`] on `engine`, with an empty linker.
fn component_parts_on(engine: &Engine, component: &[u8], config: &Config) -> Parts {
    let (stdout, stderr) = (
        MemoryOutputPipe::new(CAPACITY),
        MemoryOutputPipe::new(CAPACITY),
    );
    let ctx = config.builder(&stdout, &stderr).build();
    let component = Component::new(engine, component).expect("compile component");
    let store = Store::new(
        engine,
        Host {
            ctx,
            table: ResourceTable::new(),
        },
    );
    (
        store,
        component,
        ComponentLinker::new(engine),
        stdout,
        stderr,
    )
}

/// The run of a command component whose `run` gave `result`.
fn command_run(
    result: wasmtime::Result<Result<(), ()>>,
    store: Store<Host>,
    stdout: MemoryOutputPipe,
    stderr: MemoryOutputPipe,
) -> Run {
    let status = match result {
        // `run` returning `err` is how a p2 command reports failure: status 1.
        Ok(Err(())) => Status::Exit(1),
        Ok(Ok(())) => Status::Exit(0),
        Err(e) => status(Err(e)),
    };
    drop(store);
    Run {
        stdout: stdout.contents().to_vec(),
        stderr: stderr.contents().to_vec(),
        status,
    }
}

/// Runs a command component through the WASI 0.2 linker.
pub fn run_component(component: &[u8], config: &Config) -> Run {
    run_component_with(component, config, |_| {})
}

/// [`run_component`], with `host` adding to the linker (a guest's own
/// imports).
pub fn run_component_with(
    component: &[u8],
    config: &Config,
    host: impl FnOnce(&mut ComponentLinker<Host>),
) -> Run {
    let (mut store, component, mut linker, stdout, stderr) = component_parts(component, config);
    host(&mut linker);
    let result =
        wasmtime_wasi::p2::bindings::sync::Command::instantiate(&mut store, &component, &linker)
            .and_then(|cmd| cmd.wasi_cli_run().call_run(&mut store));
    command_run(result, store, stdout, stderr)
}

/// The engine of a host with component-model threads (what cooperative
/// threads need, `docs/threads.md`): the harness's features, plus
/// `wasm_component_model_async` and `wasm_component_model_threading`
/// (cargo feature `component-model-async`).
pub fn threading_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = wasmtime::Config::new();
        config
            .wasm_multi_memory(true)
            .wasm_threads(true)
            .wasm_component_model_async(true)
            .wasm_component_model_threading(true)
            .epoch_interruption(true);
        let engine = Engine::new(&config).expect("threading engine");
        // A watchdog: a run that never ends (a scheduler bug: threads
        // that never let each other run) traps after two minutes instead
        // of hanging the tests.
        let ticking = engine.clone();
        std::thread::spawn(move || loop {
            std::thread::sleep(std::time::Duration::from_secs(1));
            ticking.increment_epoch();
        });
        engine
    })
}

/// Runs a command component on a host with component-model threads, as
/// such a host must run it: asynchronously (the p2 async bindings and
/// `call_run` awaited on a current-thread tokio runtime; a synchronous
/// call panics in wasmtime 48 once a component uses the threading
/// built-ins).
pub fn run_component_threaded(component: &[u8], config: &Config) -> Run {
    let (mut store, component, mut linker, stdout, stderr) =
        component_parts_on(threading_engine(), component, config);
    store.set_epoch_deadline(120);
    store.epoch_deadline_trap();
    wasmtime_wasi::p2::add_to_linker_async(&mut linker).expect("p2 async linker");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("tokio runtime");
    let result = runtime.block_on(async {
        let cmd = wasmtime_wasi::p2::bindings::Command::instantiate_async(
            &mut store, &component, &linker,
        )
        .await?;
        cmd.wasi_cli_run().call_run(&mut store).await
    });
    command_run(result, store, stdout, stderr)
}

/// Adapts `module` with p1-adapt (default options: the auto layout).
pub fn adapt(module: &[u8]) -> Vec<u8> {
    adapt_in(module, p1_adapt::Layout::Auto)
}

/// Adapts `module` with p1-adapt in `layout`.
pub fn adapt_in(module: &[u8], layout: p1_adapt::Layout) -> Vec<u8> {
    match p1_adapt::Adapter::new().layout(layout).adapt(module) {
        Ok(a) => a.component,
        Err(e) => panic!("adaptation failed: {e}"),
    }
}

/// Runs `module` natively and adapted with the same configuration; the
/// adapted run is the same on every host and layout ([`everywhere`]).
pub fn both(module: &[u8], config: &Config) -> (Run, Run) {
    let native = run_native(module, config);
    let adapted = everywhere(module, |_| config.clone());
    (native, adapted)
}

/// The hosts and layouts an adapted guest runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runner {
    /// wasmtime, single-memory layout (what `auto` gives a wasm32 guest).
    WasmtimeSingle,
    /// wasmtime, two memories.
    WasmtimeMulti,
    /// jco + preview2-shim under Node.js, single-memory layout.
    Jco,
    /// wasmtime with only WASI 0.3 (`wasmtime_wasi::p3`), the command
    /// adapted with `--wasi-version 0.3.0`, single layout.
    Wasi03Single,
    /// The same, multi layout.
    Wasi03Multi,
}

impl Runner {
    /// Every runner, in the order [`everywhere`] runs them.
    pub const ALL: [Runner; 5] = [
        Runner::WasmtimeSingle,
        Runner::WasmtimeMulti,
        Runner::Jco,
        Runner::Wasi03Single,
        Runner::Wasi03Multi,
    ];
}

/// Adapts `module` in both layouts, runs each on wasmtime and the
/// single-layout component on jco (each with `config(host)`), and a
/// command also adapted for WASI 0.3.0 in both layouts on a 0.3-only
/// wasmtime (see [`on_wasi_0_3`]); asserts all runs are identical (a trap
/// equals a trap: hosts word them differently) and returns the wasmtime
/// single-layout run. A guest the single layout
/// cannot hold (custom page sizes) runs in the multi layout only, which is
/// what `auto` gives it.
pub fn everywhere(module: &[u8], config: impl Fn(Runner) -> Config) -> Run {
    everywhere_with(&p1_adapt::Adapter::new(), module, config)
}

/// [`everywhere`], adapting with `adapter`'s options (its layout aside).
pub fn everywhere_with(
    adapter: &p1_adapt::Adapter,
    module: &[u8],
    config: impl Fn(Runner) -> Config,
) -> Run {
    let with = |layout| adapter.clone().layout(layout).adapt(module);
    let multi = match with(p1_adapt::Layout::Multi) {
        Ok(a) => a.component,
        Err(e) => panic!("adaptation failed: {e}"),
    };
    let other = run_component(&multi, &config(Runner::WasmtimeMulti));
    let single = match with(p1_adapt::Layout::Single) {
        Ok(a) => a.component,
        Err(e) if e.to_string().contains("single-memory layout") => {
            let auto = with(p1_adapt::Layout::Auto).map(|a| a.component).ok();
            assert_eq!(auto, Some(multi), "auto must fall back to multi");
            return other;
        }
        Err(e) => panic!("adaptation failed: {e}"),
    };
    let run = run_component(&single, &config(Runner::WasmtimeSingle));
    assert_same_host(
        &run,
        &other,
        "wasmtime single layout",
        "wasmtime multi layout",
    );
    on_wasi_0_3(adapter, module, &run, &config);
    let js_config = config(Runner::Jco);
    let js = run_jco(&single, &js_config);
    match js_config.not_on_jco {
        None => {
            let keep = |r: &Run| Run {
                stdout: r
                    .stdout_str()
                    .lines()
                    .filter(|l| !js_config.jco_differs.iter().any(|p| l.starts_with(p)))
                    .map(|l| format!("{l}\n"))
                    .collect::<String>()
                    .into_bytes(),
                ..r.clone()
            };
            assert_same_host(&keep(&run), &keep(&js), "wasmtime", "jco")
        }
        Some(why) => match &js.status {
            Status::Trap(m) if m.contains(why) => {}
            s => panic!(
                "expected jco to fail with `{why}` (a host limit), got {s:?}: it may work now\nstderr:\n{}",
                js.stderr_str()
            ),
        },
    }
    run
}

/// Asserts two adapted runs on different hosts are the same.
pub fn assert_same_host(a: &Run, b: &Run, a_name: &str, b_name: &str) {
    let traps = matches!((&a.status, &b.status), (Status::Trap(_), Status::Trap(_)));
    if (a.status != b.status && !traps) || a.stdout != b.stdout || a.stderr != b.stderr {
        panic!(
            "{a_name} and {b_name} differ\n--- {a_name}: {:?}\nstdout:\n{}\nstderr:\n{}\n--- {b_name}: {:?}\nstdout:\n{}\nstderr:\n{}",
            a.status,
            clip(&a.stdout_str()),
            clip(&a.stderr_str()),
            b.status,
            clip(&b.stdout_str()),
            clip(&b.stderr_str()),
        );
    }
}

/// The marker `tests/jco/run.mjs` prints before a trap's message.
const JCO_TRAP: &str = "\n--- p1-adapt jco trap ---\n";

/// Runs a command component under Node.js: transpiled by jco, on the
/// preview2-shim (`tests/jco/run.mjs`; `npm ci --prefix tests` installs
/// them, pinned by `tests/package-lock.json`).
pub fn run_jco(component: &[u8], config: &Config) -> Run {
    jco(component, config, serde_json::json!({})).0
}

/// Instantiates a reactor component under Node.js (as [`run_jco`]) and
/// calls `calls` (export name, arguments; an i64 argument as
/// `{"i64": "decimal"}`, i64 results come back as decimal strings) in
/// order; returns the run and the results.
pub fn run_jco_reactor(
    component: &[u8],
    config: &Config,
    calls: &[(&str, Vec<serde_json::Value>)],
) -> (Run, Vec<serde_json::Value>) {
    let (run, results) = jco(component, config, serde_json::json!({ "calls": calls }));
    (run, results.unwrap_or_default())
}

/// An HTTP request: method, path, headers, body.
pub type Request<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)], &'a [u8]);

/// Serves `requests` (method, path, headers, body) with a `wasi:http/proxy`
/// component under Node.js (the shim's HTTP server, one instance, Node's
/// `fetch` as the client); returns the run and each response as
/// `{"status", "headers": [[name, value]...], "body": [bytes]}`.
pub fn run_jco_proxy(component: &[u8], requests: &[Request<'_>]) -> (Run, Vec<serde_json::Value>) {
    let requests: Vec<serde_json::Value> = requests
        .iter()
        .map(|(m, p, h, b)| serde_json::json!([m, p, h, b]))
        .collect();
    let (run, results) = jco(
        component,
        &Config::default(),
        serde_json::json!({ "requests": requests }),
    );
    (run, results.unwrap_or_default())
}

/// Runs `tests/jco/run.mjs` on `component` with `config` and the fields of
/// `job` (`calls`, `requests`); returns the run and the results file.
fn jco(
    component: &[u8],
    config: &Config,
    job: serde_json::Value,
) -> (Run, Option<Vec<serde_json::Value>>) {
    use std::io::Write;
    let tests = root().join("tests");
    assert!(
        tests.join("node_modules/@bytecodealliance/jco").exists(),
        "jco is not installed: run `npm ci --prefix tests` (see README)"
    );
    std::fs::create_dir_all(tests.join("jco/out")).expect("tests/jco/out");
    let dir = tempfile::tempdir_in(tests.join("jco/out")).expect("tempdir");
    let path = dir.path().join("component.wasm");
    std::fs::write(&path, component).expect("write component");
    let results = dir.path().join("results.json");
    let mut json = serde_json::json!({
        "results": results,
        "args": config.args,
        "env": config.env,
        "hosts": config.jco_hosts.iter().cloned().collect::<std::collections::HashMap<_, _>>(),
        "preopens": config.preopens.iter().map(|(h, g)| (h.to_string_lossy().into_owned(), g.clone())).collect::<Vec<_>>(),
    });
    if let (Some(json), serde_json::Value::Object(job)) = (json.as_object_mut(), job) {
        json.extend(job);
    }
    let config_path = dir.path().join("config.json");
    std::fs::write(&config_path, json.to_string()).expect("write config");
    let mut child = Command::new("node")
        .arg(tests.join("jco/run.mjs"))
        .arg(&path)
        .arg(dir.path().join("js"))
        .arg(&config_path)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run node (Node.js 20 is needed for the jco tests)");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = config.stdin.clone();
    let writer = std::thread::spawn(move || {
        // The guest may exit without reading all of it.
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for node");
    let _ = writer.join();
    let mut stderr = out.stderr;
    let status = match find(&stderr, JCO_TRAP.as_bytes()) {
        Some(at) => {
            let message = String::from_utf8_lossy(&stderr[at + JCO_TRAP.len()..]).into_owned();
            stderr.truncate(at);
            Status::Trap(message)
        }
        None => Status::Exit(out.status.code().unwrap_or(-1)),
    };
    let results = std::fs::read(&results)
        .ok()
        .and_then(|r| serde_json::from_slice(&r).ok());
    let run = Run {
        stdout: out.stdout,
        stderr,
        status,
    };
    (run, results)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Asserts two runs are identical, with a readable diff on failure.
pub fn assert_same(native: &Run, adapted: &Run) {
    if native != adapted {
        panic!(
            "native and adapted runs differ\n--- native: {:?}\nstdout:\n{}\nstderr:\n{}\n--- adapted: {:?}\nstdout:\n{}\nstderr:\n{}",
            native.status,
            clip(&native.stdout_str()),
            clip(&native.stderr_str()),
            adapted.status,
            clip(&adapted.stdout_str()),
            clip(&adapted.stderr_str()),
        );
    }
}

fn clip(s: &str) -> String {
    if s.len() > 4000 {
        format!(
            "{}\n... ({} bytes)",
            &s[..s.floor_char_boundary(4000)],
            s.len()
        )
    } else {
        s.to_string()
    }
}

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the crate `tests/{dir}` for wasm32-wasip1 (release, `extra`
/// options) into target/test-programs; returns its output directory.
fn build_guests(dir: &str, extra: &[&str]) -> PathBuf {
    build_guests_for(dir, extra, "wasm32-wasip1")
}

/// As [`build_guests`], for the wasm target `triple`.
fn build_guests_for(dir: &str, extra: &[&str], triple: &str) -> PathBuf {
    let target = root().join("target/test-programs");
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(["build", "--release", "--target", triple])
        .args(extra)
        .arg("--manifest-path")
        .arg(root().join("tests").join(dir).join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target);
    for k in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
    ] {
        cmd.env_remove(k);
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("run cargo for tests/{dir}: {e}"));
    assert!(
        out.status.success(),
        "building tests/{dir} failed (is the {triple} target installed? `rustup target add {triple}`):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    target.join(triple).join("release")
}

/// The compiled Rust guest `tests/programs/src/bin/{name}.rs`.
pub fn rust_guest(name: &str) -> Vec<u8> {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    let dir = BUILT.get_or_init(|| build_guests("programs", &["--bins"]));
    std::fs::read(dir.join(format!("{name}.wasm"))).unwrap_or_else(|e| panic!("guest {name}: {e}"))
}

/// The first core module of `component`: the fused module (wit-component
/// puts its own shims after it).
pub fn fused_module(component: &[u8]) -> &[u8] {
    for payload in wasmparser::Parser::new(0).parse_all(component) {
        if let wasmparser::Payload::ModuleSection {
            unchecked_range, ..
        } = payload.expect("the component parses")
        {
            return &component[unchecked_range.start as usize..unchecked_range.end as usize];
        }
    }
    panic!("the component has no core module")
}

/// The compiled Rust guest with debug info (DWARF)
/// `tests/debuginfo/src/bin/{name}.rs`.
pub fn debug_guest(name: &str) -> Vec<u8> {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    let dir = BUILT.get_or_init(|| build_guests_for("debuginfo", &["--bins"], "wasm32-wasip1"));
    std::fs::read(dir.join(format!("{name}.wasm"))).unwrap_or_else(|e| panic!("guest {name}: {e}"))
}

/// The C file `source` built with debug info as `{name}.wasm` with
/// Debian's clang 14 and wasi-libc (`tests/apt.sh` installs them), with
/// `flags` (optimisation, DWARF version).
pub fn c_debug_module(source: &Path, name: &str, flags: &[&str]) -> Vec<u8> {
    let out_dir = root().join("target/test-programs/c");
    std::fs::create_dir_all(&out_dir).expect("target/test-programs/c");
    let out = out_dir.join(format!("{name}.wasm"));
    let run = Command::new("clang-14")
        .args(["--target=wasm32-wasi", "--sysroot=/usr", "-g"])
        .args(flags)
        .arg("-fuse-ld=lld")
        .arg(source)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("run clang-14 ({e}): install it with tests/apt.sh"));
    assert!(
        run.status.success(),
        "clang-14 failed (tests/apt.sh installs clang, lld and wasi-libc):\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::read(&out).expect("read the C guest")
}

/// The compiled wasi-threads guest `tests/threads/src/bin/{name}.rs`
/// (`wasm32-wasip1-threads`).
pub fn threads_guest(name: &str) -> Vec<u8> {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    let dir =
        BUILT.get_or_init(|| build_guests_for("threads", &["--bins"], "wasm32-wasip1-threads"));
    std::fs::read(dir.join(format!("{name}.wasm"))).unwrap_or_else(|e| panic!("guest {name}: {e}"))
}

/// Runs a wasi-threads module on the oracle, wasmtime 46's native
/// wasi-threads (`tests/oracle46`, built once), with `args` after the
/// module and `oracle_args` (`--no-spawn`: a host whose `thread-spawn`
/// fails) before it. A trap in any thread exits with 134.
pub fn run_oracle46(module: &[u8], oracle_args: &[&str], args: &[&str]) -> Run {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    let bin = BUILT.get_or_init(|| {
        let target = root().join("target/oracle46");
        let out = Command::new(env!("CARGO"))
            .args(["build", "--release", "--locked", "--manifest-path"])
            .arg(root().join("tests/oracle46/Cargo.toml"))
            .arg("--target-dir")
            .arg(&target)
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("RUSTFLAGS")
            .output()
            .expect("run cargo for tests/oracle46");
        assert!(
            out.status.success(),
            "building tests/oracle46 failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        target.join("release/oracle46")
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("guest.wasm");
    std::fs::write(&path, module).expect("write the guest");
    let out = Command::new(bin)
        .args(oracle_args)
        .arg(&path)
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("run oracle46");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let status = match out.status.code() {
        Some(134) => Status::Trap(stderr.clone()),
        Some(code) => Status::Exit(code),
        None => Status::Trap(format!("killed: {stderr}")),
    };
    Run {
        stdout: out.stdout,
        stderr: out.stderr,
        status,
    }
}

/// The wit-bindgen guest `tests/wit-guest` (a module carrying its own WIT).
pub fn wit_bindgen_guest() -> Vec<u8> {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    let dir = BUILT.get_or_init(|| build_guests("wit-guest", &[]));
    std::fs::read(dir.join("p1_adapt_wit_guest.wasm")).unwrap_or_else(|e| panic!("wit guest: {e}"))
}

/// The `wasi:http/proxy` handler `tests/http-guest` (built with the
/// `wasip2` crate's bindings for wasm32-wasip1; uses p1 through std too).
pub fn http_guest() -> Vec<u8> {
    http_guest_file("p1_adapt_http_guest.wasm")
}

/// The same kind of handler built against WASI 0.2.0 (the `wasi` 0.13
/// crate): `tests/http-guest/examples/http_020.rs`.
pub fn http_guest_020() -> Vec<u8> {
    http_guest_file("examples/http_020.wasm")
}

fn http_guest_file(name: &str) -> Vec<u8> {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    let dir = BUILT.get_or_init(|| build_guests("http-guest", &["--lib", "--examples"]));
    std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("http guest {name}: {e}"))
}

/// The files the benchmark workloads (tests/programs/src/bin/bench.rs,
/// tests/floor) run in: `data.bin` (1 MiB), `small.txt` (4 KiB), `d64/`
/// (64 entries) and `d10k/` (10,000 entries).
pub fn bench_files(dir: &Path) {
    std::fs::write(dir.join("data.bin"), vec![7u8; 1 << 20]).unwrap();
    std::fs::write(dir.join("small.txt"), vec![b's'; 4096]).unwrap();
    std::fs::create_dir(dir.join("d64")).unwrap();
    for i in 0..64 {
        std::fs::write(dir.join(format!("d64/entry-{i:03}")), b"").unwrap();
    }
    std::fs::create_dir(dir.join("d10k")).unwrap();
    for i in 0..10_000 {
        std::fs::write(dir.join(format!("d10k/entry-{i:05}")), b"").unwrap();
    }
    for p in 0..20 {
        let pkg = dir.join(format!("lib/pkg{p:02}"));
        std::fs::create_dir_all(pkg.join("__pycache__")).unwrap();
        for m in 0..15 {
            std::fs::write(pkg.join(format!("mod{m:02}.py")), vec![b'#'; 2000]).unwrap();
        }
    }
}

/// The benchmarks' host floor (`tests/floor`: each workload as the WASI 0.2
/// calls an adapter needs, made directly) as a component, and a component
/// of the same world whose `run` does nothing, the floor of instantiation.
/// Built for wasm32-unknown-unknown and encoded by wit-component: no
/// preview 1, no adapter.
pub fn floor_components() -> (Vec<u8>, Vec<u8>) {
    let dir = build_guests_for("floor", &[], "wasm32-unknown-unknown");
    let module = std::fs::read(dir.join("p1_adapt_floor.wasm")).expect("floor module");
    let encode = |m: &[u8]| {
        wit_component::ComponentEncoder::default()
            .module(m)
            .and_then(|e| e.validate(true).encode())
            .expect("encode the floor")
    };
    // The world (`wasi:cli/command`) from the crate's `component-type`
    // section, on a module that only exports `run`.
    let (name, data) = wasmparser::Parser::new(0)
        .parse_all(&module)
        .find_map(|p| match p {
            Ok(wasmparser::Payload::CustomSection(c)) if c.name().starts_with("component-type") => {
                Some((c.name().to_string(), c.data().to_vec()))
            }
            _ => None,
        })
        .expect("the floor's component-type section");
    let mut empty = wat::parse_str(
        r#"(module (memory (export "memory") 1)
             (func (export "wasi:cli/run@0.2.12#run") (result i32) (i32.const 0)))"#,
    )
    .expect("empty run");
    wasm_encoder::Section::append_to(
        &wasm_encoder::CustomSection {
            name: name.into(),
            data: data.into(),
        },
        &mut empty,
    );
    (encode(&module), encode(&empty))
}

/// The WAT guest `tests/wat/{name}.wat`, as binary.
pub fn wat_guest(name: &str) -> Vec<u8> {
    let path = root().join("tests/wat").join(format!("{name}.wat"));
    wat::parse_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A directory tree as comparable lines: `d path`, `f path len hash`,
/// `l path -> target`, sorted.
pub fn tree(root: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            let rel = p.strip_prefix(root).unwrap().display().to_string();
            let m = std::fs::symlink_metadata(&p).unwrap();
            if m.file_type().is_symlink() {
                out.push(format!(
                    "l {rel} -> {}",
                    std::fs::read_link(&p).unwrap().display()
                ));
            } else if m.is_dir() {
                out.push(format!("d {rel}"));
                walk(root, &p, out);
            } else {
                let data = std::fs::read(&p).unwrap();
                let hash = data.iter().fold(0xcbf29ce484222325u64, |h, b| {
                    (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
                });
                out.push(format!("f {rel} {} {hash:016x}", data.len()));
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out
}

/// Runs `module` natively and adapted (on every host and layout, see
/// [`everywhere`]), each with a fresh directory prepared by `setup` and
/// preopened as `.`; asserts identical output, status and resulting tree,
/// and returns the adapted run and its tree.
pub fn same_in_dir(module: &[u8], config: Config, setup: impl Fn(&Path)) -> (Run, Vec<String>) {
    let native_dir = tempfile::tempdir().unwrap();
    setup(native_dir.path());
    let native = run_native(module, &config.clone().preopen(native_dir.path(), "."));
    let native_tree = tree(native_dir.path());
    let dirs: Vec<_> = Runner::ALL
        .iter()
        .map(|_| tempfile::tempdir().unwrap())
        .collect();
    let index = |h: Runner| h as usize;
    // The runners that ran (WASI 0.3's are skipped for some guests).
    let ran = std::cell::RefCell::new(Vec::new());
    let adapted = everywhere(module, |h| {
        ran.borrow_mut().push(h);
        let dir = dirs[index(h)].path();
        setup(dir);
        config.clone().preopen(dir, ".")
    });
    assert_same(&native, &adapted);
    for h in ran.into_inner() {
        assert_eq!(
            native_tree,
            tree(dirs[index(h)].path()),
            "the resulting directory trees differ (native vs {h:?})"
        );
    }
    (adapted, native_tree)
}

/// An instantiated reactor component, its store and its stdout.
pub struct Reactor {
    pub store: Store<Host>,
    pub instance: wasmtime::component::Instance,
    pub stdout: MemoryOutputPipe,
}

impl Reactor {
    /// Instantiates `component` with the WASI 0.2 linker.
    pub fn new(component: &[u8], config: &Config) -> Self {
        Self::with(component, config, |_| {})
    }

    /// Instantiates `component` with the WASI 0.2 linker and what `extra`
    /// adds to it (the host side of a guest's own imports).
    pub fn with(
        component: &[u8],
        config: &Config,
        extra: impl FnOnce(&mut ComponentLinker<Host>),
    ) -> Self {
        let (mut store, component, mut linker, stdout, _stderr) =
            component_parts(component, config);
        extra(&mut linker);
        let instance = linker
            .instantiate(&mut store, &component)
            .expect("instantiate");
        Reactor {
            store,
            instance,
            stdout,
        }
    }

    /// Calls export `name`.
    pub fn call<P, R>(&mut self, name: &str, params: P) -> R
    where
        P: wasmtime::component::ComponentNamedList + wasmtime::component::Lower,
        R: wasmtime::component::ComponentNamedList + wasmtime::component::Lift,
    {
        let f = self
            .instance
            .get_typed_func::<P, R>(&mut self.store, name)
            .unwrap_or_else(|e| panic!("export {name}: {e:?}"));
        let r = f
            .call(&mut self.store, params)
            .unwrap_or_else(|e| panic!("call {name}: {e:?}"));
        r
    }

    /// Calls function `name` of exported interface `interface`.
    pub fn call_in<P, R>(&mut self, interface: &str, name: &str, params: P) -> R
    where
        P: wasmtime::component::ComponentNamedList + wasmtime::component::Lower,
        R: wasmtime::component::ComponentNamedList + wasmtime::component::Lift,
    {
        let i = self
            .instance
            .get_export_index(&mut self.store, None, interface)
            .unwrap_or_else(|| panic!("no export {interface}"));
        let f = self
            .instance
            .get_export_index(&mut self.store, Some(&i), name)
            .unwrap_or_else(|| panic!("no export {interface}#{name}"));
        let f = self
            .instance
            .get_typed_func::<P, R>(&mut self.store, &f)
            .unwrap_or_else(|e| panic!("export {interface}#{name}: {e:?}"));
        f.call(&mut self.store, params)
            .unwrap_or_else(|e| panic!("call {interface}#{name}: {e:?}"))
    }

    /// Whether the component exports `name`.
    pub fn has_export(&mut self, name: &str) -> bool {
        self.instance.get_func(&mut self.store, name).is_some()
    }
}

/// A reactor module instantiated natively (wasmtime's p1), for comparison.
pub struct NativeReactor {
    pub store: Store<wasmtime_wasi::p1::WasiP1Ctx>,
    pub instance: wasmtime::Instance,
    pub stdout: MemoryOutputPipe,
}

impl NativeReactor {
    /// Instantiates `module` and runs its `_initialize`, as a p1 host does.
    pub fn new(module: &[u8], config: &Config) -> Self {
        let (mut store, module, linker, stdout, _stderr) = native_parts(module, config);
        let instance = linker
            .instantiate(&mut store, &module)
            .expect("instantiate");
        if let Ok(init) = instance.get_typed_func::<(), ()>(&mut store, "_initialize") {
            init.call(&mut store, ()).expect("_initialize");
        }
        NativeReactor {
            store,
            instance,
            stdout,
        }
    }

    /// Calls core export `name`.
    pub fn call<P: wasmtime::WasmParams, R: wasmtime::WasmResults>(
        &mut self,
        name: &str,
        params: P,
    ) -> R {
        let f = self
            .instance
            .get_typed_func::<P, R>(&mut self.store, name)
            .unwrap();
        f.call(&mut self.store, params).unwrap()
    }
}

/// Where the composer component is built (`component/`, release, for
/// `wasm32-wasip2`).
pub fn composer_component_path() -> PathBuf {
    root().join("target/component/wasm32-wasip2/release/p1_adapt_component.wasm")
}

/// The composer component, built once per test run into `target/component`.
pub fn composer_component() -> &'static [u8] {
    static WASM: OnceLock<Vec<u8>> = OnceLock::new();
    WASM.get_or_init(|| {
        let out = adapter_build::release_build(
            &root().join("component"),
            "wasm32-wasip2",
            &root().join("target/component"),
        )
        .output()
        .expect("run cargo for component/");
        assert!(
            out.status.success(),
            "building component/ failed (is the wasm32-wasip2 target installed? `rustup target add wasm32-wasip2`):\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::read(composer_component_path()).expect("read the composer component")
    })
}

/// `npm/dist`: the composer component transpiled by `npm/build.sh`.
pub fn npm_dist() {
    composer_component();
    let out = Command::new("sh")
        .arg(root().join("npm/build.sh"))
        .arg(composer_component_path())
        .output()
        .expect("run npm/build.sh");
    assert!(out.status.success(), "npm/build.sh failed: {out:?}");
}
