;; An HTTP handler (detected: it exports wasi:http/incoming-handler's
;; `handle`) that imports p1 functions the proxy world cannot serve:
;; adapted for wasi:http/proxy, `proc_exit` traps, the environment is empty,
;; files are absent.
(module
  (import "wasi:http/types@0.2.12" "[constructor]fields" (func $fields (result i32)))
  (import "wasi:http/types@0.2.12" "[constructor]outgoing-response" (func $response (param i32) (result i32)))
  (import "wasi:http/types@0.2.12" "[method]outgoing-response.set-status-code" (func $status (param i32 i32) (result i32)))
  (import "wasi:http/types@0.2.12" "[static]response-outparam.set" (func $set (param i32 i32 i32 i32 i64 i32 i32 i32 i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 100) "teapot\n")
  (func (export "wasi:http/incoming-handler@0.2.12#handle") (param $req i32) (param $out i32)
    (local $r i32)
    (drop (call $environ_sizes_get (i32.const 200) (i32.const 204)))
    (if (i32.eqz (call $path_open (i32.const 3) (i32.const 0) (i32.const 100) (i32.const 6)
                                  (i32.const 0) (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 208)))
      (then (call $proc_exit (i32.const 1))))
    (local.set $r (call $response (call $fields)))
    (drop (call $status (local.get $r) (i32.const 418)))
    (call $set (local.get $out) (i32.const 0) (local.get $r) (i32.const 0) (i64.const 0)
               (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0))
    (i32.store (i32.const 0) (i32.const 100))
    (i32.store (i32.const 4) (i32.const 7))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
