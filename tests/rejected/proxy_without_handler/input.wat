;; `--world wasi:http/proxy` (the same as `--kind proxy`) on a module that
;; does not export the handler.
(module
  (memory (export "memory") 1)
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
