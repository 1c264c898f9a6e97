;; Out-of-bounds pointers and lengths. Native p1 traps on the first one;
;; p1-adapt answers EFAULT (21) and keeps going. Prints "name errno" lines.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fd_fdstat_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $fd_prestat_dir_name (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 200) "0123456789")

  ;; prints the errno $e as "<tag> <e>\n" where tag is a single letter
  (func $report (param $tag i32) (param $e i32)
    (i32.store8 (i32.const 100) (local.get $tag))
    (i32.store8 (i32.const 101) (i32.const 32))
    (i32.store8 (i32.const 102) (i32.add (i32.const 48) (i32.div_u (local.get $e) (i32.const 10))))
    (i32.store8 (i32.const 103) (i32.add (i32.const 48) (i32.rem_u (local.get $e) (i32.const 10))))
    (i32.store8 (i32.const 104) (i32.const 10))
    (i32.store (i32.const 0) (i32.const 100))
    (i32.store (i32.const 4) (i32.const 5))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))

  (func (export "_start")
    ;; a: iovec array outside memory
    (call $report (i32.const 97) (call $fd_write (i32.const 1) (i32.const 70000) (i32.const 1) (i32.const 8)))
    ;; b: iovec whose buffer runs past the end of memory
    (i32.store (i32.const 16) (i32.const 65530))
    (i32.store (i32.const 20) (i32.const 100))
    (call $report (i32.const 98) (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 8)))
    ;; c: huge iovec count whose array overflows memory
    (call $report (i32.const 99) (call $fd_write (i32.const 1) (i32.const 16) (i32.const 0x7fffffff) (i32.const 8)))
    ;; d: nwritten pointer out of bounds (the bytes are still written)
    (i32.store (i32.const 16) (i32.const 200))
    (i32.store (i32.const 20) (i32.const 0))
    (call $report (i32.const 100) (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 65535)))
    ;; e: fd_read into a buffer past the end
    (i32.store (i32.const 16) (i32.const 65535))
    (i32.store (i32.const 20) (i32.const 10))
    (call $report (i32.const 101) (call $fd_read (i32.const 0) (i32.const 16) (i32.const 1) (i32.const 8)))
    ;; f: args_sizes_get result pointer at the last byte
    (call $report (i32.const 102) (call $args_sizes_get (i32.const 65535) (i32.const 8)))
    ;; g: args_get with the string buffer out of bounds
    (call $report (i32.const 103) (call $args_get (i32.const 16) (i32.const 0xfffffff0)))
    ;; h: environ_get pointer array out of bounds
    (call $report (i32.const 104) (call $environ_get (i32.const 0xffffff00) (i32.const 300)))
    ;; i: random_get of a length that runs past the end
    (call $report (i32.const 105) (call $random_get (i32.const 65000) (i32.const 1000)))
    ;; j: random_get of 4 GiB - 1 at 1
    (call $report (i32.const 106) (call $random_get (i32.const 1) (i32.const 0xffffffff)))
    ;; k: clock_time_get result straddling the end
    (call $report (i32.const 107) (call $clock_time_get (i32.const 0) (i64.const 0) (i32.const 65532)))
    ;; l: fd_fdstat_get result out of bounds
    (call $report (i32.const 108) (call $fd_fdstat_get (i32.const 1) (i32.const 65530)))
    ;; m: random_get of length 0 at the very end is fine
    (call $report (i32.const 109) (call $random_get (i32.const 65536) (i32.const 0)))))
