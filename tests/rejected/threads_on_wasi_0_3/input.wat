;; A wasi-threads command for WASI 0.3.0: its threads need 0.2's
;; pollables; refused with the version to use.
(module
  (import "wasi" "thread-spawn" (func (param i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (export "memory" (memory 0))
  (func (export "wasi_thread_start") (param i32 i32))
  (func (export "_start")))
