//! WASI 0.3 hosts in the harness: running a command on a linker with only
//! wasmtime-wasi's p3 interfaces, and the 0.3 runs every differential test
//! of a command makes ([`super::everywhere`]).

use super::{assert_same_host, command_run, component_parts_on, engine, Config, Run, Runner};

/// Runs a command component on a WASI 0.3 host: a linker with wasmtime-wasi's
/// p3 interfaces and nothing else, `wasi:cli/run@0.3.0#run` called inside
/// the store's event loop (a current-thread tokio runtime with timers, as
/// wasmtime-wasi's p3 clocks and files need).
pub fn run_component_p3(component: &[u8], config: &Config) -> Run {
    let (mut store, component, mut linker, stdout, stderr) =
        component_parts_on(engine(), component, config);
    wasmtime_wasi::p3::add_to_linker(&mut linker).expect("p3 linker");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a tokio runtime");
    let result = runtime.block_on(async {
        let command = wasmtime_wasi::p3::bindings::Command::instantiate_async(
            &mut store, &component, &linker,
        )
        .await?;
        store
            .run_concurrent(async move |store| command.wasi_cli_run().call_run(store).await)
            .await?
    });
    command_run(result, store, stdout, stderr)
}

/// The WASI 0.3 runs of [`super::everywhere_with`]: `module` adapted with
/// `adapter`'s options for 0.3.0 in both layouts and run on the 0.3-only
/// host must do what `expected` (the 0.2 run) did. Skipped where 0.3 cannot
/// be asked for: reactors, proxies and threads guests, which 0.3 refuses,
/// and an adapter that names a target (its version is the target's).
pub(super) fn on_wasi_0_3(
    adapter: &p1_adapt::Adapter,
    module: &[u8],
    expected: &Run,
    config: &impl Fn(Runner) -> Config,
) {
    let for_0_3 = adapter.clone().wasi_version("0.3.0");
    for (layout, runner) in [
        (p1_adapt::Layout::Single, Runner::Wasi03Single),
        (p1_adapt::Layout::Multi, Runner::Wasi03Multi),
    ] {
        let component = match for_0_3.clone().layout(layout).adapt(module) {
            Ok(a) => a.component,
            Err(e) if e.to_string().contains("WASI 0.3.0 for") => return,
            Err(e) if e.to_string().contains("would not fit the target") => return,
            Err(e) => panic!("adaptation for WASI 0.3.0 failed: {e}"),
        };
        let name = format!("WASI 0.3 {layout:?} layout");
        let run = run_component_p3(&component, &config(runner));
        assert_same_host(expected, &run, "wasmtime (WASI 0.2)", &name);
    }
}
