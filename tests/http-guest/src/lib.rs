//! An HTTP handler that answers from what preview 1 tells it.
//!
//! `GET /hello`: a greeting; `POST /echo`: the body back, upper-cased, with
//! the request's headers echoed as `x-echo-NAME`; `GET /p1`: what the p1
//! calls answer in a proxy (args, env, a file open, clocks, random);
//! `GET /exit`: `proc_exit(3)`; anything else: 404. Every request is
//! logged to stdout through p1.

use std::io::{Read as _, Write as _};
use wasip2::http::types::{
    Fields, IncomingRequest, Method, OutgoingBody, OutgoingResponse, ResponseOutparam,
};

wasip2::http::proxy::export!(Handler);

struct Handler;

fn method(m: &Method) -> String {
    match m {
        Method::Get => "GET".into(),
        Method::Post => "POST".into(),
        Method::Put => "PUT".into(),
        Method::Other(s) => s.clone(),
        _ => "OTHER".into(),
    }
}

fn p1_report() -> String {
    let mut out = String::new();
    out += &format!("args {:?}\n", std::env::args().collect::<Vec<_>>());
    out += &format!("env {:?}\n", std::env::vars().collect::<Vec<_>>());
    out += &format!(
        "open {:?}\n",
        std::fs::read("data.txt").map_err(|e| e.raw_os_error())
    );
    out += &format!(
        "create {:?}\n",
        std::fs::write("/out.txt", b"x").map_err(|e| e.raw_os_error())
    );
    let t0 = std::time::Instant::now();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() > 1_700_000_000);
    out += &format!("clock {now:?} {}\n", t0.elapsed().as_secs() < 10);
    let mut buf = [0u8; 32];
    // Through p1 random_get (std's hashmap keys use it too).
    let r = std::collections::hash_map::RandomState::new();
    let _ = r;
    let ok = wasi_random(&mut buf);
    out += &format!("random {ok} {}\n", buf.iter().any(|b| *b != 0));
    out
}

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    fn random_get(buf: *mut u8, len: usize) -> u16;
}

fn wasi_random(buf: &mut [u8]) -> u16 {
    // SAFETY: the buffer is valid for its length.
    unsafe { random_get(buf.as_mut_ptr(), buf.len()) }
}

impl wasip2::exports::http::incoming_handler::Guest for Handler {
    fn handle(request: IncomingRequest, out: ResponseOutparam) {
        let m = method(&request.method());
        let path = request.path_with_query().unwrap_or_default();
        println!("{m} {path}");
        let headers = request.headers().entries();
        let mut body = Vec::new();
        if let Ok(incoming) = request.consume() {
            if let Ok(mut stream) = incoming.stream() {
                stream.read_to_end(&mut body).expect("read body");
            }
        }
        let (status, reply, extra): (u16, Vec<u8>, Vec<(String, Vec<u8>)>) =
            match (m.as_str(), path.as_str()) {
                ("GET", "/hello") => (200, b"hello from p1\n".to_vec(), vec![]),
                ("POST", "/echo") => (
                    200,
                    body.to_ascii_uppercase(),
                    headers
                        .iter()
                        .filter(|(k, _)| k.starts_with("x-"))
                        .map(|(k, v)| (format!("x-echo-{k}"), v.clone()))
                        .collect(),
                ),
                ("GET", "/p1") => (200, p1_report().into_bytes(), vec![]),
                // p1 proc_exit: the proxy world has no exit, so it traps.
                ("GET", "/exit") => std::process::exit(3),
                _ => (404, format!("no {path}\n").into_bytes(), vec![]),
            };
        let mut list = vec![("content-type".to_string(), b"text/plain".to_vec())];
        list.extend(extra);
        let fields = Fields::from_list(&list).expect("valid headers");
        let response = OutgoingResponse::new(fields);
        response.set_status_code(status).expect("status");
        let outgoing = response.body().expect("body");
        ResponseOutparam::set(out, Ok(response));
        let mut stream = outgoing.write().expect("stream");
        for chunk in reply.chunks(4096) {
            stream.write_all(chunk).expect("write");
        }
        stream.flush().expect("flush");
        drop(stream);
        OutgoingBody::finish(outgoing, None).expect("finish");
        eprintln!("{status} {} bytes", reply.len());
    }
}
