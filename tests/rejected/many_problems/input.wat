;; Every import problem at once, no exported memory, no _start.
(module
  (import "env" "foo" (func))
  (import "wasi_unstable" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_frobnicate" (func))
  (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close" (global i32))
  (memory 1))
