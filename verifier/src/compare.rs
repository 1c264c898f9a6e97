//! The comparison of a component's world with a target world.

use crate::attribution::CallGraph;
use crate::report::{Code, Finding, ImportedFunction, Report, Severity};
use crate::target::{compatible, Target};
use wit_parser::{
    Function, Handle, InterfaceId, Resolve, Type, TypeDefKind, TypeId, WorldId, WorldItem, WorldKey,
};

/// `namespace:package/interface` and the version of an interface.
fn iface_id(resolve: &Resolve, id: InterfaceId) -> Option<(String, Option<String>)> {
    let iface = &resolve.interfaces[id];
    let pkg = &resolve.packages[iface.package?].name;
    Some((
        format!("{}:{}/{}", pkg.namespace, pkg.name, iface.name.as_ref()?),
        pkg.version.as_ref().map(ToString::to_string),
    ))
}

fn ty(resolve: &Resolve, t: &Type, depth: usize) -> String {
    match t {
        Type::Bool => "bool".into(),
        Type::U8 => "u8".into(),
        Type::U16 => "u16".into(),
        Type::U32 => "u32".into(),
        Type::U64 => "u64".into(),
        Type::S8 => "s8".into(),
        Type::S16 => "s16".into(),
        Type::S32 => "s32".into(),
        Type::S64 => "s64".into(),
        Type::F32 => "f32".into(),
        Type::F64 => "f64".into(),
        Type::Char => "char".into(),
        Type::String => "string".into(),
        Type::ErrorContext => "error-context".into(),
        Type::Id(id) => def(resolve, *id, depth),
    }
}

/// A type written out structurally, so types of two resolves compare.
fn def(resolve: &Resolve, id: TypeId, depth: usize) -> String {
    if depth > 16 {
        return "...".into();
    }
    let td = &resolve.types[id];
    let d = depth + 1;
    let list = |items: Vec<String>| items.join(", ");
    match &td.kind {
        TypeDefKind::Record(r) => format!(
            "record {{ {} }}",
            list(
                r.fields
                    .iter()
                    .map(|f| format!("{}: {}", f.name, ty(resolve, &f.ty, d)))
                    .collect()
            )
        ),
        TypeDefKind::Resource => format!("resource {}", td.name.clone().unwrap_or_default()),
        TypeDefKind::Handle(Handle::Own(r)) => format!(
            "own<{}>",
            resolve.types[*r].name.clone().unwrap_or_default()
        ),
        TypeDefKind::Handle(Handle::Borrow(r)) => {
            format!(
                "borrow<{}>",
                resolve.types[*r].name.clone().unwrap_or_default()
            )
        }
        TypeDefKind::Flags(f) => format!(
            "flags {{ {} }}",
            list(f.flags.iter().map(|x| x.name.clone()).collect())
        ),
        TypeDefKind::Tuple(t) => format!(
            "tuple<{}>",
            list(t.types.iter().map(|x| ty(resolve, x, d)).collect())
        ),
        TypeDefKind::Variant(v) => format!(
            "variant {{ {} }}",
            list(
                v.cases
                    .iter()
                    .map(|c| match &c.ty {
                        Some(t) => format!("{}({})", c.name, ty(resolve, t, d)),
                        None => c.name.clone(),
                    })
                    .collect()
            )
        ),
        TypeDefKind::Enum(e) => format!(
            "enum {{ {} }}",
            list(e.cases.iter().map(|c| c.name.clone()).collect())
        ),
        TypeDefKind::Option(t) => format!("option<{}>", ty(resolve, t, d)),
        TypeDefKind::Result(r) => format!(
            "result<{}, {}>",
            r.ok.as_ref().map_or("_".into(), |t| ty(resolve, t, d)),
            r.err.as_ref().map_or("_".into(), |t| ty(resolve, t, d))
        ),
        TypeDefKind::List(t) => format!("list<{}>", ty(resolve, t, d)),
        TypeDefKind::Type(t) => ty(resolve, t, d),
        other => format!("<{}>", other.as_str()),
    }
}

/// A function's signature written out structurally (parameter names left
/// out: they do not matter for linking).
fn signature(resolve: &Resolve, f: &Function) -> String {
    let params: Vec<String> = f.params.iter().map(|p| ty(resolve, &p.ty, 0)).collect();
    match &f.result {
        Some(r) => format!("func({}) -> {}", params.join(", "), ty(resolve, r, 0)),
        None => format!("func({})", params.join(", ")),
    }
}

/// The target's interfaces by `namespace:package/interface`.
fn target_interfaces<'a>(
    resolve: &'a Resolve,
    items: impl Iterator<Item = (&'a WorldKey, &'a WorldItem)>,
) -> Vec<(String, Option<String>, InterfaceId)> {
    items
        .filter_map(|(_, item)| match item {
            WorldItem::Interface { id, .. } => iface_id(resolve, *id).map(|(n, v)| (n, v, *id)),
            _ => None,
        })
        .collect()
}

fn versioned(name: &str, v: &Option<String>) -> String {
    match v {
        Some(v) => format!("{name}@{v}"),
        None => name.to_string(),
    }
}

/// What one comparison has found so far, and what it compares.
struct Compare<'a> {
    resolve: &'a Resolve,
    target: &'a Target,
    graph: &'a CallGraph,
    /// The target's world, if it has one (`none` checks nothing).
    tw: Option<&'a wit_parser::World>,
    /// The target's imported interfaces: name, version, id.
    t_imports: Vec<(String, Option<String>, InterfaceId)>,
    findings: Vec<Finding>,
    imports: Vec<ImportedFunction>,
}

/// Compares the world `world` of a component with `target`: every finding,
/// every imported function with what reaches it.
pub fn compare(resolve: &Resolve, world: WorldId, target: &Target, graph: &CallGraph) -> Report {
    let w = &resolve.worlds[world];
    let tw = target.world.map(|id| &target.resolve.worlds[id]);
    let mut c = Compare {
        resolve,
        target,
        graph,
        tw,
        t_imports: tw
            .map(|tw| target_interfaces(&target.resolve, tw.imports.iter()))
            .unwrap_or_default(),
        findings: Vec::new(),
        imports: Vec::new(),
    };
    for (key, item) in &w.imports {
        match item {
            WorldItem::Interface { id, .. } => c.interface(key, *id),
            WorldItem::Function(f) => c.function(key, f),
            WorldItem::Type { .. } => {}
        }
    }
    c.exports(w);
    let exports: Vec<String> = w
        .exports
        .keys()
        .map(|k| resolve.name_world_key(k))
        .collect();
    let mut findings = c.findings;
    findings.sort_by_key(|f| f.severity);
    Report {
        target: target.name.clone(),
        imports: c.imports,
        exports,
        findings,
    }
}

impl Compare<'_> {
    fn push(
        &mut self,
        code: Code,
        severity: Severity,
        subject: String,
        message: String,
        fix: String,
    ) {
        self.findings.push(Finding {
            code,
            severity,
            subject,
            message,
            fix,
        });
    }

    /// An imported interface: each function listed; the interface found in
    /// the target (or at a compatible version), each function in it with
    /// the same signature.
    fn interface(&mut self, key: &wit_parser::WorldKey, id: InterfaceId) {
        let (graph, target) = (self.graph, self.target);
        let full = self.resolve.name_world_key(key);
        let iface = &self.resolve.interfaces[id];
        for fname in iface.functions.keys() {
            self.imports.push(ImportedFunction {
                name: format!("{full}#{fname}"),
                reached_from: graph.chains(&full, fname),
            });
        }
        let Some(tw) = self.tw else { return };
        let Some((name, version)) = iface_id(self.resolve, id) else {
            return;
        };
        if !name.starts_with("wasi:") {
            self.push(
                Code::NonWasiImport,
                Severity::Warning,
                full.clone(),
                "not a WASI interface: the host must provide it itself".into(),
                "check that the host implements it, or remove the dependency from the guest".into(),
            );
        }
        let exact = self
            .t_imports
            .iter()
            .find(|(n, v, _)| *n == name && *v == version)
            .cloned();
        let near = self
            .t_imports
            .iter()
            .find(|(n, v, _)| {
                *n == name && matches!((v, &version), (Some(a), Some(b)) if compatible(a, b))
            })
            .cloned();
        // The p1 calls (or other named functions) that need it.
        let needed_by = |funcs: &mut dyn Iterator<Item = &String>| -> String {
            let mut who: Vec<String> = funcs
                .flat_map(|f| graph.chains(&full, f))
                .filter_map(|c| c.get(1).cloned())
                .collect();
            who.sort();
            who.dedup();
            if who.is_empty() {
                String::new()
            } else {
                format!("; needed by {}", who.join(", "))
            }
        };
        let is_exact = exact.is_some();
        let Some((_, tv, tid)) = exact.or(near) else {
            let other = self.t_imports.iter().find(|(n, _, _)| *n == name).cloned();
            let needed = needed_by(&mut iface.functions.keys());
            let message = match other {
                Some((n, v, _)) => format!(
                    "the target provides {} only, which no semver rule links to {}",
                    versioned(&n, &v),
                    full
                ),
                None => format!(
                    "target world `{}` does not provide `{name}`",
                    world_name(&target.resolve, tw)
                ),
            } + &needed;
            self.push(
            Code::MissingInterface,
            Severity::Error,
            full.clone(),
            message,
            "run on a host whose world includes this interface, or build the guest without the code that needs it".into(),
        );
            return;
        };
        if !is_exact {
            self.push(
            Code::VersionMismatch,
            Severity::Warning,
            full.clone(),
            format!(
                "imported at {}, the target provides {}: a semver-aware host (wasmtime) links it when every function exists there; a host that matches versions exactly refuses it",
                version.clone().unwrap_or_default(),
                versioned(&name, &tv)
            ),
            format!("adapt for the host's version, or run on a host that provides {full}"),
        );
        }
        let tiface = &target.resolve.interfaces[tid];
        for (fname, f) in &iface.functions {
            match tiface.functions.get(fname) {
            None => self.push(
                Code::MissingFunction,
                Severity::Error,
                format!("{full}#{fname}"),
                format!(
                    "the target's {} has no `{fname}`{}",
                    versioned(&name, &tv),
                    needed_by(&mut std::iter::once(fname))
                ),
                "run on a host with a newer version of the interface, or avoid the p1 calls that reach it (see the attribution below)".into(),
            ),
            Some(tf) => {
                let (a, b) = (signature(self.resolve, f), signature(&target.resolve, tf));
                if a != b {
                    self.push(
                        Code::TypeMismatch,
                        Severity::Error,
                        format!("{full}#{fname}"),
                        format!("the component expects `{a}`, the target has `{b}`"),
                        "build the component against the host's WIT".into(),
                    );
                }
            }
        }
        }
    }

    /// A function imported at the world's root.
    fn function(&mut self, key: &wit_parser::WorldKey, f: &Function) {
        let (graph, target) = (self.graph, self.target);
        let name = self.resolve.name_world_key(key);
        self.imports.push(ImportedFunction {
            name: name.clone(),
            reached_from: graph.chains("$root", &name),
        });
        let Some(tw) = self.tw else { return };
        let found = tw.imports.iter().find_map(|(k, i)| match i {
            WorldItem::Function(tf) if target.resolve.name_world_key(k) == name => Some(tf),
            _ => None,
        });
        match found {
            None => self.push(
                Code::MissingWorldFunction,
                Severity::Error,
                name.clone(),
                format!(
                    "target world `{}` does not provide function `{name}`",
                    world_name(&target.resolve, tw)
                ),
                "provide the function from the host, or remove it from the component".into(),
            ),
            Some(tf) if signature(self.resolve, f) != signature(&target.resolve, tf) => self.push(
                Code::TypeMismatch,
                Severity::Error,
                name.clone(),
                format!(
                    "the component expects `{}`, the target has `{}`",
                    signature(self.resolve, f),
                    signature(&target.resolve, tf)
                ),
                "build the component against the host's WIT".into(),
            ),
            Some(_) => {}
        }
    }

    /// The exports the target requires.
    fn exports(&mut self, w: &wit_parser::World) {
        let target = self.target;
        if let Some(tw) = self.tw {
            let mine = target_interfaces(self.resolve, w.exports.iter());
            for (n, v, _) in target_interfaces(&target.resolve, tw.exports.iter()) {
                let exact = mine.iter().any(|(m, mv, _)| *m == n && *mv == v);
                let near = mine.iter().find(|(m, mv, _)| {
                    *m == n && matches!((mv, &v), (Some(a), Some(b)) if compatible(a, b))
                });
                if exact {
                    return;
                }
                match near {
            Some((m, mv, _)) => self.push(
                Code::VersionMismatch,
                Severity::Warning,
                versioned(m, mv),
                format!("exported at {}, the target expects {}", mv.clone().unwrap_or_default(), versioned(&n, &v)),
                "a semver-aware host finds it; otherwise adapt for the host's version".into(),
            ),
            None => self.push(
                Code::MissingExport,
                Severity::Error,
                versioned(&n, &v),
                format!("target world `{}` requires this export", world_name(&target.resolve, tw)),
                "adapt as the matching kind (a command exports wasi:cli/run), or choose a target world without it".into(),
            ),
        }
            }
        }
    }
}

fn world_name(resolve: &Resolve, w: &wit_parser::World) -> String {
    match w.package {
        Some(p) => {
            let n = &resolve.packages[p].name;
            versioned(
                &format!("{}:{}/{}", n.namespace, n.name, w.name),
                &n.version.as_ref().map(ToString::to_string),
            )
        }
        None => w.name.clone(),
    }
}
