//! Findings and their rendering (text for people, JSON for pipelines).

use std::fmt::Write;

/// How bad a finding is. Any `Error` means the component does not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Does not fit: the host would refuse the component.
    Error,
    /// Fits some hosts and not others, or fits with a caveat.
    Warning,
    /// Worth knowing.
    Info,
}

/// Stable finding codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// V001: an imported interface the target does not provide at all.
    MissingInterface,
    /// V002: an imported function the target's interface does not have.
    MissingFunction,
    /// V003: an imported function whose type differs from the target's.
    TypeMismatch,
    /// V004: an interface imported at another version than the target's.
    VersionMismatch,
    /// V005: an export the target world requires that the component lacks.
    MissingExport,
    /// V006: an import outside the `wasi` namespace.
    NonWasiImport,
    /// V007: a world-level function import the target does not provide.
    MissingWorldFunction,
    /// V008: a host feature the component needs beyond its imports
    /// (component-model threading).
    HostFeature,
}

impl Code {
    /// The stable identifier, e.g. `V001`.
    pub fn id(self) -> &'static str {
        match self {
            Code::MissingInterface => "V001",
            Code::MissingFunction => "V002",
            Code::TypeMismatch => "V003",
            Code::VersionMismatch => "V004",
            Code::MissingExport => "V005",
            Code::NonWasiImport => "V006",
            Code::MissingWorldFunction => "V007",
            Code::HostFeature => "V008",
        }
    }

    /// A short name, e.g. `missing-interface`.
    pub fn name(self) -> &'static str {
        match self {
            Code::MissingInterface => "missing-interface",
            Code::MissingFunction => "missing-function",
            Code::TypeMismatch => "type-mismatch",
            Code::VersionMismatch => "version-mismatch",
            Code::MissingExport => "missing-export",
            Code::NonWasiImport => "non-wasi-import",
            Code::MissingWorldFunction => "missing-world-function",
            Code::HostFeature => "host-feature",
        }
    }
}

/// One finding.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Its stable code.
    pub code: Code,
    /// How bad.
    pub severity: Severity,
    /// What it is about: an interface, `interface#function`, an export.
    pub subject: String,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

/// An imported function and what reaches it.
#[derive(Debug, Clone)]
pub struct ImportedFunction {
    /// `interface#function` (or the name of a world-level function).
    pub name: String,
    /// Call chains that reach it, each `[callee, caller, caller's caller]`
    /// by name, most specific first (empty without a name section).
    pub reached_from: Vec<Vec<String>>,
}

/// The result of [`crate::verify`].
#[derive(Debug, Clone)]
pub struct Report {
    /// The target's name.
    pub target: String,
    /// Every imported function, with its attribution.
    pub imports: Vec<ImportedFunction>,
    /// The component's exports.
    pub exports: Vec<String>,
    /// Every finding, errors first.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Whether the component fits the target (no `Error` finding).
    pub fn fits(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// A human-readable report.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let errors = self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        let _ = writeln!(
            s,
            "target {}: {} ({} error(s), {} other finding(s))",
            self.target,
            if self.fits() { "fits" } else { "does NOT fit" },
            errors,
            self.findings.len() - errors
        );
        for f in &self.findings {
            let sev = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "info",
            };
            let _ = writeln!(
                s,
                "{sev}[{}/{}] {}: {}",
                f.code.id(),
                f.code.name(),
                f.subject,
                f.message
            );
            let _ = writeln!(s, "    fix: {}", f.fix);
        }
        let _ = writeln!(s, "imports ({} functions):", self.imports.len());
        for i in &self.imports {
            match i.reached_from.first() {
                Some(chain) if chain.len() > 1 => {
                    let _ = writeln!(s, "  {}  <- {}", i.name, chain[1..].join(" <- "));
                }
                _ => {
                    let _ = writeln!(s, "  {}", i.name);
                }
            }
            for chain in i.reached_from.iter().skip(1) {
                let _ = writeln!(
                    s,
                    "  {:w$}  <- {}",
                    "",
                    chain[1..].join(" <- "),
                    w = i.name.len()
                );
            }
        }
        let _ = writeln!(s, "exports: {}", self.exports.join(", "));
        s
    }

    /// The report as JSON (one object).
    pub fn to_json(&self) -> String {
        let mut s = String::from("{");
        let _ = write!(
            s,
            "\"target\":{},\"fits\":{},\"findings\":[",
            q(&self.target),
            self.fits()
        );
        for (i, f) in self.findings.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            let sev = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "info",
            };
            let _ = write!(
                s,
                "{{\"code\":{},\"name\":{},\"severity\":{},\"subject\":{},\"message\":{},\"fix\":{}}}",
                q(f.code.id()),
                q(f.code.name()),
                q(sev),
                q(&f.subject),
                q(&f.message),
                q(&f.fix)
            );
        }
        s.push_str("],\"imports\":[");
        for (i, imp) in self.imports.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            let chains: Vec<String> = imp
                .reached_from
                .iter()
                .map(|c| format!("[{}]", c.iter().map(|x| q(x)).collect::<Vec<_>>().join(",")))
                .collect();
            let _ = write!(
                s,
                "{{\"name\":{},\"reached_from\":[{}]}}",
                q(&imp.name),
                chains.join(",")
            );
        }
        s.push_str("],\"exports\":[");
        s.push_str(
            &self
                .exports
                .iter()
                .map(|e| q(e))
                .collect::<Vec<_>>()
                .join(","),
        );
        s.push_str("]}");
        s
    }
}

/// A JSON string literal.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
