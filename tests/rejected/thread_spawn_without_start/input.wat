;; Imports thread-spawn but exports no `wasi_thread_start` to start threads at.
(module
  (import "wasi" "thread-spawn" (func (param i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (export "memory" (memory 0))
  (func (export "_start")))
