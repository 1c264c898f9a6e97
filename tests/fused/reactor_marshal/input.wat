;; A reactor whose exports pass memory (typed by marshal.wit, `--wit`):
;; `shout` returns its string with `!` appended (and logs through p1), `sum`
;; adds a list. Core functions as the canonical ABI names them, with a bump
;; `cabi_realloc`.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 100) "shout\n")
  (func $realloc (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
    (local $at i32)
    ;; align up, bump
    (local.set $at (i32.and (i32.add (global.get $heap) (i32.sub (local.get 2) (i32.const 1)))
                            (i32.sub (i32.const 0) (local.get 2))))
    (global.set $heap (i32.add (local.get $at) (local.get 3)))
    (local.get $at))
  (func (export "shout") (param $ptr i32) (param $len i32) (result i32)
    (local $out i32)
    (i32.store (i32.const 0) (i32.const 100))
    (i32.store (i32.const 4) (i32.const 6))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 1)
                                   (i32.add (local.get $len) (i32.const 1))))
    (memory.copy (local.get $out) (local.get $ptr) (local.get $len))
    (i32.store8 (i32.add (local.get $out) (local.get $len)) (i32.const 33))
    (i32.store (i32.const 1024) (local.get $out))
    (i32.store (i32.const 1028) (i32.add (local.get $len) (i32.const 1)))
    (i32.const 1024))
  (func (export "cabi_post_shout") (param i32))
  (func (export "sum") (param $ptr i32) (param $len i32) (result i64)
    (local $total i64)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $len)))
        (local.set $total (i64.add (local.get $total) (i64.load32_u (local.get $ptr))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 4)))
        (local.set $len (i32.sub (local.get $len) (i32.const 1)))
        (br $next)))
    (local.get $total)))
