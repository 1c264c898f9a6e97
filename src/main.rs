//! The `p1-adapt` command line: see `p1-adapt --help`.

use p1_adapt_verifier::{presets, WASI_0_3, WASI_VERSIONS};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The help text, built from the bundled WASI versions, presets and the
/// single layout's region, so that it names what this build supports.
fn help() -> String {
    let newest = p1_adapt::WASI_VERSION;
    let oldest = WASI_VERSIONS[WASI_VERSIONS.len() - 1];
    let family = newest.rsplit_once('.').map_or(newest, |(f, _)| f);
    let versions = WASI_VERSIONS.join("|") + "|" + WASI_0_3;
    let others = WASI_VERSIONS[1..].join(", ");
    let region = p1_adapt::Region::DEFAULT.bytes() >> 20;
    let (min, max) = (
        p1_adapt::Region::MIN.bytes() >> 10,
        p1_adapt::Region::MAX.bytes() >> 20,
    );
    let presets = wrap(&presets().join(", "), 28, 79);
    format!(
        "\
p1-adapt: turn a WASI preview 1 module into a WASI {family} component

USAGE:
    p1-adapt <INPUT> (-o|--output) <OUTPUT> [-q|--quiet]
             [--kind command|reactor|proxy] [--wit <PATH> --world <NAME>]
             [--target <TARGET>] [--wasi-version {versions}]
             [--layout auto|single|multi] [--region <SIZE>]
             [--threads auto|cooperative|none] [--preempt <N>|off]
             [--strip-debug]
    p1-adapt verify <INPUT> [--target <TARGET>] [--json]
    p1-adapt -h|--help
    p1-adapt -V|--version

    Every option that takes a value also takes it as `--option=VALUE`
    (`--output=app.component.wasm`). An option given twice is an error.

ARGS:
    <INPUT>     core module importing wasi_snapshot_preview1 (.wasm or .wat);
                `-` reads standard input

OPTIONS:
    -o, --output <OUTPUT>   where to write the component; `-` writes standard
                            output. The file is written atomically: on any
                            error nothing is left behind.
    -q, --quiet             print nothing on success
    --strip-debug           drop the guest's debug info (DWARF, source maps)
                            instead of rewriting it through fusion
    --kind <KIND>           `command`, `reactor` or `proxy` instead of
                            detecting it (a module exporting `_start` is a
                            command; one exporting wasi:http/incoming-handler's
                            `handle` a proxy: adapted for wasi:http/proxy, no
                            files, empty args and env; any other a reactor
                            whose functions become exports). A module carrying
                            WIT (wit-bindgen) is typed by it.
    --wit <PATH>            a reactor's exports are typed by a world of this
                            WIT file or directory instead of derived from
                            their core types (i32->s32, i64->s64, f32, f64)
    --world <NAME>          directly after `--target <PATH>`: the target's
                            world (see TARGET). Anywhere else: the world of
                            `--wit`; without `--wit`, only
                            `wasi:http/proxy[@VERSION]`, meaning `--kind proxy`
    --target <TARGET>       adapt for a host world (see TARGET): the
                            capabilities it lacks look absent (no preopens:
                            fds above stdio are EBADF; no environment: empty
                            args and env), other p1 functions needing what it
                            lacks answer ENOSYS (proc_exit traps) instead of
                            importing it, and the result is verified against
                            it before it is written
    --wasi-version <V>      the WASI version of the component's imports:
                            {newest} (default; a preset target's own version,
                            e.g. {oldest} for a @{oldest} target), or
                            {others} (no exit-with-code: exit status 0 or 1),
                            or {WASI_0_3} (a command without threads, exporting
                            wasi:cli/run@{WASI_0_3}: stdio, args, env, clocks,
                            random, files; not yet append-mode writes and
                            poll_oneoff on files)
    --layout <LAYOUT>       where the adapter's memory lives: `single` (the low
                            {region} MiB of the one memory, the guest translated above
                            them; runs on every host, jco included), `multi` (a
                            second memory; needs multi-memory, e.g. wasmtime),
                            `auto` (default: single unless the guest's memory is
                            64-bit, has custom pages or no room below 4 GiB)
    --region <SIZE>         the single layout's region: {region}M by default, from
                            {min}K to {max}M in steps of 64K (more for programs
                            that keep tens of thousands of files open or poll
                            that many subscriptions; what does not fit answers
                            an errno)
    --threads <MODE>        a wasi-threads guest's threads: `cooperative`
                            (component-model threads run one at a time; needs
                            a host with component-model threading, e.g.
                            wasmtime 48 with `-W component-model-threading`),
                            `none` (no thread can be made: thread-spawn answers
                            -1, pthread_create EAGAIN; needs no host feature:
                            jco), `auto` (default: cooperative for a command,
                            none for a reactor or proxy)
    --preempt <N>|off       cooperative threads: a thread that does not block
                            lets the others run every N loop iterations
                            (default 10000); `off`: only where it blocks
    -h, --help              this text
    -V, --version           the version

TARGET:
    The same three forms in both commands:
    <PRESET>                a bundled host world:
{presets}
                            (`none` checks nothing and only lists imports)
    <PATH>:<WORLD>          world WORLD of the WIT file or directory PATH
    <PATH> --world <WORLD>  the same; the `--world` directly after `--target`
    A `--world` directly after `--target` is always the target's: after a
    preset or <PATH>:<WORLD> it is an error (the world is named already), and
    a <PATH> not followed by one is an error too (it names no world).

VERIFY:
    Checks a component (or a p1 module, adapted first) against a host world
    (`--target`, default `none`) and lists every finding and every import
    with what reaches it; `--json` prints the same as JSON.
    Exit status: 0 fits, 1 does not fit, 2 usage error, or could not read the
    input or the target.

EXAMPLES:
    p1-adapt hello.wasm -o hello.component.wasm
    wasmtime run hello.component.wasm
    cat app.wasm | p1-adapt - -o - > app.component.wasm
    p1-adapt lib.wasm --output=lib.component.wasm --kind reactor
    p1-adapt lib.wasm -o lib.component.wasm --wit api.wit --world api
    p1-adapt app.wasm -o app.component.wasm --target hosts.wit:no-filesystem
    p1-adapt verify app.component.wasm --target wasi:cli/command@{oldest}
    p1-adapt verify app.component.wasm --target hosts.wit --world no-filesystem

EXIT STATUS:
    0  the component was written
    1  the input was rejected (every problem is printed, one per line)
    2  usage error, or the input or output could not be read or written
    3  internal error (a p1-adapt bug: please report it with the input)
"
    )
}

/// `text` broken at spaces into lines of at most `width` columns, each
/// indented by `indent` spaces (a word longer than a line gets its own).
fn wrap(text: &str, indent: usize, width: usize) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && indent + line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
        .iter()
        .map(|l| format!("{:indent$}{l}", ""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The arguments after the command name, read one at a time. An option's
/// value is the rest of `--option=VALUE`, or else the argument after it.
struct Cli {
    args: std::iter::Peekable<std::vec::IntoIter<String>>,
}

/// One command-line argument.
enum Item {
    /// An option (`-o`, `--output`), with the VALUE of `--option=VALUE`.
    Opt(String, Option<String>),
    /// Anything else: an input (`-` included).
    Operand(String),
}

impl Cli {
    fn new(args: Vec<String>) -> Self {
        Cli {
            args: args.into_iter().peekable(),
        }
    }

    fn next(&mut self) -> Option<Item> {
        let a = self.args.next()?;
        Some(match a.split_once('=') {
            Some((name, value)) if a.starts_with("--") => {
                Item::Opt(name.to_string(), Some(value.to_string()))
            }
            _ if a.starts_with('-') && a != "-" => Item::Opt(a, None),
            _ => Item::Operand(a),
        })
    }

    /// The value of option `name` (its `inline` one, else the next
    /// argument); `what` says what it takes, for the error.
    fn value(&mut self, name: &str, inline: Option<String>, what: &str) -> Result<String, String> {
        match inline.or_else(|| self.args.next()) {
            Some(v) if !v.is_empty() => Ok(v),
            _ => Err(format!("`{name}` needs {what}")),
        }
    }

    /// The world of a `--target` just read: the value of a `--world`
    /// directly after it, which is consumed.
    fn target_world(&mut self) -> Result<Option<String>, String> {
        match self.args.peek().map(String::as_str) {
            Some("--world") => {
                self.args.next();
                self.value("--world", None, "a world name").map(Some)
            }
            Some(w) if w.starts_with("--world=") => {
                let w = w["--world=".len()..].to_string();
                self.args.next();
                self.value("--world", Some(w), "a world name").map(Some)
            }
            _ => Ok(None),
        }
    }
}

/// A flag given a value (`--quiet=yes`) is an error.
fn flag(name: &str, inline: Option<String>) -> Result<(), String> {
    match inline {
        Some(_) => Err(format!("`{name}` takes no value")),
        None => Ok(()),
    }
}

/// Sets an option that may be given once.
fn once<T>(slot: &mut Option<T>, name: &str, value: T) -> Result<(), String> {
    if slot.is_some() {
        return Err(format!("`{name}` given twice"));
    }
    *slot = Some(value);
    Ok(())
}

/// A `--wasi-version` (or the version of `--world wasi:http/proxy@V`):
/// one of [`WASI_VERSIONS`], or [`WASI_0_3`] where `v0_3`.
fn wasi_version(what: &str, v: &str, v0_3: bool) -> Result<String, String> {
    if WASI_VERSIONS.contains(&v) || (v0_3 && v == WASI_0_3) {
        Ok(v.to_string())
    } else {
        let mut supported = WASI_VERSIONS.to_vec();
        if v0_3 {
            supported.insert(0, WASI_0_3);
        }
        Err(format!(
            "unsupported `{what}` (supported WASI versions: {})",
            supported.join(", ")
        ))
    }
}

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

/// Takes operand `a` as the input, unless there is one already.
fn one_input(input: &mut Option<String>, a: String) -> Result<(), String> {
    if let Some(first) = input {
        return Err(format!(
            "unexpected argument `{a}` after the input `{first}` (one input at a time)"
        ));
    }
    *input = Some(a);
    Ok(())
}

fn parse_args(args: Vec<String>) -> Result<Parsed, String> {
    let mut input = None;
    let mut output = None;
    let mut quiet = false;
    let mut strip_debug = false;
    let mut wit = None;
    let mut world = None;
    let mut kind = None;
    let mut version = None;
    let mut layout = None;
    let mut region = None;
    let mut threads = None;
    let mut preempt = None;
    let mut target_given = None;
    let mut cli = Cli::new(args);
    while let Some(item) = cli.next() {
        let (name, inline) = match item {
            Item::Operand(a) => {
                one_input(&mut input, a)?;
                continue;
            }
            Item::Opt(name, inline) => (name, inline),
        };
        match name.as_str() {
            "-h" | "--help" => {
                flag(&name, inline)?;
                print!("{}", help());
                return Ok(Parsed::Exit(ExitCode::SUCCESS));
            }
            "-V" | "--version" => {
                flag(&name, inline)?;
                println!(
                    "p1-adapt {} (WASI {})",
                    env!("CARGO_PKG_VERSION"),
                    p1_adapt::WASI_VERSION
                );
                return Ok(Parsed::Exit(ExitCode::SUCCESS));
            }
            "-o" | "--output" => {
                let o = cli.value(&name, inline, "a file name (`-` for standard output)")?;
                once(&mut output, "--output", o)?;
            }
            "-q" | "--quiet" => {
                flag(&name, inline)?;
                if quiet {
                    return Err("`--quiet` given twice".into());
                }
                quiet = true;
            }
            "--strip-debug" => {
                flag(&name, inline)?;
                if strip_debug {
                    return Err("`--strip-debug` given twice".into());
                }
                strip_debug = true;
            }
            "--kind" => {
                let k = match cli
                    .value(&name, inline, "`command`, `reactor` or `proxy`")?
                    .as_str()
                {
                    "command" => p1_adapt::Kind::Command,
                    "reactor" => p1_adapt::Kind::Reactor,
                    "proxy" => p1_adapt::Kind::Proxy,
                    k => return Err(format!("unknown kind `{k}` (command, reactor or proxy)")),
                };
                once(&mut kind, "--kind", k)?;
            }
            "--wit" => once(&mut wit, "--wit", cli.value(&name, inline, "a path")?)?,
            "--layout" => {
                let l = cli.value(&name, inline, "auto, single or multi")?;
                once(&mut layout, "--layout", l.parse::<p1_adapt::Layout>()?)?;
            }
            "--region" => {
                let r = cli.value(&name, inline, "a size, e.g. 1M or 512K")?;
                let r = r
                    .parse::<p1_adapt::Region>()
                    .map_err(|e| format!("--region: {e}"))?;
                once(&mut region, "--region", r)?;
            }
            "--threads" => {
                let t = cli.value(&name, inline, "auto, cooperative or none")?;
                once(&mut threads, "--threads", t.parse::<p1_adapt::Threads>()?)?;
            }
            "--preempt" => {
                let p = cli.value(&name, inline, "a number or off")?;
                once(&mut preempt, "--preempt", p.parse::<p1_adapt::Preempt>()?)?;
            }
            "--wasi-version" => {
                let v = cli.value(&name, inline, "a version")?;
                let v = wasi_version(&format!("--wasi-version {v}"), &v, true)?;
                once(&mut version, "--wasi-version", v)?;
            }
            "--target" => {
                let spec = cli.value(
                    &name,
                    inline,
                    "a preset, `PATH:WORLD` or `PATH --world WORLD`",
                )?;
                let w = cli.target_world()?;
                once(
                    &mut target_given,
                    "--target",
                    p1_adapt::target(&spec, w.as_deref())?,
                )?;
            }
            "--world" => once(
                &mut world,
                "--world",
                cli.value(&name, inline, "a world name")?,
            )?,
            _ => return Err(format!("unknown option `{name}`")),
        }
    }
    let mut adapter = p1_adapt::Adapter::new();
    if let Some(k) = kind {
        adapter = adapter.kind(k);
    }
    if let Some(r) = region {
        adapter = adapter.region(r);
    }
    if let Some(l) = layout {
        adapter = adapter.layout(l);
    }
    if let Some(t) = threads {
        adapter = adapter.threads(t);
    }
    if let Some(p) = preempt {
        adapter = adapter.preempt(p);
    }
    if strip_debug {
        adapter = adapter.strip_debug(true);
    }
    if let Some(v) = &version {
        adapter = adapter.wasi_version(v);
    }
    if let Some(t) = target_given {
        adapter = adapter.target(t);
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
                let v = wasi_version(&format!("--world {n}"), v, false)?;
                if version.as_deref().is_some_and(|given| given != v) {
                    return Err(format!("`--world {n}` contradicts `--wasi-version`"));
                }
                adapter = adapter.wasi_version(v);
            }
        }
        (Some(w), None) => {
            return Err(format!(
                "`--wit {w}` needs `--world NAME` (a `--world` directly after `--target PATH` is the target's)"
            ))
        }
        (None, Some(n)) => {
            return Err(format!(
                "`--world {n}` needs `--wit PATH` (or, naming the target's world, goes directly after `--target PATH`)"
            ))
        }
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

/// Reports a usage error: the message and where to look, exit status 2.
fn usage_error(e: &str) -> ExitCode {
    eprintln!("p1-adapt: error: {e}\nTry `p1-adapt --help`.");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("verify") {
        return verify(args[1..].to_vec());
    }
    let args = match parse_args(args) {
        Ok(Parsed::Run(a)) => a,
        Ok(Parsed::Exit(code)) => return code,
        Err(e) => return usage_error(&e),
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

/// `p1-adapt verify`'s arguments: the input, the target and `--json`;
/// `None` when the help was asked for.
fn parse_verify(args: Vec<String>) -> Result<Option<(String, p1_adapt::Target, bool)>, String> {
    let mut input = None;
    let mut target_given = None;
    let mut json = false;
    let mut cli = Cli::new(args);
    while let Some(item) = cli.next() {
        let (name, inline) = match item {
            Item::Operand(a) => {
                one_input(&mut input, a)?;
                continue;
            }
            Item::Opt(name, inline) => (name, inline),
        };
        match name.as_str() {
            "-h" | "--help" => {
                flag(&name, inline)?;
                print!("{}", help());
                return Ok(None);
            }
            "--json" => {
                flag(&name, inline)?;
                if json {
                    return Err("`--json` given twice".into());
                }
                json = true;
            }
            "--target" => {
                let spec = cli.value(
                    &name,
                    inline,
                    "a preset, `PATH:WORLD` or `PATH --world WORLD`",
                )?;
                let w = cli.target_world()?;
                once(
                    &mut target_given,
                    "--target",
                    p1_adapt::target(&spec, w.as_deref())?,
                )?;
            }
            "--world" => {
                return Err(
                    "`--world` names the world of `--target PATH` and goes directly after it"
                        .into(),
                )
            }
            _ => return Err(format!("unknown option `{name}`")),
        }
    }
    let input = input.ok_or("no input given")?;
    let target = match target_given {
        Some(t) => t,
        None => p1_adapt::target("none", None)?,
    };
    Ok(Some((input, target, json)))
}

/// `p1-adapt verify`.
fn verify(args: Vec<String>) -> ExitCode {
    let (input, target, json) = match parse_verify(args) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => return usage_error(&format!("verify: {e}")),
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
    match p1_adapt::verify_input(&bytes, &target) {
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
            print_error(name, &e);
            ExitCode::from(2)
        }
    }
}
