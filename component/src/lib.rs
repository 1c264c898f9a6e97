//! p1-adapt's composer as a WebAssembly component: the `p1-adapt:composer`
//! world (`wit/composer.wit`), whose `adapt` and `verify` are the library's
//! with the same options and results. Built for `wasm32-wasip2`
//! (`tests/component.rs` builds it and checks it against the library);
//! `npm/` makes it a JavaScript package with jco.
//!
//! Work the library spreads over threads runs on this one: wasm32-wasip2
//! has none (`available_parallelism` answers an error, so one).

wit_bindgen::generate!({
    path: "wit",
    world: "composer",
});

use exports::p1_adapt::composer::compose as api;
use std::path::Path;

struct Composer;

export!(Composer);

fn usage(message: String) -> Vec<api::Problem> {
    vec![api::Problem {
        code: "usage".into(),
        message,
    }]
}

fn problems(e: &p1_adapt::Error) -> Vec<api::Problem> {
    match e {
        p1_adapt::Error::Rejected(list) => list
            .iter()
            .map(|p| api::Problem {
                code: p.code().into(),
                message: p.to_string(),
            })
            .collect(),
        e => vec![api::Problem {
            code: "internal".into(),
            message: e.to_string(),
        }],
    }
}

fn kind_in(k: api::Kind) -> p1_adapt::Kind {
    match k {
        api::Kind::Command => p1_adapt::Kind::Command,
        api::Kind::Reactor => p1_adapt::Kind::Reactor,
        api::Kind::Proxy => p1_adapt::Kind::Proxy,
    }
}

fn kind_out(k: p1_adapt::Kind) -> api::Kind {
    match k {
        p1_adapt::Kind::Command => api::Kind::Command,
        p1_adapt::Kind::Reactor => api::Kind::Reactor,
        p1_adapt::Kind::Proxy => api::Kind::Proxy,
        other => unreachable!("kind {other:?} is missing from composer.wit"),
    }
}

fn layout_out(l: p1_adapt::Layout) -> api::Layout {
    match l {
        p1_adapt::Layout::Single => api::Layout::Single,
        p1_adapt::Layout::Multi => api::Layout::Multi,
        p1_adapt::Layout::Auto => api::Layout::Auto,
        #[allow(unreachable_patterns)]
        other => unreachable!("layout {other:?} is missing from composer.wit"),
    }
}

/// The library's `Adapter` for `options`, or the problem with them.
fn adapter(o: api::Options) -> Result<p1_adapt::Adapter, Vec<api::Problem>> {
    let mut a = p1_adapt::Adapter::new().strip_debug(o.strip_debug);
    if let Some(k) = o.kind {
        a = a.kind(kind_in(k));
    }
    if let Some(spec) = o.target {
        let target = p1_adapt::target(&spec, o.target_world.as_deref()).map_err(usage)?;
        a = a.target(target);
    } else if o.target_world.is_some() {
        return Err(usage(
            "`target-world` names the world of `target`, which is not given".into(),
        ));
    }
    if let Some(v) = o.wasi_version {
        a = a.wasi_version(v);
    }
    if let Some(l) = o.layout {
        a = a.layout(match l {
            api::Layout::Auto => p1_adapt::Layout::Auto,
            api::Layout::Single => p1_adapt::Layout::Single,
            api::Layout::Multi => p1_adapt::Layout::Multi,
        });
    }
    if let Some(r) = o.region {
        a = a.region(r.parse().map_err(|e| usage(format!("region: {e}")))?);
    }
    if let Some(t) = o.threads {
        a = a.threads(match t {
            api::Threads::Auto => p1_adapt::Threads::Auto,
            api::Threads::Cooperative => p1_adapt::Threads::Cooperative,
            api::Threads::None => p1_adapt::Threads::None,
        });
    }
    if let Some(p) = o.preempt {
        a = a.preempt(match p {
            api::Preempt::Every(n) => n.to_string().parse().map_err(usage)?,
            api::Preempt::Off => p1_adapt::Preempt::Off,
        });
    }
    if let Some(w) = o.wit {
        if !Path::new(&w.path).exists() {
            return Err(usage(format!(
                "wit: {}: no such WIT file or directory",
                w.path
            )));
        }
        a = a.wit(w.path, w.world);
    }
    Ok(a)
}

impl api::Guest for Composer {
    fn adapt(module: Vec<u8>, options: api::Options) -> Result<api::Adaptation, Vec<api::Problem>> {
        let adapted = adapter(options)?.adapt(&module).map_err(|e| problems(&e))?;
        Ok(api::Adaptation {
            imports: adapted.imports,
            warnings: adapted.warnings,
            trimmed: adapted
                .trimmed
                .into_iter()
                .map(|t| api::Trimmed {
                    function: t.function,
                    needs: t.needs,
                })
                .collect(),
            layout: layout_out(adapted.layout),
            kind: kind_out(adapted.kind),
            component: adapted.component,
        })
    }

    fn verify(
        component: Vec<u8>,
        target: Option<String>,
        target_world: Option<String>,
    ) -> Result<api::Report, Vec<api::Problem>> {
        let target = p1_adapt::target(target.as_deref().unwrap_or("none"), target_world.as_deref())
            .map_err(usage)?;
        let report = p1_adapt::verify_input(&component, &target).map_err(|e| problems(&e))?;
        let severity = |s: p1_adapt::Severity| match s {
            p1_adapt::Severity::Error => api::Severity::Error,
            p1_adapt::Severity::Warning => api::Severity::Warning,
            p1_adapt::Severity::Info => api::Severity::Info,
        };
        Ok(api::Report {
            target: report.target.clone(),
            fits: report.fits(),
            imports: report
                .imports
                .iter()
                .map(|i| api::ImportedFunction {
                    name: i.name.clone(),
                    reached_from: i.reached_from.clone(),
                })
                .collect(),
            exports: report.exports.clone(),
            findings: report
                .findings
                .iter()
                .map(|f| api::Finding {
                    code: f.code.id().into(),
                    name: f.code.name().into(),
                    severity: severity(f.severity),
                    subject: f.subject.clone(),
                    message: f.message.clone(),
                    fix: f.fix.clone(),
                })
                .collect(),
            text: report.to_text(),
            json: report.to_json(),
        })
    }
}
