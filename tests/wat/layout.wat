;; The single-memory layout's translation at the edges of memory: every
;; access here must behave (value or trap) exactly as natively, although the
;; adapter's region lies below the guest. argv[1] picks a case: none (all
;; the accesses that succeed) or one access that must trap.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (memory (export "memory") 2 3)
  (data (i32.const 16) "0123456789abcdef")
  (data (i32.const 131068) "wxyz")
  (data $p "init")
  (func $print (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func $hex (param $v i32)
    (local $i i32)
    (loop $d
      (i32.store8 (i32.add (i32.const 40) (local.get $i))
        (i32.load8_u (i32.add (i32.const 16) (i32.and (i32.shr_u (local.get $v) (i32.sub (i32.const 28) (i32.mul (local.get $i) (i32.const 4)))) (i32.const 15)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $d (i32.lt_u (local.get $i) (i32.const 8))))
    (i32.store8 (i32.const 48) (i32.const 10))
    (call $print (i32.const 40) (i32.const 9)))
  ;; The first byte of argv[1], or 0.
  (func $case (result i32)
    (drop (call $args_sizes_get (i32.const 256) (i32.const 260)))
    (if (i32.lt_u (i32.load (i32.const 256)) (i32.const 2)) (then (return (i32.const 0))))
    (drop (call $args_get (i32.const 512) (i32.const 1024)))
    (i32.load8_u (i32.load (i32.const 516))))
  (func (export "_start")
    (local $c i32)
    (local.set $c (call $case))
    (if (i32.eqz (local.get $c)) (then (call $fine) (return)))
    ;; Each of these traps (out of bounds) natively.
    (if (i32.eq (local.get $c) (i32.const 0x61)) ;; a: load across the end
      (then (drop (i32.load (i32.const 131070)))))
    (if (i32.eq (local.get $c) (i32.const 0x62)) ;; b: huge static offset
      (then (drop (i32.load offset=0xffffffff (i32.const 1)))))
    (if (i32.eq (local.get $c) (i32.const 0x63)) ;; c: fill that would wrap
      (then (memory.fill (i32.const 0xfffffff0) (i32.const 0) (i32.const 16))))
    (if (i32.eq (local.get $c) (i32.const 0x64)) ;; d: copy from near 4 GiB
      (then (memory.copy (i32.const 0) (i32.const 0xffffffff) (i32.const 2))))
    (if (i32.eq (local.get $c) (i32.const 0x65)) ;; e: init across the end
      (then (memory.init $p (i32.const 131070) (i32.const 0) (i32.const 4))))
    (if (i32.eq (local.get $c) (i32.const 0x66)) ;; f: a "negative" address
      (then (drop (i32.load (i32.const -8)))))
    (if (i32.eq (local.get $c) (i32.const 0x67)) ;; g: store across the end
      (then (i64.store (i32.const 131068) (i64.const -1))))
    (if (i32.eq (local.get $c) (i32.const 0x68)) ;; h: copy to just past the end
      (then (memory.copy (i32.const 131069) (i32.const 0) (i32.const 4))))
    (call $print (i32.const 16) (i32.const 3)))
  (func $fine
    (call $hex (memory.size))                              ;; 2
    (call $hex (i32.load (i32.const 131068)))              ;; "wxyz"
    (call $hex (i32.load offset=131064 (i32.const 4)))     ;; "wxyz" by offset
    (call $hex (i32.load (i32.const 0)))                   ;; 28: address 0 is the guest's ($print's iovec)
    (i32.store (i32.const 0) (i32.const 0x12345678))
    (call $hex (i32.load8_u offset=3 (i32.const 0)))       ;; 12
    (call $hex (memory.grow (i32.const 1)))                ;; 2
    (call $hex (memory.size))                              ;; 3
    (call $hex (memory.grow (i32.const 1)))                ;; -1: the maximum is 3
    (call $hex (memory.grow (i32.const 0)))                ;; 3
    (call $hex (i32.load offset=196604 (i32.const 0)))     ;; 0: fresh page
    (i32.store8 (i32.const 196607) (i32.const 0xab))
    (call $hex (i32.load8_u (i32.const 196607)))           ;; ab
    (memory.fill (i32.const 196600) (i32.const 0x55) (i32.const 7))
    (call $hex (i32.load (i32.const 196600)))              ;; 55555555
    (call $hex (i32.load (i32.const 196604)))              ;; ab555555
    (memory.copy (i32.const 196604) (i32.const 131068) (i32.const 4))
    (call $hex (i32.load (i32.const 196604)))              ;; "wxyz"
    (memory.copy (i32.const 131060) (i32.const 131064) (i32.const 8)) ;; overlapping
    (call $hex (i32.load (i32.const 131064)))              ;; "wxyz"
    (memory.init $p (i32.const 196604) (i32.const 0) (i32.const 4))
    (call $hex (i32.load (i32.const 196604)))              ;; "init"
    (memory.fill (i32.const 196608) (i32.const 0) (i32.const 0)) ;; empty, at the end: fine
    (memory.copy (i32.const 196608) (i32.const 0) (i32.const 0))
    ;; fd_write of the last 4 bytes of memory, its result at the very end
    (i32.store (i32.const 64) (i32.const 196604))
    (i32.store (i32.const 68) (i32.const 4))
    (call $hex (call $fd_write (i32.const 1) (i32.const 64) (i32.const 1) (i32.const 196604)))
    (call $hex (i32.load (i32.const 196604)))))             ;; 4 written
