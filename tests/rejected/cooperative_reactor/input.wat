;; A reactor that spawns threads, with `--threads cooperative`: its threads
;; would outlive the export call that made them (`auto` gives it `none`).
(module
  (import "wasi" "thread-spawn" (func (param i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (export "memory" (memory 0))
  (func (export "wasi_thread_start") (param i32 i32))
  (func (export "work") (result i32) (i32.const 0)))
