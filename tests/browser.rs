//! A real browser: `examples/browser/` in headless Chromium (Debian's
//! `chromium`, which `tests/apt.sh` installs), served from this repository
//! on localhost. The page runs a Rust hello world built from source, adapted
//! in the single layout and transpiled with jco, on the preview2 shim's
//! browser build, and adapts `examples/hello.wat` with the npm package in
//! the page; its text must show both as they are natively and in Rust.

mod harness;

use harness::root;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Serves the files under `root` on a localhost port until the process
/// ends; returns the port.
fn serve(root: PathBuf) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind localhost");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || answer(&root, stream));
        }
    });
    port
}

fn answer(root: &Path, mut stream: TcpStream) {
    let mut line = String::new();
    if BufReader::new(&stream).read_line(&mut line).is_err() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split('?').next().unwrap_or("/");
    let mut file = root.to_path_buf();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        if part == ".." {
            return;
        }
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let (status, body) = match std::fs::read(&file) {
        Ok(b) => ("200 OK", b),
        Err(_) => ("404 Not Found", b"not found".to_vec()),
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript",
        Some("wasm") => "application/wasm",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// FNV-1a (32-bit), as the page computes it.
fn fnv1a(bytes: &[u8]) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// The text of an element of the dumped page, by id.
fn text_of<'a>(dom: &'a str, id: &str) -> &'a str {
    let open = format!("id=\"{id}\">");
    let start = dom
        .find(&open)
        .unwrap_or_else(|| panic!("no #{id} in the page:\n{dom}"))
        + open.len();
    let end = start + dom[start..].find('<').unwrap_or(0);
    &dom[start..end]
}

#[test]
fn the_page_runs_an_adapted_program_and_adapts_in_chromium() {
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok())
        .expect("Chromium is not installed: run `sh tests/apt.sh` (Debian's chromium)");

    // The program: a Rust hello world, adapted (single layout) and transpiled.
    let out = root().join("tests/jco/out");
    std::fs::create_dir_all(&out).unwrap();
    let dir = tempfile::tempdir_in(&out).unwrap();
    let hello = harness::rust_guest("hello");
    let component = p1_adapt::adapt(&hello).unwrap().component;
    std::fs::write(dir.path().join("hello.wasm"), &component).unwrap();
    let jco = root().join("tests/node_modules/.bin/jco");
    let transpiled = Command::new(&jco)
        .arg("transpile")
        .arg(dir.path().join("hello.wasm"))
        .arg("-o")
        .arg(dir.path().join("app"))
        .args(["--name", "hello", "--quiet"])
        .output()
        .expect("run jco");
    assert!(transpiled.status.success(), "{transpiled:?}");

    // The composer for the page: npm/dist.
    harness::npm_dist();

    let port = serve(root());
    let app = format!(
        "/{}/app/hello.js",
        dir.path().strip_prefix(root()).unwrap().display()
    );
    let url = format!("http://127.0.0.1:{port}/examples/browser/index.html?app={app}");
    let profile = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let page = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=60000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(&url)
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&page.stdout);
    eprintln!("chromium: {:.1} s\n{dom}", started.elapsed().as_secs_f64());
    assert!(
        dom.contains("data-done=\"true\""),
        "the page did not finish:\n{dom}\n{}",
        String::from_utf8_lossy(&page.stderr)
    );

    // The program's output, as natively.
    let native = harness::run_native(&hello, &harness::Config::default());
    assert_eq!(
        text_of(&dom, "stdout"),
        String::from_utf8_lossy(&native.stdout)
    );
    assert_eq!(text_of(&dom, "stderr"), "");
    assert_eq!(text_of(&dom, "status"), "exit 0");

    // The page's own adaptation: the library's bytes.
    let wat = std::fs::read(root().join("examples/hello.wat")).unwrap();
    let lib = p1_adapt::adapt(&wat).unwrap();
    let expected = format!(
        "{} bytes, fnv1a {}, single layout, imports: {}",
        lib.component.len(),
        fnv1a(&lib.component),
        lib.imports.join(" ")
    );
    assert_eq!(text_of(&dom, "adapted"), expected);
}
