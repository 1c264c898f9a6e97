(module
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (param i32)))
  (type (;2;) (func (param i32 i32)))
  (type (;3;) (func))
  (type (;4;) (func (param i32)))
  (type (;5;) (func (param i32 i32)))
  (type (;6;) (func (result i32)))
  (type (;7;) (func (param i64 i32 i32) (result i32)))
  (type (;8;) (func (param i32) (result i32)))
  (type (;9;) (func (param i32 i32 i32 i32 i32)))
  (type (;10;) (func (param i32 i64 i32) (result i32)))
  (type (;11;) (func (param i64) (result i32)))
  (type (;12;) (func))
  (type (;13;) (func (param i32 i32 i32) (result i32)))
  (type (;14;) (func (result i64)))
  (type (;15;) (func (param i64 i32) (result i32)))
  (type (;16;) (func (param i32 i64 i32)))
  (type (;17;) (func (param i32 i64 i64 i32)))
  (type (;18;) (func (param i32 i32 i32)))
  (type (;19;) (func (param i32 i32 i32 i32)))
  (type (;20;) (func (param i32 i64 i64 i32 i32)))
  (type (;21;) (func (param i32 i32 i64 i32 i32 i64 i32 i32)))
  (type (;22;) (func (param i32 i32 i32 i64 i32)))
  (type (;23;) (func (param i64 i64) (result i32)))
  (type (;24;) (func (param i32 i32 i32 i32 i32 i64 i32 i32 i64 i32 i32)))
  (type (;25;) (func (param i32 i32 i32 i32 i32 i32 i32 i32)))
  (type (;26;) (func (param i32 i32 i32 i32 i32 i32 i32)))
  (type (;27;) (func (param i32 i32 i32 i32 i32 i32)))
  (type (;28;) (func (param i64 i32)))
  (type (;29;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;30;) (func (param i32 i32) (result i32)))
  (type (;31;) (func (param i32 i64 i64) (result i32)))
  (type (;32;) (func (param i32 i32 i64 i64 i64 i64)))
  (type (;33;) (func (param i32 i64 i64)))
  (type (;34;) (func (param i32 i32 i64)))
  (type (;35;) (func (param i64 i32 i64 i32) (result i32)))
  (type (;36;) (func (param i32 i32 i32 i64) (result i32)))
  (type (;37;) (func (param i32 i32 i64 i64 i64 i32) (result i32)))
  (type (;38;) (func (param i32 i32 i64 i64)))
  (type (;39;) (func (param i64 i64 i64 i64 i32) (result i32)))
  (type (;40;) (func (param i32 i32 i32 i32 i32) (result i32)))
  (type (;41;) (func (param i32 i32 i64 i64 i64)))
  (type (;42;) (func (param i32 i64) (result i32)))
  (type (;43;) (func (param i32 i64 i64 i32) (result i32)))
  (type (;44;) (func (param i32 i64 i64 i64 i64) (result i32)))
  (type (;45;) (func (param i32 i64 i64 i64) (result i32)))
  (type (;46;) (func (param i32 i64 i32 i64) (result i32)))
  (type (;47;) (func (param i32 i32 i64 i64 i64) (result i32)))
  (type (;48;) (func (param i32 i32 i64 i64 i64 i64 i32) (result i32)))
  (type (;49;) (func (param i32 i32 i64 i64 i32 i64 i64) (result i32)))
  (type (;50;) (func (param i32 i32 i64 i64 i32 i64 i64 i32 i64) (result i32)))
  (type (;51;) (func (param i32 i64 i64 i64 i64 i64) (result i32)))
  (type (;52;) (func (param i32 i64 i64 i32 i64 i64) (result i32)))
  (type (;53;) (func (param i64 i64 i32 i64 i64) (result i32)))
  (type (;54;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;55;) (func (param i32 i32 i64) (result i32)))
  (type (;56;) (func (param i32 i64 i64 i32 i64) (result i32)))
  (type (;57;) (func (param i32 i32) (result i32)))
  (type (;58;) (func (param i32) (result i32)))
  (type (;59;) (func (param i32 i32 i64 i64) (result i32)))
  (type (;60;) (func (param i32 i64 i64 i64) (result i32)))
  (type (;61;) (func (param i32 i32 i64) (result i32)))
  (import "wasi:cli/stderr@0.2.12" "get-stderr" (func (;0;) (type 6) (result i32)))
  (import "wasi:clocks/monotonic-clock@0.2.12" "subscribe-duration" (func (;1;) (type 11) (param i64) (result i32)))
  (import "wasi:io/poll@0.2.12" "[resource-drop]pollable" (func (;2;) (type 4) (param i32)))
  (import "wasi:io/error@0.2.12" "[resource-drop]error" (func (;3;) (type 4) (param i32)))
  (import "wasi:io/poll@0.2.12" "[method]pollable.block" (func (;4;) (type 4) (param i32)))
  (import "wasi:io/streams@0.2.12" "[method]output-stream.blocking-write-and-flush" (func (;5;) (type 19) (param i32 i32 i32 i32)))
  (import "wasi:io/streams@0.2.12" "[resource-drop]output-stream" (func (;6;) (type 4) (param i32)))
  (import "wasi:cli/exit@0.2.12" "exit-with-code" (func (;7;) (type 4) (param i32)))
  (import "wasi:cli/exit@0.2.12" "exit" (func (;8;) (type 4) (param i32)))
  (table (;0;) 3 3 funcref)
  (memory (;0;) 18 32)
  (global (;0;) (mut i32) i32.const 65536)
  (global (;1;) i32 i32.const 131553)
  (global (;2;) i32 i32.const 131568)
  (global (;3;) (mut i32) i32.const 3)
  (global (;4;) (mut i32) i32.const 0)
  (export "memory" (memory 0))
  (export "cabi_realloc" (func 25))
  (export "wasi:cli/run@0.2.12#run" (func 27))
  (func (;9;) (type 2) (param i32 i32))
  (func (;10;) (type 3)
    i32.const 16
    i32.const 1
    i32.atomic.rmw.add offset=1048576
    drop
    i32.const 16
    i32.const 1
    i64.const 0
    call $p1-adapt:atomic.notify
    drop
    i32.const 16
    i32.const 0
    i64.const 10
    i64.const 4
    call $p1-adapt:atomic.wait32
    drop
    i32.const 24
    i64.const 0
    i64.const 10
    i64.const 0
    call $p1-adapt:atomic.wait64
    drop
    i32.const 0
    call $wasi::thread-spawn
    i32.const 0
    i32.lt_s
    call $wasi_snapshot_preview1::proc_exit
  )
  (func (;11;) (type 29) (param i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 0
            i32.load offset=65988
            local.get 0
            i32.gt_u
            br_if 0 (;@4;)
            i32.const 0
            i32.load offset=65996
            local.get 0
            i32.gt_u
            br_if 1 (;@3;)
          end
          local.get 0
          i32.const -4
          i32.add
          local.set 4
          block ;; label = @4
            local.get 2
            i32.const 16
            i32.gt_u
            br_if 0 (;@4;)
            local.get 3
            i32.const -19
            i32.ge_u
            br_if 0 (;@4;)
            local.get 3
            i32.const 19
            i32.add
            i32.const -16
            i32.and
            local.tee 5
            i32.const 16
            local.get 5
            i32.const 16
            i32.gt_u
            select
            local.set 5
            block ;; label = @5
              block ;; label = @6
                local.get 4
                i32.load
                i32.const -16
                i32.and
                local.tee 6
                local.get 4
                i32.add
                local.tee 7
                i32.const 0
                i32.load offset=65976
                i32.eq
                br_if 0 (;@6;)
                local.get 5
                local.get 6
                i32.le_u
                br_if 1 (;@5;)
                local.get 7
                i32.load
                local.tee 8
                i32.const 1
                i32.and
                br_if 2 (;@4;)
                local.get 8
                i32.const -16
                i32.and
                local.tee 8
                local.get 6
                i32.add
                local.tee 6
                local.get 5
                i32.lt_u
                br_if 2 (;@4;)
                local.get 7
                call 12
                local.get 4
                local.get 4
                i32.load
                i32.const 15
                i32.and
                local.get 6
                i32.or
                i32.store
                local.get 8
                local.get 7
                i32.add
                local.tee 6
                i32.const 0
                i32.load offset=65976
                i32.eq
                br_if 1 (;@5;)
                local.get 6
                local.get 6
                i32.load
                i32.const 2
                i32.or
                i32.store
                br 1 (;@5;)
              end
              block ;; label = @6
                local.get 5
                local.get 6
                i32.le_u
                br_if 0 (;@6;)
                local.get 5
                local.get 6
                i32.sub
                call 13
                i32.eqz
                br_if 2 (;@4;)
              end
              i32.const 0
              local.get 6
              local.get 5
              local.get 6
              local.get 5
              i32.gt_u
              select
              local.tee 6
              local.get 4
              i32.add
              i32.store offset=65976
              local.get 4
              local.get 4
              i32.load
              i32.const 15
              i32.and
              local.get 6
              i32.or
              i32.store
            end
            local.get 4
            local.get 5
            call 14
            local.get 0
            i32.eqz
            br_if 1 (;@3;)
            local.get 0
            return
          end
          local.get 3
          local.get 2
          call 15
          local.tee 5
          i32.eqz
          br_if 0 (;@3;)
          local.get 3
          local.get 1
          local.get 3
          local.get 1
          i32.lt_u
          select
          local.tee 3
          i32.eqz
          br_if 1 (;@2;)
          local.get 5
          local.get 0
          local.get 3
          memory.copy
          br 1 (;@2;)
        end
        block ;; label = @3
          local.get 2
          local.get 3
          call 16
          local.tee 5
          br_if 0 (;@3;)
          i32.const 0
          return
        end
        block ;; label = @3
          local.get 3
          local.get 1
          local.get 3
          local.get 1
          i32.lt_u
          select
          local.tee 3
          i32.eqz
          br_if 0 (;@3;)
          local.get 5
          local.get 0
          local.get 3
          memory.copy
        end
        block ;; label = @3
          i32.const 0
          i32.load offset=65988
          local.get 0
          i32.gt_u
          br_if 0 (;@3;)
          i32.const 0
          i32.load offset=65996
          local.get 0
          i32.gt_u
          br_if 2 (;@1;)
        end
        local.get 0
        i32.const -4
        i32.add
        local.set 4
      end
      local.get 4
      call 17
    end
    local.get 5
  )
  (func (;12;) (type 4) (param i32)
    (local i32 i32 i32)
    local.get 0
    i32.const 4
    i32.add
    i32.load
    local.set 1
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            local.get 0
            i32.const 8
            i32.add
            i32.load
            local.tee 2
            br_if 0 (;@4;)
            i32.const 31
            local.get 0
            i32.load
            i32.const -16
            i32.and
            i32.clz
            local.tee 3
            i32.sub
            local.tee 0
            i32.const 31
            i32.gt_u
            br_if 3 (;@1;)
            local.get 0
            i32.const 2
            i32.shl
            local.get 1
            i32.store offset=65840
            local.get 1
            br_if 1 (;@3;)
            i32.const 0
            i32.const 0
            i32.load offset=65968
            i32.const -2147483648
            local.get 3
            i32.shr_u
            i32.const -1
            i32.xor
            i32.and
            i32.store offset=65968
            return
          end
          local.get 2
          i32.const 4
          i32.add
          local.get 1
          i32.store
          local.get 1
          i32.eqz
          br_if 1 (;@2;)
        end
        local.get 1
        i32.const 8
        i32.add
        local.get 2
        i32.store
      end
      return
    end
    i32.const -1
    i32.const 32
    call 18
    unreachable
  )
  (func (;13;) (type 8) (param i32) (result i32)
    (local i32 i32 i32)
    block ;; label = @1
      block ;; label = @2
        i32.const 0
        i32.load offset=65972
        i32.eqz
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=65976
        local.set 1
        br 1 (;@1;)
      end
      i32.const 0
      global.get 3
      local.tee 1
      i32.const 65535
      local.get 1
      i32.const 65535
      i32.lt_u
      select
      i32.const 16
      i32.shl
      local.tee 1
      i32.store offset=65980
      i32.const 0
      local.get 1
      i32.const 12
      i32.or
      local.tee 1
      i32.store offset=65976
      i32.const 0
      local.get 1
      i32.store offset=65972
    end
    i32.const 0
    local.set 2
    block ;; label = @1
      local.get 1
      local.get 0
      i32.add
      local.tee 0
      local.get 1
      i32.lt_u
      br_if 0 (;@1;)
      i32.const 0
      local.set 2
      block ;; label = @2
        local.get 0
        i32.const 0
        i32.load offset=65980
        local.tee 1
        i32.le_u
        br_if 0 (;@2;)
        local.get 0
        local.get 1
        i32.sub
        local.tee 0
        i32.const 16
        i32.shr_u
        local.get 0
        i32.const 65535
        i32.and
        i32.const 0
        i32.ne
        i32.add
        local.tee 0
        i32.const 65535
        i32.gt_u
        br_if 1 (;@1;)
        local.get 0
        i32.const 16
        i32.shl
        local.get 1
        i32.add
        local.tee 3
        local.get 1
        i32.lt_u
        br_if 1 (;@1;)
        local.get 0
        call $p1-adapt:layout.adapter-grow
        i32.const -1
        i32.eq
        br_if 1 (;@1;)
        i32.const 0
        local.get 3
        i32.store offset=65980
      end
      i32.const 1
      local.set 2
    end
    local.get 2
  )
  (func (;14;) (type 5) (param i32 i32)
    (local i32 i32)
    block ;; label = @1
      local.get 0
      i32.load
      local.tee 2
      i32.const -16
      i32.and
      local.get 1
      i32.sub
      local.tee 3
      i32.const 15
      i32.le_u
      br_if 0 (;@1;)
      local.get 0
      local.get 2
      i32.const 15
      i32.and
      local.get 1
      i32.or
      i32.store
      local.get 1
      local.get 0
      i32.add
      local.tee 0
      local.get 3
      i32.const 3
      i32.or
      i32.store
      local.get 0
      call 17
    end
  )
  (func (;15;) (type 30) (param i32 i32) (result i32)
    (local i32 i32 i32 i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            local.get 1
            i32.const 16
            i32.gt_u
            br_if 0 (;@4;)
            i32.const 0
            local.set 2
            local.get 0
            i32.const -19
            i32.ge_u
            br_if 3 (;@1;)
            block ;; label = @5
              local.get 0
              i32.const 19
              i32.add
              i32.const -16
              i32.and
              local.tee 0
              i32.const 16
              local.get 0
              i32.const 16
              i32.gt_u
              select
              local.tee 1
              i32.clz
              local.tee 3
              i32.const 31
              i32.xor
              i32.const 2
              i32.shl
              i32.load offset=65840
              local.tee 0
              i32.eqz
              br_if 0 (;@5;)
              loop ;; label = @6
                local.get 0
                i32.load
                i32.const -16
                i32.and
                local.get 1
                i32.ge_u
                br_if 3 (;@3;)
                local.get 0
                i32.const 4
                i32.add
                i32.load
                local.tee 0
                br_if 0 (;@6;)
              end
            end
            i32.const 0
            local.set 2
            block ;; label = @5
              i32.const 0
              i32.load offset=65968
              i32.const -1
              i32.const 32
              local.get 3
              i32.sub
              i32.shl
              i32.const 0
              local.get 3
              select
              i32.and
              local.tee 0
              i32.eqz
              br_if 0 (;@5;)
              local.get 0
              i32.ctz
              i32.const 2
              i32.shl
              i32.load offset=65840
              local.tee 0
              br_if 2 (;@3;)
            end
            local.get 1
            call 13
            i32.eqz
            br_if 3 (;@1;)
            i32.const 0
            i32.const 0
            i32.load offset=65976
            local.tee 0
            local.get 1
            i32.add
            i32.store offset=65976
            local.get 0
            local.get 1
            i32.const 3
            i32.or
            i32.store
            br 2 (;@2;)
          end
          i32.const 0
          local.set 2
          local.get 0
          local.get 1
          i32.add
          i32.const 16
          i32.add
          local.tee 3
          local.get 0
          i32.lt_u
          br_if 2 (;@1;)
          local.get 3
          i32.const 16
          call 15
          local.tee 3
          i32.eqz
          br_if 2 (;@1;)
          local.get 1
          local.get 3
          i32.const 16
          i32.add
          local.tee 2
          local.get 1
          i32.rem_u
          local.tee 4
          i32.sub
          i32.const 0
          local.get 4
          select
          local.tee 4
          local.get 2
          i32.add
          local.tee 2
          i32.const -4
          i32.add
          local.tee 5
          local.get 3
          i32.const -4
          i32.add
          local.tee 1
          i32.load
          local.tee 3
          i32.const -16
          i32.and
          local.get 4
          i32.const 16
          i32.add
          local.tee 4
          i32.sub
          i32.const 1
          i32.or
          i32.store
          local.get 1
          local.get 3
          i32.const 2
          i32.and
          local.get 4
          i32.or
          i32.const 1
          i32.or
          i32.store
          local.get 1
          call 17
          local.get 0
          i32.const -20
          i32.gt_u
          br_if 2 (;@1;)
          local.get 5
          local.get 0
          i32.const 19
          i32.add
          i32.const -16
          i32.and
          call 14
          local.get 2
          return
        end
        local.get 0
        call 12
        local.get 0
        local.get 0
        i32.load
        local.tee 2
        i32.const 1
        i32.or
        i32.store
        local.get 2
        i32.const -16
        i32.and
        local.get 0
        i32.add
        local.tee 2
        i32.const 0
        i32.load offset=65976
        i32.eq
        br_if 0 (;@2;)
        local.get 2
        local.get 2
        i32.load
        i32.const 2
        i32.or
        i32.store
      end
      local.get 0
      local.get 1
      call 14
      local.get 0
      i32.const 4
      i32.add
      local.set 2
    end
    local.get 2
  )
  (func (;16;) (type 30) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32)
    block ;; label = @1
      local.get 1
      local.get 0
      call 15
      local.tee 2
      br_if 0 (;@1;)
      i32.const 0
      local.set 2
      i32.const 0
      i32.load8_u offset=66000
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      local.get 0
      i32.add
      local.set 3
      loop ;; label = @2
        block ;; label = @3
          local.get 0
          i32.const 0
          i32.load offset=65992
          local.tee 4
          local.get 0
          i32.rem_u
          local.tee 2
          i32.sub
          i32.const 0
          local.get 2
          select
          local.get 4
          i32.add
          local.tee 2
          local.get 1
          i32.add
          local.tee 4
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          i32.const 0
          return
        end
        i32.const 0
        i32.load offset=65988
        local.set 5
        block ;; label = @3
          block ;; label = @4
            local.get 4
            i32.const 0
            i32.load offset=65996
            local.tee 6
            i32.gt_u
            br_if 0 (;@4;)
            local.get 5
            i32.eqz
            br_if 1 (;@3;)
            i32.const 0
            local.get 4
            i32.store offset=65992
            local.get 2
            return
          end
          local.get 4
          local.get 6
          i32.const 0
          local.get 5
          select
          i32.sub
          local.set 4
        end
        i32.const 0
        local.set 2
        local.get 3
        local.get 4
        local.get 3
        local.get 4
        i32.gt_u
        select
        local.tee 4
        i32.const 16
        i32.shr_u
        local.get 4
        i32.const 65535
        i32.and
        i32.const 0
        i32.ne
        i32.add
        local.tee 5
        call $p1-adapt:guest.spill
        local.tee 4
        i32.eqz
        br_if 1 (;@1;)
        block ;; label = @3
          i32.const 0
          i32.load offset=65988
          br_if 0 (;@3;)
          i32.const 0
          local.get 4
          i32.store offset=65992
          i32.const 0
          local.get 4
          i32.store offset=65988
        end
        i32.const 0
        local.set 2
        i32.const 0
        local.get 5
        i32.const 16
        i32.shl
        local.get 4
        i32.add
        i32.store offset=65996
        i32.const 0
        i32.load8_u offset=66000
        br_if 0 (;@2;)
      end
    end
    local.get 2
  )
  (func (;17;) (type 4) (param i32)
    (local i32 i32 i32 i32 i32)
    local.get 0
    i32.load
    local.tee 1
    i32.const -16
    i32.and
    local.tee 2
    local.get 0
    i32.add
    local.set 3
    block ;; label = @1
      local.get 1
      i32.const 2
      i32.and
      br_if 0 (;@1;)
      local.get 0
      local.get 0
      i32.const -4
      i32.add
      i32.load
      local.tee 1
      i32.sub
      local.tee 0
      call 12
      local.get 1
      local.get 2
      i32.add
      local.set 2
    end
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            local.get 3
            i32.const 0
            i32.load offset=65976
            i32.eq
            br_if 0 (;@4;)
            block ;; label = @5
              local.get 3
              i32.load8_u
              i32.const 1
              i32.and
              br_if 0 (;@5;)
              local.get 3
              call 12
              local.get 3
              i32.load
              i32.const -16
              i32.and
              local.get 2
              i32.add
              local.set 2
            end
            i32.const 31
            local.get 2
            i32.clz
            local.tee 4
            i32.sub
            local.tee 3
            i32.const 31
            i32.gt_u
            br_if 1 (;@3;)
            local.get 3
            i32.const 2
            i32.shl
            local.tee 5
            i32.load offset=65840
            local.set 3
            local.get 0
            i32.const 8
            i32.add
            i32.const 0
            i32.store
            local.get 0
            i32.const 4
            i32.add
            local.get 3
            i32.store
            local.get 0
            local.get 2
            i32.const 2
            i32.or
            i32.store
            local.get 2
            local.get 0
            i32.add
            local.tee 1
            i32.const -4
            i32.add
            local.get 2
            i32.store
            local.get 5
            i32.const 65840
            i32.add
            local.set 2
            local.get 3
            br_if 2 (;@2;)
            br 3 (;@1;)
          end
          i32.const 0
          local.get 0
          i32.store offset=65976
          return
        end
        i32.const -1
        i32.const 32
        call 18
        unreachable
      end
      local.get 3
      i32.const 8
      i32.add
      local.get 0
      i32.store
    end
    local.get 2
    local.get 0
    i32.store
    i32.const 0
    i32.const 0
    i32.load offset=65968
    i32.const -2147483648
    local.get 4
    i32.shr_u
    i32.or
    i32.store offset=65968
    block ;; label = @1
      local.get 1
      i32.const 0
      i32.load offset=65976
      i32.eq
      br_if 0 (;@1;)
      local.get 1
      local.get 1
      i32.load
      i32.const -3
      i32.and
      i32.store
    end
  )
  (func (;18;) (type 5) (param i32 i32)
    call 20
    unreachable
  )
  (func (;19;) (type 12)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 0
    global.set 0
    local.get 0
    call 21
    i32.store offset=12
    local.get 0
    i32.const 4
    i32.add
    local.get 0
    i32.const 12
    i32.add
    i32.const 65613
    i32.const 45
    call 22
    local.get 0
    i32.const 4
    i32.add
    call 23
    local.get 0
    i32.const 12
    i32.add
    call 24
    unreachable
  )
  (func (;20;) (type 12)
    unreachable
  )
  (func (;21;) (type 6) (result i32)
    call 0
  )
  (func (;22;) (type 19) (param i32 i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    local.get 1
    i32.load
    local.get 2
    local.get 3
    local.get 4
    i32.const 4
    i32.add
    call 5
    block ;; label = @1
      block ;; label = @2
        local.get 4
        i32.load8_u offset=4
        br_if 0 (;@2;)
        i32.const 2
        local.set 1
        br 1 (;@1;)
      end
      local.get 0
      local.get 4
      i32.load offset=12
      i32.store offset=4
      local.get 4
      i32.load8_u offset=8
      i32.const 0
      i32.ne
      local.set 1
    end
    local.get 0
    local.get 1
    i32.store
    local.get 4
    i32.const 16
    i32.add
    global.set 0
  )
  (func (;23;) (type 4) (param i32)
    (local i32)
    block ;; label = @1
      local.get 0
      i32.load
      local.tee 1
      i32.const 2
      i32.eq
      br_if 0 (;@1;)
      local.get 1
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=4
      local.tee 0
      i32.const -1
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      call 3
    end
  )
  (func (;24;) (type 4) (param i32)
    block ;; label = @1
      local.get 0
      i32.load
      local.tee 0
      i32.const -1
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      call 6
    end
  )
  (func (;25;) (type 29) (param i32 i32 i32 i32) (result i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            local.get 1
            br_if 0 (;@4;)
            local.get 2
            i32.const 16
            i32.gt_u
            br_if 1 (;@3;)
            local.get 3
            i32.const 65536
            i32.gt_u
            br_if 1 (;@3;)
            i32.const 0
            i32.load8_u offset=131552
            i32.const 1
            i32.and
            i32.eqz
            br_if 1 (;@3;)
            i32.const 0
            i32.const 0
            i32.store8 offset=131552
            i32.const 66016
            local.set 2
            br 3 (;@1;)
          end
          local.get 0
          local.get 1
          local.get 2
          local.get 3
          call 11
          local.set 2
          br 1 (;@2;)
        end
        local.get 3
        i32.eqz
        br_if 1 (;@1;)
        local.get 2
        local.get 3
        call 16
        local.set 2
      end
      local.get 2
      br_if 0 (;@1;)
      unreachable
    end
    local.get 2
  )
  (func (;26;) (type 8) (param i32) (result i32)
    local.get 0
    i32.const 255
    i32.and
    call 7
    i32.const 1
  )
  (func (;27;) (type 6) (result i32)
    call $p1-adapt:guest.start
    i32.const 0
  )
  (func (;28;) (type 15) (param i64 i32) (result i32)
    (local i32 i32)
    i32.const 0
    local.set 2
    block ;; label = @1
      i32.const 0
      i32.load offset=65984
      local.tee 3
      i32.eqz
      br_if 0 (;@1;)
      local.get 3
      i32.load offset=24
      i32.const 2
      i32.lt_u
      br_if 0 (;@1;)
      local.get 0
      local.get 1
      call $p1-adapt:optional.threads/wake
      local.set 2
    end
    local.get 2
  )
  (func (;29;) (type 23) (param i64 i64) (result i32)
    (local i32 i32)
    block ;; label = @1
      block ;; label = @2
        i32.const 0
        i32.load offset=65984
        local.tee 2
        i32.eqz
        br_if 0 (;@2;)
        local.get 2
        i32.load offset=24
        i32.const 2
        i32.lt_u
        br_if 0 (;@2;)
        local.get 0
        local.get 1
        call $p1-adapt:optional.threads/park
        local.set 3
        br 1 (;@1;)
      end
      block ;; label = @2
        local.get 1
        i64.const -1
        i64.le_s
        br_if 0 (;@2;)
        local.get 1
        call 1
        local.tee 2
        call 4
        i32.const 2
        local.set 3
        local.get 2
        i32.const -1
        i32.eq
        br_if 1 (;@1;)
        local.get 2
        call 2
        i32.const 2
        return
      end
      call 19
      unreachable
    end
    local.get 3
  )
  (func $wasi_snapshot_preview1::proc_exit (;30;) (type 4) (param i32)
    block ;; label = @1
      local.get 0
      i32.const 256
      i32.ge_u
      br_if 0 (;@1;)
      local.get 0
      call 26
      drop
      local.get 0
      i32.const 0
      i32.ne
      call 8
    end
    unreachable
  )
  (func $wasi::thread-spawn (;31;) (type 8) (param i32) (result i32)
    local.get 0
    call $p1-adapt:optional.threads/spawn
    local.tee 0
    i32.const -1
    local.get 0
    i32.const 0
    i32.gt_s
    select
  )
  (func $p1-adapt:guest.spill (;32;) (type 8) (param i32) (result i32)
    (local i32)
    local.get 0
    memory.grow
    local.tee 1
    i32.const -1
    i32.eq
    if ;; label = @1
      i32.const 0
      return
    end
    global.get 4
    local.get 0
    i32.const 16
    i32.shl
    i32.add
    global.set 4
    local.get 1
    i32.const 16
    i32.shl
  )
  (func $p1-adapt:guest.start (;33;) (type 12)
    call 10
  )
  (func $p1-adapt:optional.threads/wake (;34;) (type 15) (param i64 i32) (result i32)
    i32.const 0
  )
  (func $p1-adapt:optional.threads/park (;35;) (type 23) (param i64 i64) (result i32)
    i32.const 0
  )
  (func $p1-adapt:optional.threads/spawn (;36;) (type 8) (param i32) (result i32)
    i32.const 0
  )
  (func $p1-adapt:layout.range (;37;) (type 57) (param i32 i32) (result i32)
    local.get 0
    i64.extend_i32_u
    i64.const 1048576
    i64.add
    local.get 1
    i64.extend_i32_u
    i64.add
    memory.size
    i64.extend_i32_u
    i64.const 16
    i64.shl
    i64.gt_u
    if ;; label = @1
      i32.const -1
      i32.load8_u offset=1
      drop
      unreachable
    end
    local.get 0
    i32.const 1048576
    i32.add
  )
  (func $p1-adapt:layout.guest-grow (;38;) (type 58) (param i32) (result i32)
    (local i32)
    local.get 0
    memory.grow
    local.tee 1
    i32.const -1
    i32.eq
    if (result i32) ;; label = @1
      i32.const -1
    else
      local.get 1
      i32.const 16
      i32.sub
    end
  )
  (func $p1-adapt:layout.adapter-grow (;39;) (type 58) (param i32) (result i32)
    local.get 0
    i32.const 16
    global.get 3
    i32.sub
    i32.gt_u
    if ;; label = @1
      i32.const -1
      return
    end
    global.get 3
    global.get 3
    local.get 0
    i32.add
    global.set 3
  )
  (func $p1-adapt:atomic.wait32 (;40;) (type 59) (param i32 i32 i64 i64) (result i32)
    (local i64)
    local.get 0
    i64.extend_i32_u
    local.get 3
    i64.add
    local.tee 4
    i64.const 4294967295
    i64.gt_u
    if ;; label = @1
      i32.const -1
      i32.load8_u offset=1
      drop
      unreachable
    end
    local.get 4
    i32.wrap_i64
    i32.atomic.load offset=1048576
    local.get 1
    i32.ne
    if ;; label = @1
      i32.const 1
      return
    end
    local.get 4
    local.get 2
    call 29
  )
  (func $p1-adapt:atomic.wait64 (;41;) (type 60) (param i32 i64 i64 i64) (result i32)
    (local i64)
    local.get 0
    i64.extend_i32_u
    local.get 3
    i64.add
    local.tee 4
    i64.const 4294967295
    i64.gt_u
    if ;; label = @1
      i32.const -1
      i32.load8_u offset=1
      drop
      unreachable
    end
    local.get 4
    i32.wrap_i64
    i64.atomic.load offset=1048576
    local.get 1
    i64.ne
    if ;; label = @1
      i32.const 1
      return
    end
    local.get 4
    local.get 2
    call 29
  )
  (func $p1-adapt:atomic.notify (;42;) (type 61) (param i32 i32 i64) (result i32)
    (local i64)
    local.get 0
    i64.extend_i32_u
    local.get 2
    i64.add
    local.tee 3
    i64.const 4294967295
    i64.gt_u
    if ;; label = @1
      i32.const -1
      i32.load8_u offset=1
      drop
      unreachable
    end
    local.get 3
    i32.wrap_i64
    i32.atomic.load offset=1048576
    drop
    local.get 3
    local.get 1
    call 28
  )
  (data (;0;) (i32.const 65536) "\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\00=...p1-adapt: deadlock: all threads wait forever\0a\00\00\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\02\00\06\00\07\00\08\00\0a\00\10\00\13\00\14\00\16\00\19\00\1a\00\1b\00\1c\00\1d\00\1f\00 \00\22\00#\00%\00+\00,\00.\000\003\006\007\008\00:\00;\00<\00=\00?\00@\00E\00F\00J\00K\00\00\00\01\00\00\00\02\00\00\00\00\00\00\00\02\00\00\00")
  (data (;1;) (i32.const 65768) "\03\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
  (@producers
    (processed-by "p1-adapt" "0.2.0")
    (processed-by "wit-component" "0.263.0")
  )
)
