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
    bad_start_type,
    bad_text,
    both_entry_points,
    component,
    invalid_module,
    many_problems,
    not_wasm,
    proxy_with_start,
    proxy_without_handler,
    reactor_untypable,
    shared_memory,
    single_layout_no_room,
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

#[test]
fn dwarf_is_dropped_with_a_warning() {
    let wat = r#"(module
        (@custom ".debug_info" "\01\02\03")
        (@custom "producers-like" "kept")
        (memory (export "memory") 1)
        (func (export "_start")))"#;
    let adapted = p1_adapt::adapt(wat.as_bytes()).unwrap();
    assert_eq!(
        adapted.warnings,
        ["dropped custom section `.debug_info`: its code offsets do not survive fusion"]
    );
}
