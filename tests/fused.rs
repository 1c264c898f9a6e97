//! Fused output as data: each folder `tests/fused/<case>/` holds an
//! `input.wat`, the command-line options in `args` (one per line, run in the
//! folder, so a `--wit` or `--target` file sits beside the input), and what
//! `p1-adapt` made of it:
//! - `stderr`: what the command printed (its summary, warnings, trims);
//! - `world.wit`: the component's world, as wit-component decodes it;
//! - `fused.wat`: the fused core module, printed by wasmprinter.
//!
//! One named test per folder; `BLESS=1 cargo test --test fused` writes the
//! files anew, so a change to fusion shows as a diff of them.

mod harness;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fused")
}

/// The component's world, as WIT text.
fn world(component: &[u8]) -> String {
    let decoded = wit_component::decode(component).expect("decode the component");
    let mut printer = wit_component::WitPrinter::default();
    printer
        .print(decoded.resolve(), decoded.package(), &[])
        .expect("print the world");
    printer.output.to_string()
}

/// Runs case `name` and compares (or, with `BLESS`, writes) its outputs.
fn check(name: &str) {
    let case = root().join(name);
    let out_dir = tempfile::tempdir().unwrap();
    let out_file = out_dir.path().join("out.wasm");
    let args = std::fs::read_to_string(case.join("args")).unwrap_or_default();
    let run = Command::new(env!("CARGO_BIN_EXE_p1-adapt"))
        .current_dir(&case)
        .arg("input.wat")
        .arg("-o")
        .arg(&out_file)
        .args(args.lines())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr).replace(&*out_file.to_string_lossy(), "OUT");
    assert!(run.status.success(), "{name}: p1-adapt failed:\n{stderr}");
    let component = std::fs::read(&out_file).unwrap();
    let fused =
        wasmprinter::print_bytes(harness::fused_module(&component)).expect("print the module");
    let outputs = [
        ("stderr", stderr),
        ("world.wit", world(&component)),
        ("fused.wat", fused),
    ];
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for (file, actual) in outputs {
        let path = case.join(file);
        if bless {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected != actual {
            failures.push(first_difference(&path, &expected, &actual));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(BLESS=1 cargo test --test fused writes them anew)",
        failures.join("\n")
    );
}

/// Where `actual` first differs from the golden file at `path`.
fn first_difference(path: &Path, expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let line = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    format!(
        "{}: differs at line {} ({} lines expected, {} made)\n- {}\n+ {}",
        path.display(),
        line + 1,
        e.len(),
        a.len(),
        e.get(line).unwrap_or(&"(end)"),
        a.get(line).unwrap_or(&"(end)")
    )
}

macro_rules! cases {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name));
            }
        )*
        /// Every folder has its test, and every test its folder.
        #[test]
        fn every_case_folder_has_a_test() {
            let mut named = vec![$(stringify!($name)),*];
            named.sort_unstable();
            let mut folders: Vec<String> = std::fs::read_dir(root())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            folders.sort_unstable();
            assert_eq!(folders, named, "tests/fused/ and the cases! list differ");
        }
    };
}

cases! {
    command_trimmed,
    hello_multi,
    hello_single,
    memory64,
    preview0,
    proxy_trimmed,
    reactor_marshal,
    reactor_scalar,
    threads_cooperative_multi,
    threads_cooperative_single,
    threads_none,
    threads_reactor,
}
