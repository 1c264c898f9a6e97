;; A preview 0 (`wasi_unstable`) command: prints, seeks stdout (preview 0's
;; whence numbering) and exits with status 3.
(module
  (import "wasi_unstable" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))
  (import "wasi_unstable" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "\10\00\00\00\0c\00\00\00")
  (data (i32.const 16) "preview 0!\n")
  (func (export "_start")
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (drop (call $fd_seek (i32.const 1) (i64.const 0) (i32.const 0) (i32.const 32)))
    (call $proc_exit (i32.const 3))))
