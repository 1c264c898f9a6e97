;; An adaptable p1 command but for one function body that does not validate
;; (type mismatch): fusion validates the bodies as it rewrites them, and
;; reports what a full validation reports first.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start") (call $exit (call $bad)))
  (func $bad (result i32) (i32.load (i32.const 0)) (drop) (i64.const 1)))
