//! `wasi:http/proxy` handlers built for wasm32-wasip1 (the kind a module is
//! detected as when it exports `wasi:http/incoming-handler#handle`): adapted
//! for a proxy host and served by wasmtime's own `wasi:http` implementation
//! (`wasmtime-wasi-http`, with a linker holding only the proxy world), one
//! fresh instance per request as `wasmtime serve` does.

mod harness;
use bytes::Bytes;
use harness::{http_guest, Config};
use http_body_util::{BodyExt, Full};
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::Store;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::bindings::sync::Proxy;
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

struct Host {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    hooks: NoOutgoing,
}

/// The test host makes no outgoing requests (the guest makes none).
struct NoOutgoing;

type Pending = Box<dyn std::future::Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>;

impl wasmtime_wasi_http::WasiHttpHooks for NoOutgoing {
    fn send_request(
        &mut self,
        _request: hyper::Request<wasmtime_wasi_http::WasiBody>,
        _options: Option<wasmtime_wasi_http::RequestOptions>,
        _fut: Pending,
    ) -> Box<
        dyn std::future::Future<
                Output = Result<
                    (hyper::Response<wasmtime_wasi_http::WasiBody>, Pending),
                    wasmtime_wasi_http::Error,
                >,
            > + Send,
    > {
        Box::new(async { Err(wasmtime_wasi_http::Error::HttpRequestDenied) })
    }
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl WasiHttpView for Host {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: &mut self.hooks,
        }
    }
}

/// A response as the client sees it, and what the handler printed.
#[derive(Debug)]
struct Served {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    stdout: String,
    stderr: String,
}

/// Serves one request with a fresh instance of `component` on a host that
/// offers only the `wasi:http/proxy` imports (and, to show they stay
/// unseen, a preopened directory, arguments and variables in its WASI
/// context).
fn serve(
    component: &Component,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Served {
    try_serve(component, method, path, headers, body)
        .unwrap_or_else(|(trap, _)| panic!("the handler failed: {trap}"))
}

/// [`serve`], or the handler's failure (it set no response) and what it
/// printed to stdout.
fn try_serve(
    component: &Component,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<Served, (String, String)> {
    let engine = harness::engine();
    let (stdout, stderr) = (
        MemoryOutputPipe::new(1 << 20),
        MemoryOutputPipe::new(1 << 20),
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("data.txt"), "secret").unwrap();
    let wasi = Config::default()
        .args(&["server", "x"])
        .env(&[("SECRET", "1")])
        .preopen(dir.path(), ".")
        .builder(&stdout, &stderr)
        .build();
    let mut store = Store::new(
        engine,
        Host {
            wasi,
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            hooks: NoOutgoing,
        },
    );
    let mut linker = Linker::new(engine);
    wasmtime_wasi_http::p2::add_to_linker_sync(&mut linker).expect("proxy linker");
    let proxy = Proxy::instantiate(&mut store, component, &linker).expect("instantiate");

    let mut request = hyper::Request::builder()
        .method(method)
        .uri(format!("http://localhost{path}"));
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let request = request
        .body(Full::new(Bytes::copy_from_slice(body)))
        .unwrap();
    let (sender, receiver) = tokio::sync::oneshot::channel();
    let req = store
        .data_mut()
        .http()
        .new_incoming_request(Scheme::Http, request)
        .unwrap();
    let out = store
        .data_mut()
        .http()
        .new_response_outparam(sender)
        .unwrap();
    // The handler runs on its own thread while this one reads the
    // response: its body is a pipe the guest blocks on when it is full.
    let handler = std::thread::spawn(move || {
        let result = proxy
            .wasi_http_incoming_handler()
            .call_handle(&mut store, req, out);
        // A failed handler's store goes now: with it the response's sender,
        // which is how the reader learns there is no response.
        let store = result.is_ok().then_some(store);
        (result, store)
    });
    let response = match receiver.blocking_recv() {
        Ok(response) => response.expect("the response is not an error"),
        Err(_) => {
            // No response: the handler ended without setting one.
            let (result, store) = handler.join().expect("handler thread");
            drop(store);
            let trap = format!("{:?}", result.expect_err("a handler that set no response"));
            return Err((
                trap,
                String::from_utf8_lossy(&stdout.contents()).into_owned(),
            ));
        }
    };
    let status = response.status().as_u16();
    let mut headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_string()))
        .collect();
    headers.sort();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let body = runtime
        .block_on(response.into_body().collect())
        .expect("body")
        .to_bytes()
        .to_vec();
    let (result, store) = handler.join().expect("handler thread");
    result.expect("handle");
    drop(store);
    Ok(Served {
        status,
        headers,
        body,
        stdout: String::from_utf8(stdout.contents().to_vec()).unwrap(),
        stderr: String::from_utf8(stderr.contents().to_vec()).unwrap(),
    })
}

fn adapted() -> (p1_adapt::Adaptation, Component) {
    let adaptation = p1_adapt::adapt(&http_guest()).expect("adapt");
    let component = Component::new(harness::engine(), &adaptation.component).expect("compile");
    (adaptation, component)
}

/// Detected as a proxy: only the proxy world's imports, nothing trimmed but
/// `proc_exit` (it traps), verified against `wasi:http/proxy@0.2.12`.
#[test]
fn http_handler_is_adapted_for_the_proxy_world() {
    let (a, _) = adapted();
    assert_eq!(a.kind, p1_adapt::Kind::Proxy);
    assert_eq!(a.layout, p1_adapt::Layout::Single);
    assert_eq!(
        a.imports,
        [
            "wasi:io/error@0.2.12",
            "wasi:io/poll@0.2.12",
            "wasi:io/streams@0.2.12",
            "wasi:cli/stdin@0.2.12",
            "wasi:cli/stdout@0.2.12",
            "wasi:cli/stderr@0.2.12",
            "wasi:clocks/monotonic-clock@0.2.12",
            "wasi:clocks/wall-clock@0.2.12",
            "wasi:random/random@0.2.12",
            "wasi:http/types@0.2.12",
        ]
    );
    let trimmed: Vec<&str> = a.trimmed.iter().map(|t| t.function.as_str()).collect();
    assert_eq!(trimmed, ["wasi_snapshot_preview1::proc_exit"]);
    let target = p1_adapt::Target::preset("wasi:http/proxy@0.2.12").unwrap();
    let report = p1_adapt_verifier::verify(&a.component, &target).unwrap();
    assert!(report.fits(), "{}", report.to_text());
    // The same as asked for explicitly.
    let forced = p1_adapt::Adapter::new()
        .kind(p1_adapt::Kind::Proxy)
        .adapt(&http_guest())
        .unwrap();
    assert_eq!(forced.component, a.component);
}

#[test]
fn serves_a_get() {
    let (_, component) = adapted();
    let r = serve(&component, "GET", "/hello", &[], b"");
    assert_eq!(r.status, 200);
    assert_eq!(
        r.headers,
        [("content-type".to_string(), "text/plain".to_string())]
    );
    assert_eq!(r.body, b"hello from p1\n");
    assert_eq!(r.stdout, "GET /hello\n");
    assert_eq!(r.stderr, "200 14 bytes\n");
    let r = serve(&component, "GET", "/nope?x=1", &[], b"");
    assert_eq!(r.status, 404);
    assert_eq!(r.body, b"no /nope?x=1\n");
}

/// Headers (lists of strings and byte lists crossing into the guest's
/// memory) and bodies both ways, small and larger than one 64 KiB chunk.
#[test]
fn echoes_headers_and_bodies() {
    let (_, component) = adapted();
    for size in [0usize, 1, 4095, 4096, 70_000, 300_000] {
        let body: Vec<u8> = (0..size).map(|i| b"abcxyz\n\xc3\xa9"[i % 9]).collect();
        let r = serve(
            &component,
            "POST",
            "/echo",
            &[("x-one", "1"), ("x-two", "zwei"), ("accept", "*/*")],
            &body,
        );
        assert_eq!(r.status, 200, "{size}");
        assert_eq!(r.body, body.to_ascii_uppercase(), "{size}");
        assert_eq!(
            r.headers,
            [
                ("content-type".to_string(), "text/plain".to_string()),
                ("x-echo-x-one".to_string(), "1".to_string()),
                ("x-echo-x-two".to_string(), "zwei".to_string()),
            ],
            "{size}"
        );
        assert_eq!(r.stdout, "POST /echo\n");
        assert_eq!(r.stderr, format!("200 {size} bytes\n"));
    }
}

/// `proc_exit` inside a proxy traps (the proxy world has no exit, as the
/// official adapter's proxy build does): the request fails, the instance
/// is dead; a fresh one serves the next request.
#[test]
fn proc_exit_inside_a_proxy_traps() {
    let (_, component) = adapted();
    let (trap, stdout) = try_serve(&component, "GET", "/exit", &[], b"").unwrap_err();
    assert!(trap.contains("unreachable"), "{trap}");
    assert_eq!(stdout, "GET /exit\n");
    let r = serve(&component, "GET", "/hello", &[], b"");
    assert_eq!(r.status, 200);
}

/// What preview 1 answers inside a proxy: no arguments, no variables, no
/// preopens (files are not found, as natively without preopens), clocks
/// and random work.
#[test]
fn p1_inside_a_proxy() {
    let (_, component) = adapted();
    let r = serve(&component, "GET", "/p1", &[], b"");
    assert_eq!(r.status, 200);
    assert_eq!(
        String::from_utf8(r.body).unwrap(),
        "args []\nenv []\nopen Err(Some(44))\ncreate Err(Some(44))\nclock Ok(true) true\nrandom 0 true\n"
    );
}

/// The same handler on jco (the preview2-shim's HTTP server, Node's fetch):
/// the same statuses, headers, bodies and log lines as on wasmtime.
#[test]
fn serves_the_same_on_jco() {
    let (a, component) = adapted();
    let big: Vec<u8> = (0..70_000).map(|i| b"abcxyz\n\xc3\xa9"[i % 9]).collect();
    let requests: [harness::Request<'_>; 5] = [
        ("GET", "/hello", &[], b""),
        ("GET", "/p1", &[], b""),
        (
            "POST",
            "/echo",
            &[("x-one", "1"), ("x-two", "zwei")],
            b"small body",
        ),
        ("POST", "/echo", &[("x-one", "1")], &big),
        ("GET", "/nope?x=1", &[], b""),
    ];
    let (run, results) = harness::run_jco_proxy(&a.component, &requests);
    assert_eq!(run.status, harness::Status::Exit(0), "{}", run.stderr_str());
    assert_eq!(results.len(), requests.len());
    let mut stdout = String::new();
    let mut stderr = String::new();
    for ((method, path, headers, body), js) in requests.iter().zip(&results) {
        let w = serve(&component, method, path, headers, body);
        stdout += &w.stdout;
        stderr += &w.stderr;
        assert_eq!(js["status"], w.status, "{method} {path}");
        let js_body: Vec<u8> = serde_json::from_value(js["body"].clone()).unwrap();
        assert_eq!(js_body, w.body, "{method} {path}");
        // Node's server adds its own (date, connection, transfer-encoding).
        let mut js_headers: Vec<(String, String)> =
            serde_json::from_value(js["headers"].clone()).unwrap();
        js_headers.retain(|(k, _)| k == "content-type" || k.starts_with("x-"));
        js_headers.sort();
        assert_eq!(js_headers, w.headers, "{method} {path}");
    }
    assert_eq!(run.stdout_str(), stdout);
    assert_eq!(run.stderr_str(), stderr);
}

/// A handler built against WASI 0.2.0 (the `wasi` 0.13 crate): the
/// component is made at its version, every import and the export at
/// 0.2.0 (its own and the adapter's shared), and served by the 0.2.12 host.
#[test]
fn handler_built_for_wasi_0_2_0() {
    let a = p1_adapt::adapt(&harness::http_guest_020()).expect("adapt");
    assert_eq!(a.kind, p1_adapt::Kind::Proxy);
    assert!(
        a.imports.iter().all(|i| i.ends_with("@0.2.0")),
        "{:?}",
        a.imports
    );
    assert!(a.imports.contains(&"wasi:http/types@0.2.0".to_string()));
    let target = p1_adapt::Target::preset("wasi:http/proxy@0.2.0").unwrap();
    let report = p1_adapt_verifier::verify(&a.component, &target).unwrap();
    assert!(report.fits(), "{}", report.to_text());
    let component = Component::new(harness::engine(), &a.component).unwrap();
    let r = serve(&component, "GET", "/old?x=1", &[], b"");
    assert_eq!(r.status, 200);
    assert_eq!(r.body, b"hello from a 0.2.0 handler at /old?x=1\n");
    assert_eq!(r.stdout, "0.2.0 /old?x=1\n");
}

/// On the command line: the kind on the success line, `proc_exit` listed
/// as trapping; `--world wasi:http/proxy` gives the same component.
#[test]
fn command_line_names_the_kind() {
    let guest = http_guest();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("handler.wasm");
    std::fs::write(&input, &guest).unwrap();
    let adapt = |out: &str, extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_p1-adapt"))
            .arg(&input)
            .arg("-o")
            .arg(dir.path().join(out))
            .args(extra)
            .output()
            .unwrap()
    };
    let run = adapt("a.wasm", &[]);
    assert_eq!(run.status.code(), Some(0));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.starts_with(&format!(
            "p1-adapt: {}: trap for the target: wasi_snapshot_preview1::proc_exit (needs wasi:cli/exit@0.2.12)\n",
            input.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(" bytes, wasi:http/proxy handler, single-memory layout); imports: "),
        "{err}"
    );
    let run = adapt("b.wasm", &["--world", "wasi:http/proxy"]);
    assert_eq!(run.status.code(), Some(0));
    assert_eq!(
        std::fs::read(dir.path().join("a.wasm")).unwrap(),
        std::fs::read(dir.path().join("b.wasm")).unwrap()
    );
}

/// A handler from a toolchain that embeds no WIT: its `wasi:http/types`
/// imports are typed by the bundled proxy world (here it answers 418
/// without a body, and logs through p1).
#[test]
fn handler_without_carried_wit() {
    let wat = r#"(module
      (import "wasi:http/types@0.2.12" "[constructor]fields" (func $fields (result i32)))
      (import "wasi:http/types@0.2.12" "[constructor]outgoing-response" (func $response (param i32) (result i32)))
      (import "wasi:http/types@0.2.12" "[method]outgoing-response.set-status-code" (func $status (param i32 i32) (result i32)))
      (import "wasi:http/types@0.2.12" "[static]response-outparam.set" (func $set (param i32 i32 i32 i32 i64 i32 i32 i32 i32)))
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (data (i32.const 100) "teapot\n")
      (func (export "wasi:http/incoming-handler@0.2.12#handle") (param $req i32) (param $out i32)
        (local $r i32)
        (local.set $r (call $response (call $fields)))
        (drop (call $status (local.get $r) (i32.const 418)))
        (call $set (local.get $out) (i32.const 0) (local.get $r) (i32.const 0) (i64.const 0)
                   (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0))
        (i32.store (i32.const 0) (i32.const 100))
        (i32.store (i32.const 4) (i32.const 7))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))"#;
    let a = p1_adapt::adapt(&wat::parse_str(wat).unwrap()).expect("adapt");
    assert_eq!(a.kind, p1_adapt::Kind::Proxy);
    let component = Component::new(harness::engine(), &a.component).unwrap();
    let r = serve(&component, "GET", "/", &[], b"");
    assert_eq!(r.status, 418);
    assert_eq!(r.body, b"");
    assert_eq!(r.stdout, "teapot\n");
}
