//! Used by step 4 (the plan): which adapter functions the guest can
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

/// The adapter's call graph, read once and walked from each set of roots.
pub struct Graph {
    /// Adapter function count (imports first).
    funcs: usize,
    imported: u32,
    /// Per defined function: what it calls directly or takes with
    /// `ref.func`, and whether it calls indirectly.
    edges: Vec<(Vec<u32>, bool)>,
    /// The functions of the element segments (what indirect calls reach).
    elements: Vec<u32>,
}

impl Graph {
    /// Reads the adapter's code once.
    pub fn new(adapter: &Module<'_>) -> wasmparser::Result<Self> {
        let mut edges = Vec::with_capacity(adapter.code.len());
        for body in &adapter.code {
            let (mut callees, mut indirect) = (Vec::new(), false);
            let mut ops = body.get_operators_reader()?;
            while !ops.eof() {
                match ops.read()? {
                    Operator::Call { function_index }
                    | Operator::ReturnCall { function_index }
                    | Operator::RefFunc { function_index } => callees.push(function_index),
                    Operator::CallIndirect { .. }
                    | Operator::ReturnCallIndirect { .. }
                    | Operator::CallRef { .. }
                    | Operator::ReturnCallRef { .. } => indirect = true,
                    _ => {}
                }
            }
            edges.push((callees, indirect));
        }
        let mut elements = Vec::new();
        for e in &adapter.elements {
            elements.extend(element_funcs(&e.items)?);
        }
        Ok(Graph {
            funcs: adapter.func_types.len(),
            imported: adapter.imported.funcs,
            edges,
            elements,
        })
    }

    /// The live set from the given root function indices. `links` maps
    /// adapter imports that the composer binds to one of the adapter's own
    /// functions (enabled `p1-adapt:optional` link points) to that function.
    pub fn live(&self, roots: impl IntoIterator<Item = u32>, links: &HashMap<u32, u32>) -> Live {
        let mut live = Live {
            funcs: vec![false; self.funcs],
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
        while let Some(f) = work.pop() {
            let Some((callees, indirect)) = f
                .checked_sub(self.imported)
                .and_then(|i| self.edges.get(i as usize))
            else {
                continue;
            };
            for &g in callees {
                mark(g, &mut live, &mut work);
            }
            if *indirect && !live.elements {
                live.elements = true;
                for &g in &self.elements {
                    mark(g, &mut live, &mut work);
                }
            }
        }
        live
    }
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
