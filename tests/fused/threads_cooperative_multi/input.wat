;; A wasi-threads module with cooperative threads: the built-ins imported
;; from `$root`; the exported `__indirect_function_table` holding the
;; trampoline (fresh guest globals, the adapter's stack pointer at its top,
;; then the adapter's `p1-adapt:threads/run`); `thread-switch` keeping the
;; running thread's globals in its locals and the live adapter stack in
;; the save area; each loop counting down to a preemption every 500
;; iterations.
(module
  (import "env" "memory" (memory 2 16 shared))
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "sched_yield" (func $yield (result i32)))
  (global $sp (mut i32) (i32.const 65536))
  (global $tls (mut i32) (i32.const 0))
  (global $size i32 (i32.const 16))
  (export "memory" (memory 0))
  (func (export "wasi_thread_start") (param i32 i32)
    (global.set $sp (i32.load (local.get 1)))
    (drop (i32.atomic.rmw.add (i32.const 16) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 16) (i32.const 1))))
  (func (export "_start")
    (drop (call $spawn (i32.const 32)))
    (loop $spin
      (drop (call $yield))
      (br_if $spin (i32.eqz (i32.atomic.load (i32.const 16)))))))
