(module
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (result i32)))
  (type (;2;) (func (param i32 i32)))
  (type (;3;) (func))
  (type (;4;) (func (param i32)))
  (type (;5;) (func (param i32 i32)))
  (type (;6;) (func (result i32)))
  (type (;7;) (func (param i64 i32 i32) (result i32)))
  (type (;8;) (func (param i32 i64 i32) (result i32)))
  (type (;9;) (func (param i64 i32) (result i32)))
  (type (;10;) (func (param i32 i32 i32 i32)))
  (type (;11;) (func (param i32) (result i32)))
  (type (;12;) (func (param i32 i32 i32 i32 i32)))
  (type (;13;) (func (param i64) (result i32)))
  (type (;14;) (func))
  (type (;15;) (func (param i32 i32 i32) (result i32)))
  (type (;16;) (func (param i32 i32 i32)))
  (type (;17;) (func (result i64)))
  (type (;18;) (func (param i32 i64 i32)))
  (type (;19;) (func (param i32 i32 i32 i64 i32)))
  (type (;20;) (func (param i32 i64 i64 i32 i32)))
  (type (;21;) (func (param i32 i32 i64 i32 i32 i64 i32 i32)))
  (type (;22;) (func (param i32 i64 i64 i32)))
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
  (type (;33;) (func (param i32 i64 i64 i64 i64 i64 i32)))
  (type (;34;) (func (param i64 i32 i64 i32) (result i32)))
  (type (;35;) (func (param i32 i32 i32 i64) (result i32)))
  (type (;36;) (func (param i32 i32 i64 i64 i64 i32) (result i32)))
  (type (;37;) (func (param i32 i32 i64 i64)))
  (type (;38;) (func (param i32 i64 i64)))
  (type (;39;) (func (param i64 i64 i64 i64 i32) (result i32)))
  (type (;40;) (func (param i32 i64 i64 i64 i64 i64)))
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
  (type (;58;) (func (result i32)))
  (type (;59;) (func (param i32) (result i32)))
  (type (;60;) (func (param i32)))
  (type (;61;) (func))
  (type (;62;) (func (param i32 i32 i64 i64) (result i32)))
  (type (;63;) (func (param i32 i64 i64 i64) (result i32)))
  (type (;64;) (func (param i32 i32 i64) (result i32)))
  (import "wasi:cli/stderr@0.2.12" "get-stderr" (func (;0;) (type 6) (result i32)))
  (import "wasi:io/error@0.2.12" "[resource-drop]error" (func (;1;) (type 4) (param i32)))
  (import "wasi:io/streams@0.2.12" "[method]output-stream.blocking-write-and-flush" (func (;2;) (type 10) (param i32 i32 i32 i32)))
  (import "wasi:clocks/monotonic-clock@0.2.12" "subscribe-instant" (func (;3;) (type 13) (param i64) (result i32)))
  (import "wasi:clocks/monotonic-clock@0.2.12" "subscribe-duration" (func (;4;) (type 13) (param i64) (result i32)))
  (import "wasi:io/poll@0.2.12" "[resource-drop]pollable" (func (;5;) (type 4) (param i32)))
  (import "wasi:io/streams@0.2.12" "[resource-drop]output-stream" (func (;6;) (type 4) (param i32)))
  (import "wasi:io/poll@0.2.12" "[method]pollable.ready" (func (;7;) (type 11) (param i32) (result i32)))
  (import "wasi:io/poll@0.2.12" "poll" (func (;8;) (type 16) (param i32 i32 i32)))
  (import "wasi:clocks/monotonic-clock@0.2.12" "now" (func (;9;) (type 17) (result i64)))
  (import "wasi:io/poll@0.2.12" "[method]pollable.block" (func (;10;) (type 4) (param i32)))
  (import "$root" "[thread-new-indirect-v0]" (func (;11;) (type 57) (param i32 i32) (result i32)))
  (import "$root" "[thread-index]" (func (;12;) (type 58) (result i32)))
  (import "$root" "[thread-suspend-then-resume]" (func (;13;) (type 59) (param i32) (result i32)))
  (import "$root" "[thread-resume-later]" (func (;14;) (type 60) (param i32)))
  (table (;0;) 3 3 funcref)
  (table (;1;) 1 1 funcref)
  (memory (;0;) 18 32)
  (global $sp (;0;) (mut i32) i32.const 65536)
  (global $tls (;1;) (mut i32) i32.const 0)
  (global $size (;2;) i32 i32.const 16)
  (global (;3;) (mut i32) i32.const 65536)
  (global (;4;) i32 i32.const 131841)
  (global (;5;) i32 i32.const 131856)
  (global (;6;) (mut i32) i32.const 3)
  (global (;7;) (mut i32) i32.const 500)
  (global (;8;) (mut i32) i32.const 0)
  (export "memory" (memory 0))
  (export "__indirect_function_table" (table 1))
  (export "cabi_realloc" (func 37))
  (export "wasi:cli/run@0.2.12#run" (func 38))
  (elem (;0;) (table 1) (i32.const 0) func $p1-adapt:threads.trampoline)
  (func (;15;) (type 2) (param i32 i32)
    local.get 1
    i32.load offset=1048576
    global.set $sp
    i32.const 16
    i32.const 1
    i32.atomic.rmw.add offset=1048576
    drop
    i32.const 16
    i32.const 1
    i64.const 0
    call $p1-adapt:atomic.notify
    drop
  )
  (func (;16;) (type 3)
    i32.const 32
    call $wasi::thread-spawn
    drop
    loop $spin
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      global.get 7
      i32.eqz
      if ;; label = @2
        call $p1-adapt:threads.preempt
      end
      call $wasi_snapshot_preview1::sched_yield
      drop
      i32.const 16
      i32.atomic.load offset=1048576
      i32.eqz
      br_if $spin
    end
  )
  (func (;17;) (type 29) (param i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          i32.const 0
          i32.load offset=66276
          local.get 0
          i32.gt_u
          br_if 0 (;@3;)
          i32.const 0
          i32.load offset=66284
          local.get 0
          i32.gt_u
          br_if 1 (;@2;)
        end
        local.get 0
        i32.const -4
        i32.add
        local.set 4
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              local.get 3
              i32.const -20
              i32.gt_u
              br_if 0 (;@5;)
              local.get 2
              i32.const 17
              i32.ge_u
              br_if 0 (;@5;)
              local.get 3
              i32.const 19
              i32.add
              i32.const -16
              i32.and
              local.set 5
              block ;; label = @6
                block ;; label = @7
                  block ;; label = @8
                    block ;; label = @9
                      local.get 4
                      i32.load
                      local.tee 6
                      i32.const -16
                      i32.and
                      local.tee 7
                      local.get 4
                      i32.add
                      local.tee 8
                      i32.const 0
                      i32.load offset=66264
                      i32.eq
                      br_if 0 (;@9;)
                      local.get 5
                      local.get 7
                      i32.le_u
                      br_if 2 (;@7;)
                      local.get 8
                      i32.load
                      local.tee 6
                      i32.const 1
                      i32.and
                      br_if 4 (;@5;)
                      local.get 6
                      i32.const -16
                      i32.and
                      local.tee 9
                      local.get 7
                      i32.add
                      local.tee 6
                      local.get 5
                      i32.lt_u
                      br_if 4 (;@5;)
                      local.get 7
                      local.get 0
                      i32.add
                      i32.load
                      local.set 7
                      block ;; label = @10
                        block ;; label = @11
                          block ;; label = @12
                            local.get 8
                            i32.const 8
                            i32.add
                            i32.load
                            local.tee 10
                            br_if 0 (;@12;)
                            i32.const 31
                            local.get 9
                            i32.clz
                            local.tee 11
                            i32.sub
                            local.tee 12
                            i32.const 31
                            i32.gt_u
                            br_if 4 (;@8;)
                            local.get 12
                            i32.const 2
                            i32.shl
                            local.get 7
                            i32.store offset=66128
                            local.get 7
                            br_if 1 (;@11;)
                            i32.const 0
                            i32.const 0
                            i32.load offset=66256
                            i32.const -2147483648
                            local.get 11
                            i32.shr_u
                            i32.const -1
                            i32.xor
                            i32.and
                            i32.store offset=66256
                            br 2 (;@10;)
                          end
                          local.get 10
                          i32.const 4
                          i32.add
                          local.get 7
                          i32.store
                          local.get 7
                          i32.eqz
                          br_if 1 (;@10;)
                        end
                        local.get 7
                        i32.const 8
                        i32.add
                        local.get 10
                        i32.store
                      end
                      local.get 4
                      local.get 4
                      i32.load
                      i32.const 15
                      i32.and
                      local.get 6
                      i32.or
                      local.tee 6
                      i32.store
                      local.get 9
                      local.get 8
                      i32.add
                      local.tee 8
                      i32.const 0
                      i32.load offset=66264
                      i32.eq
                      br_if 2 (;@7;)
                      local.get 8
                      local.get 8
                      i32.load
                      i32.const 2
                      i32.or
                      i32.store
                      local.get 4
                      i32.load
                      local.set 6
                      br 2 (;@7;)
                    end
                    block ;; label = @9
                      local.get 5
                      local.get 7
                      i32.le_u
                      br_if 0 (;@9;)
                      local.get 5
                      local.get 7
                      i32.sub
                      local.set 6
                      block ;; label = @10
                        i32.const 0
                        i32.load offset=66260
                        br_if 0 (;@10;)
                        i32.const 0
                        global.get 6
                        local.tee 8
                        i32.const 65535
                        local.get 8
                        i32.const 65535
                        i32.lt_u
                        select
                        i32.const 16
                        i32.shl
                        local.tee 8
                        i32.store offset=66268
                        i32.const 0
                        local.get 8
                        i32.const 12
                        i32.or
                        local.tee 8
                        i32.store offset=66264
                        i32.const 0
                        local.get 8
                        i32.store offset=66260
                      end
                      local.get 8
                      local.get 6
                      i32.add
                      local.tee 6
                      local.get 8
                      i32.lt_u
                      br_if 4 (;@5;)
                      local.get 6
                      i32.const 0
                      i32.load offset=66268
                      local.tee 8
                      i32.le_u
                      br_if 0 (;@9;)
                      local.get 6
                      local.get 8
                      i32.sub
                      local.tee 6
                      i32.const 16
                      i32.shr_u
                      local.get 6
                      i32.const 65535
                      i32.and
                      i32.const 0
                      i32.ne
                      i32.add
                      local.tee 6
                      i32.const 65535
                      i32.gt_u
                      br_if 4 (;@5;)
                      local.get 6
                      i32.const 16
                      i32.shl
                      local.tee 9
                      local.get 8
                      i32.add
                      local.tee 8
                      local.get 9
                      i32.lt_u
                      br_if 4 (;@5;)
                      local.get 6
                      call $p1-adapt:layout.adapter-grow
                      i32.const -1
                      i32.eq
                      br_if 4 (;@5;)
                      i32.const 0
                      local.get 8
                      i32.store offset=66268
                    end
                    i32.const 0
                    local.get 7
                    local.get 5
                    local.get 7
                    local.get 5
                    i32.gt_u
                    select
                    local.tee 6
                    local.get 4
                    i32.add
                    i32.store offset=66264
                    local.get 4
                    local.get 4
                    i32.load
                    i32.const 15
                    i32.and
                    local.tee 9
                    local.get 6
                    i32.or
                    i32.store
                    local.get 0
                    local.set 8
                    local.get 5
                    local.get 7
                    i32.ge_u
                    br_if 5 (;@3;)
                    local.get 4
                    local.get 9
                    local.get 5
                    i32.or
                    i32.store
                    local.get 5
                    local.get 4
                    i32.add
                    local.tee 4
                    local.get 6
                    local.get 5
                    i32.sub
                    i32.const 3
                    i32.or
                    i32.store
                    br 2 (;@6;)
                  end
                  i32.const -1
                  i32.const 32
                  call 18
                  unreachable
                end
                local.get 0
                local.set 8
                local.get 6
                i32.const -16
                i32.and
                local.tee 7
                local.get 5
                i32.eq
                br_if 3 (;@3;)
                local.get 4
                local.get 6
                i32.const 15
                i32.and
                local.get 5
                i32.or
                i32.store
                local.get 5
                local.get 4
                i32.add
                local.tee 4
                local.get 7
                local.get 5
                i32.sub
                i32.const 3
                i32.or
                i32.store
              end
              local.get 0
              local.set 8
              br 1 (;@4;)
            end
            local.get 3
            local.get 2
            call 19
            local.tee 8
            i32.eqz
            br_if 2 (;@2;)
            local.get 3
            local.get 1
            local.get 3
            local.get 1
            i32.lt_u
            select
            local.tee 5
            i32.eqz
            br_if 0 (;@4;)
            local.get 8
            local.get 0
            local.get 5
            memory.copy
          end
          local.get 4
          call 20
        end
        local.get 8
        br_if 1 (;@1;)
      end
      block ;; label = @2
        local.get 2
        local.get 3
        call 21
        local.tee 8
        br_if 0 (;@2;)
        i32.const 0
        return
      end
      block ;; label = @2
        local.get 3
        local.get 1
        local.get 3
        local.get 1
        i32.lt_u
        select
        local.tee 3
        i32.eqz
        br_if 0 (;@2;)
        local.get 8
        local.get 0
        local.get 3
        memory.copy
      end
      block ;; label = @2
        i32.const 0
        i32.load offset=66276
        local.get 0
        i32.gt_u
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=66284
        local.get 0
        i32.gt_u
        br_if 1 (;@1;)
      end
      local.get 0
      i32.const -4
      i32.add
      call 20
    end
    local.get 8
  )
  (func (;18;) (type 5) (param i32 i32)
    call 24
    unreachable
  )
  (func (;19;) (type 30) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          local.get 1
          i32.const 16
          i32.gt_u
          br_if 0 (;@3;)
          local.get 0
          i32.const -20
          i32.le_u
          br_if 1 (;@2;)
          i32.const 0
          return
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
        br_if 1 (;@1;)
        local.get 3
        i32.const 16
        call 19
        local.tee 3
        i32.eqz
        br_if 1 (;@1;)
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
        local.tee 5
        local.get 2
        i32.add
        local.tee 2
        i32.const -4
        i32.add
        local.tee 4
        local.get 3
        i32.const -4
        i32.add
        local.tee 1
        i32.load
        local.tee 3
        i32.const -16
        i32.and
        local.get 5
        i32.const 16
        i32.add
        local.tee 5
        i32.sub
        i32.const 1
        i32.or
        i32.store
        local.get 1
        local.get 3
        i32.const 2
        i32.and
        local.get 5
        i32.or
        i32.const 1
        i32.or
        i32.store
        local.get 1
        call 20
        local.get 0
        i32.const -20
        i32.gt_u
        br_if 1 (;@1;)
        local.get 4
        i32.load
        local.tee 1
        i32.const -16
        i32.and
        local.tee 3
        local.get 0
        i32.const 19
        i32.add
        i32.const -16
        i32.and
        local.tee 0
        i32.eq
        br_if 1 (;@1;)
        local.get 4
        local.get 1
        i32.const 15
        i32.and
        local.get 0
        i32.or
        i32.store
        local.get 4
        local.get 0
        i32.add
        local.tee 1
        local.get 3
        local.get 0
        i32.sub
        i32.const 3
        i32.or
        i32.store
        local.get 1
        call 20
        local.get 2
        return
      end
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  block ;; label = @8
                    block ;; label = @9
                      local.get 0
                      i32.const 19
                      i32.add
                      i32.const -16
                      i32.and
                      local.tee 1
                      i32.clz
                      local.tee 3
                      i32.const 31
                      i32.xor
                      i32.const 2
                      i32.shl
                      i32.load offset=66128
                      local.tee 0
                      i32.eqz
                      br_if 0 (;@9;)
                      loop ;; label = @10
                        local.get 0
                        i32.load
                        i32.const -16
                        i32.and
                        local.tee 2
                        local.get 1
                        i32.ge_u
                        br_if 2 (;@8;)
                        local.get 0
                        i32.const 4
                        i32.add
                        i32.load
                        local.tee 0
                        br_if 0 (;@10;)
                      end
                    end
                    i32.const 0
                    i32.load offset=66256
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
                    br_if 1 (;@7;)
                    local.get 0
                    i32.ctz
                    i32.const 2
                    i32.shl
                    i32.load offset=66128
                    local.tee 0
                    i32.eqz
                    br_if 1 (;@7;)
                    local.get 0
                    i32.load
                    i32.const -16
                    i32.and
                    local.set 2
                  end
                  local.get 0
                  i32.const 4
                  i32.add
                  i32.load
                  local.set 3
                  local.get 0
                  i32.const 8
                  i32.add
                  i32.load
                  local.tee 4
                  br_if 1 (;@6;)
                  i32.const 31
                  local.get 2
                  i32.clz
                  local.tee 5
                  i32.sub
                  local.tee 2
                  i32.const 31
                  i32.gt_u
                  br_if 4 (;@3;)
                  local.get 2
                  i32.const 2
                  i32.shl
                  local.get 3
                  i32.store offset=66128
                  local.get 3
                  br_if 2 (;@5;)
                  i32.const 0
                  i32.const 0
                  i32.load offset=66256
                  i32.const -2147483648
                  local.get 5
                  i32.shr_u
                  i32.const -1
                  i32.xor
                  i32.and
                  i32.store offset=66256
                  br 3 (;@4;)
                end
                block ;; label = @7
                  block ;; label = @8
                    i32.const 0
                    i32.load offset=66260
                    i32.eqz
                    br_if 0 (;@8;)
                    i32.const 0
                    i32.load offset=66264
                    local.set 0
                    br 1 (;@7;)
                  end
                  i32.const 0
                  global.get 6
                  local.tee 0
                  i32.const 65535
                  local.get 0
                  i32.const 65535
                  i32.lt_u
                  select
                  i32.const 16
                  i32.shl
                  local.tee 0
                  i32.store offset=66268
                  i32.const 0
                  local.get 0
                  i32.const 12
                  i32.or
                  local.tee 0
                  i32.store offset=66264
                  i32.const 0
                  local.get 0
                  i32.store offset=66260
                end
                i32.const 0
                local.set 2
                local.get 0
                local.get 1
                i32.add
                local.tee 3
                local.get 0
                i32.lt_u
                br_if 5 (;@1;)
                block ;; label = @7
                  local.get 3
                  i32.const 0
                  i32.load offset=66268
                  local.tee 4
                  i32.le_u
                  br_if 0 (;@7;)
                  local.get 3
                  local.get 4
                  i32.sub
                  local.tee 5
                  i32.const 16
                  i32.shr_u
                  local.get 5
                  i32.const 65535
                  i32.and
                  i32.const 0
                  i32.ne
                  i32.add
                  local.tee 5
                  i32.const 65535
                  i32.gt_u
                  br_if 6 (;@1;)
                  local.get 5
                  i32.const 16
                  i32.shl
                  local.tee 6
                  local.get 4
                  i32.add
                  local.tee 4
                  local.get 6
                  i32.lt_u
                  br_if 6 (;@1;)
                  local.get 5
                  call $p1-adapt:layout.adapter-grow
                  i32.const -1
                  i32.eq
                  br_if 6 (;@1;)
                  i32.const 0
                  local.get 4
                  i32.store offset=66268
                end
                i32.const 0
                local.get 3
                i32.store offset=66264
                local.get 0
                local.get 1
                i32.const 3
                i32.or
                local.tee 2
                i32.store
                br 4 (;@2;)
              end
              local.get 4
              i32.const 4
              i32.add
              local.get 3
              i32.store
              local.get 3
              i32.eqz
              br_if 1 (;@4;)
            end
            local.get 3
            i32.const 8
            i32.add
            local.get 4
            i32.store
          end
          local.get 0
          local.get 0
          i32.load
          local.tee 3
          i32.const 1
          i32.or
          local.tee 2
          i32.store
          local.get 3
          i32.const -16
          i32.and
          local.get 0
          i32.add
          local.tee 3
          i32.const 0
          i32.load offset=66264
          i32.eq
          br_if 1 (;@2;)
          local.get 3
          local.get 3
          i32.load
          i32.const 2
          i32.or
          i32.store
          local.get 0
          i32.load
          local.set 2
          br 1 (;@2;)
        end
        i32.const -1
        i32.const 32
        call 18
        unreachable
      end
      block ;; label = @2
        local.get 2
        i32.const -16
        i32.and
        local.tee 3
        local.get 1
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 2
        i32.const 15
        i32.and
        local.get 1
        i32.or
        i32.store
        local.get 0
        local.get 1
        i32.add
        local.tee 2
        local.get 3
        local.get 1
        i32.sub
        i32.const 3
        i32.or
        i32.store
        local.get 2
        call 20
      end
      local.get 0
      i32.const 4
      i32.add
      local.set 2
    end
    local.get 2
  )
  (func (;20;) (type 4) (param i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    local.get 0
    i32.load
    local.tee 1
    i32.const -16
    i32.and
    local.tee 2
    local.set 3
    local.get 0
    local.set 4
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  local.get 1
                  i32.const 2
                  i32.and
                  br_if 0 (;@7;)
                  local.get 0
                  local.get 0
                  i32.const -4
                  i32.add
                  i32.load
                  local.tee 5
                  i32.sub
                  local.tee 4
                  i32.const 4
                  i32.add
                  i32.load
                  local.set 3
                  block ;; label = @8
                    block ;; label = @9
                      block ;; label = @10
                        local.get 4
                        i32.const 8
                        i32.add
                        i32.load
                        local.tee 1
                        br_if 0 (;@10;)
                        i32.const 31
                        local.get 4
                        i32.load
                        i32.const -16
                        i32.and
                        i32.clz
                        local.tee 6
                        i32.sub
                        local.tee 7
                        i32.const 31
                        i32.gt_u
                        br_if 4 (;@6;)
                        local.get 7
                        i32.const 2
                        i32.shl
                        local.get 3
                        i32.store offset=66128
                        local.get 3
                        br_if 1 (;@9;)
                        i32.const 0
                        i32.const 0
                        i32.load offset=66256
                        i32.const -2147483648
                        local.get 6
                        i32.shr_u
                        i32.const -1
                        i32.xor
                        i32.and
                        i32.store offset=66256
                        br 2 (;@8;)
                      end
                      local.get 1
                      i32.const 4
                      i32.add
                      local.get 3
                      i32.store
                      local.get 3
                      i32.eqz
                      br_if 1 (;@8;)
                    end
                    local.get 3
                    i32.const 8
                    i32.add
                    local.get 1
                    i32.store
                  end
                  local.get 5
                  local.get 2
                  i32.add
                  local.set 3
                end
                local.get 2
                local.get 0
                i32.add
                local.tee 0
                i32.const 0
                i32.load offset=66264
                i32.eq
                br_if 1 (;@5;)
                block ;; label = @7
                  local.get 0
                  i32.load
                  local.tee 1
                  i32.const 1
                  i32.and
                  br_if 0 (;@7;)
                  local.get 0
                  i32.const 4
                  i32.add
                  i32.load
                  local.set 2
                  block ;; label = @8
                    block ;; label = @9
                      block ;; label = @10
                        local.get 0
                        i32.const 8
                        i32.add
                        i32.load
                        local.tee 5
                        br_if 0 (;@10;)
                        i32.const 31
                        local.get 1
                        i32.const -16
                        i32.and
                        i32.clz
                        local.tee 7
                        i32.sub
                        local.tee 1
                        i32.const 31
                        i32.gt_u
                        br_if 6 (;@4;)
                        local.get 1
                        i32.const 2
                        i32.shl
                        local.get 2
                        i32.store offset=66128
                        local.get 2
                        br_if 1 (;@9;)
                        i32.const 0
                        i32.const 0
                        i32.load offset=66256
                        i32.const -2147483648
                        local.get 7
                        i32.shr_u
                        i32.const -1
                        i32.xor
                        i32.and
                        i32.store offset=66256
                        br 2 (;@8;)
                      end
                      local.get 5
                      i32.const 4
                      i32.add
                      local.get 2
                      i32.store
                      local.get 2
                      i32.eqz
                      br_if 1 (;@8;)
                    end
                    local.get 2
                    i32.const 8
                    i32.add
                    local.get 5
                    i32.store
                  end
                  local.get 0
                  i32.load
                  i32.const -16
                  i32.and
                  local.get 3
                  i32.add
                  local.set 3
                end
                i32.const 31
                local.get 3
                i32.clz
                local.tee 1
                i32.sub
                local.tee 0
                i32.const 31
                i32.gt_u
                br_if 3 (;@3;)
                local.get 0
                i32.const 2
                i32.shl
                local.tee 5
                i32.load offset=66128
                local.set 0
                local.get 4
                i32.const 8
                i32.add
                i32.const 0
                i32.store
                local.get 4
                i32.const 4
                i32.add
                local.get 0
                i32.store
                local.get 4
                local.get 3
                i32.const 2
                i32.or
                i32.store
                local.get 3
                local.get 4
                i32.add
                local.tee 2
                i32.const -4
                i32.add
                local.get 3
                i32.store
                local.get 5
                i32.const 66128
                i32.add
                local.set 3
                local.get 0
                br_if 4 (;@2;)
                br 5 (;@1;)
              end
              i32.const -1
              i32.const 32
              call 18
              unreachable
            end
            i32.const 0
            local.get 4
            i32.store offset=66264
            return
          end
          i32.const -1
          i32.const 32
          call 18
          unreachable
        end
        i32.const -1
        i32.const 32
        call 18
        unreachable
      end
      local.get 0
      i32.const 8
      i32.add
      local.get 4
      i32.store
    end
    local.get 3
    local.get 4
    i32.store
    i32.const 0
    i32.const 0
    i32.load offset=66256
    i32.const -2147483648
    local.get 1
    i32.shr_u
    i32.or
    i32.store offset=66256
    block ;; label = @1
      local.get 2
      i32.const 0
      i32.load offset=66264
      i32.eq
      br_if 0 (;@1;)
      local.get 2
      local.get 2
      i32.load
      i32.const -3
      i32.and
      i32.store
    end
  )
  (func (;21;) (type 30) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32)
    block ;; label = @1
      local.get 1
      local.get 0
      call 19
      local.tee 2
      br_if 0 (;@1;)
      i32.const 0
      local.set 2
      i32.const 0
      i32.load8_u offset=66288
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
          i32.load offset=66280
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
        i32.load offset=66276
        local.set 5
        block ;; label = @3
          local.get 4
          i32.const 0
          i32.load offset=66284
          local.tee 6
          i32.gt_u
          br_if 0 (;@3;)
          local.get 5
          i32.eqz
          br_if 0 (;@3;)
          i32.const 0
          local.get 4
          i32.store offset=66280
          local.get 2
          return
        end
        i32.const 0
        local.set 2
        local.get 3
        i32.const 0
        local.get 4
        local.get 6
        i32.sub
        local.tee 6
        local.get 6
        local.get 4
        i32.gt_u
        select
        local.get 4
        local.get 5
        select
        local.tee 4
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
          i32.load offset=66276
          br_if 0 (;@3;)
          i32.const 0
          local.get 4
          i32.store offset=66280
          i32.const 0
          local.get 4
          i32.store offset=66276
        end
        i32.const 0
        local.set 2
        i32.const 0
        local.get 4
        local.get 5
        i32.const 16
        i32.shl
        i32.add
        i32.store offset=66284
        i32.const 0
        i32.load8_u offset=66288
        br_if 0 (;@2;)
      end
    end
    local.get 2
  )
  (func (;22;) (type 27) (param i32 i32 i32 i32 i32 i32)
    (local i32 i32 i64)
    i32.const 1
    local.set 6
    i32.const 4
    local.set 7
    block ;; label = @1
      block ;; label = @2
        local.get 5
        i64.extend_i32_u
        local.get 3
        i64.extend_i32_u
        i64.mul
        local.tee 8
        i64.const 32
        i64.shr_u
        i32.wrap_i64
        i32.eqz
        br_if 0 (;@2;)
        i32.const 0
        local.set 3
        br 1 (;@1;)
      end
      block ;; label = @2
        local.get 8
        i32.wrap_i64
        local.tee 3
        i32.const -2147483648
        local.get 4
        i32.sub
        i32.le_u
        br_if 0 (;@2;)
        i32.const 0
        local.set 3
        br 1 (;@1;)
      end
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              local.get 1
              i32.eqz
              br_if 0 (;@5;)
              local.get 2
              local.get 1
              local.get 5
              i32.mul
              local.get 4
              local.get 3
              call 17
              local.set 7
              br 1 (;@4;)
            end
            block ;; label = @5
              local.get 3
              br_if 0 (;@5;)
              local.get 4
              local.set 7
              br 2 (;@3;)
            end
            local.get 4
            local.get 3
            call 21
            local.set 7
          end
          local.get 7
          br_if 0 (;@3;)
          local.get 0
          local.get 4
          i32.store offset=4
          br 1 (;@2;)
        end
        local.get 0
        local.get 7
        i32.store offset=4
        i32.const 0
        local.set 6
      end
      i32.const 8
      local.set 7
    end
    local.get 0
    local.get 7
    i32.add
    local.get 3
    i32.store
    local.get 0
    local.get 6
    i32.store
  )
  (func (;23;) (type 4) (param i32)
    (local i32 i32 i32)
    global.get 3
    i32.const 16
    i32.sub
    local.tee 1
    global.set 3
    local.get 1
    i32.const 4
    i32.add
    local.get 0
    i32.load
    local.tee 2
    local.get 0
    i32.load offset=4
    local.get 2
    i32.const 1
    i32.shl
    local.tee 2
    i32.const 4
    local.get 2
    i32.const 4
    i32.gt_u
    select
    local.tee 2
    i32.const 4
    i32.const 4
    call 22
    block ;; label = @1
      local.get 1
      i32.load offset=4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 1
      i32.load offset=8
      local.get 1
      i32.load offset=12
      call 35
      unreachable
    end
    local.get 1
    i32.load offset=8
    local.set 3
    local.get 0
    local.get 2
    i32.store
    local.get 0
    local.get 3
    i32.store offset=4
    local.get 1
    i32.const 16
    i32.add
    global.set 3
  )
  (func (;24;) (type 14)
    unreachable
  )
  (func (;25;) (type 4) (param i32)
    (local i32 i32 i32 i32 i32)
    local.get 0
    call 26
    local.set 1
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              i32.const 0
              i32.load offset=66272
              local.tee 0
              i32.eqz
              br_if 0 (;@5;)
              local.get 0
              i32.load offset=20
              local.set 2
              br 1 (;@4;)
            end
            i32.const 8
            i32.const 32
            call 21
            local.tee 0
            i32.eqz
            br_if 1 (;@3;)
            local.get 0
            i64.const 4294967296
            i64.store offset=24
            local.get 0
            i64.const 0
            i64.store offset=16
            local.get 0
            i64.const 34359738368
            i64.store offset=8
            local.get 0
            i64.const 0
            i64.store
            i32.const 0
            local.set 2
            i32.const 0
            local.get 0
            i32.store offset=66272
          end
          block ;; label = @4
            local.get 1
            local.get 2
            i32.eq
            br_if 0 (;@4;)
            local.get 0
            local.get 1
            i32.store offset=20
            local.get 1
            local.get 0
            i32.load offset=16
            local.tee 3
            i32.ge_u
            br_if 2 (;@2;)
            local.get 0
            i32.load offset=12
            local.get 1
            i32.const 72
            i32.mul
            i32.add
            i32.load offset=52
            local.set 4
            loop ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  local.get 0
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 0
                  i32.load offset=16
                  local.set 1
                  br 1 (;@6;)
                end
                i32.const 8
                i32.const 32
                call 21
                local.tee 0
                i32.eqz
                br_if 3 (;@3;)
                local.get 0
                i64.const 4294967296
                i64.store offset=24
                local.get 0
                i64.const 0
                i64.store offset=16
                local.get 0
                i64.const 34359738368
                i64.store offset=8
                local.get 0
                i64.const 0
                i64.store
                i32.const 0
                local.set 1
                i32.const 0
                local.get 0
                i32.store offset=66272
              end
              local.get 2
              local.get 1
              i32.ge_u
              br_if 4 (;@1;)
              local.get 4
              local.get 0
              i32.load offset=12
              local.get 2
              i32.const 72
              i32.mul
              local.tee 1
              i32.add
              local.tee 0
              i32.load offset=44
              local.get 0
              i32.load offset=40
              call $p1-adapt:guest.thread-switch
              local.tee 3
              i32.const -1
              i32.gt_s
              br_if 1 (;@4;)
              block ;; label = @6
                block ;; label = @7
                  i32.const 0
                  i32.load offset=66272
                  local.tee 0
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 0
                  i32.load offset=16
                  local.set 5
                  br 1 (;@6;)
                end
                i32.const 8
                i32.const 32
                call 21
                local.tee 0
                i32.eqz
                br_if 3 (;@3;)
                local.get 0
                i64.const 4294967296
                i64.store offset=24
                local.get 0
                i64.const 0
                i64.store offset=16
                local.get 0
                i64.const 34359738368
                i64.store offset=8
                local.get 0
                i64.const 0
                i64.store
                i32.const 0
                local.set 5
                i32.const 0
                local.get 0
                i32.store offset=66272
              end
              block ;; label = @6
                local.get 2
                local.get 5
                i32.ge_u
                br_if 0 (;@6;)
                local.get 0
                i32.load offset=12
                local.get 1
                i32.add
                local.tee 1
                i32.load offset=40
                local.get 1
                i32.load offset=48
                local.tee 5
                i32.sub
                i32.const 0
                local.get 3
                i32.sub
                local.tee 3
                i32.ge_u
                br_if 1 (;@5;)
                local.get 1
                i32.const 40
                i32.add
                local.get 5
                local.get 3
                i32.const 1
                i32.const 1
                call 27
                i32.const 0
                i32.load offset=66272
                local.set 0
                br 1 (;@5;)
              end
            end
            local.get 2
            local.get 5
            call 18
            unreachable
          end
          return
        end
        call 24
        unreachable
      end
      local.get 1
      local.get 3
      call 18
      unreachable
    end
    local.get 2
    local.get 1
    call 18
    unreachable
  )
  (func (;26;) (type 11) (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i32 i32 i32 i64 i32 i32)
    global.get 3
    i32.const 64
    i32.sub
    local.tee 1
    global.set 3
    local.get 0
    i32.const 1
    i32.add
    local.set 2
    i32.const 0
    i32.load offset=66272
    local.set 3
    local.get 1
    i32.const 24
    i32.add
    i32.const 4
    i32.add
    local.set 4
    i32.const 0
    local.set 5
    block ;; label = @1
      block ;; label = @2
        loop ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  block ;; label = @8
                    local.get 3
                    i32.eqz
                    br_if 0 (;@8;)
                    local.get 3
                    i32.load offset=16
                    local.set 6
                    local.get 3
                    i32.load offset=12
                    local.set 7
                    br 1 (;@7;)
                  end
                  i32.const 8
                  i32.const 32
                  call 21
                  local.tee 3
                  i32.eqz
                  br_if 1 (;@6;)
                  local.get 3
                  i64.const 4294967296
                  i64.store offset=24
                  local.get 3
                  i64.const 0
                  i64.store offset=16
                  local.get 3
                  i64.const 34359738368
                  i64.store offset=8
                  local.get 3
                  i64.const 0
                  i64.store
                  i32.const 0
                  local.set 6
                  i32.const 0
                  local.get 3
                  i32.store offset=66272
                  i32.const 8
                  local.set 7
                end
                local.get 7
                local.get 6
                i32.const 72
                i32.mul
                local.tee 8
                i32.add
                local.set 9
                local.get 8
                local.set 10
                local.get 7
                local.set 11
                block ;; label = @7
                  loop ;; label = @8
                    block ;; label = @9
                      local.get 10
                      br_if 0 (;@9;)
                      local.get 7
                      local.set 10
                      loop ;; label = @10
                        local.get 8
                        i32.eqz
                        br_if 5 (;@5;)
                        local.get 8
                        i32.const -72
                        i32.add
                        local.set 8
                        local.get 10
                        i32.load offset=16
                        local.set 11
                        local.get 10
                        i32.const 72
                        i32.add
                        local.set 10
                        local.get 11
                        i32.const 2
                        i32.ne
                        br_if 0 (;@10;)
                        br 3 (;@7;)
                      end
                    end
                    local.get 10
                    i32.const -72
                    i32.add
                    local.set 10
                    local.get 11
                    i64.load
                    local.set 12
                    local.get 11
                    i32.const 72
                    i32.add
                    local.set 11
                    local.get 12
                    i64.eqz
                    br_if 0 (;@8;)
                  end
                end
                i32.const 0
                local.set 10
                local.get 1
                i32.const 0
                i32.store offset=20
                local.get 1
                i64.const 17179869184
                i64.store offset=12 align=4
                block ;; label = @7
                  block ;; label = @8
                    local.get 6
                    br_if 0 (;@8;)
                    i32.const 0
                    local.set 13
                    br 1 (;@7;)
                  end
                  i32.const 0
                  local.set 10
                  i32.const 4
                  local.set 14
                  i32.const 0
                  local.set 15
                  loop ;; label = @8
                    block ;; label = @9
                      local.get 7
                      i32.load offset=16
                      i32.const 2
                      i32.ne
                      br_if 0 (;@9;)
                      local.get 7
                      i32.load offset=28
                      local.tee 11
                      i32.eqz
                      br_if 0 (;@9;)
                      local.get 11
                      i32.const 2
                      i32.shl
                      local.set 6
                      local.get 7
                      i32.load offset=24
                      local.set 11
                      local.get 10
                      i32.const 3
                      i32.shl
                      local.set 8
                      loop ;; label = @10
                        local.get 11
                        i32.load
                        local.set 13
                        block ;; label = @11
                          local.get 10
                          local.get 1
                          i32.load offset=12
                          i32.ne
                          br_if 0 (;@11;)
                          local.get 1
                          i32.const 12
                          i32.add
                          call 28
                          local.get 1
                          i32.load offset=16
                          local.set 14
                        end
                        local.get 11
                        i32.const 4
                        i32.add
                        local.set 11
                        local.get 14
                        local.get 8
                        i32.add
                        local.tee 16
                        local.get 15
                        i32.store
                        local.get 16
                        i32.const 4
                        i32.add
                        local.get 13
                        i32.store
                        local.get 1
                        local.get 10
                        i32.const 1
                        i32.add
                        local.tee 10
                        i32.store offset=20
                        local.get 8
                        i32.const 8
                        i32.add
                        local.set 8
                        local.get 6
                        i32.const -4
                        i32.add
                        local.tee 6
                        br_if 0 (;@10;)
                      end
                    end
                    local.get 15
                    i32.const 1
                    i32.add
                    local.set 15
                    local.get 7
                    i32.const 72
                    i32.add
                    local.tee 7
                    local.get 9
                    i32.ne
                    br_if 0 (;@8;)
                  end
                  i32.const 0
                  local.set 13
                  block ;; label = @8
                    local.get 3
                    i32.load offset=16
                    local.tee 8
                    br_if 0 (;@8;)
                    br 1 (;@7;)
                  end
                  local.get 3
                  i32.load offset=12
                  local.tee 11
                  local.get 8
                  i32.const 72
                  i32.mul
                  local.tee 8
                  i32.add
                  local.set 16
                  local.get 8
                  i32.const -72
                  i32.add
                  local.set 6
                  block ;; label = @8
                    loop ;; label = @9
                      local.get 11
                      i32.const 72
                      i32.add
                      local.set 8
                      local.get 11
                      i64.load
                      i64.const 1
                      i64.eq
                      br_if 1 (;@8;)
                      local.get 8
                      local.set 11
                      local.get 6
                      i32.const -72
                      i32.add
                      local.tee 6
                      i32.const -72
                      i32.ne
                      br_if 0 (;@9;)
                    end
                    br 1 (;@7;)
                  end
                  local.get 11
                  i64.load offset=8
                  local.set 12
                  i32.const 1
                  local.set 13
                  local.get 8
                  local.get 16
                  i32.eq
                  br_if 0 (;@7;)
                  local.get 16
                  local.get 8
                  i32.sub
                  local.tee 16
                  i32.const 72
                  i32.div_u
                  local.set 15
                  i32.const 0
                  local.set 14
                  block ;; label = @8
                    local.get 16
                    i32.const 72
                    i32.eq
                    br_if 0 (;@8;)
                    local.get 15
                    i32.const 1
                    i32.and
                    local.set 14
                    block ;; label = @9
                      block ;; label = @10
                        block ;; label = @11
                          local.get 15
                          i32.const -2
                          i32.add
                          i32.const 1
                          i32.shr_u
                          local.tee 16
                          br_if 0 (;@11;)
                          i32.const 0
                          local.set 15
                          br 1 (;@10;)
                        end
                        local.get 16
                        i32.const 1
                        i32.add
                        i32.const 1
                        i32.and
                        local.set 7
                        local.get 6
                        i32.const 72
                        i32.div_u
                        i32.const -2
                        i32.add
                        i32.const 1
                        i32.shr_u
                        i32.const 1
                        i32.add
                        local.tee 15
                        i32.const -2
                        i32.and
                        local.set 16
                        local.get 15
                        i32.const 1
                        i32.shl
                        i32.const -4
                        i32.and
                        local.set 15
                        loop ;; label = @11
                          local.get 12
                          local.get 11
                          i32.const 80
                          i32.add
                          i64.load
                          local.tee 17
                          local.get 12
                          local.get 17
                          i64.lt_u
                          select
                          local.get 12
                          local.get 11
                          i32.const 72
                          i32.add
                          i32.load
                          select
                          local.tee 12
                          local.get 11
                          i32.const 152
                          i32.add
                          i64.load
                          local.tee 17
                          local.get 12
                          local.get 17
                          i64.lt_u
                          select
                          local.get 12
                          local.get 11
                          i32.const 144
                          i32.add
                          i32.load
                          select
                          local.tee 12
                          local.get 11
                          i32.const 224
                          i32.add
                          i64.load
                          local.tee 17
                          local.get 12
                          local.get 17
                          i64.lt_u
                          select
                          local.get 12
                          local.get 11
                          i32.const 216
                          i32.add
                          i32.load
                          select
                          local.tee 12
                          local.get 11
                          i32.const 296
                          i32.add
                          i64.load
                          local.tee 17
                          local.get 12
                          local.get 17
                          i64.lt_u
                          select
                          local.get 12
                          local.get 11
                          i32.const 288
                          i32.add
                          local.tee 11
                          i32.load
                          select
                          local.set 12
                          local.get 16
                          i32.const -2
                          i32.add
                          local.tee 16
                          br_if 0 (;@11;)
                        end
                        local.get 7
                        i32.eqz
                        br_if 1 (;@9;)
                      end
                      local.get 12
                      local.get 8
                      local.get 15
                      i32.const 72
                      i32.mul
                      i32.add
                      local.tee 11
                      i64.load offset=8
                      local.tee 17
                      local.get 12
                      local.get 17
                      i64.lt_u
                      select
                      local.get 12
                      local.get 11
                      i32.load
                      select
                      local.tee 12
                      local.get 11
                      i64.load offset=80
                      local.tee 17
                      local.get 12
                      local.get 17
                      i64.lt_u
                      select
                      local.get 12
                      local.get 11
                      i32.load offset=72
                      select
                      local.set 12
                    end
                    local.get 6
                    i32.const 144
                    i32.div_u
                    local.set 11
                    block ;; label = @9
                      local.get 14
                      br_if 0 (;@9;)
                      i32.const 1
                      local.set 13
                      br 2 (;@7;)
                    end
                    local.get 11
                    i32.const 1
                    i32.shl
                    local.set 14
                  end
                  local.get 12
                  local.get 8
                  local.get 14
                  i32.const 72
                  i32.mul
                  i32.add
                  local.tee 11
                  i64.load offset=8
                  local.tee 17
                  local.get 12
                  local.get 17
                  i64.lt_u
                  select
                  local.get 12
                  local.get 11
                  i32.load
                  select
                  local.set 12
                end
                block ;; label = @7
                  block ;; label = @8
                    local.get 5
                    i32.const 1
                    i32.and
                    br_if 0 (;@8;)
                    i32.const 0
                    local.set 6
                    local.get 1
                    i32.const 0
                    i32.store offset=24
                    local.get 1
                    i32.const 0
                    i32.store offset=40
                    local.get 1
                    i64.const 17179869184
                    i64.store offset=32 align=4
                    local.get 1
                    i32.load offset=16
                    local.tee 11
                    local.get 10
                    i32.const 3
                    i32.shl
                    i32.add
                    local.set 8
                    i32.const 4
                    local.set 16
                    loop ;; label = @9
                      local.get 11
                      local.tee 10
                      local.get 8
                      i32.eq
                      br_if 2 (;@7;)
                      local.get 10
                      i32.const 8
                      i32.add
                      local.set 11
                      local.get 10
                      i32.const 4
                      i32.add
                      i32.load
                      call 7
                      i32.const 255
                      i32.and
                      i32.eqz
                      br_if 0 (;@9;)
                      local.get 10
                      i32.load
                      local.set 10
                      block ;; label = @10
                        local.get 6
                        local.get 1
                        i32.load offset=32
                        i32.ne
                        br_if 0 (;@10;)
                        local.get 1
                        i32.const 32
                        i32.add
                        local.get 6
                        i32.const 1
                        i32.const 4
                        i32.const 4
                        call 27
                        local.get 1
                        i32.load offset=36
                        local.set 16
                      end
                      local.get 16
                      local.get 6
                      i32.const 2
                      i32.shl
                      i32.add
                      local.get 10
                      i32.store
                      local.get 1
                      local.get 6
                      i32.const 1
                      i32.add
                      local.tee 6
                      i32.store offset=40
                      br 0 (;@9;)
                    end
                  end
                  i32.const 0
                  local.set 11
                  block ;; label = @8
                    local.get 13
                    i32.eqz
                    br_if 0 (;@8;)
                    local.get 1
                    local.get 12
                    call 3
                    i32.store offset=28
                    i32.const 1
                    local.set 11
                  end
                  local.get 1
                  local.get 11
                  i32.store offset=24
                  local.get 1
                  i32.const 0
                  i32.store offset=40
                  local.get 1
                  i64.const 17179869184
                  i64.store offset=32 align=4
                  local.get 1
                  i32.load offset=16
                  local.set 14
                  block ;; label = @8
                    block ;; label = @9
                      local.get 10
                      br_if 0 (;@9;)
                      i32.const 4
                      local.set 15
                      br 1 (;@8;)
                    end
                    i32.const 4
                    local.get 10
                    i32.const 2
                    i32.shl
                    call 21
                    local.tee 15
                    i32.eqz
                    br_if 2 (;@6;)
                    local.get 10
                    i32.const 3
                    i32.and
                    local.set 6
                    i32.const 0
                    local.set 16
                    block ;; label = @9
                      block ;; label = @10
                        local.get 10
                        i32.const 4
                        i32.lt_u
                        br_if 0 (;@10;)
                        local.get 14
                        i32.const 28
                        i32.add
                        local.set 11
                        local.get 10
                        i32.const -4
                        i32.and
                        local.set 7
                        i32.const 0
                        local.set 16
                        local.get 15
                        local.set 8
                        loop ;; label = @11
                          local.get 8
                          i32.const 12
                          i32.add
                          local.get 11
                          i32.store
                          local.get 8
                          i32.const 8
                          i32.add
                          local.get 11
                          i32.const -8
                          i32.add
                          i32.store
                          local.get 8
                          i32.const 4
                          i32.add
                          local.get 11
                          i32.const -16
                          i32.add
                          i32.store
                          local.get 8
                          local.get 11
                          i32.const -24
                          i32.add
                          i32.store
                          local.get 8
                          i32.const 16
                          i32.add
                          local.set 8
                          local.get 11
                          i32.const 32
                          i32.add
                          local.set 11
                          local.get 7
                          local.get 16
                          i32.const 4
                          i32.add
                          local.tee 16
                          i32.ne
                          br_if 0 (;@11;)
                        end
                        local.get 6
                        i32.eqz
                        br_if 1 (;@9;)
                      end
                      local.get 15
                      local.get 16
                      i32.const 2
                      i32.shl
                      i32.add
                      local.set 11
                      local.get 14
                      local.get 16
                      i32.const 3
                      i32.shl
                      i32.add
                      i32.const 4
                      i32.add
                      local.set 8
                      loop ;; label = @10
                        local.get 11
                        local.get 8
                        i32.store
                        local.get 8
                        i32.const 8
                        i32.add
                        local.set 8
                        local.get 11
                        i32.const 4
                        i32.add
                        local.set 11
                        local.get 6
                        i32.const -1
                        i32.add
                        local.tee 6
                        br_if 0 (;@10;)
                      end
                    end
                    local.get 1
                    i32.load offset=24
                    local.set 11
                  end
                  local.get 1
                  local.get 10
                  i32.store offset=52
                  local.get 1
                  local.get 15
                  i32.store offset=48
                  local.get 1
                  local.get 10
                  i32.store offset=44
                  local.get 10
                  local.set 9
                  block ;; label = @8
                    local.get 11
                    i32.eqz
                    br_if 0 (;@8;)
                    local.get 1
                    i32.const 44
                    i32.add
                    local.get 10
                    i32.const 1
                    i32.const 4
                    i32.const 4
                    call 27
                    local.get 1
                    i32.load offset=48
                    local.tee 15
                    local.get 1
                    i32.load offset=52
                    local.tee 11
                    i32.const 2
                    i32.shl
                    i32.add
                    local.get 4
                    i32.store
                    local.get 11
                    i32.const 1
                    i32.add
                    local.set 9
                  end
                  local.get 1
                  local.get 9
                  i32.store offset=52
                  block ;; label = @8
                    block ;; label = @9
                      local.get 9
                      br_if 0 (;@9;)
                      i32.const 0
                      local.set 11
                      br 1 (;@8;)
                    end
                    i32.const 4
                    local.get 9
                    i32.const 2
                    i32.shl
                    local.tee 18
                    call 21
                    local.tee 19
                    i32.eqz
                    br_if 2 (;@6;)
                    local.get 18
                    i32.const -4
                    i32.add
                    local.tee 8
                    i32.const 2
                    i32.shr_u
                    i32.const 1
                    i32.add
                    local.tee 6
                    i32.const 3
                    i32.and
                    local.set 3
                    i32.const 0
                    local.set 16
                    local.get 15
                    local.set 11
                    block ;; label = @9
                      block ;; label = @10
                        local.get 8
                        i32.const 12
                        i32.lt_u
                        br_if 0 (;@10;)
                        local.get 6
                        i32.const 2147483644
                        i32.and
                        local.set 7
                        i32.const 0
                        local.set 16
                        i32.const 0
                        local.set 11
                        loop ;; label = @11
                          local.get 19
                          local.get 11
                          i32.add
                          local.tee 8
                          local.get 15
                          local.get 11
                          i32.add
                          local.tee 6
                          i32.load
                          i32.load
                          i32.store
                          local.get 8
                          i32.const 4
                          i32.add
                          local.get 6
                          i32.const 4
                          i32.add
                          i32.load
                          i32.load
                          i32.store
                          local.get 8
                          i32.const 8
                          i32.add
                          local.get 6
                          i32.const 8
                          i32.add
                          i32.load
                          i32.load
                          i32.store
                          local.get 8
                          i32.const 12
                          i32.add
                          local.get 6
                          i32.const 12
                          i32.add
                          i32.load
                          i32.load
                          i32.store
                          local.get 11
                          i32.const 16
                          i32.add
                          local.set 11
                          local.get 7
                          local.get 16
                          i32.const 4
                          i32.add
                          local.tee 16
                          i32.ne
                          br_if 0 (;@11;)
                        end
                        local.get 3
                        i32.eqz
                        br_if 1 (;@9;)
                        local.get 15
                        local.get 11
                        i32.add
                        local.set 11
                      end
                      local.get 3
                      i32.const 2
                      i32.shl
                      local.set 6
                      local.get 19
                      local.get 16
                      i32.const 2
                      i32.shl
                      i32.add
                      local.set 8
                      loop ;; label = @10
                        local.get 8
                        local.get 11
                        i32.load
                        i32.load
                        i32.store
                        local.get 8
                        i32.const 4
                        i32.add
                        local.set 8
                        local.get 11
                        i32.const 4
                        i32.add
                        local.set 11
                        local.get 6
                        i32.const -4
                        i32.add
                        local.tee 6
                        br_if 0 (;@10;)
                      end
                    end
                    local.get 19
                    local.set 11
                  end
                  local.get 11
                  local.get 9
                  local.get 1
                  i32.const 56
                  i32.add
                  call 8
                  local.get 1
                  i32.load offset=60
                  local.set 11
                  local.get 1
                  i32.load offset=56
                  local.set 3
                  block ;; label = @8
                    local.get 9
                    i32.eqz
                    br_if 0 (;@8;)
                    block ;; label = @9
                      block ;; label = @10
                        local.get 18
                        br_if 0 (;@10;)
                        i32.const 0
                        i32.load offset=66276
                        local.get 19
                        i32.gt_u
                        br_if 1 (;@9;)
                        i32.const 0
                        i32.load offset=66284
                        local.get 19
                        i32.le_u
                        br_if 1 (;@9;)
                        br 2 (;@8;)
                      end
                      block ;; label = @10
                        local.get 18
                        i32.eqz
                        br_if 0 (;@10;)
                        local.get 19
                        i32.const 255
                        local.get 18
                        memory.fill
                      end
                      i32.const 0
                      i32.load offset=66276
                      local.get 19
                      i32.gt_u
                      br_if 0 (;@9;)
                      i32.const 0
                      i32.load offset=66284
                      local.get 19
                      i32.gt_u
                      br_if 1 (;@8;)
                    end
                    local.get 19
                    i32.const -4
                    i32.add
                    call 20
                  end
                  block ;; label = @8
                    block ;; label = @9
                      local.get 11
                      br_if 0 (;@9;)
                      i32.const 0
                      local.set 6
                      br 1 (;@8;)
                    end
                    local.get 11
                    i32.const 2
                    i32.shl
                    local.set 8
                    i32.const 0
                    local.set 6
                    i32.const 4
                    local.set 7
                    local.get 3
                    local.set 11
                    loop ;; label = @9
                      block ;; label = @10
                        local.get 11
                        i32.load
                        local.tee 16
                        local.get 10
                        i32.ge_u
                        br_if 0 (;@10;)
                        local.get 14
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        i32.load
                        local.set 16
                        block ;; label = @11
                          local.get 6
                          local.get 1
                          i32.load offset=32
                          i32.ne
                          br_if 0 (;@11;)
                          local.get 1
                          i32.const 32
                          i32.add
                          call 23
                          local.get 1
                          i32.load offset=36
                          local.set 7
                        end
                        local.get 7
                        local.get 6
                        i32.const 2
                        i32.shl
                        i32.add
                        local.get 16
                        i32.store
                        local.get 1
                        local.get 6
                        i32.const 1
                        i32.add
                        local.tee 6
                        i32.store offset=40
                      end
                      local.get 11
                      i32.const 4
                      i32.add
                      local.set 11
                      local.get 8
                      i32.const -4
                      i32.add
                      local.tee 8
                      br_if 0 (;@9;)
                    end
                    block ;; label = @9
                      i32.const 0
                      i32.load offset=66276
                      local.get 3
                      i32.gt_u
                      br_if 0 (;@9;)
                      i32.const 0
                      i32.load offset=66284
                      local.get 3
                      i32.gt_u
                      br_if 1 (;@8;)
                    end
                    local.get 3
                    i32.const -4
                    i32.add
                    call 20
                  end
                  local.get 1
                  i32.load offset=44
                  i32.eqz
                  br_if 0 (;@7;)
                  block ;; label = @8
                    i32.const 0
                    i32.load offset=66276
                    local.get 15
                    i32.gt_u
                    br_if 0 (;@8;)
                    i32.const 0
                    i32.load offset=66284
                    local.get 15
                    i32.gt_u
                    br_if 1 (;@7;)
                  end
                  local.get 15
                  i32.const -4
                  i32.add
                  call 20
                end
                block ;; label = @7
                  local.get 13
                  i32.eqz
                  br_if 0 (;@7;)
                  call 9
                  local.set 12
                end
                block ;; label = @7
                  i32.const 0
                  i32.load offset=66272
                  local.tee 8
                  br_if 0 (;@7;)
                  i32.const 8
                  i32.const 32
                  call 21
                  local.tee 8
                  i32.eqz
                  br_if 1 (;@6;)
                  local.get 8
                  i64.const 4294967296
                  i64.store offset=24
                  local.get 8
                  i64.const 0
                  i64.store offset=16
                  local.get 8
                  i64.const 34359738368
                  i64.store offset=8
                  local.get 8
                  i64.const 0
                  i64.store
                  i32.const 0
                  local.get 8
                  i32.store offset=66272
                end
                local.get 1
                i32.load offset=32
                local.set 14
                local.get 1
                i32.load offset=36
                local.set 15
                block ;; label = @7
                  local.get 6
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 6
                  i32.const 2
                  i32.shl
                  local.set 6
                  local.get 15
                  local.set 10
                  loop ;; label = @8
                    local.get 10
                    i32.load
                    local.tee 11
                    local.get 8
                    i32.load offset=16
                    local.tee 16
                    i32.ge_u
                    br_if 6 (;@2;)
                    block ;; label = @9
                      local.get 8
                      i32.load offset=12
                      local.get 11
                      i32.const 72
                      i32.mul
                      i32.add
                      local.tee 11
                      i32.load offset=16
                      i32.const 2
                      i32.lt_u
                      br_if 0 (;@9;)
                      local.get 11
                      i32.load offset=20
                      i32.eqz
                      br_if 0 (;@9;)
                      block ;; label = @10
                        i32.const 0
                        i32.load offset=66276
                        local.get 11
                        i32.load offset=24
                        local.tee 16
                        i32.gt_u
                        br_if 0 (;@10;)
                        i32.const 0
                        i32.load offset=66284
                        local.get 16
                        i32.gt_u
                        br_if 1 (;@9;)
                      end
                      local.get 16
                      i32.const -4
                      i32.add
                      call 20
                    end
                    local.get 10
                    i32.const 4
                    i32.add
                    local.set 10
                    local.get 11
                    i32.const 0
                    i32.store offset=16
                    local.get 6
                    i32.const -4
                    i32.add
                    local.tee 6
                    br_if 0 (;@8;)
                  end
                end
                block ;; label = @7
                  local.get 14
                  i32.eqz
                  br_if 0 (;@7;)
                  block ;; label = @8
                    i32.const 0
                    i32.load offset=66276
                    local.get 15
                    i32.gt_u
                    br_if 0 (;@8;)
                    i32.const 0
                    i32.load offset=66284
                    local.get 15
                    i32.gt_u
                    br_if 1 (;@7;)
                  end
                  local.get 15
                  i32.const -4
                  i32.add
                  call 20
                end
                block ;; label = @7
                  local.get 8
                  i32.load offset=16
                  local.tee 6
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 8
                  i32.load offset=12
                  local.tee 11
                  local.set 10
                  block ;; label = @8
                    local.get 6
                    i32.const 72
                    i32.mul
                    local.tee 6
                    i32.const -72
                    i32.add
                    local.tee 8
                    i32.const 72
                    i32.div_u
                    i32.const 1
                    i32.and
                    br_if 0 (;@8;)
                    local.get 11
                    i32.const 72
                    i32.add
                    local.set 10
                    local.get 13
                    local.get 11
                    i32.load
                    i32.and
                    i32.const 1
                    i32.ne
                    br_if 0 (;@8;)
                    local.get 11
                    i64.load offset=8
                    local.get 12
                    i64.gt_u
                    br_if 0 (;@8;)
                    local.get 11
                    i32.load offset=16
                    i32.const 1
                    i32.ne
                    br_if 0 (;@8;)
                    local.get 11
                    i64.const 0
                    i64.store
                    local.get 11
                    i32.const 0
                    i32.store offset=16
                  end
                  local.get 8
                  i32.const 72
                  i32.lt_u
                  br_if 0 (;@7;)
                  local.get 11
                  local.get 6
                  i32.add
                  local.set 8
                  loop ;; label = @8
                    block ;; label = @9
                      local.get 13
                      local.get 10
                      i32.load
                      i32.and
                      i32.const 1
                      i32.ne
                      br_if 0 (;@9;)
                      local.get 10
                      i32.const 8
                      i32.add
                      i64.load
                      local.get 12
                      i64.gt_u
                      br_if 0 (;@9;)
                      local.get 10
                      i32.const 16
                      i32.add
                      local.tee 11
                      i32.load
                      i32.const 1
                      i32.ne
                      br_if 0 (;@9;)
                      local.get 10
                      i64.const 0
                      i64.store
                      local.get 11
                      i32.const 0
                      i32.store
                    end
                    block ;; label = @9
                      local.get 13
                      local.get 10
                      i32.const 72
                      i32.add
                      local.tee 11
                      i32.load
                      i32.and
                      i32.const 1
                      i32.ne
                      br_if 0 (;@9;)
                      local.get 10
                      i32.const 80
                      i32.add
                      i64.load
                      local.get 12
                      i64.gt_u
                      br_if 0 (;@9;)
                      local.get 10
                      i32.const 88
                      i32.add
                      local.tee 6
                      i32.load
                      i32.const 1
                      i32.ne
                      br_if 0 (;@9;)
                      local.get 11
                      i64.const 0
                      i64.store
                      local.get 6
                      i32.const 0
                      i32.store
                    end
                    local.get 10
                    i32.const 144
                    i32.add
                    local.tee 10
                    local.get 8
                    i32.ne
                    br_if 0 (;@8;)
                  end
                end
                block ;; label = @7
                  local.get 1
                  i32.load offset=24
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 1
                  i32.load offset=28
                  local.tee 10
                  i32.const -1
                  i32.eq
                  br_if 0 (;@7;)
                  local.get 10
                  call 5
                end
                block ;; label = @7
                  local.get 1
                  i32.load offset=12
                  i32.eqz
                  br_if 0 (;@7;)
                  block ;; label = @8
                    i32.const 0
                    i32.load offset=66276
                    local.get 1
                    i32.load offset=16
                    local.tee 10
                    i32.gt_u
                    br_if 0 (;@8;)
                    i32.const 0
                    i32.load offset=66284
                    local.get 10
                    i32.gt_u
                    br_if 1 (;@7;)
                  end
                  local.get 10
                  i32.const -4
                  i32.add
                  call 20
                end
                block ;; label = @7
                  i32.const 0
                  i32.load offset=66272
                  local.tee 3
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 3
                  i32.load offset=16
                  local.set 6
                  br 3 (;@4;)
                end
                i32.const 8
                i32.const 32
                call 21
                local.tee 3
                i32.eqz
                br_if 0 (;@6;)
                local.get 3
                i64.const 4294967296
                i64.store offset=24
                local.get 3
                i64.const 0
                i64.store offset=16
                local.get 3
                i64.const 34359738368
                i64.store offset=8
                local.get 3
                i64.const 0
                i64.store
                i32.const 0
                local.get 3
                i32.store offset=66272
                i32.const 1
                local.set 5
                br 3 (;@3;)
              end
              call 24
              unreachable
            end
            local.get 5
            i32.const 1
            i32.and
            br_if 3 (;@1;)
          end
          i32.const 1
          local.set 5
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  local.get 6
                  br_table 4 (;@3;) 0 (;@7;) 1 (;@6;)
                end
                local.get 3
                i32.load offset=12
                local.set 13
                br 1 (;@5;)
              end
              local.get 6
              i32.const -1
              i32.add
              local.set 11
              local.get 3
              i32.load offset=12
              local.set 13
              local.get 2
              local.set 10
              loop ;; label = @6
                block ;; label = @7
                  local.get 13
                  local.get 10
                  local.get 6
                  i32.rem_u
                  local.tee 16
                  i32.const 72
                  i32.mul
                  i32.add
                  local.tee 8
                  i32.load offset=52
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 8
                  i32.load offset=16
                  i32.eqz
                  br_if 3 (;@4;)
                end
                local.get 10
                i32.const 1
                i32.add
                local.set 10
                local.get 11
                i32.const -1
                i32.add
                local.tee 11
                br_if 0 (;@6;)
              end
            end
            local.get 13
            local.get 6
            local.get 0
            i32.add
            local.get 6
            i32.rem_u
            local.tee 16
            i32.const 72
            i32.mul
            i32.add
            local.tee 10
            i32.load offset=52
            i32.eqz
            br_if 1 (;@3;)
            local.get 10
            i32.load offset=16
            br_if 1 (;@3;)
          end
        end
        local.get 1
        i32.const 64
        i32.add
        global.set 3
        local.get 16
        return
      end
      local.get 11
      local.get 16
      call 18
      unreachable
    end
    call 29
    unreachable
  )
  (func (;27;) (type 12) (param i32 i32 i32 i32 i32)
    (local i32)
    global.get 3
    i32.const 16
    i32.sub
    local.tee 5
    global.set 3
    block ;; label = @1
      local.get 2
      local.get 1
      i32.add
      local.tee 1
      local.get 2
      i32.ge_u
      br_if 0 (;@1;)
      i32.const 0
      i32.const 0
      call 35
      unreachable
    end
    local.get 5
    i32.const 4
    i32.add
    local.get 0
    i32.load
    local.tee 2
    local.get 0
    i32.load offset=4
    local.get 1
    local.get 2
    i32.const 1
    i32.shl
    local.tee 2
    local.get 1
    local.get 2
    i32.gt_u
    select
    local.tee 2
    i32.const 8
    i32.const 4
    local.get 4
    i32.const 1
    i32.eq
    select
    local.tee 1
    local.get 2
    local.get 1
    i32.gt_u
    select
    local.tee 2
    local.get 3
    local.get 4
    call 22
    block ;; label = @1
      local.get 5
      i32.load offset=4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 5
      i32.load offset=8
      local.get 5
      i32.load offset=12
      call 35
      unreachable
    end
    local.get 5
    i32.load offset=8
    local.set 4
    local.get 0
    local.get 2
    i32.store
    local.get 0
    local.get 4
    i32.store offset=4
    local.get 5
    i32.const 16
    i32.add
    global.set 3
  )
  (func (;28;) (type 4) (param i32)
    (local i32 i32 i32)
    global.get 3
    i32.const 16
    i32.sub
    local.tee 1
    global.set 3
    local.get 1
    i32.const 4
    i32.add
    local.get 0
    i32.load
    local.tee 2
    local.get 0
    i32.load offset=4
    local.get 2
    i32.const 1
    i32.shl
    local.tee 2
    i32.const 4
    local.get 2
    i32.const 4
    i32.gt_u
    select
    local.tee 2
    i32.const 4
    i32.const 8
    call 22
    block ;; label = @1
      local.get 1
      i32.load offset=4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 1
      i32.load offset=8
      local.get 1
      i32.load offset=12
      call 35
      unreachable
    end
    local.get 1
    i32.load offset=8
    local.set 3
    local.get 0
    local.get 2
    i32.store
    local.get 0
    local.get 3
    i32.store offset=4
    local.get 1
    i32.const 16
    i32.add
    global.set 3
  )
  (func (;29;) (type 14)
    (local i32)
    global.get 3
    i32.const 16
    i32.sub
    local.tee 0
    global.set 3
    local.get 0
    call 30
    i32.store offset=12
    local.get 0
    i32.const 4
    i32.add
    local.get 0
    i32.const 12
    i32.add
    call 31
    local.get 0
    i32.const 4
    i32.add
    call 32
    local.get 0
    i32.const 12
    i32.add
    call 33
    unreachable
  )
  (func (;30;) (type 6) (result i32)
    call 0
  )
  (func (;31;) (type 5) (param i32 i32)
    (local i32)
    global.get 3
    i32.const 16
    i32.sub
    local.tee 2
    global.set 3
    local.get 1
    i32.load
    i32.const 65613
    i32.const 45
    local.get 2
    i32.const 4
    i32.add
    call 2
    i32.const 2
    local.set 1
    block ;; label = @1
      local.get 2
      i32.load8_u offset=4
      i32.const 1
      i32.and
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      local.get 2
      i32.load offset=12
      i32.store offset=4
      local.get 2
      i32.load8_u offset=8
      i32.const 0
      i32.ne
      local.set 1
    end
    local.get 0
    local.get 1
    i32.store
    local.get 2
    i32.const 16
    i32.add
    global.set 3
  )
  (func (;32;) (type 4) (param i32)
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
      call 1
    end
  )
  (func (;33;) (type 4) (param i32)
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
  (func (;34;) (type 14)
    call 24
    unreachable
  )
  (func (;35;) (type 5) (param i32 i32)
    block ;; label = @1
      local.get 0
      i32.eqz
      br_if 0 (;@1;)
      call 24
      unreachable
    end
    call 34
    unreachable
  )
  (func (;36;) (type 4) (param i32)
    (local i32 i32 i32)
    global.get 3
    i32.const 16
    i32.sub
    local.tee 1
    global.set 3
    local.get 1
    i32.const 4
    i32.add
    local.get 0
    i32.load
    local.tee 2
    local.get 0
    i32.load offset=4
    local.get 2
    i32.const 1
    i32.shl
    local.tee 2
    i32.const 4
    local.get 2
    i32.const 4
    i32.gt_u
    select
    local.tee 2
    i32.const 8
    i32.const 72
    call 22
    block ;; label = @1
      local.get 1
      i32.load offset=4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 1
      i32.load offset=8
      local.get 1
      i32.load offset=12
      call 35
      unreachable
    end
    local.get 1
    i32.load offset=8
    local.set 3
    local.get 0
    local.get 2
    i32.store
    local.get 0
    local.get 3
    i32.store offset=4
    local.get 1
    i32.const 16
    i32.add
    global.set 3
  )
  (func (;37;) (type 29) (param i32 i32 i32 i32) (result i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            local.get 1
            br_if 0 (;@4;)
            block ;; label = @5
              i32.const 0
              i32.load8_u offset=131840
              i32.eqz
              br_if 0 (;@5;)
              i32.const 0
              i32.load offset=66292
              local.set 1
              i32.const 0
              i32.const 0
              i32.store offset=66292
              block ;; label = @6
                block ;; label = @7
                  local.get 1
                  i32.const 1
                  i32.ne
                  br_if 0 (;@7;)
                  local.get 3
                  i32.const 0
                  i32.load offset=66300
                  i32.gt_u
                  br_if 0 (;@7;)
                  i32.const 0
                  i32.load offset=66296
                  local.set 1
                  br 1 (;@6;)
                end
                local.get 2
                i32.const 16
                i32.gt_u
                br_if 1 (;@5;)
                i32.const 66304
                local.set 1
                local.get 3
                i32.const 65537
                i32.ge_u
                br_if 1 (;@5;)
              end
              i32.const 0
              i32.const 0
              i32.store8 offset=131840
              br 4 (;@1;)
            end
            local.get 3
            i32.eqz
            br_if 2 (;@2;)
            local.get 2
            local.get 3
            call 21
            local.set 1
            br 1 (;@3;)
          end
          local.get 0
          local.get 1
          local.get 2
          local.get 3
          call 17
          local.set 1
        end
        local.get 1
        br_if 1 (;@1;)
        unreachable
      end
      local.get 2
      return
    end
    local.get 1
  )
  (func (;38;) (type 6) (result i32)
    call $p1-adapt:guest.start
    i32.const 0
  )
  (func (;39;) (type 9) (param i64 i32) (result i32)
    (local i32 i32)
    i32.const 0
    local.set 2
    block ;; label = @1
      i32.const 0
      i32.load offset=66272
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
      call 45
      local.set 2
    end
    local.get 2
  )
  (func (;40;) (type 23) (param i64 i64) (result i32)
    (local i64 i32 i32 i32 i64)
    i64.const 0
    local.set 2
    block ;; label = @1
      block ;; label = @2
        local.get 1
        i64.const 0
        i64.ge_s
        br_if 0 (;@2;)
        br 1 (;@1;)
      end
      i64.const -1
      call 9
      local.tee 2
      local.get 1
      i64.add
      local.tee 1
      local.get 1
      local.get 2
      i64.lt_u
      select
      local.set 1
      i64.const 1
      local.set 2
    end
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 0
            i32.load offset=66272
            local.tee 3
            br_if 0 (;@4;)
            i32.const 8
            i32.const 32
            call 21
            local.tee 3
            i32.eqz
            br_if 1 (;@3;)
            local.get 3
            i64.const 4294967296
            i64.store offset=24
            local.get 3
            i64.const 0
            i64.store offset=16
            local.get 3
            i64.const 34359738368
            i64.store offset=8
            i32.const 0
            local.set 4
            i32.const 0
            local.get 3
            i32.store offset=66272
            local.get 3
            i64.const 1
            i64.store
            i32.const 0
            local.set 5
            br 3 (;@1;)
          end
          local.get 3
          local.get 3
          i64.load
          local.tee 6
          i64.const 1
          i64.add
          i64.store
          local.get 3
          i32.load offset=20
          local.tee 4
          local.get 3
          i32.load offset=16
          local.tee 5
          i32.ge_u
          br_if 2 (;@1;)
          block ;; label = @4
            local.get 3
            i32.load offset=12
            local.get 4
            i32.const 72
            i32.mul
            i32.add
            local.tee 3
            i32.load offset=16
            i32.const 2
            i32.lt_u
            br_if 0 (;@4;)
            local.get 3
            i32.load offset=20
            i32.eqz
            br_if 0 (;@4;)
            block ;; label = @5
              i32.const 0
              i32.load offset=66276
              local.get 3
              i32.load offset=24
              local.tee 5
              i32.gt_u
              br_if 0 (;@5;)
              i32.const 0
              i32.load offset=66284
              local.get 5
              i32.gt_u
              br_if 1 (;@4;)
            end
            local.get 5
            i32.const -4
            i32.add
            call 20
          end
          local.get 3
          local.get 6
          i64.store offset=32
          local.get 3
          local.get 0
          i64.store offset=24
          local.get 3
          i32.const 1
          i32.store offset=16
          local.get 3
          i32.const 0
          i32.store8 offset=64
          local.get 3
          local.get 1
          i64.store offset=8
          local.get 3
          local.get 2
          i64.store
          local.get 4
          call 25
          block ;; label = @4
            i32.const 0
            i32.load offset=66272
            local.tee 3
            br_if 0 (;@4;)
            i32.const 8
            i32.const 32
            call 21
            local.tee 3
            i32.eqz
            br_if 1 (;@3;)
            local.get 3
            i64.const 4294967296
            i64.store offset=24
            local.get 3
            i64.const 0
            i64.store offset=16
            local.get 3
            i64.const 34359738368
            i64.store offset=8
            local.get 3
            i64.const 0
            i64.store
            i32.const 0
            local.get 3
            i32.store offset=66272
            local.get 4
            i32.const 0
            call 18
            unreachable
          end
          local.get 4
          local.get 3
          i32.load offset=16
          local.tee 5
          i32.lt_u
          br_if 1 (;@2;)
          local.get 4
          local.get 5
          call 18
          unreachable
        end
        call 24
        unreachable
      end
      local.get 3
      i32.load offset=12
      local.get 4
      i32.const 72
      i32.mul
      i32.add
      local.tee 3
      i64.const 0
      i64.store
      i32.const 0
      i32.const 2
      local.get 3
      i32.load8_u offset=64
      select
      return
    end
    local.get 4
    local.get 5
    call 18
    unreachable
  )
  (func (;41;) (type 14)
    (local i32)
    block ;; label = @1
      i32.const 0
      i32.load offset=66272
      local.tee 0
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=24
      i32.const 1
      i32.le_u
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=20
      call 25
    end
  )
  (func (;42;) (type 4) (param i32)
    (local i32 i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 0
            i32.load offset=66272
            local.tee 1
            br_if 0 (;@4;)
            i32.const 8
            i32.const 32
            call 21
            local.tee 1
            i32.eqz
            br_if 1 (;@3;)
            local.get 1
            i64.const 4294967296
            i64.store offset=24
            local.get 1
            i64.const 0
            i64.store offset=16
            local.get 1
            i64.const 34359738368
            i64.store offset=8
            local.get 1
            i64.const 0
            i64.store
            i32.const 0
            local.set 2
            i32.const 0
            local.get 1
            i32.store offset=66272
            br 3 (;@1;)
          end
          local.get 0
          local.get 1
          i32.load offset=16
          local.tee 2
          i32.ge_u
          br_if 2 (;@1;)
          local.get 1
          i32.load offset=12
          local.get 0
          i32.const 72
          i32.mul
          i32.add
          local.tee 1
          i32.load offset=56
          local.get 1
          i32.load offset=60
          call $p1-adapt:guest.thread-start
          block ;; label = @4
            i32.const 0
            i32.load offset=66272
            local.tee 1
            br_if 0 (;@4;)
            i32.const 8
            i32.const 32
            call 21
            local.tee 1
            i32.eqz
            br_if 1 (;@3;)
            local.get 1
            i64.const 4294967296
            i64.store offset=24
            local.get 1
            i64.const 0
            i64.store offset=16
            local.get 1
            i64.const 34359738368
            i64.store offset=8
            local.get 1
            i64.const 0
            i64.store
            i32.const 0
            local.get 1
            i32.store offset=66272
            local.get 0
            i32.const 0
            call 18
            unreachable
          end
          block ;; label = @4
            local.get 0
            local.get 1
            i32.load offset=16
            local.tee 2
            i32.lt_u
            br_if 0 (;@4;)
            local.get 0
            local.get 2
            call 18
            unreachable
          end
          local.get 1
          i32.load offset=12
          local.get 0
          i32.const 72
          i32.mul
          i32.add
          i32.const 0
          i32.store offset=52
          local.get 1
          local.get 1
          i32.load offset=24
          i32.const -1
          i32.add
          i32.store offset=24
          local.get 0
          call 26
          local.set 0
          block ;; label = @4
            i32.const 0
            i32.load offset=66272
            local.tee 1
            br_if 0 (;@4;)
            i32.const 8
            i32.const 32
            call 21
            local.tee 1
            i32.eqz
            br_if 1 (;@3;)
            local.get 1
            i64.const 4294967296
            i64.store offset=24
            local.get 1
            i32.const 0
            i32.store offset=16
            local.get 1
            i64.const 34359738368
            i64.store offset=8
            local.get 1
            i64.const 0
            i64.store
            i32.const 0
            local.get 1
            i32.store offset=66272
            local.get 1
            local.get 0
            i32.store offset=20
            local.get 0
            i32.const 0
            call 18
            unreachable
          end
          local.get 1
          local.get 0
          i32.store offset=20
          local.get 0
          local.get 1
          i32.load offset=16
          local.tee 2
          i32.lt_u
          br_if 1 (;@2;)
          local.get 0
          local.get 2
          call 18
          unreachable
        end
        call 24
        unreachable
      end
      local.get 1
      i32.load offset=12
      local.get 0
      i32.const 72
      i32.mul
      i32.add
      i32.load offset=52
      call $p1-adapt:guest.thread-resume-later
      return
    end
    local.get 0
    local.get 2
    call 18
    unreachable
  )
  (func (;43;) (type 11) (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
    global.get 3
    i32.const 16
    i32.sub
    local.tee 1
    global.set 3
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              i32.const 0
              i32.load offset=66272
              local.tee 2
              br_if 0 (;@5;)
              i32.const 8
              i32.const 32
              call 21
              local.tee 2
              i32.eqz
              br_if 3 (;@2;)
              local.get 2
              i64.const 4294967296
              i64.store offset=24
              local.get 2
              i64.const 0
              i64.store offset=16
              local.get 2
              i64.const 34359738368
              i64.store offset=8
              local.get 2
              i64.const 0
              i64.store
              i32.const 0
              local.get 2
              i32.store offset=66272
              local.get 2
              i32.const 16
              i32.add
              local.set 3
              local.get 2
              i32.const 8
              i32.add
              local.set 4
              br 1 (;@4;)
            end
            local.get 2
            i32.const 8
            i32.add
            local.set 4
            local.get 2
            i32.const 16
            i32.add
            local.set 3
            local.get 2
            i32.load offset=16
            local.tee 5
            br_if 1 (;@3;)
          end
          call $p1-adapt:guest.thread-index
          local.set 6
          block ;; label = @4
            local.get 2
            i32.load offset=16
            local.tee 7
            local.get 2
            i32.load offset=8
            i32.ne
            br_if 0 (;@4;)
            local.get 4
            call 36
          end
          local.get 2
          i32.load offset=12
          local.get 7
          i32.const 72
          i32.mul
          i32.add
          local.tee 8
          i64.const 0
          i64.store offset=56
          local.get 8
          local.get 6
          i32.store offset=52
          local.get 8
          i32.const 0
          i32.store offset=48
          local.get 8
          i64.const 4294967296
          i64.store offset=40
          local.get 8
          i32.const 0
          i32.store offset=16
          local.get 8
          i64.const 0
          i64.store
          local.get 8
          i32.const 0
          i32.store8 offset=64
          local.get 3
          local.get 7
          i32.const 1
          i32.add
          local.tee 5
          i32.store
          local.get 2
          i64.const 4294967296
          i64.store offset=20 align=4
        end
        i32.const -1
        local.set 9
        block ;; label = @3
          block ;; label = @4
            local.get 2
            i32.load offset=28
            i32.const 536870911
            i32.gt_s
            br_if 0 (;@4;)
            local.get 2
            i32.load offset=12
            local.set 10
            block ;; label = @5
              block ;; label = @6
                local.get 5
                i32.eqz
                br_if 0 (;@6;)
                local.get 5
                i32.const 72
                i32.mul
                local.set 6
                local.get 10
                i32.const 52
                i32.add
                local.set 8
                i32.const 0
                local.set 7
                loop ;; label = @7
                  block ;; label = @8
                    local.get 8
                    i32.load
                    br_if 0 (;@8;)
                    local.get 7
                    local.set 5
                    br 3 (;@5;)
                  end
                  local.get 8
                  i32.const 72
                  i32.add
                  local.set 8
                  local.get 7
                  i32.const 1
                  i32.add
                  local.set 7
                  local.get 6
                  i32.const -72
                  i32.add
                  local.tee 6
                  br_if 0 (;@7;)
                end
              end
              block ;; label = @6
                local.get 5
                local.get 4
                i32.load
                i32.ne
                br_if 0 (;@6;)
                local.get 4
                call 36
                local.get 2
                i32.load offset=12
                local.set 10
              end
              local.get 10
              local.get 5
              i32.const 72
              i32.mul
              i32.add
              local.tee 8
              i64.const 0
              i64.store offset=48
              local.get 8
              i64.const 4294967296
              i64.store offset=40
              local.get 8
              i32.const 0
              i32.store offset=16
              local.get 8
              i64.const 0
              i64.store
              local.get 8
              i64.const 0
              i64.store offset=56
              local.get 8
              i32.const 0
              i32.store8 offset=64
              local.get 3
              local.get 5
              i32.const 1
              i32.add
              i32.store
            end
            local.get 5
            call $p1-adapt:guest.thread-new
            local.tee 6
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            local.get 2
            i32.load offset=28
            local.tee 9
            i32.const 1
            i32.add
            i32.store offset=28
            local.get 5
            local.get 3
            i32.load
            local.tee 8
            i32.ge_u
            br_if 3 (;@1;)
            local.get 2
            i32.load offset=12
            local.get 5
            i32.const 72
            i32.mul
            local.tee 4
            i32.add
            local.tee 8
            i32.load offset=48
            local.set 7
            local.get 8
            i32.const 0
            i32.store offset=48
            local.get 8
            i64.load offset=40
            local.set 11
            local.get 8
            i64.const 4294967296
            i64.store offset=40
            local.get 1
            local.get 7
            i32.store offset=8
            local.get 1
            local.get 11
            i64.store
            local.get 5
            local.get 3
            i32.load
            local.tee 8
            i32.ge_u
            br_if 1 (;@3;)
            block ;; label = @5
              local.get 2
              i32.load offset=12
              local.get 4
              i32.add
              local.tee 8
              i32.load offset=16
              i32.const 2
              i32.lt_u
              br_if 0 (;@5;)
              local.get 8
              i32.load offset=20
              i32.eqz
              br_if 0 (;@5;)
              block ;; label = @6
                i32.const 0
                i32.load offset=66276
                local.get 8
                i32.load offset=24
                local.tee 7
                i32.gt_u
                br_if 0 (;@6;)
                i32.const 0
                i32.load offset=66284
                local.get 7
                i32.gt_u
                br_if 1 (;@5;)
              end
              local.get 7
              i32.const -4
              i32.add
              call 20
            end
            local.get 8
            i32.const 40
            i32.add
            local.set 7
            block ;; label = @5
              local.get 8
              i32.load offset=40
              i32.eqz
              br_if 0 (;@5;)
              block ;; label = @6
                i32.const 0
                i32.load offset=66276
                local.get 8
                i32.load offset=44
                local.tee 5
                i32.gt_u
                br_if 0 (;@6;)
                i32.const 0
                i32.load offset=66284
                local.get 5
                i32.gt_u
                br_if 1 (;@5;)
              end
              local.get 5
              i32.const -4
              i32.add
              call 20
            end
            local.get 8
            i32.const 0
            i32.store offset=16
            local.get 8
            i64.const 0
            i64.store
            local.get 7
            local.get 1
            i64.load
            i64.store
            local.get 7
            local.get 1
            i32.load offset=8
            i32.store offset=8
            local.get 8
            i32.const 0
            i32.store8 offset=64
            local.get 8
            local.get 0
            i32.store offset=60
            local.get 8
            local.get 9
            i32.store offset=56
            local.get 8
            local.get 6
            i32.store offset=52
            local.get 2
            local.get 2
            i32.load offset=24
            i32.const 1
            i32.add
            i32.store offset=24
          end
          local.get 1
          i32.const 16
          i32.add
          global.set 3
          local.get 9
          return
        end
        local.get 5
        local.get 8
        call 18
        unreachable
      end
      call 24
      unreachable
    end
    local.get 5
    local.get 8
    call 18
    unreachable
  )
  (func (;44;) (type 23) (param i64 i64) (result i32)
    (local i32 i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 0
            i32.load offset=66272
            local.tee 2
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            i32.load offset=24
            i32.const 1
            i32.gt_u
            br_if 1 (;@3;)
          end
          local.get 1
          i64.const -1
          i64.gt_s
          br_if 1 (;@2;)
          call 29
          unreachable
        end
        local.get 0
        local.get 1
        call 40
        local.set 3
        br 1 (;@1;)
      end
      local.get 1
      call 4
      local.tee 2
      call 10
      i32.const 2
      local.set 3
      local.get 2
      i32.const -1
      i32.eq
      br_if 0 (;@1;)
      local.get 2
      call 5
      i32.const 2
      return
    end
    local.get 3
  )
  (func (;45;) (type 9) (param i64 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    global.get 3
    i32.const 32
    i32.sub
    local.tee 2
    global.set 3
    i32.const 0
    local.set 3
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          i32.const 0
          i32.load offset=66272
          local.tee 4
          br_if 0 (;@3;)
          i32.const 8
          local.set 5
          i32.const 8
          i32.const 32
          call 21
          local.tee 4
          i32.eqz
          br_if 1 (;@2;)
          local.get 4
          i64.const 4294967296
          i64.store offset=24
          local.get 4
          i64.const 0
          i64.store offset=16
          local.get 4
          i64.const 34359738368
          i64.store offset=8
          local.get 4
          i64.const 0
          i64.store
          i32.const 0
          local.set 3
          i32.const 0
          local.get 4
          i32.store offset=66272
          local.get 4
          i32.const 16
          i32.add
          local.set 6
          local.get 4
          i32.const 12
          i32.add
          local.set 7
          i32.const 1
          local.set 8
          br 2 (;@1;)
        end
        local.get 4
        i32.const 16
        i32.add
        local.set 6
        local.get 4
        i32.const 12
        i32.add
        local.set 7
        i32.const 8
        local.set 5
        block ;; label = @3
          local.get 4
          i32.load offset=16
          local.tee 9
          br_if 0 (;@3;)
          i32.const 1
          local.set 8
          br 2 (;@1;)
        end
        local.get 4
        i32.load offset=12
        local.tee 4
        local.get 9
        i32.const 72
        i32.mul
        local.tee 10
        i32.add
        local.set 11
        i32.const 0
        local.set 12
        block ;; label = @3
          loop ;; label = @4
            local.get 4
            local.tee 9
            i32.const 72
            i32.add
            local.set 4
            block ;; label = @5
              local.get 9
              i32.const 16
              i32.add
              i32.load
              i32.const 1
              i32.ne
              br_if 0 (;@5;)
              local.get 9
              i32.const 24
              i32.add
              i64.load
              local.get 0
              i64.ne
              br_if 0 (;@5;)
              local.get 9
              i32.const 52
              i32.add
              i32.load
              br_if 2 (;@3;)
            end
            i32.const 1
            local.set 8
            local.get 12
            i32.const 1
            i32.add
            local.set 12
            local.get 10
            i32.const -72
            i32.add
            local.tee 10
            br_if 0 (;@4;)
          end
          i32.const 0
          local.set 3
          br 2 (;@1;)
        end
        local.get 9
        i64.load offset=32
        local.set 13
        i32.const 8
        i32.const 64
        call 21
        local.tee 5
        i32.eqz
        br_if 0 (;@2;)
        local.get 5
        local.get 12
        i32.store offset=8
        local.get 5
        local.get 13
        i64.store
        i32.const 1
        local.set 3
        local.get 2
        i32.const 1
        i32.store offset=28
        local.get 2
        local.get 5
        i32.store offset=24
        local.get 2
        i32.const 4
        i32.store offset=20
        block ;; label = @3
          local.get 4
          local.get 11
          i32.ne
          br_if 0 (;@3;)
          i32.const 0
          local.set 8
          br 2 (;@1;)
        end
        i32.const 1
        local.set 3
        block ;; label = @3
          loop ;; label = @4
            local.get 12
            i32.const 1
            i32.add
            local.set 12
            block ;; label = @5
              loop ;; label = @6
                local.get 4
                local.tee 9
                i32.const 72
                i32.add
                local.set 4
                block ;; label = @7
                  local.get 9
                  i32.const 16
                  i32.add
                  i32.load
                  i32.const 1
                  i32.ne
                  br_if 0 (;@7;)
                  local.get 9
                  i32.const 24
                  i32.add
                  i64.load
                  local.get 0
                  i64.ne
                  br_if 0 (;@7;)
                  local.get 9
                  i32.const 52
                  i32.add
                  i32.load
                  br_if 2 (;@5;)
                end
                local.get 12
                i32.const 1
                i32.add
                local.set 12
                local.get 4
                local.get 11
                i32.ne
                br_if 0 (;@6;)
              end
              local.get 2
              i32.load offset=24
              local.set 5
              local.get 2
              i32.load offset=20
              i32.eqz
              local.set 8
              local.get 3
              i32.const 2
              i32.ge_u
              br_if 2 (;@3;)
              br 4 (;@1;)
            end
            local.get 9
            i64.load offset=32
            local.set 13
            block ;; label = @5
              local.get 3
              local.get 2
              i32.load offset=20
              i32.ne
              br_if 0 (;@5;)
              local.get 2
              i32.const 20
              i32.add
              local.get 3
              i32.const 1
              i32.const 8
              i32.const 16
              call 27
              local.get 2
              i32.load offset=24
              local.set 5
            end
            local.get 5
            local.get 3
            i32.const 4
            i32.shl
            i32.add
            local.tee 9
            local.get 12
            i32.store offset=8
            local.get 9
            local.get 13
            i64.store
            local.get 2
            local.get 3
            i32.const 1
            i32.add
            local.tee 3
            i32.store offset=28
            local.get 4
            local.get 11
            i32.ne
            br_if 0 (;@4;)
          end
          local.get 2
          i32.load offset=24
          local.set 5
          local.get 2
          i32.load offset=20
          i32.eqz
          local.set 8
        end
        i32.const -1
        local.set 10
        local.get 5
        local.set 11
        i32.const 1
        local.set 14
        loop ;; label = @3
          local.get 14
          i32.const 1
          i32.add
          local.set 14
          local.get 10
          local.set 12
          local.get 11
          local.set 4
          block ;; label = @4
            loop ;; label = @5
              local.get 4
              i64.load
              local.get 4
              i32.const 16
              i32.add
              local.tee 9
              i64.load
              i64.le_u
              br_if 1 (;@4;)
              local.get 9
              i64.load
              local.set 0
              local.get 9
              local.get 4
              i64.load
              i64.store
              local.get 4
              local.get 0
              i64.store
              local.get 9
              i64.load offset=8
              local.set 0
              local.get 9
              local.get 4
              i64.load offset=8
              i64.store offset=8
              local.get 4
              local.get 0
              i64.store offset=8
              local.get 4
              i32.const -16
              i32.add
              local.set 4
              local.get 12
              i32.const 1
              i32.add
              local.tee 12
              br_if 0 (;@5;)
            end
          end
          local.get 10
          i32.const -1
          i32.add
          local.set 10
          local.get 11
          i32.const 16
          i32.add
          local.set 11
          local.get 14
          local.get 3
          i32.eq
          br_if 2 (;@1;)
          br 0 (;@3;)
        end
      end
      call 24
      unreachable
    end
    block ;; label = @1
      block ;; label = @2
        local.get 1
        br_if 0 (;@2;)
        i32.const 0
        local.set 3
        br 1 (;@1;)
      end
      local.get 5
      local.get 3
      i32.const 4
      i32.shl
      i32.add
      local.set 10
      local.get 1
      local.set 12
      local.get 5
      local.set 4
      block ;; label = @2
        loop ;; label = @3
          local.get 4
          local.get 10
          i32.eq
          br_if 2 (;@1;)
          local.get 4
          i32.const 8
          i32.add
          i32.load
          local.tee 9
          local.get 6
          i32.load
          local.tee 11
          i32.ge_u
          br_if 1 (;@2;)
          block ;; label = @4
            local.get 7
            i32.load
            local.get 9
            i32.const 72
            i32.mul
            i32.add
            local.tee 9
            i32.load offset=16
            i32.const 2
            i32.lt_u
            br_if 0 (;@4;)
            local.get 9
            i32.load offset=20
            i32.eqz
            br_if 0 (;@4;)
            block ;; label = @5
              i32.const 0
              i32.load offset=66276
              local.get 9
              i32.load offset=24
              local.tee 11
              i32.gt_u
              br_if 0 (;@5;)
              i32.const 0
              i32.load offset=66284
              local.get 11
              i32.gt_u
              br_if 1 (;@4;)
            end
            local.get 11
            i32.const -4
            i32.add
            call 20
          end
          local.get 9
          i32.const 1
          i32.store8 offset=64
          local.get 9
          i32.const 0
          i32.store offset=16
          local.get 4
          i32.const 16
          i32.add
          local.set 4
          local.get 12
          i32.const -1
          i32.add
          local.tee 12
          br_if 0 (;@3;)
        end
        local.get 1
        local.set 3
        br 1 (;@1;)
      end
      local.get 9
      local.get 11
      call 18
      unreachable
    end
    block ;; label = @1
      local.get 8
      br_if 0 (;@1;)
      block ;; label = @2
        i32.const 0
        i32.load offset=66276
        local.get 5
        i32.gt_u
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=66284
        local.get 5
        i32.gt_u
        br_if 1 (;@1;)
      end
      local.get 5
      i32.const -4
      i32.add
      call 20
    end
    local.get 2
    i32.const 32
    i32.add
    global.set 3
    local.get 3
  )
  (func (;46;) (type 14)
    (local i32)
    block ;; label = @1
      i32.const 0
      i32.load offset=66272
      local.tee 0
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=20
      call 25
      return
    end
    block ;; label = @1
      i32.const 8
      i32.const 32
      call 21
      local.tee 0
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      i64.const 4294967296
      i64.store offset=24
      local.get 0
      i64.const 0
      i64.store offset=16
      local.get 0
      i64.const 34359738368
      i64.store offset=8
      local.get 0
      i64.const 0
      i64.store
      i32.const 0
      local.get 0
      i32.store offset=66272
      i32.const 0
      call 25
      return
    end
    call 24
    unreachable
  )
  (func $wasi_snapshot_preview1::sched_yield (;47;) (type 6) (result i32)
    (local i32)
    block ;; label = @1
      i32.const 0
      i32.load offset=66272
      local.tee 0
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=24
      i32.const 2
      i32.lt_u
      br_if 0 (;@1;)
      call 46
    end
    i32.const 0
  )
  (func $wasi::thread-spawn (;48;) (type 11) (param i32) (result i32)
    local.get 0
    call 43
    local.tee 0
    i32.const -1
    local.get 0
    i32.const 0
    i32.gt_s
    select
  )
  (func $p1-adapt:guest.spill (;49;) (type 11) (param i32) (result i32)
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
    global.get 8
    local.get 0
    i32.const 16
    i32.shl
    i32.add
    global.set 8
    local.get 1
    i32.const 16
    i32.shl
  )
  (func $p1-adapt:guest.thread-switch (;50;) (type 15) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    global.get 3
    local.set 3
    i32.const 65536
    local.get 3
    i32.sub
    local.tee 4
    local.get 2
    i32.gt_u
    if ;; label = @1
      i32.const 0
      local.get 4
      i32.sub
      return
    end
    local.get 1
    local.get 3
    local.get 4
    memory.copy
    global.get $sp
    local.set 6
    global.get $tls
    local.set 7
    global.get 3
    local.set 8
    local.get 0
    call 13
    local.set 5
    local.get 6
    global.set $sp
    local.get 7
    global.set $tls
    local.get 8
    global.set 3
    local.get 3
    local.get 1
    local.get 4
    memory.copy
    local.get 5
  )
  (func $p1-adapt:guest.start (;51;) (type 14)
    call 16
  )
  (func $p1-adapt:guest.thread-start (;52;) (type 5) (param i32 i32)
    local.get 0
    local.get 1
    call 15
  )
  (func $p1-adapt:guest.thread-resume-later (;53;) (type 4) (param i32)
    local.get 0
    call 14
  )
  (func $p1-adapt:guest.thread-index (;54;) (type 6) (result i32)
    call 12
  )
  (func $p1-adapt:guest.thread-new (;55;) (type 11) (param i32) (result i32)
    i32.const 0
    local.get 0
    call 11
  )
  (func $p1-adapt:threads.trampoline (;56;) (type 60) (param i32)
    i32.const 65536
    global.set $sp
    i32.const 0
    global.set $tls
    i32.const 65536
    global.set 3
    local.get 0
    call 42
  )
  (func $p1-adapt:threads.preempt (;57;) (type 61)
    i32.const 500
    global.set 7
    call 41
  )
  (func $p1-adapt:layout.range (;58;) (type 57) (param i32 i32) (result i32)
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
  (func $p1-adapt:layout.guest-grow (;59;) (type 59) (param i32) (result i32)
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
  (func $p1-adapt:layout.adapter-grow (;60;) (type 59) (param i32) (result i32)
    local.get 0
    i32.const 16
    global.get 6
    i32.sub
    i32.gt_u
    if ;; label = @1
      i32.const -1
      return
    end
    global.get 6
    global.get 6
    local.get 0
    i32.add
    global.set 6
  )
  (func $p1-adapt:atomic.wait32 (;61;) (type 62) (param i32 i32 i64 i64) (result i32)
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
    call 44
  )
  (func $p1-adapt:atomic.wait64 (;62;) (type 63) (param i32 i64 i64 i64) (result i32)
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
    call 44
  )
  (func $p1-adapt:atomic.notify (;63;) (type 64) (param i32 i32 i64) (result i32)
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
    call 39
  )
  (data (;0;) (i32.const 65536) "\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\00=...p1-adapt: deadlock: all threads wait forever\0a\00\00\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\0a\00\00\00\10\00\00\00\13\00\00\00\14\00\00\00\16\00\00\00\19\00\00\00\1a\00\00\00\1b\00\00\00\1c\00\00\00\1d\00\00\00\1f\00\00\00 \00\00\00\22\00\00\00#\00\00\00%\00\00\00+\00\00\00,\00\00\00.\00\00\000\00\00\003\00\00\006\00\00\007\00\00\008\00\00\00:\00\00\00;\00\00\00<\00\00\00=\00\00\00?\00\00\00@\00\00\00E\00\00\00F\00\00\00J\00\00\00K\00\00\00\01\00\02\00\01\00\06\00\01\00\07\00\01\00\08\00\01\00\0a\00\01\00\10\00\01\00\13\00\01\00\14\00\01\00\16\00\01\00\19\00\01\00\1a\00\01\00\1b\00\01\00\1c\00\01\00\1d\00\01\00\1f\00\01\00 \00\01\00\22\00\01\00#\00\01\00%\00\01\00+\00\01\00,\00\01\00.\00\01\000\00\01\003\00\01\006\00\01\007\00\01\008\00\01\00:\00\01\00;\00\01\00<\00\01\00=\00\01\00?\00\01\00@\00\01\00E\00\01\00F\00\01\00J\00\01\00K\00\02\00\06\00\07\00\08\00\0a\00\10\00\13\00\14\00\16\00\19\00\1a\00\1b\00\1c\00\1d\00\1f\00 \00\22\00#\00%\00+\00,\00.\000\003\006\007\008\00:\00;\00<\00=\00?\00@\00E\00F\00J\00K\00\00\00\01\00\00\00\02\00\00\00\00\00\00\00\02\00\00\00")
  (data (;1;) (i32.const 66064) "\03\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
  (@producers
    (processed-by "p1-adapt" "0.2.0")
    (processed-by "wit-component" "0.263.0")
  )
)
