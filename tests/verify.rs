//! The verifier: every finding against bundled presets, attribution of
//! imports to p1 functions, and agreement with wasmtime's linker
//! (`instantiate_pre`) on whether a component's imports fit.

mod harness;
use harness::{engine, rust_guest, wat_guest, Host};
use p1_adapt_verifier::{verify, Code, Severity, Target};
use std::process::Command;

fn component(guest: &[u8]) -> Vec<u8> {
    p1_adapt::adapt(guest).unwrap().component
}

/// Asserts that finding `code` about `subject` is among `c`.
fn has(c: &[(&'static str, String)], code: &str, subject: &str) {
    assert!(
        c.iter().any(|(k, s)| *k == code && s == subject),
        "no {code} {subject} in {c:?}"
    );
}

fn codes(report: &p1_adapt_verifier::Report) -> Vec<(&'static str, String)> {
    report
        .findings
        .iter()
        .map(|f| (f.code.id(), f.subject.clone()))
        .collect()
}

#[test]
fn hello_fits_command_0_2_12() {
    let report = verify(
        &component(&rust_guest("hello")),
        &Target::preset("wasi:cli/command@0.2.12").unwrap(),
    )
    .unwrap();
    assert!(report.fits(), "{}", report.to_text());
    assert!(report.findings.is_empty(), "{}", report.to_text());
    assert!(report.exports.contains(&"wasi:cli/run@0.2.12".to_string()));
}

#[test]
fn hello_against_0_2_0_lists_every_version_problem() {
    let report = verify(
        &component(&rust_guest("hello")),
        &Target::preset("wasi:cli/command@0.2.0").unwrap(),
    )
    .unwrap();
    assert!(!report.fits());
    let c = codes(&report);
    // exit-with-code is new in 0.2.12: the one error.
    assert_eq!(
        c.iter()
            .filter(|(code, _)| *code == "V002")
            .map(|(_, s)| s.as_str())
            .collect::<Vec<_>>(),
        ["wasi:cli/exit@0.2.12#exit-with-code"]
    );
    // Every imported interface and the run export differ in version.
    for iface in [
        "wasi:io/streams@0.2.12",
        "wasi:cli/stdout@0.2.12",
        "wasi:cli/environment@0.2.12",
    ] {
        has(&c, "V004", iface);
    }
    has(&c, "V004", "wasi:cli/run@0.2.12");
    let text = report.to_text();
    assert!(text.contains("semver-aware host (wasmtime)"), "{text}");
}

#[test]
fn filesystem_program_against_proxy() {
    let report = verify(
        &component(&rust_guest("fs_std")),
        &Target::preset("wasi:http/proxy@0.2.12").unwrap(),
    )
    .unwrap();
    let c = codes(&report);
    has(&c, "V001", "wasi:filesystem/types@0.2.12");
    has(&c, "V001", "wasi:filesystem/preopens@0.2.12");
    has(&c, "V001", "wasi:cli/environment@0.2.12");
    has(&c, "V005", "wasi:http/incoming-handler@0.2.12");
    assert!(report
        .findings
        .iter()
        .all(|f| f.severity == Severity::Error || f.code == Code::NonWasiImport));
    let json = report.to_json();
    assert!(json.starts_with("{\"target\":\"wasi:http/proxy@0.2.12\",\"fits\":false,\"findings\":[{\"code\":\"V001\""), "{json}");
}

#[test]
fn imports_are_attributed_to_p1_functions() {
    let report = verify(
        &component(&rust_guest("hello")),
        &Target::preset("none").unwrap(),
    )
    .unwrap();
    let stdout = report
        .imports
        .iter()
        .find(|i| i.name == "wasi:cli/stdout@0.2.12#get-stdout")
        .unwrap();
    assert_eq!(
        stdout.reached_from[0][1],
        "wasi_snapshot_preview1::fd_write"
    );
    assert!(
        stdout.reached_from[0].len() == 3,
        "the guest functions calling fd_write: {:?}",
        stdout.reached_from
    );
    let env = report
        .imports
        .iter()
        .find(|i| i.name == "wasi:cli/environment@0.2.12#get-environment")
        .unwrap();
    let p1: Vec<&str> = env.reached_from.iter().map(|c| c[1].as_str()).collect();
    assert!(
        p1.contains(&"wasi_snapshot_preview1::environ_get"),
        "{p1:?}"
    );
    assert!(
        p1.contains(&"wasi_snapshot_preview1::environ_sizes_get"),
        "{p1:?}"
    );
    let text = report.to_text();
    assert!(
        text.contains("wasi:cli/stdout@0.2.12#get-stdout  <- wasi_snapshot_preview1::fd_write <- "),
        "{text}"
    );
}

/// The verifier's verdict on imports equals wasmtime's `instantiate_pre`
/// with a linker for the same world, on fitting and non-fitting cases.
#[test]
fn agrees_with_wasmtime_linker() {
    use wasmtime::component::{Component, Linker};
    let full = {
        let mut l: Linker<Host> = Linker::new(engine());
        wasmtime_wasi::p2::add_to_linker_sync(&mut l).unwrap();
        l
    };
    let proxy = {
        let mut l: Linker<Host> = Linker::new(engine());
        wasmtime_wasi::p2::add_to_linker_proxy_interfaces_sync(&mut l).unwrap();
        l
    };
    // A WASI 0.3 host: wasmtime-wasi's p3 interfaces and nothing else.
    let p3 = {
        let mut l: Linker<Host> = Linker::new(engine());
        wasmtime_wasi::p3::add_to_linker(&mut l).unwrap();
        l
    };
    let guests = [
        rust_guest("hello"),
        rust_guest("fs_std"),
        rust_guest("poll"),
        rust_guest("clocks"),
        wat_guest("iovecs"),
        wat_guest("reactor"),
    ];
    let mut checked = 0;
    for guest in &guests {
        let c = component(guest);
        let compiled = Component::new(engine(), &c).unwrap();
        for (preset, linker) in [
            ("wasi:cli/imports@0.2.12", &full),
            ("wasi:http/proxy@0.2.12", &proxy),
            ("wasi:cli/imports@0.3.0", &p3),
        ] {
            let report = verify(&c, &Target::preset(preset).unwrap()).unwrap();
            let imports_fit = !report
                .findings
                .iter()
                .any(|f| f.severity == Severity::Error && f.code != Code::MissingExport);
            let links = linker.instantiate_pre(&compiled).is_ok();
            assert_eq!(imports_fit, links, "{preset}:\n{}", report.to_text());
            checked += 1;
        }
    }
    assert_eq!(checked, 18);
}

/// A WASI 0.3 host (`wasi:cli/command@0.3.0`, the WIT of wasmtime-wasi 48's
/// p3): a component made for 0.2 does not fit, and the report says why for
/// each import (0.3 has no `wasi:io`; its `wasi:cli` is another major
/// version).
#[test]
fn a_0_2_component_does_not_fit_wasi_0_3() {
    let report = verify(
        &component(&rust_guest("hello")),
        &Target::preset("wasi:cli/command@0.3.0").unwrap(),
    )
    .unwrap();
    assert!(!report.fits(), "{}", report.to_text());
    let c = codes(&report);
    has(&c, "V001", "wasi:io/streams@0.2.12");
    assert!(
        c.iter()
            .any(|(_, s)| s.starts_with("wasi:cli/stdout@0.2.12")),
        "{}",
        report.to_text()
    );
    assert!(p1_adapt_verifier::presets().contains(&"wasi:cli/command@0.3.0".to_string()));
    assert!(!p1_adapt_verifier::is_preset("wasi:http/proxy@0.3.0"));
}

#[test]
fn cli_exit_codes() {
    let bin = env!("CARGO_BIN_EXE_p1-adapt");
    let hello = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/hello.wat");
    let run = |args: &[&str]| Command::new(bin).arg("verify").args(args).output().unwrap();
    let ok = run(&[hello, "--target", "wasi:cli/command@0.2.12"]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).starts_with("target wasi:cli/command@0.2.12: fits"));
    let no = run(&[hello, "--target", "wasi:http/proxy@0.2.12", "--json"]);
    assert_eq!(no.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&no.stdout).contains("\"fits\":false"));
    assert_eq!(
        run(&[hello, "--target", "wasi:nope/x@1"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["/nonexistent.wasm"]).status.code(), Some(2));
}

fn no_filesystem() -> Target {
    let wit = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/wit/hosts.wit");
    Target::wit(std::path::Path::new(wit), "no-filesystem").unwrap()
}

/// `--target` without the filesystem: the host's missing capabilities look
/// absent (no preopens, so every fd above stdio is EBADF, exactly as a
/// native host without preopens answers), nothing is trimmed, and the
/// component imports nothing the target lacks.
#[test]
fn adapting_for_a_target_without_files_answers_as_without_preopens() {
    let guest = rust_guest("errno");
    let adapted = p1_adapt::Adapter::new()
        .target(no_filesystem())
        .adapt(&guest)
        .unwrap();
    assert_eq!(adapted.trimmed, []);
    assert!(
        adapted
            .imports
            .iter()
            .all(|i| !i.starts_with("wasi:filesystem")),
        "{:?}",
        adapted.imports
    );
    let report = verify(&adapted.component, &no_filesystem()).unwrap();
    assert!(report.fits(), "{}", report.to_text());

    // The host offers a directory; the component cannot see it.
    let dir = tempfile::tempdir().unwrap();
    let run = harness::everywhere_with(
        &p1_adapt::Adapter::new().target(no_filesystem()),
        &guest,
        |_| harness::Config::default().preopen(dir.path(), "/sandbox"),
    );
    let native = harness::run_native(&guest, &harness::Config::default());
    harness::assert_same(&native, &run);
    let out = run.stdout_str();
    assert!(out.contains("prestat 3: errno 8 "), "{out}");
    assert!(
        out.contains("fdstat 1: type 0 flags 0x0 base 0x40"),
        "{out}"
    );
    assert!(out.contains("close 99: 8\n"), "{out}");
}

#[test]
fn adapting_for_a_target_that_cannot_fit_is_an_error() {
    let err = p1_adapt::Adapter::new()
        .target(Target::preset("wasi:http/proxy@0.2.12").unwrap())
        .adapt(&rust_guest("hello"))
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with(
            "the component would not fit the target: V005 wasi:http/incoming-handler@0.2.12"
        ),
        "{text}"
    );
}

#[test]
fn cli_target_prints_what_was_trimmed() {
    let _ = rust_guest("hello"); // builds the guest the CLI reads
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.wasm");
    let target = format!(
        "{}:stdout-only",
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/wit/hosts.wit")
    );
    let run = Command::new(env!("CARGO_BIN_EXE_p1-adapt"))
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/target/test-programs/wasm32-wasip1/release/hello.wasm"
        ))
        .args(["-o", out.to_str().unwrap(), "--target", &target])
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains(
            "trap for the target: wasi_snapshot_preview1::proc_exit (needs wasi:cli/exit@0.2.12)"
        ),
        "{err}"
    );
}

/// `--wasi-version 0.2.0` (or a `@0.2.0` target): every import and the run
/// export at 0.2.0, fitting a 0.2.0 host exactly; exit statuses degrade to
/// 0/1 and the tool says so.
#[test]
fn adapting_for_wasi_0_2_0() {
    let adapted = p1_adapt::Adapter::new()
        .target(Target::preset("wasi:cli/command@0.2.0").unwrap())
        .adapt(&rust_guest("exit_code"))
        .unwrap();
    assert!(
        adapted.imports.iter().all(|i| i.ends_with("@0.2.0")),
        "{:?}",
        adapted.imports
    );
    assert!(adapted.trimmed.is_empty(), "{:?}", adapted.trimmed);
    assert_eq!(
        adapted.warnings,
        ["WASI 0.2.0 has no exit-with-code: proc_exit reports 0 as success and any other status as 1"]
    );
    let report = verify(
        &adapted.component,
        &Target::preset("wasi:cli/command@0.2.0").unwrap(),
    )
    .unwrap();
    assert!(report.findings.is_empty(), "{}", report.to_text());
    // It runs on a 0.2.12 host (wasmtime links 0.2.0 imports by semver).
    for (code, status) in [("0", 0), ("33", 1)] {
        let run = harness::run_component(
            &adapted.component,
            &harness::Config::default().args(&["exit_code", code]),
        );
        assert_eq!(run.status, harness::Status::Exit(status));
        assert_eq!(run.stdout_str(), format!("exiting with {code}\n"));
    }
    let err = p1_adapt::Adapter::new()
        .wasi_version("0.2.5")
        .adapt(&rust_guest("hello"))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "not supported: WASI version 0.2.5 (supported: 0.3.0, 0.2.12, 0.2.0)"
    );
}

fn hosts(world: &str) -> Target {
    let wit = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/wit/hosts.wit");
    Target::wit(std::path::Path::new(wit), world).unwrap()
}

/// A stdout-only guest does not fit a proxy-class world as it is (it
/// imports environment and exit), and fits it once adapted for it.
#[test]
fn stdout_only_guest_fits_proxy_class_world_after_trimming() {
    let before = verify(&component(&rust_guest("hello")), &hosts("stdout-only")).unwrap();
    assert!(!before.fits());
    let c = codes(&before);
    has(&c, "V001", "wasi:cli/environment@0.2.12");
    has(&c, "V001", "wasi:cli/exit@0.2.12");

    let adapted = p1_adapt::Adapter::new()
        .target(hosts("stdout-only"))
        .adapt(&rust_guest("hello"))
        .unwrap();
    let after = verify(&adapted.component, &hosts("stdout-only")).unwrap();
    assert!(after.fits(), "{}", after.to_text());
    let trimmed: Vec<&str> = adapted
        .trimmed
        .iter()
        .map(|t| t.function.as_str())
        .collect();
    // Without wasi:cli/environment the environment is empty, as on a host
    // that passes none: only proc_exit is trimmed (it traps).
    assert_eq!(trimmed, ["wasi_snapshot_preview1::proc_exit"]);
    let run = harness::run_component(&adapted.component, &harness::Config::default());
    assert_eq!(run.stdout_str(), "Hello, world!\n");
}

/// The findings of a filesystem guest against a world without the
/// filesystem name the p1 calls responsible; the JSON parses.
#[test]
fn filesystem_guest_findings_name_the_p1_calls() {
    let report = verify(&component(&rust_guest("fs_std")), &no_filesystem()).unwrap();
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    assert_eq!(json["fits"], false);
    let findings = json["findings"].as_array().unwrap();
    let fs = findings
        .iter()
        .find(|f| f["subject"] == "wasi:filesystem/types@0.2.12")
        .expect("a finding for wasi:filesystem/types");
    assert_eq!(fs["code"], "V001");
    assert_eq!(fs["severity"], "error");
    let message = fs["message"].as_str().unwrap();
    for p1 in [
        "wasi_snapshot_preview1::path_open",
        "wasi_snapshot_preview1::fd_readdir",
        "wasi_snapshot_preview1::path_unlink_file",
    ] {
        assert!(message.contains(p1), "{message}");
    }
    let imports = json["imports"].as_array().unwrap();
    let open_at = imports
        .iter()
        .find(|i| i["name"] == "wasi:filesystem/types@0.2.12#[method]descriptor.open-at")
        .unwrap();
    assert_eq!(
        open_at["reached_from"][0][1],
        "wasi_snapshot_preview1::path_open"
    );
}

/// A component made with wit-component and the official adapter verifies
/// too (the verifier knows nothing of p1-adapt).
#[test]
fn official_adapter_components_verify() {
    let official = wit_component::ComponentEncoder::default()
        .module(&rust_guest("hello"))
        .unwrap()
        .adapter(
            "wasi_snapshot_preview1",
            wasi_preview1_component_adapter_provider::WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
        )
        .unwrap()
        .encode()
        .unwrap();
    let fits = verify(
        &official,
        &Target::preset("wasi:cli/command@0.2.12").unwrap(),
    )
    .unwrap();
    assert!(fits.fits(), "{}", fits.to_text());
    let report = verify(&official, &no_filesystem()).unwrap();
    let c = codes(&report);
    // Its hello world imports the filesystem (preopens at start-up).
    has(&c, "V001", "wasi:filesystem/preopens@0.2.12");
    assert!(!report.fits());
}

/// Guests that use files, arguments and the environment, adapted for a
/// proxy-class host (no filesystem, environment or exit): nothing but
/// proc_exit is trimmed, and they run exactly as natively on a host without
/// preopens, arguments or variables, though the host offers all three.
#[test]
fn files_guests_on_a_proxy_class_host_match_native_without_preopens() {
    for name in ["fs_std", "fs_raw", "fs_errors", "errno", "args_env"] {
        let guest = rust_guest(name);
        let adapted = p1_adapt::Adapter::new()
            .target(hosts("stdout-only"))
            .adapt(&guest)
            .unwrap();
        assert!(
            adapted
                .trimmed
                .iter()
                .all(|t| t.function == "wasi_snapshot_preview1::proc_exit"),
            "{name}: {:?}",
            adapted.trimmed
        );
        let dir = tempfile::tempdir().unwrap();
        let run = harness::everywhere_with(
            &p1_adapt::Adapter::new().target(hosts("stdout-only")),
            &guest,
            |_| {
                harness::Config::default()
                    .preopen(dir.path(), ".")
                    .args(&["x", "y"])
                    .env(&[("A", "1")])
            },
        );
        let native = harness::run_native(&guest, &harness::Config::default());
        // fs_std panics at its first unwrap without a directory: a trap
        // natively too (the messages differ).
        harness::assert_same_host(&native, &run, "native", "adapted");
        assert!(dir.path().read_dir().unwrap().next().is_none(), "{name}");
    }
}
