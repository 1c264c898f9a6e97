;; A minimal WASI preview 1 command: prints a line and exits with status 0.
;; `cargo run -- examples/hello.wat -o hello.component.wasm` adapts it.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; iovec { buf = 16, len = 27 } at address 0
  (data (i32.const 0) "\10\00\00\00\1b\00\00\00")
  (data (i32.const 16) "Hello from WASI preview 1!\n")
  (func (export "_start")
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
