;; A reactor for WASI 0.3.0: its exports would be synchronous functions,
;; which may not wait on 0.3's streams; refused with the version to use.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
