//! A `wasi:http/proxy@0.2.0` handler (the `wasi` 0.13 crate's bindings, as
//! cargo-component and wit-bindgen users built them in 2024) that logs
//! through preview 1: the component follows the handler's WASI version.

use wasi::http::types::{Fields, IncomingRequest, OutgoingBody, OutgoingResponse, ResponseOutparam};

wasi::http::proxy::export!(Handler);

struct Handler;

impl wasi::exports::http::incoming_handler::Guest for Handler {
    fn handle(request: IncomingRequest, out: ResponseOutparam) {
        let path = request.path_with_query().unwrap_or_default();
        println!("0.2.0 {path}");
        let fields = Fields::from_list(&[("content-type".to_string(), b"text/plain".to_vec())])
            .expect("valid headers");
        let response = OutgoingResponse::new(fields);
        let body = response.body().expect("body");
        ResponseOutparam::set(out, Ok(response));
        let stream = body.write().expect("stream");
        stream
            .blocking_write_and_flush(format!("hello from a 0.2.0 handler at {path}\n").as_bytes())
            .expect("write");
        drop(stream);
        OutgoingBody::finish(body, None).expect("finish");
    }
}
