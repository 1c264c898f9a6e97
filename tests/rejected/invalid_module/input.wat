;; Parses, but does not validate (type mismatch).
(module
  (memory (export "memory") 1)
  (func (export "_start") (result i32) (i64.const 1)))
