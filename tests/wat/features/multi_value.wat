;; Multi-value: functions and blocks with several results and parameters.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (func $print (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  ;; prints "<tag>: <value>\n" with $value as 8 hex digits
  (func $hex (param $v i32)
    (local $i i32)
    (loop $d
      (i32.store8 (i32.add (i32.const 40) (local.get $i))
        (i32.load8_u (i32.add (i32.const 16) (i32.and (i32.shr_u (local.get $v) (i32.sub (i32.const 28) (i32.mul (local.get $i) (i32.const 4)))) (i32.const 15)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $d (i32.lt_u (local.get $i) (i32.const 8))))
    (i32.store8 (i32.const 48) (i32.const 10))
    (call $print (i32.const 40) (i32.const 9)))
  (memory (export "memory") 1)
  (data (i32.const 16) "0123456789abcdef")
  (func $divmod (param i32 i32) (result i32 i32)
    (i32.div_u (local.get 0) (local.get 1)) (i32.rem_u (local.get 0) (local.get 1)))
  (func (export "_start")
    (local $r i32)
    i32.const 1000
    i32.const 7
    call $divmod
    block (param i32 i32) (result i32)
      local.set $r
      i32.const 256
      i32.mul
      local.get $r
      i32.add
    end
    call $hex)
)
