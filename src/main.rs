//! The `p1-adapt` command line: see `p1-adapt --help`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "\
p1-adapt: turn a WASI preview 1 module into a WASI 0.2 component

USAGE:
    p1-adapt <INPUT> -o <OUTPUT> [--kind command|reactor|proxy] [--wit PATH --world NAME]
             [--target PRESET|WIT:WORLD] [--wasi-version 0.2.12|0.2.0]
             [--layout auto|single|multi] [--quiet]
    p1-adapt verify <INPUT> [--target PRESET | --target WIT --world NAME] [--json]

ARGS:
    <INPUT>     core module importing wasi_snapshot_preview1 (.wasm or .wat);
                `-` reads standard input
OPTIONS:
    -o, --output <OUTPUT>   where to write the component; `-` writes standard
                            output. The file is written atomically: on any
                            error nothing is left behind.
    --kind <KIND>           `command`, `reactor` or `proxy` instead of
                            detecting it (a module exporting `_start` is a
                            command; one exporting wasi:http/incoming-handler's
                            `handle` a proxy: adapted for wasi:http/proxy, no
                            files, empty args and env; any other a reactor
                            whose functions become exports). A module carrying
                            WIT (wit-bindgen) is typed by it.
    --wit <PATH>            a reactor's exports are typed by a world of this
                            WIT file or directory instead of derived from
                            their core types (i32->s32, i64->s64, f32, f64);
    --world <NAME>          ... the world to use (with --wit); without --wit,
                            `wasi:http/proxy[@VERSION]` means `--kind proxy`
    --target <TARGET>       adapt for a host world (a preset, see VERIFY, or
                            WITPATH:WORLD): the capabilities it lacks look
                            absent (no preopens: fds above stdio are EBADF;
                            no environment: empty args and env), other p1
                            functions needing what it lacks answer ENOSYS
                            (proc_exit traps) instead of importing it, and the
                            result is verified against it before it is written
    --wasi-version <V>      the WASI version of the component's imports:
                            0.2.12 (default; a @0.2.0 target's: 0.2.0) or
                            0.2.0 (no exit-with-code: exit status 0 or 1)
    --layout <LAYOUT>       where the adapter's memory lives: `single` (the low
                            8 MiB of the one memory, the guest translated above
                            them; runs on every host, jco included), `multi` (a
                            second memory; needs multi-memory, e.g. wasmtime),
                            `auto` (default: single unless the guest's memory is
                            64-bit, has custom pages or no room below 4 GiB)
    -q, --quiet             print nothing on success
    -h, --help              this text
    -V, --version           the version

VERIFY:
    Checks a component (or a p1 module, adapted first) against a host world
    and lists every finding and every import with what reaches it. Presets:
    wasi:cli/command@0.2.12, wasi:cli/imports@0.2.12, wasi:http/proxy@0.2.12,
    the same at @0.2.0, and none (only list; the default).
    Exit status: 0 fits, 1 does not fit, 2 could not read the input/target.

EXAMPLES:
    p1-adapt hello.wasm -o hello.component.wasm
    wasmtime run hello.component.wasm
    cat app.wasm | p1-adapt - -o - > app.component.wasm
    p1-adapt lib.wasm -o lib.component.wasm --kind reactor
    p1-adapt lib.wasm -o lib.component.wasm --wit api.wit --world api
    p1-adapt verify app.component.wasm --target wasi:cli/command@0.2.0

EXIT STATUS:
    0  the component was written
    1  the input was rejected (every problem is printed, one per line)
    2  usage error, or the input or output could not be read or written
    3  internal error (a p1-adapt bug: please report it with the input)
";

struct Args {
    input: String,
    output: String,
    quiet: bool,
    adapter: p1_adapt::Adapter,
}

enum Parsed {
    Run(Args),
    Exit(ExitCode),
}

fn parse_args() -> Result<Parsed, String> {
    let mut input = None;
    let mut output = None;
    let mut quiet = false;
    let mut adapter = p1_adapt::Adapter::new();
    let mut wit = None;
    let mut world = None;
    let mut kind = None;
    let mut version: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return Ok(Parsed::Exit(ExitCode::SUCCESS));
            }
            "-V" | "--version" => {
                println!(
                    "p1-adapt {} (WASI {})",
                    env!("CARGO_PKG_VERSION"),
                    p1_adapt::WASI_VERSION
                );
                return Ok(Parsed::Exit(ExitCode::SUCCESS));
            }
            "-o" | "--output" => {
                output = Some(args.next().ok_or("`-o` needs a file name")?);
            }
            "-q" | "--quiet" => quiet = true,
            "--kind" => {
                let k = match args.next().as_deref() {
                    Some("command") => p1_adapt::Kind::Command,
                    Some("reactor") => p1_adapt::Kind::Reactor,
                    Some("proxy") => p1_adapt::Kind::Proxy,
                    _ => return Err("`--kind` takes `command`, `reactor` or `proxy`".into()),
                };
                kind = Some(k);
                adapter = adapter.kind(k);
            }
            "--wit" => wit = Some(args.next().ok_or("`--wit` needs a path")?),
            "--layout" => {
                let l = args
                    .next()
                    .ok_or("`--layout` needs auto, single or multi")?;
                adapter = adapter.layout(l.parse()?);
            }
            "--wasi-version" => {
                let v = args.next().ok_or("`--wasi-version` needs a version")?;
                version = Some(v.clone());
                adapter = adapter.wasi_version(v);
            }
            "--target" => {
                let t = args
                    .next()
                    .ok_or("`--target` needs a preset or WIT:WORLD")?;
                adapter = adapter.target(target(&t)?);
            }
            "--world" => world = Some(args.next().ok_or("`--world` needs a name")?),
            s if s.starts_with("--output=") => output = Some(s["--output=".len()..].to_string()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option `{s}`")),
            _ if input.is_none() => input = Some(a),
            _ => return Err(format!("unexpected argument `{a}` (one input at a time)")),
        }
    }
    match (wit, world) {
        (Some(w), Some(n)) => adapter = adapter.wit(w, n),
        (None, None) => {}
        // The bundled world of HTTP handlers: `--kind proxy`.
        (None, Some(n)) if n.split('@').next() == Some("wasi:http/proxy") => {
            if kind.is_some_and(|k| k != p1_adapt::Kind::Proxy) {
                return Err(format!("`--world {n}` is a proxy: it contradicts `--kind`"));
            }
            adapter = adapter.kind(p1_adapt::Kind::Proxy);
            if let Some((_, v)) = n.split_once('@') {
                if version.as_deref().is_some_and(|given| given != v) {
                    return Err(format!("`--world {n}` contradicts `--wasi-version`"));
                }
                adapter = adapter.wasi_version(v);
            }
        }
        _ => return Err("`--wit` and `--world` go together".into()),
    }
    let input = input.ok_or("no input given")?;
    let output = output.ok_or("no output given (`-o FILE`, or `-o -` for standard output)")?;
    Ok(Parsed::Run(Args {
        input,
        output,
        quiet,
        adapter,
    }))
}

fn main() -> ExitCode {
    if std::env::args().nth(1).as_deref() == Some("verify") {
        return verify(std::env::args().skip(2).collect());
    }
    let args = match parse_args() {
        Ok(Parsed::Run(a)) => a,
        Ok(Parsed::Exit(code)) => return code,
        Err(e) => {
            eprintln!("p1-adapt: error: {e}\nTry `p1-adapt --help`.");
            return ExitCode::from(2);
        }
    };
    let input_name = if args.input == "-" {
        "<stdin>"
    } else {
        args.input.as_str()
    };
    let bytes = match read_input(&args.input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("p1-adapt: error: {input_name}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    let adapted = match args.adapter.adapt(&bytes) {
        Ok(a) => a,
        Err(e) => {
            print_error(input_name, &e);
            let rejected = matches!(e, p1_adapt::Error::Rejected(_));
            return ExitCode::from(if rejected { 1 } else { 3 });
        }
    };
    for w in &adapted.warnings {
        eprintln!("p1-adapt: warning: {input_name}: {w}");
    }
    if let Err(e) = write_output(&args.output, &adapted.component) {
        eprintln!("p1-adapt: error: {}: cannot write: {e}", args.output);
        return ExitCode::from(2);
    }
    // proc_exit returns nothing: trimmed, it traps.
    let (traps, enosys): (Vec<_>, Vec<_>) = adapted
        .trimmed
        .iter()
        .partition(|t| t.function.ends_with("::proc_exit"));
    for (what, list) in [("answer ENOSYS", enosys), ("trap", traps)] {
        if list.is_empty() {
            continue;
        }
        let list: Vec<String> = list
            .iter()
            .map(|t| format!("{} (needs {})", t.function, t.needs.join(", ")))
            .collect();
        eprintln!(
            "p1-adapt: {input_name}: {what} for the target: {}",
            list.join("; ")
        );
    }
    if !args.quiet && args.output != "-" {
        eprintln!(
            "p1-adapt: {input_name} -> {} ({} bytes, {}, {} layout); imports: {}",
            args.output,
            adapted.component.len(),
            adapted.kind,
            match adapted.layout {
                p1_adapt::Layout::Multi => "multi-memory",
                _ => "single-memory",
            },
            adapted.imports.join(", ")
        );
    }
    ExitCode::SUCCESS
}

fn read_input(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b)?;
        Ok(b)
    } else {
        std::fs::read(path)
    }
}

/// Writes to a temporary file beside `path` and renames it into place, so a
/// failure never leaves a partial file.
fn write_output(path: &str, bytes: &[u8]) -> std::io::Result<()> {
    if path == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes)?;
        return out.flush();
    }
    let path = Path::new(path);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("not a file name"))?;
    let tmp = dir.join(format!(
        ".{}.p1-adapt-{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Prints an adaptation error: one line per problem, each naming the input.
fn print_error(input: &str, e: &p1_adapt::Error) {
    match e {
        p1_adapt::Error::Rejected(problems) => {
            for p in problems {
                eprintln!("p1-adapt: error: {input}: {p}");
            }
        }
        e => eprintln!("p1-adapt: error: {input}: {e}"),
    }
}

/// A `--target`: a preset name, or `WITPATH:WORLD`.
fn target(spec: &str) -> Result<p1_adapt::Target, String> {
    if p1_adapt_verifier::is_preset(spec) {
        return p1_adapt::Target::preset(spec).map_err(|e| e.to_string());
    }
    match spec.rsplit_once(':') {
        Some((path, world)) if Path::new(path).exists() => {
            p1_adapt::Target::wit(Path::new(path), world).map_err(|e| e.to_string())
        }
        _ => p1_adapt::Target::preset(spec).map_err(|e| e.to_string()),
    }
}

/// `p1-adapt verify`.
fn verify(args: Vec<String>) -> ExitCode {
    let mut input = None;
    let mut target = None;
    let mut world = None;
    let mut json = false;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--target" => target = it.next(),
            "--world" => world = it.next(),
            "--json" => json = true,
            "-h" | "--help" => {
                print!("{HELP}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') && s != "-" => {
                eprintln!("p1-adapt: error: verify: unknown option `{s}`");
                return ExitCode::from(2);
            }
            _ => input = Some(a),
        }
    }
    let Some(input) = input else {
        eprintln!("p1-adapt: error: verify: no input given");
        return ExitCode::from(2);
    };
    let target_name = target.unwrap_or_else(|| "none".into());
    let target = match &world {
        Some(w) => p1_adapt_verifier::Target::wit(Path::new(&target_name), w),
        None => p1_adapt_verifier::Target::preset(&target_name),
    };
    let target = match target {
        Ok(t) => t,
        Err(e) => {
            eprintln!("p1-adapt: error: --target: {e}");
            return ExitCode::from(2);
        }
    };
    let name = if input == "-" {
        "<stdin>"
    } else {
        input.as_str()
    };
    let bytes = match read_input(&input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("p1-adapt: error: {name}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    let component = if wasmparser::Parser::is_component(&bytes) {
        bytes
    } else {
        match p1_adapt::adapt(&bytes) {
            Ok(a) => a.component,
            Err(e) => {
                print_error(name, &e);
                return ExitCode::from(2);
            }
        }
    };
    match p1_adapt_verifier::verify(&component, &target) {
        Ok(report) => {
            if json {
                println!("{}", report.to_json());
            } else {
                print!("{}", report.to_text());
            }
            if report.fits() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("p1-adapt: error: {name}: {e}");
            ExitCode::from(2)
        }
    }
}
