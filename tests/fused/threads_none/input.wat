;; A wasi-threads module (`--threads none`): its imported shared memory
;; becomes its own, unshared; `thread-spawn` is the adapter's (answers -1);
;; atomic waits and notifies call generated helpers over the adapter's
;; futex; other atomics pass through.
(module
  (import "env" "memory" (memory 2 16 shared))
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (export "memory" (memory 0))
  (func (export "wasi_thread_start") (param i32 i32))
  (func (export "_start")
    (drop (i32.atomic.rmw.add (i32.const 16) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 16) (i32.const 1)))
    (drop (memory.atomic.wait32 offset=4 (i32.const 16) (i32.const 0) (i64.const 10)))
    (drop (memory.atomic.wait64 (i32.const 24) (i64.const 0) (i64.const 10)))
    (call $exit (i32.lt_s (call $spawn (i32.const 0)) (i32.const 0)))))
