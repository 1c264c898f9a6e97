;; fd_write with several iovecs (some empty), looping on short writes the
;; way libc does, so the output is the same whether a host writes one iovec
;; per call (native p1) or all of them (p1-adapt). Also: zero iovecs on a bad
;; fd (EBADF), on stdout (0 written), and fd_read of stdin with several
;; iovecs (an empty one with a bad pointer, an out-of-bounds one last),
;; looping the same way, then echoed.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 1000) "first ")
  (data (i32.const 1010) "second ")
  (data (i32.const 1020) "third\n")
  (data (i32.const 1030) "bad fd ok\n")
  (data (i32.const 1040) "zero ok\n")
  (data (i32.const 1050) "read: ")
  (data (i32.const 1060) "\n")

  ;; writev(iovs at $iovs, $n entries) until every byte is out
  (func $write_all (param $iovs i32) (param $n i32)
    (local $written i32) (local $len i32)
    (loop $again
      (if (i32.eqz (local.get $n)) (then (return)))
      (if (call $fd_write (i32.const 1) (local.get $iovs) (local.get $n) (i32.const 0))
        (then (call $proc_exit (i32.const 9))))
      (local.set $written (i32.load (i32.const 0)))
      ;; drop fully written iovecs, shorten the first partial one
      (block $done
        (loop $skip
          (br_if $done (i32.eqz (local.get $n)))
          (local.set $len (i32.load offset=4 (local.get $iovs)))
          (br_if $done (i32.gt_u (local.get $len) (local.get $written)))
          (local.set $written (i32.sub (local.get $written) (local.get $len)))
          (local.set $iovs (i32.add (local.get $iovs) (i32.const 8)))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $skip)))
      (if (local.get $n)
        (then
          (i32.store (local.get $iovs) (i32.add (i32.load (local.get $iovs)) (local.get $written)))
          (i32.store offset=4 (local.get $iovs) (i32.sub (i32.load offset=4 (local.get $iovs)) (local.get $written)))))
      (br $again)))

  ;; readv of stdin into iovecs at $iovs until every one is full but the
  ;; last (out of bounds: never the first non-empty one, where native
  ;; traps), or the input ends
  (func $read_all (param $iovs i32) (param $n i32)
    (local $read i32) (local $len i32)
    (loop $again
      (if (i32.le_u (local.get $n) (i32.const 1)) (then (return)))
      (if (call $fd_read (i32.const 0) (local.get $iovs) (local.get $n) (i32.const 0))
        (then (call $proc_exit (i32.const 10))))
      (local.set $read (i32.load (i32.const 0)))
      (if (i32.eqz (local.get $read)) (then (return)))
      (block $done
        (loop $skip
          (br_if $done (i32.eqz (local.get $n)))
          (local.set $len (i32.load offset=4 (local.get $iovs)))
          (br_if $done (i32.gt_u (local.get $len) (local.get $read)))
          (local.set $read (i32.sub (local.get $read) (local.get $len)))
          (local.set $iovs (i32.add (local.get $iovs) (i32.const 8)))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $skip)))
      (if (local.get $n)
        (then
          (i32.store (local.get $iovs) (i32.add (i32.load (local.get $iovs)) (local.get $read)))
          (i32.store offset=4 (local.get $iovs) (i32.sub (i32.load offset=4 (local.get $iovs)) (local.get $read)))))
      (br $again)))

  (func (export "_start")
    ;; iovecs at 100: "first ", "", "second ", "", "third\n"
    (i32.store (i32.const 100) (i32.const 1000)) (i32.store (i32.const 104) (i32.const 6))
    (i32.store (i32.const 108) (i32.const 0))    (i32.store (i32.const 112) (i32.const 0))
    (i32.store (i32.const 116) (i32.const 1010)) (i32.store (i32.const 120) (i32.const 7))
    (i32.store (i32.const 124) (i32.const 5000)) (i32.store (i32.const 128) (i32.const 0))
    (i32.store (i32.const 132) (i32.const 1020)) (i32.store (i32.const 136) (i32.const 6))
    (call $write_all (i32.const 100) (i32.const 5))
    ;; zero iovecs on a bad fd: EBADF (8)
    (if (i32.eq (call $fd_write (i32.const 77) (i32.const 100) (i32.const 0) (i32.const 0)) (i32.const 8))
      (then
        (i32.store (i32.const 200) (i32.const 1030)) (i32.store (i32.const 204) (i32.const 10))
        (call $write_all (i32.const 200) (i32.const 1))))
    ;; zero iovecs on stdout: success, 0 written
    (i32.store (i32.const 0) (i32.const 99))
    (if (i32.eqz (call $fd_write (i32.const 1) (i32.const 100) (i32.const 0) (i32.const 0)))
      (then (if (i32.eqz (i32.load (i32.const 0)))
        (then
          (i32.store (i32.const 200) (i32.const 1040)) (i32.store (i32.const 204) (i32.const 8))
          (call $write_all (i32.const 200) (i32.const 1))))))
    ;; iovecs at 300: 5 bytes at 2000, empty at 0xfffffff0, 100 bytes at
    ;; 2010, 16 bytes at 0xfffffff0 (out of bounds)
    (i32.store (i32.const 300) (i32.const 2000)) (i32.store (i32.const 304) (i32.const 5))
    (i32.store (i32.const 308) (i32.const 0xfffffff0)) (i32.store (i32.const 312) (i32.const 0))
    (i32.store (i32.const 316) (i32.const 2010)) (i32.store (i32.const 320) (i32.const 100))
    (i32.store (i32.const 324) (i32.const 0xfffffff0)) (i32.store (i32.const 328) (i32.const 16))
    (call $read_all (i32.const 300) (i32.const 4))
    ;; echo "read: ", the 5 bytes, the 100 bytes, "\n"
    (i32.store (i32.const 400) (i32.const 1050)) (i32.store (i32.const 404) (i32.const 6))
    (i32.store (i32.const 408) (i32.const 2000)) (i32.store (i32.const 412) (i32.const 5))
    (i32.store (i32.const 416) (i32.const 2010)) (i32.store (i32.const 420) (i32.const 100))
    (i32.store (i32.const 424) (i32.const 1060)) (i32.store (i32.const 428) (i32.const 1))
    (call $write_all (i32.const 400) (i32.const 4)))
)
