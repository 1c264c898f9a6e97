;; A wasi-threads reactor: `wasi_thread_start` is an entry point, never a
;; component export; `add` is the one export of the derived world.
(module
  (import "env" "memory" (memory 1 4 shared))
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (export "memory" (memory 0))
  (func (export "wasi_thread_start") (param i32 i32))
  (func (export "add") (param i32 i32) (result i32)
    (i32.atomic.rmw.add (i32.const 0) (i32.add (local.get 0) (local.get 1)))))
