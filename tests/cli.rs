//! The command line: rejected inputs (fixtures in `tests/rejected/<case>/`:
//! an `input.*` and the `expected` exit status and stderr, regenerated with
//! `BLESS=1`), success paths, usage and I/O errors, atomic output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_p1-adapt"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// Runs the rejected case `name` and compares (or, with `BLESS`, writes)
/// its `expected` exit status and stderr.
fn rejected(name: &str) {
    let case = root().join("tests/rejected").join(name);
    let input = std::fs::read_dir(&case)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_stem().is_some_and(|s| s == "input"))
        .unwrap_or_else(|| panic!("{}: no input.*", case.display()));
    let out_dir = tempfile::tempdir().unwrap();
    let out_file = out_dir.path().join("out.wasm");
    // Options for the case, one per line, in `args` if it has one.
    let args = std::fs::read_to_string(case.join("args")).unwrap_or_default();
    let run = bin()
        .current_dir(&case)
        .arg(input.file_name().unwrap())
        .arg("-o")
        .arg(&out_file)
        .args(args.lines())
        .output()
        .unwrap();
    let actual = format!(
        "exit: {}\n{}",
        run.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        leftovers(out_dir.path()).is_empty(),
        "{}: output left behind on error",
        case.display()
    );
    let expected_path = case.join("expected");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&expected_path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert!(
        expected == actual,
        "{}:\n--- expected\n{expected}--- actual\n{actual}(run with BLESS=1 to accept)",
        case.display()
    );
}

/// One test per folder of `tests/rejected/`.
macro_rules! rejected {
    ($($name:ident),* $(,)?) => {
        mod rejected {
            $(
                #[test]
                fn $name() {
                    super::rejected(stringify!($name));
                }
            )*
        }
        /// Every folder has its test, and every test its folder.
        #[test]
        fn every_rejected_folder_has_a_test() {
            let mut named = vec![$(stringify!($name)),*];
            named.sort_unstable();
            let mut folders: Vec<String> = std::fs::read_dir(root().join("tests/rejected"))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            folders.sort_unstable();
            assert_eq!(folders, named, "tests/rejected/ and the rejected! list differ");
        }
    };
}

rejected! {
    bad_preempt,
    bad_region,
    bad_start_type,
    bad_text,
    both_entry_points,
    component,
    cooperative_reactor,
    invalid_body,
    invalid_module,
    many_problems,
    not_wasm,
    proxy_with_start,
    proxy_without_handler,
    reactor_on_wasi_0_3,
    reactor_untypable,
    shared_memory,
    single_layout_no_room,
    thread_spawn_without_start,
    threads_on_wasi_0_3,
    truncated,
}

#[test]
fn adapts_a_file_and_reports_imports() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hello.component.wasm");
    let run = bin()
        .arg(root().join("examples/hello.wat"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.ends_with("imports: wasi:io/error@0.2.12, wasi:io/streams@0.2.12, wasi:cli/stdout@0.2.12, wasi:cli/stderr@0.2.12\n"),
        "{stderr}"
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(wasmparser::Parser::is_component(&bytes));
    assert_eq!(leftovers(dir.path()), ["hello.component.wasm"]);
}

fn pipe(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn stdin_to_stdout() {
    let wat = std::fs::read(root().join("examples/hello.wat")).unwrap();
    let run = pipe(&["-", "-o", "-"], &wat);
    assert_eq!(run.status.code(), Some(0));
    assert!(wasmparser::Parser::is_component(&run.stdout));
    assert!(
        run.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let same = p1_adapt::adapt(&wat).unwrap().component;
    assert_eq!(run.stdout, same, "CLI and library agree byte for byte");
}

#[test]
fn rejected_stdin_names_stdin() {
    let run = pipe(&["-", "-o", "-"], b"\0asm\x01\0\0\0\x01");
    assert_eq!(run.status.code(), Some(1));
    assert!(run.stdout.is_empty());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.starts_with("p1-adapt: error: <stdin>: invalid WebAssembly:"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["a.wasm"][..],
        &["a.wasm", "-o"][..],
        &["--bogus"][..],
        &["a", "b", "-o", "c"][..],
        &["a.wasm", "-o", "b.wasm", "--layout", "bogus"][..],
    ] {
        let run = bin().args(args).output().unwrap();
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(err.starts_with("p1-adapt: error: "), "{err}");
    }
}

#[test]
fn io_errors_exit_2_and_leave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let run = bin()
        .arg(dir.path().join("missing.wasm"))
        .args(["-o", "x.wasm"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("missing.wasm: cannot read"));

    let run = bin()
        .arg(root().join("examples/hello.wat"))
        .arg("-o")
        .arg(dir.path().join("no/such/dir/out.wasm"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("cannot write"));
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn help_and_version() {
    let run = bin().arg("--help").output().unwrap();
    assert_eq!(run.status.code(), Some(0));
    let help = String::from_utf8_lossy(&run.stdout);
    assert!(help.contains("EXAMPLES:") && help.contains("EXIT STATUS:"));
    let run = bin().arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        format!("p1-adapt {} (WASI 0.2.12)\n", env!("CARGO_PKG_VERSION"))
    );
}

/// DWARF that cannot be read is dropped with a warning saying why (debug
/// info that can is rewritten: tests/debuginfo.rs).
#[test]
fn malformed_dwarf_is_dropped_with_a_warning() {
    let wat = r#"(module
        (@custom ".debug_info" "\01\02\03")
        (@custom "producers-like" "kept")
        (memory (export "memory") 1)
        (func (export "_start")))"#;
    let adapted = p1_adapt::adapt(wat.as_bytes()).unwrap();
    assert_eq!(
        adapted.warnings,
        ["dropped the debug info (`.debug_*`): converting it: unexpected end of input"]
    );
}

/// The two lines of every usage error.
fn usage(message: &str) -> String {
    format!("p1-adapt: error: {message}\nTry `p1-adapt --help`.\n")
}

/// Runs `args` in a fresh directory (`OUT` in them is a file there) and
/// asserts a usage error: exit status 2, exactly `message` (and the help
/// pointer) on stderr, nothing on stdout, and no file written.
fn assert_usage_error(args: &[impl AsRef<str>], message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.wasm");
    let args: Vec<String> = args
        .iter()
        .map(|a| a.as_ref().replace("OUT", &out.to_string_lossy()))
        .collect();
    let run = bin().args(&args).output().unwrap();
    assert_eq!(run.status.code(), Some(2), "{args:?}");
    assert_eq!(
        String::from_utf8_lossy(&run.stderr),
        usage(message),
        "{args:?}"
    );
    assert!(run.stdout.is_empty(), "{args:?}");
    assert!(
        leftovers(dir.path()).is_empty(),
        "{args:?}: a file was written"
    );
}

fn hosts_wit() -> String {
    root()
        .join("tests/wit/hosts.wit")
        .to_string_lossy()
        .into_owned()
}

fn hello() -> String {
    root()
        .join("examples/hello.wat")
        .to_string_lossy()
        .into_owned()
}

/// `--target PATH --world NAME`, `--target PATH:WORLD` and
/// `--target=PATH:WORLD` adapt for the same host, byte for byte.
#[test]
fn adapt_target_path_and_world_forms() {
    let dir = tempfile::tempdir().unwrap();
    let (wit, input) = (hosts_wit(), hello());
    let joined = format!("{wit}:no-filesystem");
    let inline = format!("--target={wit}:no-filesystem");
    let forms: [&[&str]; 4] = [
        &["--target", &wit, "--world", "no-filesystem"],
        &["--target", &wit, "--world=no-filesystem"],
        &["--target", &joined],
        &[&inline],
    ];
    let mut components = Vec::new();
    for (i, form) in forms.iter().enumerate() {
        let out = dir.path().join(format!("{i}.wasm"));
        let run = bin()
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .args(*form)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(0), "{form:?}: {run:?}");
        let component = std::fs::read(&out).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&run.stderr),
            format!(
                "p1-adapt: {input} -> {} ({} bytes, command, single-memory layout); imports: wasi:io/error@0.2.12, wasi:io/streams@0.2.12, wasi:cli/stdout@0.2.12, wasi:cli/stderr@0.2.12\n",
                out.display(),
                component.len()
            ),
            "{form:?}"
        );
        components.push(component);
    }
    assert!(components.windows(2).all(|w| w[0] == w[1]));
}

/// `verify` takes the same `--target` forms as adapting.
#[test]
fn verify_target_path_and_world_forms() {
    let (wit, input) = (hosts_wit(), hello());
    let joined = format!("{wit}:no-filesystem");
    let inline = format!("--target={wit}:no-filesystem");
    let forms: [&[&str]; 4] = [
        &["--target", &wit, "--world", "no-filesystem"],
        &["--target", &wit, "--world=no-filesystem"],
        &["--target", &joined],
        &[&inline],
    ];
    for form in forms {
        let run = bin().arg("verify").arg(&input).args(form).output().unwrap();
        assert_eq!(run.status.code(), Some(0), "{form:?}: {run:?}");
        assert!(run.stderr.is_empty(), "{form:?}: {run:?}");
        let report = String::from_utf8_lossy(&run.stdout);
        assert_eq!(
            report.lines().next(),
            Some(&*format!(
                "target {wit}:no-filesystem: fits (0 error(s), 0 other finding(s))"
            )),
            "{form:?}"
        );
    }
}

/// `--output=FILE` is `-o FILE`, as every `--option=VALUE` is.
#[test]
fn output_equals_form() {
    let dir = tempfile::tempdir().unwrap();
    let run = bin()
        .arg(hello())
        .arg(format!("--output={}", dir.path().join("a.wasm").display()))
        .args([
            "--layout=single",
            "--wasi-version=0.2.12",
            "--kind=command",
            "-q",
        ])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    assert!(run.stderr.is_empty(), "{run:?}");
    let run = bin()
        .arg(hello())
        .arg("-o")
        .arg(dir.path().join("b.wasm"))
        .arg("--quiet")
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    assert_eq!(
        std::fs::read(dir.path().join("a.wasm")).unwrap(),
        std::fs::read(dir.path().join("b.wasm")).unwrap()
    );
    assert_eq!(leftovers(dir.path()).len(), 2);
}

/// An unsupported `--wasi-version` is refused while reading the arguments,
/// naming the supported ones; nothing is written.
#[test]
fn unsupported_wasi_version_is_a_usage_error() {
    let supported = p1_adapt_verifier::WASI_VERSIONS.join(", ");
    let input = hello();
    for args in [
        &[&input, "-o", "OUT", "--wasi-version", "0.4.0"][..],
        &[&input, "--output=OUT", "--wasi-version=0.4.0"][..],
    ] {
        assert_usage_error(
            args,
            &format!(
                "unsupported `--wasi-version 0.4.0` (supported WASI versions: 0.3.0, {supported})"
            ),
        );
    }
    assert_usage_error(
        &[&input, "-o", "OUT", "--world", "wasi:http/proxy@0.3.0"],
        &format!(
            "unsupported `--world wasi:http/proxy@0.3.0` (supported WASI versions: {supported})"
        ),
    );
}

/// `verify` checks one input.
#[test]
fn verify_with_two_inputs_is_a_usage_error() {
    assert_usage_error(
        &["verify", "a.wasm", "b.wasm"],
        "verify: unexpected argument `b.wasm` after the input `a.wasm` (one input at a time)",
    );
}

/// The `--world` rule: directly after `--target` it is the target's, so it
/// cannot follow a preset or `PATH:WORLD`, and a `PATH` needs it; anywhere
/// else it is the reactor's (`--wit`), which `verify` has none of.
#[test]
fn target_world_ambiguities_are_usage_errors() {
    let (wit, input) = (hosts_wit(), hello());
    let wit = wit.as_str();
    let joined = format!("{wit}:no-filesystem");
    let joined = joined.as_str();
    let preset = "wasi:cli/command@0.2.12";
    let with = |first: &[&str], rest: &[&str]| -> Vec<String> {
        first.iter().chain(rest).map(|a| a.to_string()).collect()
    };
    let adapt = |rest: &[&str]| with(&[&input, "-o", "OUT"], rest);
    let verify = |rest: &[&str]| with(&["verify", &input], rest);
    let no_world = format!(
        "`--target {wit}` names no world: \
         give it as `--target {wit}:WORLD` or `--target {wit} --world WORLD`"
    );
    let named = |what: &str, spec: &str| {
        format!(
            "`--target {spec}` is {what}, which names its world already: \
             `--world stdout-only` cannot follow it"
        )
    };
    let (after_preset, after_joined) = (named("a preset", preset), named("`PATH:WORLD`", joined));
    let cases = [
        (adapt(&["--target", wit]), no_world.clone()),
        (
            adapt(&["--target", wit, "--wit", wit, "--world", "x"]),
            no_world.clone(),
        ),
        (
            adapt(&["--target", preset, "--world", "stdout-only"]),
            after_preset.clone(),
        ),
        (
            adapt(&["--target", joined, "--world", "stdout-only"]),
            after_joined.clone(),
        ),
        (
            adapt(&["--world", "no-filesystem"]),
            "`--world no-filesystem` needs `--wit PATH` \
             (or, naming the target's world, goes directly after `--target PATH`)"
                .into(),
        ),
        (
            adapt(&["--target", wit, "--world", "no-filesystem", "--wit", wit]),
            format!(
                "`--wit {wit}` needs `--world NAME` \
                 (a `--world` directly after `--target PATH` is the target's)"
            ),
        ),
        (
            adapt(&["--target", "nowhere.wit", "--world", "w"]),
            "`--target nowhere.wit`: no such WIT file or directory".into(),
        ),
        (
            adapt(&[
                "--target",
                wit,
                "--world",
                "no-filesystem",
                "--target",
                joined,
            ]),
            "`--target` given twice".into(),
        ),
        (verify(&["--target", wit]), format!("verify: {no_world}")),
        (
            verify(&["--target", preset, "--world", "stdout-only"]),
            format!("verify: {after_preset}"),
        ),
        (
            verify(&["--target", joined, "--world", "stdout-only"]),
            format!("verify: {after_joined}"),
        ),
        (
            verify(&["--world", "no-filesystem", "--target", wit]),
            "verify: `--world` names the world of `--target PATH` and goes directly after it"
                .into(),
        ),
    ];
    for (args, message) in cases {
        assert_usage_error(&args, &message);
    }
}

/// Value forms and flags: a missing or empty value, a value given to a
/// flag, an option given twice.
#[test]
fn option_value_usage_errors() {
    let input = hello();
    let file_name = "needs a file name (`-` for standard output)";
    let cases: [(&[&str], String); 8] = [
        (&[&input, "--output="], format!("`--output` {file_name}")),
        (&[&input, "-o"], format!("`-o` {file_name}")),
        (
            &[&input, "-o", "OUT", "--quiet=yes"],
            "`--quiet` takes no value".into(),
        ),
        (
            &[&input, "-o", "OUT", "--output=OUT"],
            "`--output` given twice".into(),
        ),
        (
            &[&input, "-o", "OUT", "--layout=bogus"],
            "unknown layout `bogus` (multi, single or auto)".into(),
        ),
        (
            &[&input, "-o", "OUT", "--bogus=1"],
            "unknown option `--bogus`".into(),
        ),
        (
            &["verify", &input, "--json=yes"],
            "verify: `--json` takes no value".into(),
        ),
        (
            &["verify", &input, "--target="],
            "verify: `--target` needs a preset, `PATH:WORLD` or `PATH --world WORLD`".into(),
        ),
    ];
    for (args, message) in cases {
        assert_usage_error(args, &message);
    }
}

/// The help is built from what this build bundles.
#[test]
fn help_names_the_bundled_versions_and_presets() {
    let run = bin().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&run.stdout);
    assert!(help.contains(&format!(
        "[--wasi-version {}|{}]",
        p1_adapt_verifier::WASI_VERSIONS.join("|"),
        p1_adapt_verifier::WASI_0_3
    )));
    assert!(help.contains("p1-adapt <INPUT> (-o|--output) <OUTPUT> [-q|--quiet]"));
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    for preset in p1_adapt_verifier::presets() {
        assert!(flat.contains(&preset), "{preset}");
    }
    let verify = bin().args(["verify", "--help"]).output().unwrap();
    assert_eq!(verify.stdout, run.stdout);
}
