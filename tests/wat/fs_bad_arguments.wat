;; Filesystem calls with arguments native p1 traps on (pointers outside
;; memory, an unknown whence or advice); p1-adapt answers EFAULT (21) or
;; EINVAL (28). Prints "<letter> <errno>" lines. Runs with `.` preopened (fd 3).
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_advise" (func $fd_advise (param i32 i64 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_readdir" (func $fd_readdir (param i32 i32 i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_filestat_get" (func $fd_filestat_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_filestat_get" (func $path_filestat_get (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_create_directory" (func $path_create_directory (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_readlink" (func $path_readlink (param i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 200) "file.txt")
  (data (i32.const 220) "newdir")

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
    (local $fd i32)
    ;; a: create file.txt (fine), fd stored at 40
    (call $report (i32.const 97) (call $path_open (i32.const 3) (i32.const 0) (i32.const 200) (i32.const 8)
      (i32.const 1) (i64.const 0x3fffffff) (i64.const 0x3fffffff) (i32.const 0) (i32.const 40)))
    (local.set $fd (i32.load (i32.const 40)))
    ;; b: path pointer outside memory
    (call $report (i32.const 98) (call $path_open (i32.const 3) (i32.const 0) (i32.const 65530) (i32.const 8)
      (i32.const 0) (i64.const 2) (i64.const 2) (i32.const 0) (i32.const 40)))
    ;; c: result pointer outside memory (the file is still opened, as native)
    (call $report (i32.const 99) (call $path_open (i32.const 3) (i32.const 0) (i32.const 200) (i32.const 8)
      (i32.const 0) (i64.const 2) (i64.const 2) (i32.const 0) (i32.const 65534)))
    ;; d: unknown whence
    (call $report (i32.const 100) (call $fd_seek (local.get $fd) (i64.const 0) (i32.const 7) (i32.const 48)))
    ;; e: unknown advice
    (call $report (i32.const 101) (call $fd_advise (local.get $fd) (i64.const 0) (i64.const 1) (i32.const 9)))
    ;; f: readdir buffer outside memory
    (call $report (i32.const 102) (call $fd_readdir (i32.const 3) (i32.const 65500) (i32.const 4096) (i64.const 0) (i32.const 48)))
    ;; g: filestat result outside memory
    (call $report (i32.const 103) (call $fd_filestat_get (local.get $fd) (i32.const 65500)))
    ;; h: path_filestat_get path length past the end
    (call $report (i32.const 104) (call $path_filestat_get (i32.const 3) (i32.const 0) (i32.const 200) (i32.const 0xffff) (i32.const 300)))
    ;; i: mkdir with a huge length
    (call $report (i32.const 105) (call $path_create_directory (i32.const 3) (i32.const 220) (i32.const 0xfffffff0)))
    ;; j: readlink on a non-link with the buffer out of bounds: the host answers first
    (call $report (i32.const 106) (call $path_readlink (i32.const 3) (i32.const 200) (i32.const 8) (i32.const 65535) (i32.const 100) (i32.const 48)))
    ;; k: mkdir newdir: still works after all that
    (call $report (i32.const 107) (call $path_create_directory (i32.const 3) (i32.const 220) (i32.const 6)))))
