;; A reactor (no `_start`) whose exports cannot all be typed without a WIT.
(module
  (memory (export "memory") 1)
  (func (export "ok") (param i32) (result i32) (local.get 0))
  (func (export "two_results") (result i32 i32) (i32.const 1) (i32.const 2))
  (func (export "takes_ref") (param externref))
  (func (export "a_b"))
  (func (export "a-b"))
  (func (export "___")))
