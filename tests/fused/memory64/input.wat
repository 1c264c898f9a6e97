;; A memory64 command: pointers and sizes are 64-bit in every p1 signature
;; (multi layout, chosen by `auto`).
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i64 i64 i64) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i64 i64) (result i32)))
  (memory (export "memory") i64 1)
  ;; iovec { buf = 32, len = 9 } at address 0 (16 bytes)
  (data (i64.const 0) "\20\00\00\00\00\00\00\00\09\00\00\00\00\00\00\00")
  (data (i64.const 32) "memory64\n")
  (func (export "_start")
    (drop (call $args_sizes_get (i64.const 64) (i64.const 72)))
    (drop (call $fd_write (i32.const 1) (i64.const 0) (i64.const 1) (i64.const 16)))))
