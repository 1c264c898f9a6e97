;; A command (it exports `_start`) asked to be adapted as an HTTP handler.
(module
  (memory (export "memory") 1)
  (func (export "_start"))
  (func (export "wasi:http/incoming-handler@0.2.12#handle") (param i32 i32)))
