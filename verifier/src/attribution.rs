//! Attribution: which core functions reach each imported function.
//!
//! The component's main core module (the one with the most functions) is
//! read for its call graph (direct calls, `return_call`, `ref.func`) and
//! its name section. From an import, callers are followed backwards to the
//! nearest named functions. Functions named `wasi_snapshot_preview1::NAME`
//! or `wasi_unstable::NAME` (as p1-adapt names the preview 1 functions of an
//! adapted guest) are reported with the guest functions that call them.

use std::collections::{HashMap, VecDeque};
use wasmparser::{Operator, Parser, Payload, TypeRef};

/// The call graph of a component's main core module.
#[derive(Default)]
pub struct CallGraph {
    /// `(module, name)` of each imported function, by function index.
    imports: Vec<(String, String)>,
    /// Callers of each function.
    callers: Vec<Vec<u32>>,
    /// Function names from the name section.
    names: HashMap<u32, String>,
}

/// The core modules nested at the top level of a component.
fn core_modules(component: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    for payload in Parser::new(0).parse_all(component) {
        if let Ok(Payload::ModuleSection {
            unchecked_range, ..
        }) = payload
        {
            let (Ok(start), Ok(end)) = (
                usize::try_from(unchecked_range.start),
                usize::try_from(unchecked_range.end),
            ) else {
                continue;
            };
            if let Some(bytes) = component.get(start..end) {
                out.push(bytes);
            }
        }
    }
    out
}

fn count_funcs(module: &[u8]) -> usize {
    Parser::new(0)
        .parse_all(module)
        .filter(|p| matches!(p, Ok(Payload::CodeSectionEntry(_))))
        .count()
}

impl CallGraph {
    /// The call graph of the largest core module of `component` (empty if
    /// it cannot be read: attribution is best effort).
    pub fn of(component: &[u8]) -> CallGraph {
        let Some(module) = core_modules(component)
            .into_iter()
            .max_by_key(|m| count_funcs(m))
        else {
            return CallGraph::default();
        };
        Self::read(module).unwrap_or_default()
    }

    fn read(module: &[u8]) -> wasmparser::Result<CallGraph> {
        let mut g = CallGraph::default();
        let mut edges: Vec<(u32, u32)> = Vec::new();
        let mut defined = 0u32;
        let mut total = 0u32;
        for payload in Parser::new(0).parse_all(module) {
            match payload? {
                Payload::ImportSection(s) => {
                    for i in s.into_imports() {
                        let i = i?;
                        if let TypeRef::Func(_) | TypeRef::FuncExact(_) = i.ty {
                            g.imports.push((i.module.to_string(), i.name.to_string()));
                        }
                    }
                    total = g.imports.len() as u32;
                }
                Payload::FunctionSection(s) => total += s.count(),
                Payload::CodeSectionEntry(body) => {
                    let me = g.imports.len() as u32 + defined;
                    defined += 1;
                    let mut ops = body.get_operators_reader()?;
                    while !ops.eof() {
                        match ops.read()? {
                            Operator::Call { function_index }
                            | Operator::ReturnCall { function_index }
                            | Operator::RefFunc { function_index } => {
                                edges.push((function_index, me))
                            }
                            _ => {}
                        }
                    }
                }
                Payload::CustomSection(c) => {
                    if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                        for sub in reader.into_iter().flatten() {
                            if let wasmparser::Name::Function(map) = sub {
                                for n in map.into_iter().flatten() {
                                    g.names.insert(n.index, n.name.to_string());
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        g.callers = vec![Vec::new(); total as usize];
        for (callee, caller) in edges {
            if let Some(c) = g.callers.get_mut(callee as usize) {
                if !c.contains(&caller) {
                    c.push(caller);
                }
            }
        }
        Ok(g)
    }

    fn is_p1(name: &str) -> bool {
        name.starts_with("wasi_snapshot_preview1::") || name.starts_with("wasi_unstable::")
    }

    /// Chains reaching import `module#name`: `[import, named function,
    /// its callers...]`, one per nearest named function.
    pub fn chains(&self, module: &str, name: &str) -> Vec<Vec<String>> {
        let Some(start) = self
            .imports
            .iter()
            .position(|(m, n)| m == module && n == name)
        else {
            return Vec::new();
        };
        let label = format!("{module}#{name}");
        // Backwards breadth-first, stopping at named functions.
        let mut seen = vec![false; self.callers.len()];
        let mut queue = VecDeque::from([start as u32]);
        let mut named = Vec::new();
        while let Some(f) = queue.pop_front() {
            for &c in self.callers.get(f as usize).into_iter().flatten() {
                if std::mem::replace(&mut seen[c as usize], true) {
                    continue;
                }
                match self.names.get(&c) {
                    Some(n) => named.push((c, n.clone())),
                    None => queue.push_back(c),
                }
            }
        }
        // Preview 1 functions first, in name order.
        named.sort_by(|a, b| (!Self::is_p1(&a.1), &a.1).cmp(&(!Self::is_p1(&b.1), &b.1)));
        named
            .into_iter()
            .map(|(f, n)| {
                let mut chain = vec![label.clone(), n];
                let mut callers: Vec<String> = self.callers[f as usize]
                    .iter()
                    .filter_map(|c| self.names.get(c).cloned())
                    .collect();
                callers.sort();
                callers.dedup();
                if callers.len() > 3 {
                    let more = callers.len() - 3;
                    callers.truncate(3);
                    callers.push(format!("(+{more} more)"));
                }
                if !callers.is_empty() {
                    chain.push(callers.join(", "));
                }
                chain
            })
            .collect()
    }
}
