;; A shared 64-bit memory: wasi-threads guests are wasm32.
(module
  (memory (export "memory") i64 1 1 shared)
  (func (export "_start")))
