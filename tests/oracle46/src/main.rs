//! oracle46: native wasi-threads host (wasmtime 46 + wasi-common + wasmtime-wasi-threads 46.0.3).
//! Usage: oracle46 [--no-spawn] [--dir HOST[::GUEST]]... MODULE.wasm [args...]
use std::sync::Arc;
use wasi_common::sync::{Dir, WasiCtxBuilder, ambient_authority};
use wasmtime::{Config, Engine, Linker, Module, Store};
use wasmtime_wasi_threads::WasiThreadsCtx;

#[derive(Clone)]
struct Host {
    wasi: wasi_common::WasiCtx, // Arc inside: clones share fd table, args, env
    threads: Option<Arc<WasiThreadsCtx<Host>>>,
}

fn run() -> wasmtime::Result<()> {
    let mut argv: Vec<String> = std::env::args().skip(1).collect();
    let mut dirs = Vec::new();
    let mut no_spawn = false;
    loop {
        match argv.first().map(|s| s.as_str()) {
            Some("--dir") => {
                argv.remove(0);
                dirs.push(argv.remove(0));
            }
            Some("--no-spawn") => {
                argv.remove(0);
                no_spawn = true;
            }
            _ => break,
        }
    }
    if argv.is_empty() {
        eprintln!("usage: oracle46 [--dir HOST[::GUEST]]... MODULE.wasm [args...]");
        std::process::exit(2);
    }
    let mut config = Config::new();
    config.wasm_threads(true);
    config.shared_memory(true);
    let engine = Engine::new(&config)?;
    let module = Module::from_file(&engine, &argv[0])?;

    let mut linker: Linker<Host> = Linker::new(&engine);
    wasi_common::sync::add_to_linker(&mut linker, |h: &mut Host| &mut h.wasi)?;

    let mut b = WasiCtxBuilder::new();
    b.inherit_stdio().inherit_env()?.args(&argv)?;
    for d in &dirs {
        let (host, guest) = d.split_once("::").unwrap_or((d.as_str(), d.as_str()));
        b.preopened_dir(Dir::open_ambient_dir(host, ambient_authority())?, guest)?;
    }
    let mut store = Store::new(
        &engine,
        Host {
            wasi: b.build(),
            threads: None,
        },
    );

    if no_spawn {
        // Host that cannot make threads: thread-spawn always fails (-1), memory still shared.
        linker.func_wrap("wasi", "thread-spawn", |_: i32| -> i32 { -1 })?;
        for import in module.imports() {
            if let Some(m) = import.ty().memory() {
                let mem = wasmtime::SharedMemory::new(&engine, m.clone())?;
                linker.define(&store, import.module(), import.name(), mem)?;
            }
        }
        let instance = linker.instantiate(&mut store, &module)?;
        let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
        return start.call(&mut store, ());
    }
    // Defines wasi::thread-spawn and a host-created SharedMemory for the import.
    wasmtime_wasi_threads::add_to_linker(&mut linker, &store, &module, |h: &mut Host| {
        h.threads.as_ref().unwrap()
    })?;
    let linker = Arc::new(linker);
    store.data_mut().threads = Some(Arc::new(WasiThreadsCtx::new(
        module.clone(),
        linker.clone(),
        false,
    )?));

    let instance = linker.instantiate(&mut store, &module)?;
    let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
    start.call(&mut store, ())
}

fn main() {
    match run() {
        Ok(()) => std::process::exit(0),
        Err(e) => {
            // I32Exit -> exit(code); Trap -> "Error: ..." + exit(134); else returned.
            let e = wasi_common::maybe_exit_on_error(e);
            eprintln!("Error: {e:?}");
            std::process::exit(1);
        }
    }
}
