;; A reactor whose exports carry canonical-ABI names, as a wit-bindgen
;; guest has, for the world in tests/wit/calc.wit (`--wit`). `_initialize`
;; prints once. `internal` is not in the world and is not exported.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 100) "initialized\n")
  (data (i32.const 120) "log: ?\n")
  (func $print (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func (export "_initialize") (call $print (i32.const 100) (i32.const 12)))
  (func (export "add-two") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "counter") (result i64)
    (i64.store (i32.const 64) (i64.add (i64.load (i32.const 64)) (i64.const 1)))
    (i64.load (i32.const 64)))
  (func (export "log") (param i32)
    (i32.store8 (i32.const 125) (i32.add (i32.const 48) (local.get 0)))
    (call $print (i32.const 120) (i32.const 7)))
  (func (export "internal") (param i32) (result i32) (local.get 0)))
