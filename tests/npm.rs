//! The npm package (`npm/`): made from the composer component with jco
//! (`npm/build.sh`), packed with `npm pack`, installed from the tarball and
//! used by a Node.js script as a user would. It adapts a Rust program and
//! the bundled example to the library's bytes, its refusals are the CLI's problems (never a raw trap), what it
//! makes runs under jco as natively, and its TypeScript types check.

mod harness;

use harness::{root, run_jco, run_native, rust_guest, Config};
use std::path::Path;
use std::process::Command;

fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `npm/dist` ([`harness::npm_dist`]), `npm pack`, and the tarball
/// unpacked as `node_modules/p1-adapt` in a directory under `tests/` (whose
/// `node_modules` gives it its dependency, the preview2 shim, as an install
/// would). Returns the directory and the tarball's size.
fn install(dir: &Path) -> u64 {
    harness::npm_dist();
    let npm = root().join("npm");
    let packs = dir.join("packs");
    std::fs::create_dir_all(&packs).unwrap();
    let name = run(
        Command::new("npm")
            .current_dir(&npm)
            .args(["pack", "--silent", "--pack-destination"])
            .arg(&packs),
        "npm pack",
    );
    let tarball = packs.join(name.trim());
    let size = std::fs::metadata(&tarball).unwrap().len();
    let installed = dir.join("node_modules/p1-adapt");
    std::fs::create_dir_all(&installed).unwrap();
    run(
        Command::new("tar")
            .arg("xzf")
            .arg(&tarball)
            .arg("--strip-components=1")
            .arg("-C")
            .arg(&installed),
        "unpack the tarball",
    );
    size
}

const SCRIPT: &str = r#"
import { adapt, verify, AdaptError } from "p1-adapt";
import { readFileSync, writeFileSync } from "node:fs";
const [input, example, out] = process.argv.slice(2);
const bytes = readFileSync(input);
const adapted = adapt(bytes);
writeFileSync(out + "/component.wasm", adapted.component);
writeFileSync(out + "/example.wasm", adapt(readFileSync(example)).component);
const refused = {};
for (const [name, input, options] of [
  ["not-wasm", new Uint8Array([1, 2, 3]), undefined],
  ["unknown-option", bytes, { layuot: "multi" }],
  ["bad-region", bytes, { region: "3M7" }],
  ["bad-kind", bytes, { kind: "daemon" }],
  ["not-bytes", "hello", undefined],
]) {
  try {
    adapt(input, options);
    refused[name] = "adapted";
  } catch (e) {
    refused[name] = { adaptError: e instanceof AdaptError, problems: e.problems, message: e.message };
  }
}
const report = verify(adapted.component, { target: "wasi:cli/command@0.2.0" });
writeFileSync(out + "/results.json", JSON.stringify({
  imports: adapted.imports,
  warnings: adapted.warnings,
  layout: adapted.layout,
  kind: adapted.kind,
  multi: adapt(bytes, { layout: "multi", stripDebug: true }).layout,
  refused,
  fits: report.fits,
  json: report.json,
}));
"#;

const TYPES: &str = r#"
import { adapt, verify, AdaptError, type Adaptation, type Report, type Problem } from "p1-adapt";
const a: Adaptation = adapt(new Uint8Array(0), { layout: "multi", preempt: "off", region: "1M", kind: "command" });
const r: Report = verify(a.component, { target: "none" });
const codes: string[] = r.findings.map((f) => f.code + f.severity);
try {
  adapt(new ArrayBuffer(8));
} catch (e) {
  if (e instanceof AdaptError) {
    const first: Problem = e.problems[0];
    console.log(first.code, codes, a.imports.length, a.layout === "single");
  }
}
"#;

#[test]
fn the_packed_package_adapts_from_node() {
    let out = root().join("tests/jco/out");
    std::fs::create_dir_all(&out).unwrap();
    let dir = tempfile::tempdir_in(&out).unwrap();
    let size = install(dir.path());
    eprintln!("npm pack: {size} bytes");

    let hello = rust_guest("hello");
    let input = dir.path().join("hello.wasm");
    std::fs::write(&input, &hello).unwrap();
    std::fs::write(dir.path().join("script.mjs"), SCRIPT).unwrap();
    run(
        Command::new("node")
            .arg(dir.path().join("script.mjs"))
            .arg(&input)
            .arg(root().join("examples/hello.wat"))
            .arg(dir.path()),
        "the Node.js script",
    );
    let component = std::fs::read(dir.path().join("component.wasm")).unwrap();
    let results: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("results.json")).unwrap()).unwrap();

    // The library's bytes and answers, for the Rust program and for the
    // bundled example.
    let example = std::fs::read(root().join("examples/hello.wat")).unwrap();
    assert!(
        std::fs::read(dir.path().join("example.wasm")).unwrap()
            == p1_adapt::adapt(&example).unwrap().component,
        "the package's component of examples/hello.wat differs from the library's"
    );
    let lib = p1_adapt::adapt(&hello).unwrap();
    assert!(
        component == lib.component,
        "the package's component differs from the library's"
    );
    assert_eq!(results["imports"], serde_json::json!(lib.imports));
    assert_eq!(results["warnings"], serde_json::json!(lib.warnings));
    assert_eq!(results["layout"], "single");
    assert_eq!(results["kind"], "command");
    assert_eq!(results["multi"], "multi");
    let target = p1_adapt::target("wasi:cli/command@0.2.0", None).unwrap();
    let report = p1_adapt::verify_input(&lib.component, &target).unwrap();
    assert_eq!(results["json"], report.to_json());
    assert_eq!(results["fits"], report.fits());

    // Refusals: the CLI's problems, as AdaptErrors.
    let refused = &results["refused"];
    let expected = p1_adapt::adapt(&[1, 2, 3]).unwrap_err();
    let p = &expected.problems()[0];
    assert_eq!(
        refused["not-wasm"]["problems"],
        serde_json::json!([{ "code": p.code(), "message": p.to_string() }])
    );
    for case in ["unknown-option", "bad-region", "bad-kind", "not-bytes"] {
        assert_eq!(refused[case]["adaptError"], true, "{case}: {refused}");
        assert_eq!(
            refused[case]["problems"][0]["code"], "usage",
            "{case}: {refused}"
        );
    }
    let unknown = refused["unknown-option"]["message"].as_str().unwrap();
    assert!(unknown.contains("unknown option `layuot`"), "{unknown}");

    // What it made runs under jco (Node.js) as natively.
    let config = Config::default();
    harness::assert_same(&run_native(&hello, &config), &run_jco(&component, &config));

    // The TypeScript types check against a use of the API.
    std::fs::write(dir.path().join("use.mts"), TYPES).unwrap();
    run(
        Command::new(root().join("tests/node_modules/.bin/tsc"))
            .current_dir(dir.path())
            .args([
                "--noEmit",
                "--strict",
                "--module",
                "nodenext",
                "--moduleResolution",
                "nodenext",
                "--target",
                "es2022",
                "use.mts",
            ]),
        "tsc",
    );
}
