//! Host features a component needs beyond WASI's interfaces, found in its
//! own bytes: today component-model threading (the `thread.*` built-ins of
//! cooperative threads). Each is a finding ([`Code::HostFeature`]): a
//! warning, since some hosts have the feature and some do not, and a world
//! cannot say which.

use crate::report::{Code, Finding, Severity};
use wasmparser::{CanonicalFunction, Parser, Payload};

/// The findings of the host features `component` needs.
pub fn findings(component: &[u8]) -> Vec<Finding> {
    let mut builtins: Vec<&str> = Vec::new();
    for payload in Parser::new(0).parse_all(component) {
        let Ok(Payload::ComponentCanonicalSection(s)) = payload else {
            continue;
        };
        for f in s.into_iter().flatten() {
            let name = match f {
                CanonicalFunction::ThreadNewIndirect { .. } => "thread.new-indirect",
                CanonicalFunction::ThreadIndex => "thread.index",
                CanonicalFunction::ThreadSuspendThenResume => "thread.suspend-then-resume",
                CanonicalFunction::ThreadResumeLater => "thread.resume-later",
                CanonicalFunction::ThreadSuspend => "thread.suspend",
                CanonicalFunction::ThreadYield => "thread.yield",
                CanonicalFunction::ThreadYieldThenResume => "thread.yield-then-resume",
                _ => continue,
            };
            if !builtins.contains(&name) {
                builtins.push(name);
            }
        }
    }
    let mut out = Vec::new();
    if !builtins.is_empty() {
        out.push(Finding {
            code: Code::HostFeature,
            severity: Severity::Warning,
            subject: "component-model threading".into(),
            message: format!(
                "the component runs threads as component-model threads ({}): a host without component-model threading refuses it",
                builtins.join(", ")
            ),
            fix: "run it where component-model threading is on (wasmtime 48: `-W component-model-threading`, or `Config::wasm_component_model_threading(true)` and asynchronous calls), or adapt it with `--threads none` (no threads: jco and other hosts)".into(),
        });
    }
    out
}
