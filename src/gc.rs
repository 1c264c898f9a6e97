//! Used by step 3 (the plan): which adapter functions the guest can
//! reach. Roots are the adapter exports the fused module needs (the p1
//! functions the guest imports, `cabi_realloc`, the entry point); the walk
//! follows direct calls and `ref.func`, and, once any live function calls
//! indirectly, everything in the adapter's element segments. Adapter imports
//! reached this way are exactly the WASI interfaces the component imports.

use crate::module::Module;
use std::collections::HashMap;
use wasmparser::{ElementItems, Operator};

/// The live part of the adapter.
pub struct Live {
    /// Per adapter function index (imports first): reachable or not.
    pub funcs: Vec<bool>,
    /// Whether the element segments (and so indirect calls) are needed.
    pub elements: bool,
}

/// Computes the live set from the given root function indices. `links`
/// maps adapter imports that the composer binds to one of the adapter's own
/// functions (enabled `p1-adapt:optional` link points) to that function.
pub fn live(
    adapter: &Module<'_>,
    roots: impl IntoIterator<Item = u32>,
    links: &HashMap<u32, u32>,
) -> wasmparser::Result<Live> {
    let n = adapter.func_types.len();
    let mut live = Live {
        funcs: vec![false; n],
        elements: false,
    };
    let mut work: Vec<u32> = Vec::new();
    let mark = |f: u32, live: &mut Live, work: &mut Vec<u32>| {
        for f in [Some(f), links.get(&f).copied()].into_iter().flatten() {
            if let Some(slot) = live.funcs.get_mut(f as usize) {
                if !*slot {
                    *slot = true;
                    work.push(f);
                }
            }
        }
    };
    for r in roots {
        mark(r, &mut live, &mut work);
    }
    let imported = adapter.imported.funcs;
    while let Some(f) = work.pop() {
        let Some(i) = f.checked_sub(imported) else {
            continue;
        };
        let body = &adapter.code[i as usize];
        let mut ops = body.get_operators_reader()?;
        while !ops.eof() {
            match ops.read()? {
                Operator::Call { function_index }
                | Operator::ReturnCall { function_index }
                | Operator::RefFunc { function_index } => {
                    mark(function_index, &mut live, &mut work)
                }
                Operator::CallIndirect { .. }
                | Operator::ReturnCallIndirect { .. }
                | Operator::CallRef { .. }
                | Operator::ReturnCallRef { .. }
                    if !live.elements =>
                {
                    live.elements = true;
                    for e in &adapter.elements {
                        for g in element_funcs(&e.items)? {
                            mark(g, &mut live, &mut work);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    Ok(live)
}

/// The functions an element segment refers to.
pub fn element_funcs(items: &ElementItems<'_>) -> wasmparser::Result<Vec<u32>> {
    let mut out = Vec::new();
    match items {
        ElementItems::Functions(r) => {
            for f in r.clone() {
                out.push(f?);
            }
        }
        ElementItems::Expressions(_, r) => {
            for e in r.clone() {
                let mut ops = e?.get_operators_reader();
                while !ops.eof() {
                    if let Operator::RefFunc { function_index } = ops.read()? {
                        out.push(function_index);
                    }
                }
            }
        }
    }
    Ok(out)
}
