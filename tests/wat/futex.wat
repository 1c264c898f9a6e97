;; Atomic waits and notifies on a shared memory with one thread (no
;; thread-spawn): notify wakes nobody (0), a wait whose value differs
;; answers 1 at once, a wait whose value matches times out (2); through a
;; static offset too. Argument 1 picks a trapping case instead:
;; `oob` (a wait past the memory), `unaligned`, `wrap` (address + offset
;; past 4 GiB), `notify-oob`, `forever` (a wait nothing can end: natively
;; a hang, adapted a deadlock trap).
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (memory (export "memory") 1 1 shared)
  (func $digit (param $d i32)
    (i32.store8 (i32.const 100) (i32.add (i32.const 48) (local.get $d)))
    (i32.store8 (i32.const 101) (i32.const 10))
    (i32.store (i32.const 0) (i32.const 100))
    (i32.store (i32.const 4) (i32.const 2))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  ;; The first byte of argument 1, or 0.
  (func $arg (result i32)
    (drop (call $args_sizes_get (i32.const 200) (i32.const 204)))
    (if (i32.lt_u (i32.load (i32.const 200)) (i32.const 2)) (then (return (i32.const 0))))
    (drop (call $args_get (i32.const 300) (i32.const 400)))
    (i32.load8_u (i32.load (i32.const 304))))
  (func (export "_start")
    (local $case i32)
    (local.set $case (call $arg))
    (i64.store (i32.const 64) (i64.const 0))
    (if (i32.eq (local.get $case) (i32.const 111)) ;; o: oob
      (then (drop (memory.atomic.wait32 (i32.const 65536) (i32.const 0) (i64.const 1000)))))
    (if (i32.eq (local.get $case) (i32.const 117)) ;; u: unaligned
      (then (drop (memory.atomic.wait32 (i32.const 66) (i32.const 0) (i64.const 1000)))))
    (if (i32.eq (local.get $case) (i32.const 119)) ;; w: wrap
      (then (drop (memory.atomic.wait64 offset=8 (i32.const -8) (i64.const 0) (i64.const 1000)))))
    (if (i32.eq (local.get $case) (i32.const 110)) ;; n: notify-oob
      (then (drop (memory.atomic.notify (i32.const 65536) (i32.const 1)))))
    (if (i32.eq (local.get $case) (i32.const 102)) ;; f: forever
      (then (drop (memory.atomic.wait32 (i32.const 64) (i32.const 0) (i64.const -1)))))
    (call $digit (memory.atomic.notify (i32.const 64) (i32.const 1)))
    (call $digit (memory.atomic.wait32 (i32.const 64) (i32.const 99) (i64.const -1)))
    (call $digit (memory.atomic.wait32 (i32.const 64) (i32.const 0) (i64.const 1000000)))
    (call $digit (memory.atomic.wait64 (i32.const 64) (i64.const 99) (i64.const -1)))
    (call $digit (memory.atomic.wait64 (i32.const 64) (i64.const 0) (i64.const 1000000)))
    (call $digit (memory.atomic.wait32 offset=4 (i32.const 60) (i32.const 0) (i64.const 1000)))
    (call $digit (memory.atomic.notify offset=64 (i32.const 0) (i32.const 5)))))
