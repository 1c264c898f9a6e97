//! Step 6: fuse the guest and the live part of the adapter into one core
//! module with `wasm_encoder::reencode`.
//!
//! - [`space`] decides every index first: which functions the fused module
//!   imports and defines, in order, and where each input's indices go
//!   ([`remap`]);
//! - [`generated`] holds the functions fusion writes itself, each kind with
//!   its type, body and name in one place ([`intrinsics`]: the guest-memory
//!   intrinsics the adapter imports);
//! - [`sections`] writes the module from that one list;
//! - the layout is a choice of reencoders: in the multi layout both inputs
//!   are written through their [`remap::Remap`]; in the single layout
//!   through the layers of [`single`] (the guest translated above the
//!   adapter's region, the adapter in it); guest bodies go through
//!   [`rewrite`], which copies what does not change; a threads guest's
//!   code goes through one more layer, [`atomics`] (waits and notifies
//!   become calls of the adapter's futex); with cooperative threads,
//!   [`coop`] adds the component-model built-ins, the trampoline new
//!   threads start at and the switch that keeps each thread's state;
//! - [`names`] merges the name section; [`dwarf`] rewrites the guest's
//!   debug info through the map of where its code went.
//!
//! The guest's p1 imports become calls to the adapter's exports of the same
//! name (through a thunk that zero-extends wasm32 pointers where the
//! signatures differ); the adapter's `p1-adapt:guest` imports become
//! generated bodies over the guest's memory; its `p1-adapt:optional` link
//! points the functions the plan bound them to, or stubs.

mod atomics;
mod coop;
mod dwarf;
mod generated;
mod intrinsics;
mod names;
mod remap;
mod rewrite;
mod sections;
mod single;
mod space;

use crate::check::Facts;
use crate::error::Error;
use crate::layout::Region;
use crate::module::Module;
use crate::plan::Plan;
use std::collections::HashMap;

/// What the fused module exports, besides `memory` (the adapter's).
pub struct Exports<'n> {
    /// `(export name, adapter export name)` pairs.
    pub adapter: Vec<(String, &'n str)>,
    /// The WASI version the adapter's imports are renamed to.
    pub wasi_version: &'n str,
    /// `(export name, guest function)` pairs (a reactor's functions).
    pub guest: Vec<(String, u32)>,
    /// The guest's `_initialize`: each guest export first runs it, once.
    pub initialize: Option<u32>,
    /// Guest exports that pass memory, by export name (single layout).
    pub marshal: &'n HashMap<String, crate::abi::Marshal>,
    /// Guest imports of its own WIT that pass memory, by import index.
    pub marshal_imports: &'n HashMap<usize, crate::abi::Marshal>,
}

/// The fused module and what was left out of it.
pub struct Fused {
    /// The core module, without the guest's DWARF when `debug` is there.
    pub module: Vec<u8>,
    /// Things the user should know: custom sections dropped, and why.
    pub warnings: Vec<String>,
    /// The guest's DWARF, being rewritten for the moved code on another
    /// thread since the code was written: the longest step on a large
    /// module with debug info, and nothing after fusion reads it, so the
    /// caller encodes and validates meanwhile.
    pub debug: Option<Debug>,
}

/// The rewriting of the guest's DWARF ([`Fused`]).
pub struct Debug(crate::parallel::Beside<(Vec<u8>, Vec<String>)>);

impl Debug {
    /// Begins rewriting `sections` (the guest's `.debug_*` custom
    /// sections) through `map`.
    fn begin(sections: dwarf::DebugSections, map: dwarf::AddressMap) -> Self {
        Debug(crate::parallel::Beside::begin(move || {
            let done = Self::rewrite(&sections, &map);
            // Dropped here, not on the caller's thread.
            drop((sections, map));
            done
        }))
    }

    /// The guest's DWARF sections moved with its code, as custom sections
    /// to append to the fused module (none when the DWARF cannot be read:
    /// then a warning says so), and a warning for each section dropped.
    pub fn finish(self) -> (Vec<u8>, Vec<String>) {
        self.0.join().unwrap_or_else(|| {
            let warning = "dropped the debug info (`.debug_*`): its rewrite did not run";
            (Vec::new(), vec![warning.to_string()])
        })
    }

    fn rewrite(sections: &dwarf::DebugSections, map: &dwarf::AddressMap) -> (Vec<u8>, Vec<String>) {
        use wasm_encoder::Encode;
        let (sections, warnings) = match dwarf::rewrite(sections, map) {
            Ok(done) => done,
            Err(e) => {
                let warning = format!("dropped the debug info (`.debug_*`): {e}");
                return (Vec::new(), vec![warning]);
            }
        };
        let mut out = Vec::new();
        for (name, data) in &sections {
            out.push(wasm_encoder::SectionId::Custom as u8);
            wasm_encoder::CustomSection {
                name: name.as_str().into(),
                data: data.as_slice().into(),
            }
            .encode(&mut out);
        }
        (out, warnings)
    }
}

/// How the fused module is written.
pub struct Writing<'h> {
    /// The single layout's region (none: the multi layout).
    pub region: Option<Region>,
    /// Drop the debug info instead of rewriting it (`--strip-debug`).
    pub strip_debug: bool,
    /// Given the module's sections before its code, and how many functions
    /// it defines, as soon as they are written: its whole interface (the
    /// caller begins the component with them, `encode::early`).
    pub header: &'h mut dyn FnMut(&[u8], u32),
}

/// Fuses `guest` (checked, with `facts`) and the part of `adapter` that
/// `plan` keeps, as `writing` says.
pub fn fuse(
    guest: &Module<'_>,
    facts: &Facts,
    adapter: &Module<'_>,
    plan: &Plan,
    exports: &Exports<'_>,
    writing: Writing<'_>,
) -> Result<Fused, Error> {
    let Writing {
        region,
        strip_debug,
        header,
    } = writing;
    if adapter.start.is_some() {
        return Err(Error::internal(
            "the adapter has a start function; fusion keeps only the guest's",
        ));
    }
    let space = space::assign(guest, facts, adapter, plan, exports, region)?;
    let parts = sections::Parts {
        guest,
        facts,
        adapter,
        plan,
        exports,
        space: &space,
        strip_debug,
    };
    match space.helpers {
        Some(helpers) => {
            let g = single::Translated {
                inner: space.g.clone(),
                helpers,
                guest,
            };
            let a = single::InRegion {
                inner: space.a.clone(),
                helpers,
            };
            sections::write(&parts, g, a, header)
        }
        None => sections::write(&parts, space.g.clone(), space.a.clone(), header),
    }
}
