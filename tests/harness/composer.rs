//! The composer component (`component/`) on wasmtime: built once per run,
//! instantiated with the repository as its current directory (read only),
//! for `tests/component.rs` and the bench.

use super::{engine, root};
use std::sync::OnceLock;
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::Store;
use wasmtime_wasi::{FsPerms, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

wasmtime::component::bindgen!({ path: "component/wit", world: "composer" });

pub use exports::p1_adapt::composer::compose as api;

pub struct Ctx {
    wasi: WasiCtx,
    table: ResourceTable,
}

impl WasiView for Ctx {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

/// The compiled composer component.
pub fn compiled() -> &'static Component {
    static COMPONENT: OnceLock<Component> = OnceLock::new();
    COMPONENT.get_or_init(|| {
        Component::new(engine(), super::composer_component()).expect("compile the composer")
    })
}

/// A fresh instance of the composer.
pub fn instance() -> (Store<Ctx>, Composer) {
    let mut linker = Linker::new(engine());
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker).expect("p2 linker");
    let wasi = WasiCtxBuilder::new()
        .preopened_dir(root(), ".", FsPerms::ReadOnly)
        .expect("preopen the repository")
        .build();
    let mut store = Store::new(
        engine(),
        Ctx {
            wasi,
            table: ResourceTable::new(),
        },
    );
    let composer = Composer::instantiate(&mut store, compiled(), &linker).expect("instantiate");
    (store, composer)
}

/// The default options.
pub fn defaults() -> api::Options {
    api::Options {
        kind: None,
        target: None,
        target_world: None,
        wasi_version: None,
        layout: None,
        region: None,
        threads: None,
        preempt: None,
        strip_debug: false,
        wit: None,
    }
}

/// `adapt` on a fresh instance.
pub fn adapt(module: &[u8], options: &api::Options) -> Result<api::Adaptation, Vec<api::Problem>> {
    let (mut store, composer) = instance();
    composer
        .p1_adapt_composer_compose()
        .call_adapt(&mut store, module, options)
        .expect("adapt does not trap")
}
