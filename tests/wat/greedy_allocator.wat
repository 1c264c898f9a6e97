;; An allocator that owns all of memory up to `memory.size` (AssemblyScript,
;; TinyGo style): it fills every byte it owns with a pattern before the
;; first p1 call, grows memory and claims the new pages after it, and
;; checks that no p1 call wrote anywhere but the buffers it was given.
;; The official adapter carves its state out of the guest's memory and breaks
;; this; ours must leave every pattern byte intact.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
  (memory (export "memory") 1)
  ;; 0..1024: the program's own scratch (strings, iovecs, results)
  (data (i32.const 100) "intact after first call\n")      ;; 24 bytes
  (data (i32.const 200) "intact after growth\n")          ;; 20 bytes
  (data (i32.const 300) "CORRUPTED\n")                    ;; 10 bytes
  (data (i32.const 400) "pages ok\n")                     ;; 9 bytes

  (func $print (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))

  ;; Does [from, memory.size) hold the pattern?
  (func $intact (param $from i32) (result i32)
    (local $p i32) (local $end i32)
    (local.set $end (i32.mul (memory.size) (i32.const 65536)))
    (local.set $p (local.get $from))
    (block $bad
      (loop $l
        (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const 1))))
        (br_if $bad (i32.ne (i32.load8_u (local.get $p)) (i32.const 0xAB)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (i32.const 0))

  (func $check (param $from i32) (param $msg i32) (param $len i32)
    (if (call $intact (local.get $from))
      (then (call $print (local.get $msg) (local.get $len)))
      (else (call $print (i32.const 300) (i32.const 10)))))

  (func (export "_start")
    ;; Claim everything above the scratch area before any p1 call.
    (memory.fill (i32.const 1024) (i32.const 0xAB) (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 1024)))
    (drop (call $args_sizes_get (i32.const 16) (i32.const 20)))
    (drop (call $environ_sizes_get (i32.const 24) (i32.const 28)))
    (drop (call $random_get (i32.const 32) (i32.const 16)))
    (drop (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const 48)))
    (call $check (i32.const 1024) (i32.const 100) (i32.const 24))
    ;; Grow, claim the new pages too, call again.
    (drop (memory.grow (i32.const 3)))
    (memory.fill (i32.const 65536) (i32.const 0xAB) (i32.mul (i32.const 3) (i32.const 65536)))
    (drop (call $random_get (i32.const 32) (i32.const 16)))
    (call $print (i32.const 100) (i32.const 0))
    (call $check (i32.const 1024) (i32.const 200) (i32.const 20))
    ;; Nobody else grew our memory.
    (if (i32.eq (memory.size) (i32.const 4))
      (then (call $print (i32.const 400) (i32.const 9))))))
