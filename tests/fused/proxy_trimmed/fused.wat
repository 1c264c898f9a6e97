(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (param i32) (result i32)))
  (type (;2;) (func (param i32 i32) (result i32)))
  (type (;3;) (func (param i32 i32 i32 i32 i64 i32 i32 i32 i32)))
  (type (;4;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;5;) (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (type (;6;) (func (param i32)))
  (type (;7;) (func (param i32 i32)))
  (type (;8;) (func (param i32)))
  (type (;9;) (func (param i32 i32)))
  (type (;10;) (func (result i32)))
  (type (;11;) (func (param i64 i32 i32) (result i32)))
  (type (;12;) (func (param i32 i64 i32) (result i32)))
  (type (;13;) (func (param i64 i32) (result i32)))
  (type (;14;) (func (param i32 i32 i32 i32)))
  (type (;15;) (func (param i32) (result i32)))
  (type (;16;) (func (param i32 i32 i32 i32 i32)))
  (type (;17;) (func (param i64) (result i32)))
  (type (;18;) (func))
  (type (;19;) (func (param i32 i32 i32) (result i32)))
  (type (;20;) (func (param i32 i32 i32)))
  (type (;21;) (func (result i64)))
  (type (;22;) (func (param i32 i64 i32)))
  (type (;23;) (func (param i32 i32 i32 i64 i32)))
  (type (;24;) (func (param i32 i64 i64 i32 i32)))
  (type (;25;) (func (param i32 i32 i64 i32 i32 i64 i32 i32)))
  (type (;26;) (func (param i32 i64 i64 i32)))
  (type (;27;) (func (param i64 i64) (result i32)))
  (type (;28;) (func (param i32 i32 i32 i32 i32 i64 i32 i32 i64 i32 i32)))
  (type (;29;) (func (param i32 i32 i32 i32 i32 i32 i32 i32)))
  (type (;30;) (func (param i32 i32 i32 i32 i32 i32 i32)))
  (type (;31;) (func (param i32 i32 i32 i32 i32 i32)))
  (type (;32;) (func (param i64 i32)))
  (type (;33;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;34;) (func (param i32 i32) (result i32)))
  (type (;35;) (func (param i32 i64 i64) (result i32)))
  (type (;36;) (func (param i32 i32 i64 i64 i64 i64)))
  (type (;37;) (func (param i32 i64 i64 i64 i64 i64 i32)))
  (type (;38;) (func (param i64 i32 i64 i32) (result i32)))
  (type (;39;) (func (param i32 i32 i32 i64) (result i32)))
  (type (;40;) (func (param i32 i32 i64 i64 i64 i32) (result i32)))
  (type (;41;) (func (param i32 i32 i64 i64)))
  (type (;42;) (func (param i32 i64 i64)))
  (type (;43;) (func (param i64 i64 i64 i64 i32) (result i32)))
  (type (;44;) (func (param i32 i64 i64 i64 i64 i64)))
  (type (;45;) (func (param i32 i32 i64 i64 i64)))
  (type (;46;) (func (param i32 i64) (result i32)))
  (type (;47;) (func (param i32 i64 i64 i32) (result i32)))
  (type (;48;) (func (param i32 i64 i64 i64 i64) (result i32)))
  (type (;49;) (func (param i32 i64 i64 i64) (result i32)))
  (type (;50;) (func (param i32 i64 i32 i64) (result i32)))
  (type (;51;) (func (param i32 i32 i64 i64 i64) (result i32)))
  (type (;52;) (func (param i32 i32 i64 i64 i64 i64 i32) (result i32)))
  (type (;53;) (func (param i32 i32 i64 i64 i32 i64 i64) (result i32)))
  (type (;54;) (func (param i32 i32 i64 i64 i32 i64 i64 i32 i64) (result i32)))
  (type (;55;) (func (param i32 i64 i64 i64 i64 i64) (result i32)))
  (type (;56;) (func (param i32 i64 i64 i32 i64 i64) (result i32)))
  (type (;57;) (func (param i64 i64 i32 i64 i64) (result i32)))
  (type (;58;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;59;) (func (param i32 i32 i64) (result i32)))
  (type (;60;) (func (param i32 i64 i64 i32 i64) (result i32)))
  (type (;61;) (func (param i32 i32) (result i32)))
  (type (;62;) (func (param i32) (result i32)))
  (import "wasi:cli/stdout@0.2.12" "get-stdout" (func (;0;) (type 10) (result i32)))
  (import "wasi:cli/stderr@0.2.12" "get-stderr" (func (;1;) (type 10) (result i32)))
  (import "wasi:io/streams@0.2.12" "[method]output-stream.check-write" (func (;2;) (type 9) (param i32 i32)))
  (import "wasi:io/error@0.2.12" "[resource-drop]error" (func (;3;) (type 8) (param i32)))
  (import "wasi:io/streams@0.2.12" "[method]output-stream.blocking-write-and-flush" (func (;4;) (type 14) (param i32 i32 i32 i32)))
  (import "wasi:io/streams@0.2.12" "[method]output-stream.write" (func (;5;) (type 14) (param i32 i32 i32 i32)))
  (import "wasi:io/streams@0.2.12" "[resource-drop]input-stream" (func (;6;) (type 8) (param i32)))
  (import "wasi:io/streams@0.2.12" "[resource-drop]output-stream" (func (;7;) (type 8) (param i32)))
  (import "wasi:http/types@0.2.12" "[constructor]fields" (func (;8;) (type 0) (result i32)))
  (import "wasi:http/types@0.2.12" "[constructor]outgoing-response" (func (;9;) (type 1) (param i32) (result i32)))
  (import "wasi:http/types@0.2.12" "[method]outgoing-response.set-status-code" (func (;10;) (type 2) (param i32 i32) (result i32)))
  (import "wasi:http/types@0.2.12" "[static]response-outparam.set" (func (;11;) (type 3) (param i32 i32 i32 i32 i64 i32 i32 i32 i32)))
  (table (;0;) 3 3 funcref)
  (memory (;0;) 17 65535)
  (global (;0;) (mut i32) i32.const 65536)
  (global (;1;) i32 i32.const 131841)
  (global (;2;) i32 i32.const 131856)
  (global (;3;) (mut i32) i32.const 3)
  (global (;4;) (mut i32) i32.const 0)
  (export "memory" (memory 0))
  (export "cabi_realloc" (func 37))
  (export "wasi:http/incoming-handler@0.2.12#handle" (func 12))
  (func (;12;) (type 7) (param $req i32) (param $out i32)
    (local $r i32)
    i32.const 200
    i32.const 204
    call $wasi_snapshot_preview1::environ_sizes_get
    drop
    i32.const 3
    i32.const 0
    i32.const 100
    i32.const 6
    i32.const 0
    i64.const 0
    i64.const 0
    i32.const 0
    i32.const 208
    call $wasi_snapshot_preview1::path_open
    i32.eqz
    if ;; label = @1
      i32.const 1
      call $wasi_snapshot_preview1::proc_exit
    end
    call 8
    call 9
    local.set $r
    local.get $r
    i32.const 418
    call 10
    drop
    local.get $out
    i32.const 0
    local.get $r
    i32.const 0
    i64.const 0
    i32.const 0
    i32.const 0
    i32.const 0
    i32.const 0
    call $"p1-adapt:marshal:wasi:http/types@0.2.12::[static]response-outparam.set"
    i32.const 0
    i32.const 100
    i32.store offset=1048576
    i32.const 4
    i32.const 7
    i32.store offset=1048576
    i32.const 1
    i32.const 0
    i32.const 1
    i32.const 8
    call $wasi_snapshot_preview1::fd_write
    drop
  )
  (func $wasi_snapshot_preview1::fd_write (;13;) (type 4) (param i32 i32 i32 i32) (result i32)
    local.get 0
    local.get 1
    i64.extend_i32_u
    local.get 2
    i64.extend_i32_u
    local.get 3
    i64.extend_i32_u
    call 39
  )
  (func $wasi_snapshot_preview1::environ_sizes_get (;14;) (type 2) (param i32 i32) (result i32)
    local.get 0
    i64.extend_i32_u
    local.get 1
    i64.extend_i32_u
    call 38
  )
  (func $wasi_snapshot_preview1::path_open (;15;) (type 5) (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)
    local.get 0
    local.get 1
    local.get 2
    i64.extend_i32_u
    local.get 3
    i64.extend_i32_u
    local.get 4
    local.get 5
    local.get 6
    local.get 7
    local.get 8
    i64.extend_i32_u
    call 40
  )
  (func $wasi_snapshot_preview1::proc_exit (;16;) (type 6) (param i32)
    unreachable
  )
  (func (;17;) (type 33) (param i32 i32 i32 i32) (result i32)
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
                        global.get 3
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
  (func (;18;) (type 9) (param i32 i32)
    call 29
    unreachable
  )
  (func (;19;) (type 34) (param i32 i32) (result i32)
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
                  global.get 3
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
  (func (;20;) (type 8) (param i32)
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
  (func (;21;) (type 34) (param i32 i32) (result i32)
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
  (func (;22;) (type 35) (param i32 i64 i64) (result i32)
    (local i32 i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 3
    global.set 0
    block ;; label = @1
      block ;; label = @2
        local.get 0
        i32.load offset=12
        local.tee 4
        br_if 0 (;@2;)
        i64.const 0
        local.set 5
        br 1 (;@1;)
      end
      local.get 0
      i32.load
      local.set 6
      local.get 0
      i32.load offset=8
      local.set 7
      block ;; label = @2
        block ;; label = @3
          local.get 4
          i32.const 1
          i32.ne
          br_if 0 (;@3;)
          i32.const 0
          local.set 8
          i64.const 0
          local.set 5
          br 1 (;@2;)
        end
        local.get 4
        i32.const 1
        i32.and
        local.set 9
        local.get 7
        i32.const 44
        i32.add
        local.set 0
        local.get 7
        i32.const 8
        i32.add
        local.set 10
        i32.const 0
        local.set 11
        i64.const 0
        local.set 5
        local.get 4
        i32.const -2
        i32.and
        local.tee 8
        local.set 12
        loop ;; label = @3
          block ;; label = @4
            block ;; label = @5
              local.get 6
              br_if 0 (;@5;)
              local.get 10
              i32.const 4
              i32.add
              local.set 13
              local.get 5
              local.get 10
              i64.load32_u
              i64.add
              i64.const 1
              i64.add
              local.set 5
              i64.const 0
              local.set 14
              i64.const 0
              local.set 15
              br 1 (;@4;)
            end
            local.get 5
            local.get 0
            i32.const -24
            i32.add
            i64.load32_u
            i64.add
            local.get 0
            i32.const -36
            i32.add
            i64.load32_u
            i64.add
            i64.const 2
            i64.add
            local.set 5
            local.get 7
            local.get 11
            i32.const 1
            i32.or
            i32.const 24
            i32.mul
            i32.add
            local.set 13
            local.get 0
            i64.load32_u
            local.set 15
            i64.const 1
            local.set 14
          end
          local.get 0
          i32.const 48
          i32.add
          local.set 0
          local.get 10
          i32.const 24
          i32.add
          local.set 10
          local.get 11
          i32.const 2
          i32.add
          local.set 11
          local.get 5
          local.get 14
          i64.add
          local.get 15
          i64.add
          local.get 13
          i64.load32_u offset=8
          i64.add
          i64.const 1
          i64.add
          local.set 5
          local.get 12
          i32.const -2
          i32.add
          local.tee 12
          br_if 0 (;@3;)
        end
        local.get 9
        i32.eqz
        br_if 1 (;@1;)
      end
      block ;; label = @2
        block ;; label = @3
          local.get 6
          br_if 0 (;@3;)
          local.get 7
          local.get 8
          i32.const 12
          i32.mul
          i32.add
          local.set 0
          i64.const 0
          local.set 14
          i64.const 0
          local.set 15
          br 1 (;@2;)
        end
        local.get 7
        local.get 8
        i32.const 24
        i32.mul
        i32.add
        local.tee 0
        i64.load32_u offset=20
        local.set 15
        i64.const 1
        local.set 14
      end
      local.get 5
      local.get 14
      i64.add
      local.get 15
      i64.add
      local.get 0
      i64.load32_u offset=8
      i64.add
      i64.const 1
      i64.add
      local.set 5
    end
    i32.const 61
    local.set 0
    block ;; label = @1
      block ;; label = @2
        i32.const 4
        i32.const 4
        i32.ne
        br_if 0 (;@2;)
        local.get 5
        i64.const 4294967295
        i64.gt_u
        br_if 1 (;@1;)
      end
      block ;; label = @2
        block ;; label = @3
          i32.const 4
          i32.const 4
          i32.ne
          br_if 0 (;@3;)
          local.get 3
          local.get 4
          i32.store offset=8
          local.get 1
          local.get 3
          i32.const 8
          i32.add
          i32.const 4
          call $p1-adapt:guest.write
          i32.eqz
          br_if 1 (;@2;)
          i32.const 21
          local.set 0
          br 2 (;@1;)
        end
        local.get 3
        local.get 4
        i64.extend_i32_u
        i64.store offset=8
        local.get 1
        local.get 3
        i32.const 8
        i32.add
        i32.const 8
        call $p1-adapt:guest.write
        i32.eqz
        br_if 0 (;@2;)
        i32.const 21
        local.set 0
        br 1 (;@1;)
      end
      block ;; label = @2
        i32.const 4
        i32.const 4
        i32.ne
        br_if 0 (;@2;)
        local.get 5
        i64.const 4294967295
        i64.gt_u
        br_if 1 (;@1;)
        local.get 3
        local.get 5
        i64.store32 offset=8
        i32.const 21
        i32.const 0
        local.get 2
        local.get 3
        i32.const 8
        i32.add
        i32.const 4
        call $p1-adapt:guest.write
        select
        local.set 0
        br 1 (;@1;)
      end
      local.get 3
      local.get 5
      i64.store offset=8
      i32.const 21
      i32.const 0
      local.get 2
      local.get 3
      i32.const 8
      i32.add
      i32.const 8
      call $p1-adapt:guest.write
      select
      local.set 0
    end
    local.get 3
    i32.const 16
    i32.add
    global.set 0
    local.get 0
  )
  (func (;23;) (type 36) (param i32 i32 i64 i64 i64 i64)
    (local i32 i64 i64 i32 i64 i64 i32 i32 i32 i64 i64 i64 i64 i32 i64 i64 i64 i64)
    global.get 0
    i32.const 96
    i32.sub
    local.tee 6
    global.set 0
    i64.const 0
    local.set 7
    i64.const 0
    local.set 8
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  loop ;; label = @8
                    block ;; label = @9
                      local.get 3
                      local.get 8
                      i64.ne
                      br_if 0 (;@9;)
                      local.get 3
                      local.set 8
                      br 2 (;@7;)
                    end
                    i32.const 4
                    local.set 9
                    local.get 8
                    i64.const 144115188075855871
                    i64.gt_u
                    br_if 2 (;@6;)
                    local.get 9
                    i32.const 64
                    i32.gt_u
                    br_if 2 (;@6;)
                    local.get 8
                    local.get 9
                    i32.const 1
                    i32.shl
                    i64.extend_i32_u
                    i64.mul
                    local.tee 10
                    local.get 2
                    i64.add
                    local.tee 11
                    local.get 10
                    i64.lt_u
                    br_if 2 (;@6;)
                    block ;; label = @9
                      block ;; label = @10
                        local.get 9
                        i32.const 4
                        i32.ne
                        br_if 0 (;@10;)
                        local.get 6
                        i64.const 0
                        i64.store offset=8
                        local.get 6
                        i32.const 8
                        i32.add
                        local.get 11
                        i32.const 8
                        call $p1-adapt:guest.read
                        br_if 4 (;@6;)
                        local.get 6
                        i64.load32_u offset=12
                        local.set 10
                        local.get 6
                        i64.load32_u offset=8
                        local.set 11
                        br 1 (;@9;)
                      end
                      local.get 6
                      i64.const 0
                      i64.store offset=16
                      local.get 6
                      i64.const 0
                      i64.store offset=8
                      local.get 6
                      i32.const 8
                      i32.add
                      local.get 11
                      i32.const 16
                      call $p1-adapt:guest.read
                      br_if 3 (;@6;)
                      local.get 6
                      i64.load offset=16
                      local.set 10
                      local.get 6
                      i64.load offset=8
                      local.set 11
                    end
                    local.get 8
                    i64.const 1
                    i64.add
                    local.set 8
                    local.get 10
                    i64.eqz
                    br_if 0 (;@8;)
                  end
                  local.get 8
                  i64.const -1
                  i64.add
                  local.set 8
                  i64.const 1
                  local.set 7
                end
                block ;; label = @7
                  block ;; label = @8
                    local.get 1
                    i32.const 0
                    i32.load offset=66104
                    local.tee 9
                    i32.ge_u
                    br_if 0 (;@8;)
                    i32.const 0
                    i32.load offset=66100
                    local.get 1
                    i32.const 48
                    i32.mul
                    i32.add
                    local.tee 12
                    i32.load
                    local.tee 13
                    i32.const 6
                    i32.ne
                    br_if 1 (;@7;)
                  end
                  local.get 0
                  i32.const 524289
                  i32.store
                  br 6 (;@1;)
                end
                block ;; label = @7
                  block ;; label = @8
                    block ;; label = @9
                      block ;; label = @10
                        block ;; label = @11
                          local.get 13
                          i32.const -3
                          i32.add
                          i32.const 1
                          local.get 13
                          i32.const 2
                          i32.gt_u
                          select
                          br_table 0 (;@11;) 1 (;@10;) 2 (;@9;) 0 (;@11;)
                        end
                        local.get 12
                        i32.load offset=20
                        local.set 9
                        block ;; label = @11
                          local.get 4
                          i64.eqz
                          br_if 0 (;@11;)
                          local.get 9
                          br_if 3 (;@8;)
                        end
                        local.get 9
                        br_if 3 (;@7;)
                      end
                      local.get 0
                      i32.const 524289
                      i32.store
                      br 8 (;@1;)
                    end
                    block ;; label = @9
                      i32.const 0
                      i32.load8_u offset=66121
                      i32.const 1
                      i32.ne
                      br_if 0 (;@9;)
                      local.get 6
                      i32.const 0
                      i32.store16 offset=20
                      local.get 6
                      local.get 1
                      i32.store offset=12
                      local.get 6
                      i32.const 1
                      i32.store offset=8
                      local.get 6
                      i32.const 66096
                      i32.store offset=16
                      i32.const 3
                      local.get 6
                      i32.const 8
                      i32.add
                      call $p1-adapt:optional.files/dispatch
                      local.get 6
                      i32.load16_u offset=20
                      local.tee 9
                      br_if 5 (;@4;)
                      i32.const 0
                      i32.load offset=66104
                      local.set 9
                    end
                    block ;; label = @9
                      local.get 1
                      local.get 9
                      i32.ge_u
                      br_if 0 (;@9;)
                      i32.const 0
                      i32.load offset=66100
                      local.get 1
                      i32.const 48
                      i32.mul
                      i32.add
                      local.tee 1
                      i32.load
                      local.tee 9
                      i32.const 6
                      i32.ne
                      br_if 4 (;@5;)
                    end
                    local.get 0
                    i32.const 524289
                    i32.store
                    br 7 (;@1;)
                  end
                  local.get 0
                  i32.const 4587521
                  i32.store
                  br 6 (;@1;)
                end
                block ;; label = @7
                  block ;; label = @8
                    local.get 9
                    i32.const 2
                    i32.eq
                    br_if 0 (;@8;)
                    block ;; label = @9
                      local.get 12
                      i32.load offset=12
                      i32.const 1
                      i32.ne
                      br_if 0 (;@9;)
                      local.get 12
                      i32.const 16
                      i32.add
                      local.set 13
                      br 2 (;@7;)
                    end
                    local.get 12
                    call 0
                    i32.store offset=16
                    local.get 12
                    i32.const 1
                    i32.store offset=12
                    local.get 12
                    i32.const 16
                    i32.add
                    local.set 13
                    br 1 (;@7;)
                  end
                  block ;; label = @8
                    local.get 12
                    i32.load offset=12
                    i32.const 1
                    i32.ne
                    br_if 0 (;@8;)
                    local.get 12
                    i32.const 16
                    i32.add
                    local.set 13
                    br 1 (;@7;)
                  end
                  local.get 12
                  call 1
                  i32.store offset=16
                  local.get 12
                  i32.const 1
                  i32.store offset=12
                  local.get 12
                  i32.const 16
                  i32.add
                  local.set 13
                end
                local.get 7
                i64.eqz
                br_if 3 (;@3;)
                block ;; label = @7
                  block ;; label = @8
                    local.get 8
                    i64.const 1
                    i64.add
                    local.get 3
                    i64.ne
                    br_if 0 (;@8;)
                    local.get 10
                    i64.const 4097
                    i64.lt_u
                    br_if 1 (;@7;)
                  end
                  block ;; label = @8
                    block ;; label = @9
                      local.get 11
                      local.get 10
                      i64.add
                      local.tee 7
                      local.get 11
                      i64.lt_u
                      br_if 0 (;@9;)
                      i32.const 1
                      local.get 7
                      i32.const 0
                      call $p1-adapt:guest.read
                      i32.eqz
                      br_if 1 (;@8;)
                    end
                    local.get 0
                    i32.const 1376257
                    i32.store
                    br 7 (;@1;)
                  end
                  i32.const 4
                  i32.const 4
                  i32.eq
                  local.set 14
                  i32.const 1
                  local.set 1
                  i64.const 0
                  local.set 15
                  i64.const 0
                  local.set 16
                  i64.const 0
                  local.set 5
                  loop ;; label = @8
                    local.get 10
                    local.set 4
                    local.get 11
                    local.set 17
                    block ;; label = @9
                      block ;; label = @10
                        block ;; label = @11
                          block ;; label = @12
                            block ;; label = @13
                              block ;; label = @14
                                local.get 5
                                local.get 18
                                i64.const 0
                                local.get 15
                                i32.wrap_i64
                                i32.const 1
                                i32.and
                                local.tee 9
                                select
                                i64.add
                                local.tee 10
                                i64.const 0
                                i64.ne
                                br_if 0 (;@14;)
                                local.get 1
                                i32.const 1
                                i32.and
                                i32.eqz
                                br_if 1 (;@13;)
                                br 4 (;@10;)
                              end
                              local.get 4
                              i64.const 0
                              i64.const 4096
                              local.get 10
                              i64.sub
                              local.tee 11
                              local.get 11
                              i64.const 4096
                              i64.gt_u
                              select
                              i64.le_u
                              local.get 1
                              i32.and
                              br_if 3 (;@10;)
                              i32.const 0
                              local.set 12
                              block ;; label = @14
                                local.get 9
                                br_if 0 (;@14;)
                                local.get 5
                                i32.wrap_i64
                                local.set 19
                                i32.const 1
                                local.set 12
                                local.get 20
                                local.set 18
                                local.get 22
                                local.set 21
                              end
                              local.get 6
                              local.get 18
                              i64.store offset=24
                              local.get 6
                              local.get 21
                              i64.store offset=16
                              local.get 6
                              local.get 19
                              i32.store offset=12
                              local.get 6
                              local.get 12
                              i32.store offset=8
                              local.get 0
                              local.get 13
                              local.get 6
                              i32.const 8
                              i32.add
                              call 24
                              block ;; label = @14
                                local.get 0
                                i32.load16_u
                                i32.const 1
                                i32.ne
                                br_if 0 (;@14;)
                                local.get 16
                                i64.eqz
                                br_if 13 (;@1;)
                                local.get 0
                                i32.const 0
                                i32.store16
                                local.get 0
                                local.get 16
                                i64.store offset=8
                                br 13 (;@1;)
                              end
                              local.get 0
                              i64.load offset=8
                              local.tee 11
                              local.get 16
                              i64.add
                              local.set 16
                              local.get 11
                              local.get 10
                              i64.lt_u
                              br_if 2 (;@11;)
                              local.get 1
                              i32.const 1
                              i32.and
                              br_if 1 (;@12;)
                            end
                            local.get 0
                            i32.const 0
                            i32.store16
                            local.get 0
                            local.get 16
                            i64.store offset=8
                            br 11 (;@1;)
                          end
                          i64.const 0
                          local.set 5
                          i64.const 1
                          local.set 15
                          local.get 18
                          local.set 20
                          local.get 21
                          local.set 22
                          br 2 (;@9;)
                        end
                        local.get 0
                        i32.const 0
                        i32.store16
                        local.get 0
                        local.get 16
                        i64.store offset=8
                        br 9 (;@1;)
                      end
                      block ;; label = @10
                        local.get 15
                        i64.const 1
                        i64.eq
                        br_if 0 (;@10;)
                        local.get 5
                        i64.eqz
                        i32.eqz
                        br_if 0 (;@10;)
                        i64.const 0
                        local.set 5
                        i64.const 1
                        local.set 15
                        br 1 (;@9;)
                      end
                      block ;; label = @10
                        block ;; label = @11
                          local.get 9
                          br_if 0 (;@11;)
                          local.get 5
                          i32.wrap_i64
                          local.set 9
                          local.get 5
                          local.set 18
                          br 1 (;@10;)
                        end
                        block ;; label = @11
                          local.get 18
                          i32.wrap_i64
                          local.tee 9
                          i32.const 65537
                          i32.ge_u
                          br_if 0 (;@11;)
                          i32.const 66304
                          local.get 21
                          local.get 9
                          call $p1-adapt:guest.read
                          i32.eqz
                          br_if 1 (;@10;)
                          br 9 (;@2;)
                        end
                        i32.const 0
                        local.get 9
                        call 25
                        unreachable
                      end
                      block ;; label = @10
                        block ;; label = @11
                          local.get 18
                          local.get 4
                          i64.add
                          local.tee 5
                          i32.wrap_i64
                          local.tee 1
                          local.get 9
                          i32.lt_u
                          br_if 0 (;@11;)
                          local.get 1
                          i32.const 65537
                          i32.lt_u
                          br_if 1 (;@10;)
                        end
                        local.get 9
                        local.get 1
                        call 25
                        unreachable
                      end
                      local.get 9
                      i32.const 66304
                      i32.add
                      local.get 17
                      local.get 1
                      local.get 9
                      i32.sub
                      call $p1-adapt:guest.read
                      br_if 7 (;@2;)
                      i64.const 0
                      local.set 15
                    end
                    local.get 5
                    local.get 16
                    i64.add
                    local.get 4
                    i64.const 0
                    local.get 15
                    i32.wrap_i64
                    select
                    i64.add
                    local.set 23
                    block ;; label = @9
                      block ;; label = @10
                        loop ;; label = @11
                          i32.const 0
                          local.set 1
                          block ;; label = @12
                            local.get 8
                            i64.const 1
                            i64.add
                            local.tee 7
                            local.get 3
                            i64.lt_u
                            br_if 0 (;@12;)
                            local.get 4
                            local.set 18
                            local.get 17
                            local.set 21
                            br 4 (;@8;)
                          end
                          i32.const 4
                          local.set 9
                          local.get 7
                          i64.const 144115188075855871
                          i64.gt_u
                          br_if 1 (;@10;)
                          local.get 9
                          i32.const 64
                          i32.gt_u
                          br_if 1 (;@10;)
                          local.get 7
                          local.get 9
                          i32.const 1
                          i32.shl
                          i64.extend_i32_u
                          i64.mul
                          local.tee 8
                          local.get 2
                          i64.add
                          local.tee 10
                          local.get 8
                          i64.lt_u
                          br_if 1 (;@10;)
                          block ;; label = @12
                            block ;; label = @13
                              local.get 9
                              i32.const 4
                              i32.ne
                              br_if 0 (;@13;)
                              local.get 6
                              i64.const 0
                              i64.store offset=8
                              local.get 6
                              i32.const 8
                              i32.add
                              local.get 10
                              i32.const 8
                              call $p1-adapt:guest.read
                              br_if 4 (;@9;)
                              local.get 6
                              i64.load32_u offset=12
                              local.set 10
                              local.get 6
                              i64.load32_u offset=8
                              local.set 11
                              br 1 (;@12;)
                            end
                            local.get 6
                            i64.const 0
                            i64.store offset=16
                            local.get 6
                            i64.const 0
                            i64.store offset=8
                            local.get 6
                            i32.const 8
                            i32.add
                            local.get 10
                            i32.const 16
                            call $p1-adapt:guest.read
                            br_if 3 (;@9;)
                            local.get 6
                            i64.load offset=16
                            local.set 10
                            local.get 6
                            i64.load offset=8
                            local.set 11
                          end
                          local.get 7
                          local.set 8
                          local.get 10
                          i64.eqz
                          br_if 0 (;@11;)
                        end
                        local.get 4
                        local.set 18
                        local.get 17
                        local.set 21
                        i32.const 0
                        local.set 1
                        local.get 7
                        local.set 8
                        local.get 10
                        local.get 23
                        i64.add
                        local.tee 23
                        local.get 10
                        i64.lt_u
                        br_if 2 (;@8;)
                        local.get 4
                        local.set 18
                        local.get 17
                        local.set 21
                        i32.const 0
                        local.set 1
                        local.get 7
                        local.set 8
                        local.get 14
                        local.get 23
                        i64.const 4294967295
                        i64.gt_u
                        i32.and
                        br_if 2 (;@8;)
                        local.get 10
                        local.get 11
                        i64.add
                        local.tee 23
                        local.get 10
                        i64.lt_u
                        br_if 0 (;@10;)
                        i32.const 1
                        local.set 1
                        local.get 4
                        local.set 18
                        local.get 17
                        local.set 21
                        local.get 7
                        local.set 8
                        i32.const 1
                        local.get 23
                        i32.const 0
                        call $p1-adapt:guest.read
                        i32.eqz
                        br_if 2 (;@8;)
                      end
                      local.get 4
                      local.set 18
                      local.get 17
                      local.set 21
                      i32.const 0
                      local.set 1
                      local.get 7
                      local.set 8
                      br 1 (;@8;)
                    end
                    local.get 4
                    local.set 18
                    local.get 17
                    local.set 21
                    local.get 7
                    local.set 8
                    br 0 (;@8;)
                  end
                end
                local.get 6
                local.get 10
                i64.store offset=24
                local.get 6
                local.get 11
                i64.store offset=16
                local.get 6
                i32.const 0
                i32.store offset=8
                local.get 0
                local.get 13
                local.get 6
                i32.const 8
                i32.add
                call 24
                br 5 (;@1;)
              end
              local.get 0
              i32.const 1376257
              i32.store
              br 4 (;@1;)
            end
            block ;; label = @5
              local.get 9
              i32.const 5
              i32.ne
              br_if 0 (;@5;)
              local.get 6
              i32.const 1
              i32.store8 offset=92
              local.get 6
              local.get 3
              i64.store offset=80
              local.get 6
              local.get 2
              i64.store offset=72
              local.get 6
              i32.const 1900545
              i32.store offset=56
              local.get 6
              local.get 5
              i64.store offset=48
              local.get 6
              local.get 4
              i64.store offset=40
              local.get 6
              local.get 10
              i64.store offset=32
              local.get 6
              local.get 11
              i64.store offset=24
              local.get 6
              local.get 8
              i64.store offset=16
              local.get 6
              local.get 7
              i64.store offset=8
              local.get 6
              local.get 1
              i32.const 8
              i32.add
              i32.store offset=88
              i32.const 0
              local.get 6
              i32.const 8
              i32.add
              call $p1-adapt:optional.files/dispatch
              local.get 0
              local.get 6
              i64.load offset=56
              i64.store
              local.get 0
              local.get 6
              i64.load offset=64
              i64.store offset=8
              local.get 6
              i32.load offset=88
              i32.load8_u offset=22
              i32.eqz
              br_if 4 (;@1;)
              i32.const 0
              i32.const 1
              i32.store8 offset=66121
              br 4 (;@1;)
            end
            local.get 0
            i32.const 524289
            i32.store
            br 3 (;@1;)
          end
          local.get 0
          i32.const 1
          i32.store16
          local.get 0
          local.get 9
          i32.store16 offset=2
          br 2 (;@1;)
        end
        local.get 0
        i32.const 0
        i32.store16
        local.get 0
        i64.const 0
        i64.store offset=8
        br 1 (;@1;)
      end
      local.get 0
      i32.const 1376257
      i32.store
    end
    local.get 6
    i32.const 96
    i32.add
    global.set 0
  )
  (func (;24;) (type 20) (param i32 i32 i32)
    (local i32 i64 i64 i64 i64 i64 i64 i64 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 3
    global.set 0
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  local.get 2
                  i32.load
                  i32.const 1
                  i32.ne
                  br_if 0 (;@7;)
                  local.get 2
                  i32.load offset=4
                  local.tee 2
                  i32.const 65537
                  i32.lt_u
                  br_if 1 (;@6;)
                  i32.const 0
                  local.get 2
                  call 25
                  unreachable
                end
                local.get 2
                i64.load offset=8
                local.set 4
                local.get 2
                i64.load offset=16
                local.tee 5
                i64.const 4097
                i64.lt_u
                br_if 1 (;@5;)
                i64.const 0
                local.set 6
                loop ;; label = @7
                  local.get 6
                  local.get 4
                  i64.add
                  local.set 7
                  block ;; label = @8
                    block ;; label = @9
                      block ;; label = @10
                        block ;; label = @11
                          block ;; label = @12
                            block ;; label = @13
                              block ;; label = @14
                                block ;; label = @15
                                  block ;; label = @16
                                    block ;; label = @17
                                      block ;; label = @18
                                        local.get 5
                                        local.get 6
                                        i64.sub
                                        local.tee 8
                                        i64.const 4097
                                        i64.lt_u
                                        br_if 0 (;@18;)
                                        local.get 1
                                        i32.load
                                        local.get 3
                                        call 2
                                        block ;; label = @19
                                          local.get 3
                                          i32.load8_u
                                          i32.const 1
                                          i32.and
                                          i32.eqz
                                          br_if 0 (;@19;)
                                          block ;; label = @20
                                            i64.const 1
                                            local.get 3
                                            i64.load32_u offset=12
                                            i64.const 32
                                            i64.shl
                                            local.get 3
                                            i32.load8_u offset=8
                                            select
                                            local.tee 6
                                            i32.wrap_i64
                                            br_if 0 (;@20;)
                                            local.get 6
                                            i64.const 32
                                            i64.shr_u
                                            local.tee 6
                                            i64.const 4294967295
                                            i64.eq
                                            br_if 0 (;@20;)
                                            local.get 6
                                            i32.wrap_i64
                                            call 3
                                          end
                                          local.get 0
                                          i32.const 29
                                          i32.store16 offset=2
                                          br 17 (;@2;)
                                        end
                                        block ;; label = @19
                                          local.get 8
                                          local.get 3
                                          i64.load offset=8
                                          local.tee 9
                                          local.get 8
                                          local.get 9
                                          i64.lt_u
                                          select
                                          local.tee 10
                                          i64.const 65536
                                          i64.gt_u
                                          br_if 0 (;@19;)
                                          i32.const 0
                                          local.set 11
                                          local.get 9
                                          i64.eqz
                                          br_if 1 (;@18;)
                                          br 2 (;@17;)
                                        end
                                        block ;; label = @19
                                          local.get 7
                                          i32.const 65536
                                          call $p1-adapt:guest.direct
                                          local.tee 12
                                          i32.eqz
                                          br_if 0 (;@19;)
                                          i64.const 65536
                                          local.set 10
                                          i32.const 65536
                                          local.set 2
                                          br 3 (;@16;)
                                        end
                                        i32.const 65536
                                        local.set 2
                                        i64.const 65536
                                        local.set 10
                                        i32.const 66304
                                        local.get 7
                                        i32.const 65536
                                        call $p1-adapt:guest.read
                                        i32.eqz
                                        br_if 5 (;@13;)
                                        local.get 0
                                        i32.const 21
                                        i32.store16 offset=2
                                        br 16 (;@2;)
                                      end
                                      local.get 8
                                      i64.const 4096
                                      local.get 8
                                      i64.const 4096
                                      i64.lt_u
                                      select
                                      local.set 10
                                      i32.const 1
                                      local.set 11
                                    end
                                    block ;; label = @17
                                      local.get 10
                                      i64.eqz
                                      i32.eqz
                                      br_if 0 (;@17;)
                                      i32.const 0
                                      local.set 2
                                      br 3 (;@14;)
                                    end
                                    local.get 7
                                    local.get 10
                                    i32.wrap_i64
                                    local.tee 2
                                    call $p1-adapt:guest.direct
                                    local.tee 12
                                    i32.eqz
                                    br_if 2 (;@14;)
                                    local.get 11
                                    i32.eqz
                                    br_if 0 (;@16;)
                                    local.get 1
                                    i32.load
                                    local.get 12
                                    local.get 2
                                    local.get 3
                                    call 4
                                    i64.const 2
                                    local.set 8
                                    block ;; label = @17
                                      local.get 3
                                      i32.load8_u
                                      i32.const 1
                                      i32.and
                                      i32.eqz
                                      br_if 0 (;@17;)
                                      local.get 3
                                      i32.load8_u offset=4
                                      i32.const 0
                                      i32.ne
                                      i64.extend_i32_u
                                      local.set 8
                                      local.get 3
                                      i32.load offset=8
                                      local.set 11
                                    end
                                    i32.const 1
                                    local.set 2
                                    br 1 (;@15;)
                                  end
                                  local.get 1
                                  i32.load
                                  local.get 12
                                  local.get 2
                                  local.get 3
                                  call 5
                                  i64.const 2
                                  local.set 8
                                  block ;; label = @16
                                    local.get 3
                                    i32.load8_u
                                    i32.const 1
                                    i32.and
                                    i32.eqz
                                    br_if 0 (;@16;)
                                    local.get 3
                                    i32.load8_u offset=4
                                    i32.const 0
                                    i32.ne
                                    i64.extend_i32_u
                                    local.set 8
                                    local.get 3
                                    i32.load offset=8
                                    local.set 11
                                  end
                                  i32.const 0
                                  local.set 2
                                end
                                local.get 8
                                i64.const 2
                                i64.eq
                                br_if 6 (;@8;)
                                i32.const 29
                                local.set 2
                                local.get 8
                                i64.const 0
                                i64.ne
                                br_if 5 (;@9;)
                                local.get 11
                                local.set 13
                                local.get 11
                                i32.const -1
                                i32.ne
                                br_if 4 (;@10;)
                                br 5 (;@9;)
                              end
                              block ;; label = @14
                                i32.const 66304
                                local.get 7
                                local.get 2
                                call $p1-adapt:guest.read
                                i32.eqz
                                br_if 0 (;@14;)
                                local.get 0
                                i32.const 21
                                i32.store16 offset=2
                                br 12 (;@2;)
                              end
                              local.get 11
                              br_if 1 (;@12;)
                            end
                            local.get 1
                            i32.load
                            i32.const 66304
                            local.get 2
                            local.get 3
                            call 5
                            i32.const 2
                            local.set 11
                            block ;; label = @13
                              local.get 3
                              i32.load8_u
                              i32.const 1
                              i32.and
                              i32.eqz
                              br_if 0 (;@13;)
                              local.get 3
                              i32.load8_u offset=4
                              i32.const 0
                              i32.ne
                              local.set 11
                              local.get 3
                              i32.load offset=8
                              local.set 13
                            end
                            i32.const 0
                            local.set 2
                            br 1 (;@11;)
                          end
                          local.get 1
                          i32.load
                          i32.const 66304
                          local.get 2
                          local.get 3
                          call 4
                          i32.const 2
                          local.set 11
                          block ;; label = @12
                            local.get 3
                            i32.load8_u
                            i32.const 1
                            i32.and
                            i32.eqz
                            br_if 0 (;@12;)
                            local.get 3
                            i32.load8_u offset=4
                            i32.const 0
                            i32.ne
                            local.set 11
                            local.get 3
                            i32.load offset=8
                            local.set 13
                          end
                          i32.const 1
                          local.set 2
                        end
                        local.get 11
                        i32.const 2
                        i32.eq
                        br_if 2 (;@8;)
                        i32.const 29
                        local.set 2
                        local.get 11
                        br_if 1 (;@9;)
                        local.get 13
                        i32.const -1
                        i32.eq
                        br_if 1 (;@9;)
                      end
                      local.get 13
                      call 3
                      i32.const 29
                      local.set 2
                    end
                    local.get 0
                    local.get 2
                    i32.store16 offset=2
                    br 6 (;@2;)
                  end
                  local.get 10
                  local.get 6
                  i64.add
                  local.set 6
                  local.get 2
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 6
                  local.get 5
                  i64.ne
                  br_if 0 (;@7;)
                  br 3 (;@4;)
                end
              end
              local.get 1
              i32.load
              i32.const 66304
              local.get 2
              local.get 3
              call 4
              block ;; label = @6
                local.get 3
                i32.load8_u
                i32.const 1
                i32.and
                br_if 0 (;@6;)
                local.get 0
                local.get 2
                i64.extend_i32_u
                i64.store offset=8
                i32.const 0
                local.set 2
                br 5 (;@1;)
              end
              block ;; label = @6
                i64.const 1
                local.get 3
                i64.load32_u offset=8
                i64.const 32
                i64.shl
                local.get 3
                i32.load8_u offset=4
                select
                local.tee 6
                i32.wrap_i64
                br_if 0 (;@6;)
                local.get 6
                i64.const 32
                i64.shr_u
                local.tee 6
                i64.const 4294967295
                i64.eq
                br_if 0 (;@6;)
                local.get 6
                i32.wrap_i64
                call 3
              end
              local.get 0
              i32.const 29
              i32.store16 offset=2
              br 3 (;@2;)
            end
            local.get 5
            i32.wrap_i64
            local.set 2
            block ;; label = @5
              block ;; label = @6
                local.get 5
                i64.eqz
                br_if 0 (;@6;)
                local.get 4
                local.get 2
                call $p1-adapt:guest.direct
                local.tee 11
                i32.eqz
                br_if 0 (;@6;)
                local.get 1
                i32.load
                local.get 11
                local.get 2
                local.get 3
                call 4
                local.get 3
                i32.load8_u
                i32.const 1
                i32.and
                i32.eqz
                br_if 2 (;@4;)
                i32.const 29
                local.set 11
                i64.const 1
                local.get 3
                i64.load32_u offset=8
                i64.const 32
                i64.shl
                local.get 3
                i32.load8_u offset=4
                select
                local.tee 6
                i32.wrap_i64
                br_if 1 (;@5;)
                local.get 6
                i64.const 32
                i64.shr_u
                local.tee 6
                i64.const 4294967295
                i64.eq
                br_if 1 (;@5;)
                br 3 (;@3;)
              end
              i32.const 21
              local.set 11
              i32.const 66304
              local.get 4
              local.get 2
              call $p1-adapt:guest.read
              br_if 0 (;@5;)
              local.get 1
              i32.load
              i32.const 66304
              local.get 2
              local.get 3
              call 4
              local.get 3
              i32.load8_u
              i32.const 1
              i32.and
              i32.eqz
              br_if 1 (;@4;)
              i32.const 29
              local.set 11
              i64.const 1
              local.get 3
              i64.load32_u offset=8
              i64.const 32
              i64.shl
              local.get 3
              i32.load8_u offset=4
              select
              local.tee 6
              i32.wrap_i64
              br_if 0 (;@5;)
              local.get 6
              i64.const 32
              i64.shr_u
              local.tee 6
              i64.const 4294967295
              i64.ne
              br_if 2 (;@3;)
            end
            local.get 0
            local.get 11
            i32.store16 offset=2
            br 2 (;@2;)
          end
          local.get 0
          local.get 5
          i64.store offset=8
          i32.const 0
          local.set 2
          br 2 (;@1;)
        end
        local.get 6
        i32.wrap_i64
        call 3
        local.get 0
        i32.const 29
        i32.store16 offset=2
      end
      i32.const 1
      local.set 2
    end
    local.get 0
    local.get 2
    i32.store16
    local.get 3
    i32.const 16
    i32.add
    global.set 0
  )
  (func (;25;) (type 9) (param i32 i32)
    call 29
    unreachable
  )
  (func (;26;) (type 18)
    (local i32)
    block ;; label = @1
      i32.const 8
      i32.const 144
      call 21
      local.tee 0
      br_if 0 (;@1;)
      call 29
      unreachable
    end
    local.get 0
    i32.const 2
    i32.store8 offset=24
    local.get 0
    i32.const 0
    i32.store offset=20
    local.get 0
    i64.const 0
    i64.store offset=12 align=4
    local.get 0
    i64.const 3
    i64.store
    local.get 0
    i64.const 3
    i64.store offset=48
    local.get 0
    i32.const 2
    i32.store8 offset=120
    local.get 0
    i32.const 2
    i32.store offset=116
    local.get 0
    i64.const 0
    i64.store offset=108 align=4
    local.get 0
    i64.const 3
    i64.store offset=96
    local.get 0
    i32.const 2
    i32.store8 offset=72
    local.get 0
    i32.const 1
    i32.store offset=68
    local.get 0
    i64.const 0
    i64.store offset=60 align=4
    i32.const 0
    i32.const 3
    i32.store offset=66096
    i32.const 0
    local.get 0
    i32.store offset=66100
    i32.const 0
    i64.const 3
    i64.store offset=66104 align=4
    i32.const 0
    i64.const 4
    i64.store offset=66112 align=4
    i32.const 0
    i32.const 2
    i32.store offset=66080
    i32.const 0
    i32.const 2
    i32.store offset=66064
    i32.const 0
    i32.const 0
    i32.store16 offset=66120
  )
  (func (;27;) (type 42) (param i32 i64 i64)
    (local i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  local.get 2
                  i64.const 4294967295
                  i64.gt_u
                  br_if 0 (;@7;)
                  block ;; label = @8
                    block ;; label = @9
                      local.get 2
                      local.get 1
                      i64.add
                      local.tee 3
                      local.get 2
                      i64.lt_u
                      br_if 0 (;@9;)
                      i32.const 1
                      local.get 3
                      i32.const 0
                      call $p1-adapt:guest.read
                      i32.eqz
                      br_if 1 (;@8;)
                    end
                    local.get 0
                    i32.const -2147483647
                    i32.store
                    local.get 0
                    i32.const 21
                    i32.store16 offset=4
                    return
                  end
                  block ;; label = @8
                    local.get 2
                    i64.const 65536
                    i64.gt_u
                    br_if 0 (;@8;)
                    local.get 2
                    i32.wrap_i64
                    local.set 4
                    local.get 2
                    i64.eqz
                    br_if 2 (;@6;)
                    local.get 1
                    local.get 4
                    call $p1-adapt:guest.direct
                    local.tee 5
                    i32.eqz
                    br_if 3 (;@5;)
                    i32.const 0
                    local.set 6
                    loop ;; label = @9
                      local.get 6
                      i32.const 1
                      i32.add
                      local.set 7
                      block ;; label = @10
                        block ;; label = @11
                          local.get 5
                          local.get 6
                          i32.add
                          i32.load8_u
                          local.tee 8
                          i32.extend8_s
                          local.tee 9
                          i32.const 0
                          i32.lt_s
                          br_if 0 (;@11;)
                          local.get 7
                          local.set 6
                          br 1 (;@10;)
                        end
                        i32.const 0
                        local.set 10
                        block ;; label = @11
                          block ;; label = @12
                            block ;; label = @13
                              local.get 9
                              i32.const 62
                              i32.add
                              i32.const 255
                              i32.and
                              i32.const 30
                              i32.lt_u
                              local.tee 11
                              i32.eqz
                              br_if 0 (;@13;)
                              i32.const 128
                              local.set 12
                              i32.const 1
                              local.set 13
                              br 1 (;@12;)
                            end
                            block ;; label = @13
                              local.get 9
                              i32.const -16
                              i32.and
                              i32.const -32
                              i32.ne
                              br_if 0 (;@13;)
                              i32.const 2048
                              local.set 12
                              i32.const 2
                              local.set 13
                              i32.const 1
                              local.set 10
                              br 1 (;@12;)
                            end
                            local.get 9
                            i32.const 16
                            i32.add
                            i32.const 255
                            i32.and
                            i32.const 4
                            i32.gt_u
                            br_if 1 (;@11;)
                            i32.const 65536
                            local.set 12
                            i32.const 3
                            local.set 13
                          end
                          local.get 7
                          local.get 4
                          i32.ge_u
                          br_if 0 (;@11;)
                          local.get 5
                          local.get 7
                          i32.add
                          i32.load8_s
                          local.tee 14
                          i32.const -65
                          i32.gt_s
                          br_if 0 (;@11;)
                          i32.const 63
                          local.get 13
                          i32.shr_u
                          local.get 8
                          i32.and
                          local.tee 9
                          i32.const 6
                          i32.shl
                          local.tee 8
                          local.get 14
                          i32.const 63
                          i32.and
                          i32.or
                          local.set 14
                          block ;; label = @12
                            block ;; label = @13
                              local.get 11
                              i32.eqz
                              br_if 0 (;@13;)
                              local.get 14
                              local.set 6
                              br 1 (;@12;)
                            end
                            local.get 6
                            i32.const 2
                            i32.add
                            local.tee 9
                            local.get 4
                            i32.ge_u
                            br_if 1 (;@11;)
                            local.get 5
                            local.get 9
                            i32.add
                            i32.load8_s
                            local.tee 9
                            i32.const -65
                            i32.gt_s
                            br_if 1 (;@11;)
                            local.get 14
                            i32.const 6
                            i32.shl
                            local.tee 8
                            local.get 9
                            i32.const 63
                            i32.and
                            i32.or
                            local.set 9
                            block ;; label = @13
                              local.get 10
                              i32.eqz
                              br_if 0 (;@13;)
                              local.get 9
                              local.set 6
                              local.get 14
                              local.set 9
                              br 1 (;@12;)
                            end
                            local.get 6
                            i32.const 3
                            i32.add
                            local.tee 6
                            local.get 4
                            i32.ge_u
                            br_if 1 (;@11;)
                            local.get 5
                            local.get 6
                            i32.add
                            i32.load8_s
                            local.tee 6
                            i32.const -65
                            i32.gt_s
                            br_if 1 (;@11;)
                            local.get 9
                            i32.const 6
                            i32.shl
                            local.tee 8
                            local.get 6
                            i32.const 63
                            i32.and
                            i32.or
                            local.set 6
                          end
                          local.get 9
                          i32.const 32736
                          i32.and
                          i32.const 864
                          i32.eq
                          br_if 0 (;@11;)
                          local.get 8
                          i32.const 1114111
                          i32.gt_u
                          br_if 0 (;@11;)
                          local.get 6
                          local.get 12
                          i32.lt_u
                          br_if 0 (;@11;)
                          local.get 7
                          local.get 13
                          i32.add
                          local.set 6
                          br 1 (;@10;)
                        end
                        local.get 0
                        i32.const -2147483647
                        i32.store
                        local.get 0
                        i32.const 25
                        i32.store16 offset=4
                        br 8 (;@2;)
                      end
                      local.get 6
                      local.get 4
                      i32.lt_u
                      br_if 0 (;@9;)
                    end
                    local.get 0
                    local.get 4
                    i32.store offset=8
                    local.get 0
                    local.get 5
                    i32.store offset=4
                    local.get 0
                    i32.const -2147483648
                    i32.store
                    return
                  end
                  local.get 0
                  i32.const -2147483647
                  i32.store
                  local.get 0
                  i32.const 37
                  i32.store16 offset=4
                  return
                end
                local.get 0
                i32.const -2147483647
                i32.store
                local.get 0
                i32.const 21
                i32.store16 offset=4
                return
              end
              i32.const 1
              local.set 7
              i32.const 1
              local.get 1
              local.get 4
              call $p1-adapt:guest.read
              i32.eqz
              br_if 1 (;@4;)
              local.get 0
              i32.const -2147483647
              i32.store
              local.get 0
              i32.const 21
              i32.store16 offset=4
              return
            end
            block ;; label = @5
              local.get 4
              i32.const 1
              call 19
              local.tee 7
              br_if 0 (;@5;)
              i32.const 0
              i32.load8_u offset=66288
              i32.eqz
              br_if 4 (;@1;)
              local.get 4
              i32.const 1
              i32.add
              local.set 9
              loop ;; label = @6
                i32.const 0
                i32.load offset=66280
                local.tee 7
                local.get 4
                i32.add
                local.tee 6
                local.get 7
                i32.lt_u
                br_if 5 (;@1;)
                i32.const 0
                i32.load offset=66276
                local.set 5
                block ;; label = @7
                  block ;; label = @8
                    local.get 6
                    i32.const 0
                    i32.load offset=66284
                    local.tee 8
                    i32.gt_u
                    br_if 0 (;@8;)
                    local.get 5
                    br_if 1 (;@7;)
                  end
                  local.get 9
                  i32.const 0
                  local.get 6
                  local.get 8
                  i32.sub
                  local.tee 7
                  local.get 7
                  local.get 6
                  i32.gt_u
                  select
                  local.get 6
                  local.get 5
                  select
                  local.tee 6
                  local.get 9
                  local.get 6
                  i32.gt_u
                  select
                  local.tee 6
                  i32.const 16
                  i32.shr_u
                  local.get 6
                  i32.const 65535
                  i32.and
                  i32.const 0
                  i32.ne
                  i32.add
                  local.tee 7
                  call $p1-adapt:guest.spill
                  local.tee 6
                  i32.eqz
                  br_if 6 (;@1;)
                  block ;; label = @8
                    i32.const 0
                    i32.load offset=66276
                    br_if 0 (;@8;)
                    i32.const 0
                    local.get 6
                    i32.store offset=66280
                    i32.const 0
                    local.get 6
                    i32.store offset=66276
                  end
                  i32.const 0
                  local.get 6
                  local.get 7
                  i32.const 16
                  i32.shl
                  i32.add
                  i32.store offset=66284
                  i32.const 0
                  i32.load8_u offset=66288
                  br_if 1 (;@6;)
                  br 6 (;@1;)
                end
              end
              i32.const 0
              local.get 6
              i32.store offset=66280
              local.get 7
              i32.eqz
              br_if 4 (;@1;)
            end
            block ;; label = @5
              local.get 4
              i32.eqz
              br_if 0 (;@5;)
              local.get 7
              i32.const 0
              local.get 4
              memory.fill
            end
            block ;; label = @5
              local.get 7
              local.get 1
              local.get 4
              call $p1-adapt:guest.read
              i32.eqz
              br_if 0 (;@5;)
              i32.const 21
              local.set 12
              br 2 (;@3;)
            end
            i32.const 0
            local.set 6
            loop ;; label = @5
              local.get 6
              i32.const 1
              i32.add
              local.set 5
              block ;; label = @6
                block ;; label = @7
                  local.get 7
                  local.get 6
                  i32.add
                  i32.load8_u
                  local.tee 8
                  i32.extend8_s
                  local.tee 9
                  i32.const 0
                  i32.lt_s
                  br_if 0 (;@7;)
                  local.get 5
                  local.set 6
                  br 1 (;@6;)
                end
                i32.const 0
                local.set 10
                block ;; label = @7
                  block ;; label = @8
                    local.get 9
                    i32.const 62
                    i32.add
                    i32.const 255
                    i32.and
                    i32.const 30
                    i32.lt_u
                    local.tee 14
                    i32.eqz
                    br_if 0 (;@8;)
                    i32.const 128
                    local.set 11
                    i32.const 1
                    local.set 9
                    br 1 (;@7;)
                  end
                  block ;; label = @8
                    local.get 9
                    i32.const -16
                    i32.and
                    i32.const -32
                    i32.ne
                    br_if 0 (;@8;)
                    i32.const 2048
                    local.set 11
                    i32.const 2
                    local.set 9
                    i32.const 1
                    local.set 10
                    br 1 (;@7;)
                  end
                  block ;; label = @8
                    local.get 9
                    i32.const 16
                    i32.add
                    i32.const 255
                    i32.and
                    i32.const 4
                    i32.le_u
                    br_if 0 (;@8;)
                    i32.const 25
                    local.set 12
                    br 5 (;@3;)
                  end
                  i32.const 65536
                  local.set 11
                  i32.const 3
                  local.set 9
                end
                i32.const 25
                local.set 12
                local.get 5
                local.get 4
                i32.ge_u
                br_if 3 (;@3;)
                local.get 7
                local.get 5
                i32.add
                i32.load8_s
                local.tee 13
                i32.const -65
                i32.gt_s
                br_if 3 (;@3;)
                i32.const 63
                local.get 9
                i32.shr_u
                local.get 8
                i32.and
                local.tee 5
                i32.const 6
                i32.shl
                local.tee 8
                local.get 13
                i32.const 63
                i32.and
                i32.or
                local.set 13
                block ;; label = @7
                  block ;; label = @8
                    local.get 14
                    i32.eqz
                    br_if 0 (;@8;)
                    local.get 13
                    local.set 14
                    br 1 (;@7;)
                  end
                  local.get 6
                  i32.const 2
                  i32.add
                  local.tee 5
                  local.get 4
                  i32.ge_u
                  br_if 4 (;@3;)
                  local.get 7
                  local.get 5
                  i32.add
                  i32.load8_s
                  local.tee 5
                  i32.const -65
                  i32.gt_s
                  br_if 4 (;@3;)
                  local.get 13
                  i32.const 6
                  i32.shl
                  local.tee 8
                  local.get 5
                  i32.const 63
                  i32.and
                  i32.or
                  local.set 5
                  block ;; label = @8
                    local.get 10
                    i32.eqz
                    br_if 0 (;@8;)
                    local.get 5
                    local.set 14
                    local.get 13
                    local.set 5
                    br 1 (;@7;)
                  end
                  local.get 6
                  i32.const 3
                  i32.add
                  local.tee 8
                  local.get 4
                  i32.ge_u
                  br_if 4 (;@3;)
                  local.get 7
                  local.get 8
                  i32.add
                  i32.load8_s
                  local.tee 13
                  i32.const -65
                  i32.gt_s
                  br_if 4 (;@3;)
                  local.get 5
                  i32.const 6
                  i32.shl
                  local.tee 8
                  local.get 13
                  i32.const 63
                  i32.and
                  i32.or
                  local.set 14
                end
                local.get 14
                local.get 11
                i32.lt_u
                br_if 3 (;@3;)
                local.get 8
                i32.const 1114111
                i32.gt_u
                br_if 3 (;@3;)
                local.get 5
                i32.const 32736
                i32.and
                i32.const 864
                i32.eq
                br_if 3 (;@3;)
                local.get 9
                local.get 6
                i32.add
                i32.const 1
                i32.add
                local.set 6
              end
              local.get 6
              local.get 4
              i32.lt_u
              br_if 0 (;@5;)
            end
          end
          local.get 0
          local.get 4
          i32.store offset=8
          local.get 0
          local.get 7
          i32.store offset=4
          local.get 0
          local.get 4
          i32.store
          return
        end
        local.get 0
        i32.const -2147483647
        i32.store
        local.get 0
        local.get 12
        i32.store16 offset=4
        block ;; label = @3
          i32.const 0
          i32.load offset=66276
          local.get 7
          i32.gt_u
          br_if 0 (;@3;)
          i32.const 0
          i32.load offset=66284
          local.get 7
          i32.gt_u
          br_if 1 (;@2;)
        end
        local.get 7
        i32.const -4
        i32.add
        call 20
        return
      end
      return
    end
    call 29
    unreachable
  )
  (func (;28;) (type 31) (param i32 i32 i32 i32 i32 i32)
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
  (func (;29;) (type 18)
    unreachable
  )
  (func (;30;) (type 9) (param i32 i32)
    block ;; label = @1
      local.get 0
      i32.const 0
      i32.le_s
      br_if 0 (;@1;)
      block ;; label = @2
        i32.const 0
        i32.load offset=66276
        local.get 1
        i32.gt_u
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=66284
        local.get 1
        i32.gt_u
        br_if 1 (;@1;)
      end
      local.get 1
      i32.const -4
      i32.add
      call 20
    end
  )
  (func (;31;) (type 8) (param i32)
    (local i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            local.get 0
            i32.load
            local.tee 1
            i32.const -3
            i32.add
            i32.const 1
            local.get 1
            i32.const 2
            i32.gt_u
            select
            br_table 1 (;@3;) 2 (;@2;) 0 (;@4;)
          end
          block ;; label = @4
            local.get 0
            i32.load offset=24
            local.tee 1
            i32.const -1
            i32.eq
            br_if 0 (;@4;)
            local.get 1
            call $"wasi:filesystem/types@0.2.12.[resource-drop]descriptor"
          end
          local.get 0
          i32.load offset=8
          i32.eqz
          br_if 2 (;@1;)
          local.get 0
          i32.load offset=12
          local.tee 0
          i32.const -1
          i32.eq
          br_if 2 (;@1;)
          local.get 0
          call 7
          return
        end
        block ;; label = @3
          local.get 0
          i32.load offset=4
          i32.eqz
          br_if 0 (;@3;)
          local.get 0
          i32.load offset=8
          local.tee 1
          i32.const -1
          i32.eq
          br_if 0 (;@3;)
          local.get 1
          call 6
        end
        local.get 0
        i32.load offset=12
        i32.eqz
        br_if 1 (;@1;)
        local.get 0
        i32.load offset=16
        local.tee 0
        i32.const -1
        i32.eq
        br_if 1 (;@1;)
        local.get 0
        call 7
        return
      end
      block ;; label = @2
        local.get 0
        i32.load offset=44
        local.tee 1
        i32.const -1
        i32.eq
        br_if 0 (;@2;)
        local.get 1
        call $"wasi:filesystem/types@0.2.12.[resource-drop]descriptor"
      end
      block ;; label = @2
        local.get 0
        i32.load offset=32
        local.tee 1
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 1
        i32.eqz
        br_if 0 (;@2;)
        block ;; label = @3
          i32.const 0
          i32.load offset=66276
          local.get 0
          i32.load offset=36
          local.tee 1
          i32.gt_u
          br_if 0 (;@3;)
          i32.const 0
          i32.load offset=66284
          local.get 1
          i32.gt_u
          br_if 1 (;@2;)
        end
        local.get 1
        i32.const -4
        i32.add
        call 20
      end
      local.get 0
      call 32
    end
  )
  (func (;32;) (type 8) (param i32)
    (local i32 i32 i32 i32)
    block ;; label = @1
      local.get 0
      i32.load
      local.tee 1
      i32.const 2
      i32.eq
      br_if 0 (;@1;)
      block ;; label = @2
        local.get 1
        i32.eqz
        br_if 0 (;@2;)
        local.get 0
        i32.load offset=4
        local.tee 1
        i32.const -1
        i32.eq
        br_if 0 (;@2;)
        local.get 1
        call $"wasi:filesystem/types@0.2.12.[resource-drop]directory-entry-stream"
      end
      local.get 0
      i32.load offset=20
      local.set 2
      block ;; label = @2
        local.get 0
        i32.load offset=24
        local.tee 3
        i32.eqz
        br_if 0 (;@2;)
        local.get 2
        i32.const 20
        i32.add
        local.set 1
        loop ;; label = @3
          block ;; label = @4
            local.get 1
            i32.const -4
            i32.add
            i32.load
            i32.eqz
            br_if 0 (;@4;)
            block ;; label = @5
              i32.const 0
              i32.load offset=66276
              local.get 1
              i32.load
              local.tee 4
              i32.gt_u
              br_if 0 (;@5;)
              i32.const 0
              i32.load offset=66284
              local.get 4
              i32.gt_u
              br_if 1 (;@4;)
            end
            local.get 4
            i32.const -4
            i32.add
            call 20
          end
          local.get 1
          i32.const 32
          i32.add
          local.set 1
          local.get 3
          i32.const -1
          i32.add
          local.tee 3
          br_if 0 (;@3;)
        end
      end
      local.get 0
      i32.load offset=16
      i32.eqz
      br_if 0 (;@1;)
      block ;; label = @2
        i32.const 0
        i32.load offset=66276
        local.get 2
        i32.gt_u
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=66284
        local.get 2
        i32.gt_u
        br_if 1 (;@1;)
      end
      local.get 2
      i32.const -4
      i32.add
      call 20
    end
  )
  (func (;33;) (type 8) (param i32)
    (local i32 i32 i32 i32)
    block ;; label = @1
      local.get 0
      i32.load
      local.tee 1
      i32.const 2
      i32.eq
      br_if 0 (;@1;)
      block ;; label = @2
        block ;; label = @3
          local.get 1
          br_if 0 (;@3;)
          local.get 0
          i32.load offset=8
          local.set 2
          block ;; label = @4
            local.get 0
            i32.load offset=12
            local.tee 3
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            local.set 1
            loop ;; label = @5
              block ;; label = @6
                local.get 1
                i32.load
                i32.eqz
                br_if 0 (;@6;)
                block ;; label = @7
                  i32.const 0
                  i32.load offset=66276
                  local.get 1
                  i32.const 4
                  i32.add
                  i32.load
                  local.tee 4
                  i32.gt_u
                  br_if 0 (;@7;)
                  i32.const 0
                  i32.load offset=66284
                  local.get 4
                  i32.gt_u
                  br_if 1 (;@6;)
                end
                local.get 4
                i32.const -4
                i32.add
                call 20
              end
              local.get 1
              i32.const 12
              i32.add
              local.set 1
              local.get 3
              i32.const -1
              i32.add
              local.tee 3
              br_if 0 (;@5;)
            end
          end
          local.get 0
          i32.load offset=4
          i32.eqz
          br_if 2 (;@1;)
          i32.const 0
          i32.load offset=66276
          local.get 2
          i32.gt_u
          br_if 1 (;@2;)
          i32.const 0
          i32.load offset=66284
          local.get 2
          i32.le_u
          br_if 1 (;@2;)
          br 2 (;@1;)
        end
        local.get 0
        i32.load offset=8
        local.set 2
        block ;; label = @3
          local.get 0
          i32.load offset=12
          local.tee 3
          i32.eqz
          br_if 0 (;@3;)
          local.get 2
          local.set 1
          loop ;; label = @4
            block ;; label = @5
              local.get 1
              i32.load
              i32.eqz
              br_if 0 (;@5;)
              block ;; label = @6
                i32.const 0
                i32.load offset=66276
                local.get 1
                i32.const 4
                i32.add
                i32.load
                local.tee 4
                i32.gt_u
                br_if 0 (;@6;)
                i32.const 0
                i32.load offset=66284
                local.get 4
                i32.gt_u
                br_if 1 (;@5;)
              end
              local.get 4
              i32.const -4
              i32.add
              call 20
            end
            block ;; label = @5
              local.get 1
              i32.const 12
              i32.add
              i32.load
              i32.eqz
              br_if 0 (;@5;)
              block ;; label = @6
                i32.const 0
                i32.load offset=66276
                local.get 1
                i32.const 16
                i32.add
                i32.load
                local.tee 4
                i32.gt_u
                br_if 0 (;@6;)
                i32.const 0
                i32.load offset=66284
                local.get 4
                i32.gt_u
                br_if 1 (;@5;)
              end
              local.get 4
              i32.const -4
              i32.add
              call 20
            end
            local.get 1
            i32.const 24
            i32.add
            local.set 1
            local.get 3
            i32.const -1
            i32.add
            local.tee 3
            br_if 0 (;@4;)
          end
        end
        local.get 0
        i32.load offset=4
        i32.eqz
        br_if 1 (;@1;)
        i32.const 0
        i32.load offset=66276
        local.get 2
        i32.gt_u
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=66284
        local.get 2
        i32.gt_u
        br_if 1 (;@1;)
      end
      local.get 2
      i32.const -4
      i32.add
      call 20
    end
  )
  (func (;34;) (type 18)
    call 29
    unreachable
  )
  (func (;35;) (type 9) (param i32 i32)
    block ;; label = @1
      local.get 0
      i32.eqz
      br_if 0 (;@1;)
      call 29
      unreachable
    end
    call 34
    unreachable
  )
  (func (;36;) (type 8) (param i32)
    (local i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 1
    global.set 0
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
    i32.const 48
    call 28
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
    global.set 0
  )
  (func (;37;) (type 33) (param i32 i32 i32 i32) (result i32)
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
  (func (;38;) (type 27) (param i64 i64) (result i32)
    (local i32)
    block ;; label = @1
      i32.const 0
      i32.load8_u offset=66289
      br_if 0 (;@1;)
      i32.const 0
      i32.const 1
      i32.store8 offset=66289
      block ;; label = @2
        i32.const 0
        i32.load offset=66064
        i32.const 3
        i32.ne
        br_if 0 (;@2;)
        call 26
      end
      i32.const 66080
      local.set 2
      block ;; label = @2
        i32.const 0
        i32.load offset=66080
        i32.const 2
        i32.ne
        br_if 0 (;@2;)
        i32.const 0
        i32.const 1
        i32.store8 offset=66288
        i32.const 66080
        call $p1-adapt:optional.environment/variables
        drop
        i32.const 0
        i32.const 0
        i32.store8 offset=66288
        i32.const 65660
        i32.const 66080
        i32.const 0
        i32.load offset=66080
        i32.const 2
        i32.eq
        select
        local.set 2
      end
      local.get 2
      local.get 0
      local.get 1
      call 22
      i32.const 65535
      i32.and
      local.set 2
      block ;; label = @2
        i32.const 0
        i32.load offset=66276
        i32.eqz
        br_if 0 (;@2;)
        i32.const 66080
        call 33
        i32.const 0
        i32.const 2
        i32.store offset=66080
        i32.const 0
        i32.load offset=66276
        i32.eqz
        br_if 0 (;@2;)
        call $p1-adapt:guest.unspill
        i32.const 0
        i32.const 0
        i32.store offset=66280
        i32.const 0
        i32.const 0
        i32.store offset=66276
        i32.const 0
        i32.const 0
        i32.store offset=66284
      end
      i32.const 0
      i32.const 0
      i32.store8 offset=66289
      local.get 2
      return
    end
    unreachable
  )
  (func (;39;) (type 49) (param i32 i64 i64 i64) (result i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          i32.const 0
          i32.load8_u offset=66289
          br_if 0 (;@3;)
          i32.const 0
          i32.const 1
          i32.store8 offset=66289
          block ;; label = @4
            i32.const 0
            i32.load offset=66064
            i32.const 3
            i32.ne
            br_if 0 (;@4;)
            call 26
          end
          local.get 4
          local.get 0
          local.get 1
          local.get 2
          i64.const 0
          local.get 2
          call 23
          block ;; label = @4
            local.get 4
            i32.load16_u
            i32.const 1
            i32.ne
            br_if 0 (;@4;)
            local.get 4
            i32.load16_u offset=2
            local.set 0
            br 3 (;@1;)
          end
          local.get 4
          i64.load offset=8
          local.set 2
          i32.const 4
          i32.const 4
          i32.ne
          br_if 1 (;@2;)
          i32.const 61
          local.set 0
          local.get 2
          i64.const 4294967295
          i64.gt_u
          br_if 2 (;@1;)
          local.get 4
          local.get 2
          i64.store32
          i32.const 21
          i32.const 0
          local.get 3
          local.get 4
          i32.const 4
          call $p1-adapt:guest.write
          select
          local.set 0
          br 2 (;@1;)
        end
        unreachable
      end
      local.get 4
      local.get 2
      i64.store
      i32.const 21
      i32.const 0
      local.get 3
      local.get 4
      i32.const 8
      call $p1-adapt:guest.write
      select
      local.set 0
    end
    i32.const 0
    i32.const 0
    i32.store8 offset=66289
    local.get 4
    i32.const 16
    i32.add
    global.set 0
    local.get 0
    i32.const 65535
    i32.and
  )
  (func (;40;) (type 54) (param i32 i32 i64 i64 i32 i64 i64 i32 i64) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 64
    i32.sub
    local.tee 9
    global.set 0
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 0
            i32.load8_u offset=66289
            br_if 0 (;@4;)
            i32.const 0
            i32.const 1
            i32.store8 offset=66289
            block ;; label = @5
              i32.const 0
              i32.load offset=66064
              i32.const 3
              i32.ne
              br_if 0 (;@5;)
              call 26
            end
            local.get 9
            local.get 2
            local.get 3
            call 27
            local.get 9
            i32.load16_u offset=4
            local.set 10
            local.get 9
            i32.load
            local.tee 11
            i32.const -2147483647
            i32.eq
            br_if 3 (;@1;)
            local.get 9
            i32.load16_u offset=6
            i32.const 16
            i32.shl
            local.get 10
            i32.or
            local.set 12
            local.get 9
            i32.load offset=8
            local.set 13
            block ;; label = @5
              local.get 4
              i32.const 8
              i32.and
              i32.eqz
              br_if 0 (;@5;)
              i32.const 0
              i32.load8_u offset=66121
              i32.const 1
              i32.and
              i32.eqz
              br_if 0 (;@5;)
              local.get 9
              i32.const 0
              i32.store16 offset=12
              local.get 9
              i32.const 0
              i32.store
              local.get 9
              i32.const 66096
              i32.store offset=8
              i32.const 3
              local.get 9
              call $p1-adapt:optional.files/dispatch
              local.get 9
              i32.load16_u offset=12
              local.tee 10
              br_if 3 (;@2;)
            end
            local.get 0
            i32.const 3
            i32.lt_u
            br_if 1 (;@3;)
            i32.const 0
            i32.load8_u offset=66120
            i32.const 1
            i32.and
            br_if 1 (;@3;)
            i32.const 0
            i32.const 1
            i32.store8 offset=66120
            i32.const 66096
            call $p1-adapt:optional.preopens/load
            br 1 (;@3;)
          end
          unreachable
        end
        block ;; label = @3
          local.get 0
          i32.const 0
          i32.load offset=66104
          local.tee 10
          i32.lt_u
          br_if 0 (;@3;)
          i32.const 8
          local.set 10
          br 1 (;@2;)
        end
        block ;; label = @3
          i32.const 0
          i32.load offset=66100
          local.get 0
          i32.const 48
          i32.mul
          i32.add
          local.tee 14
          i32.load
          local.tee 15
          i32.const 6
          i32.ne
          br_if 0 (;@3;)
          i32.const 8
          local.set 10
          br 1 (;@2;)
        end
        block ;; label = @3
          local.get 15
          i32.const 5
          i32.ne
          br_if 0 (;@3;)
          local.get 14
          i32.load8_u offset=33
          i32.const 1
          i32.ne
          br_if 0 (;@3;)
          local.get 9
          i32.const 0
          i32.store16 offset=8
          local.get 9
          local.get 0
          i32.store offset=4
          local.get 9
          i32.const 66096
          i32.store
          i32.const 4
          local.get 9
          call $p1-adapt:optional.files/dispatch
          local.get 9
          i32.load16_u offset=8
          local.tee 10
          br_if 1 (;@2;)
          i32.const 0
          i32.load offset=66104
          local.set 10
        end
        block ;; label = @3
          local.get 0
          local.get 10
          i32.lt_u
          br_if 0 (;@3;)
          i32.const 8
          local.set 10
          br 1 (;@2;)
        end
        block ;; label = @3
          i32.const 0
          i32.load offset=66100
          local.get 0
          i32.const 48
          i32.mul
          i32.add
          local.tee 15
          i32.load
          local.tee 0
          i32.const 6
          i32.ne
          br_if 0 (;@3;)
          i32.const 8
          local.set 10
          br 1 (;@2;)
        end
        i32.const 8
        local.set 10
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  local.get 0
                  i32.const -3
                  i32.add
                  i32.const 1
                  local.get 0
                  i32.const 2
                  i32.gt_u
                  select
                  br_table 5 (;@2;) 0 (;@7;) 1 (;@6;) 5 (;@2;)
                end
                local.get 15
                i32.load offset=44
                local.get 1
                i32.const 1
                i32.and
                local.get 12
                local.get 13
                local.get 4
                i32.const 15
                i32.and
                local.get 5
                i32.wrap_i64
                local.tee 10
                i32.const 1
                i32.shr_u
                i32.const 1
                i32.and
                local.get 10
                i32.const 5
                i32.shr_u
                i32.const 2
                i32.and
                i32.or
                local.get 7
                i32.const 2
                i32.shr_u
                local.tee 10
                i32.const 4
                i32.and
                i32.or
                local.get 7
                i32.const 2
                i32.shl
                i32.const 8
                i32.and
                i32.or
                local.get 7
                i32.const 1
                i32.shl
                i32.const 16
                i32.and
                i32.or
                local.tee 0
                local.get 9
                call $"wasi:filesystem/types@0.2.12.[method]descriptor.open-at"
                local.get 9
                i32.load8_u
                i32.const 1
                i32.and
                br_if 3 (;@3;)
                local.get 9
                i32.load offset=4
                local.set 1
                block ;; label = @7
                  block ;; label = @8
                    local.get 4
                    i32.const 2
                    i32.and
                    i32.eqz
                    br_if 0 (;@8;)
                    local.get 9
                    local.get 1
                    i32.store offset=44
                    local.get 9
                    i32.const -2147483648
                    i32.store offset=32
                    i32.const 2
                    local.set 10
                    br 1 (;@7;)
                  end
                  local.get 9
                  i64.const 0
                  i64.store offset=16
                  local.get 9
                  i64.const 0
                  i64.store offset=8
                  local.get 9
                  local.get 0
                  i32.store8 offset=34
                  local.get 9
                  i32.const 0
                  i32.store8 offset=30
                  local.get 9
                  i32.const 0
                  i32.store8 offset=28
                  local.get 9
                  local.get 1
                  i32.store offset=24
                  local.get 9
                  i32.const 1
                  i32.store8 offset=33
                  local.get 9
                  local.get 10
                  i32.const 63
                  i32.and
                  i32.const 1
                  i32.and
                  i32.store8 offset=32
                  local.get 9
                  local.get 7
                  i32.const 1
                  i32.and
                  i32.store8 offset=31
                  i32.const 5
                  local.set 10
                end
                local.get 9
                local.get 10
                i32.store
                block ;; label = @7
                  i32.const 0
                  i32.load8_u offset=66120
                  br_if 0 (;@7;)
                  i32.const 0
                  i32.const 1
                  i32.store8 offset=66120
                  i32.const 66096
                  call $p1-adapt:optional.preopens/load
                end
                block ;; label = @7
                  block ;; label = @8
                    i32.const 0
                    i32.load offset=66116
                    local.tee 10
                    br_if 0 (;@8;)
                    i32.const 0
                    i32.load offset=66100
                    local.set 10
                    block ;; label = @9
                      block ;; label = @10
                        i32.const 0
                        i32.load offset=66096
                        i32.const 0
                        i32.load offset=66104
                        local.tee 0
                        i32.eq
                        br_if 0 (;@10;)
                        local.get 0
                        local.set 4
                        br 1 (;@9;)
                      end
                      local.get 9
                      i32.const 52
                      i32.add
                      local.get 0
                      local.get 10
                      local.get 0
                      i32.const 1
                      i32.shl
                      local.tee 4
                      i32.const 4
                      local.get 4
                      i32.const 4
                      i32.gt_u
                      select
                      local.tee 7
                      i32.const 8
                      i32.const 48
                      call 28
                      local.get 9
                      i32.load offset=52
                      br_if 2 (;@7;)
                      i32.const 0
                      local.get 9
                      i32.load offset=56
                      local.tee 10
                      i32.store offset=66100
                      i32.const 0
                      local.get 7
                      i32.store offset=66096
                      i32.const 0
                      i32.load offset=66104
                      local.tee 4
                      local.get 7
                      i32.ne
                      br_if 0 (;@9;)
                      i32.const 66096
                      call 36
                      i32.const 0
                      i32.load offset=66100
                      local.set 10
                      local.get 7
                      local.set 4
                    end
                    local.get 10
                    local.get 4
                    i32.const 48
                    i32.mul
                    i32.add
                    local.tee 10
                    local.get 9
                    i64.load offset=40
                    i64.store offset=40
                    local.get 10
                    local.get 9
                    i64.load offset=32
                    i64.store offset=32
                    local.get 10
                    local.get 9
                    i64.load offset=24
                    i64.store offset=24
                    local.get 10
                    local.get 9
                    i64.load offset=16
                    i64.store offset=16
                    local.get 10
                    local.get 9
                    i64.load offset=8
                    i64.store offset=8
                    local.get 10
                    local.get 9
                    i64.load
                    i64.store
                    i32.const 0
                    local.get 4
                    i32.const 1
                    i32.add
                    i32.store offset=66104
                    br 4 (;@4;)
                  end
                  i32.const 0
                  local.get 10
                  i32.const -1
                  i32.add
                  local.tee 10
                  i32.store offset=66116
                  i32.const 0
                  i32.load offset=66112
                  local.get 10
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load
                  local.tee 0
                  i32.const 0
                  i32.load offset=66104
                  local.tee 10
                  i32.lt_u
                  br_if 2 (;@5;)
                  local.get 0
                  local.get 10
                  call 18
                  unreachable
                end
                local.get 9
                call 31
                i32.const 33
                local.set 10
                br 4 (;@2;)
              end
              i32.const 54
              local.set 10
              br 3 (;@2;)
            end
            block ;; label = @5
              i32.const 0
              i32.load offset=66100
              local.get 0
              i32.const 48
              i32.mul
              i32.add
              local.tee 10
              i32.load
              i32.const 6
              i32.eq
              br_if 0 (;@5;)
              local.get 10
              call 31
            end
            local.get 10
            local.get 9
            i64.load offset=40
            i64.store offset=40
            local.get 10
            local.get 9
            i64.load offset=32
            i64.store offset=32
            local.get 10
            local.get 9
            i64.load offset=24
            i64.store offset=24
            local.get 10
            local.get 9
            i64.load offset=16
            i64.store offset=16
            local.get 10
            local.get 9
            i64.load offset=8
            i64.store offset=8
            local.get 10
            local.get 9
            i64.load
            i64.store
          end
          local.get 9
          local.get 0
          i32.store offset=52
          local.get 8
          local.get 9
          i32.const 52
          i32.add
          i32.const 4
          call $p1-adapt:guest.write
          local.set 10
          local.get 11
          local.get 12
          call 30
          i32.const 21
          i32.const 0
          local.get 10
          select
          local.set 10
          br 2 (;@1;)
        end
        local.get 9
        i32.load8_u offset=4
        i32.const 1
        i32.shl
        i32.load16_u offset=65972
        local.set 10
      end
      local.get 11
      i32.const -2147483648
      i32.or
      i32.const -2147483648
      i32.eq
      br_if 0 (;@1;)
      block ;; label = @2
        i32.const 0
        i32.load offset=66276
        local.get 12
        i32.gt_u
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=66284
        local.get 12
        i32.gt_u
        br_if 1 (;@1;)
      end
      local.get 12
      i32.const -4
      i32.add
      call 20
    end
    i32.const 0
    i32.const 0
    i32.store8 offset=66289
    local.get 9
    i32.const 64
    i32.add
    global.set 0
    local.get 10
    i32.const 65535
    i32.and
  )
  (func $p1-adapt:optional.preopens/load (;41;) (type 8) (param i32))
  (func $p1-adapt:optional.files/dispatch (;42;) (type 9) (param i32 i32))
  (func $p1-adapt:guest.pointer-size (;43;) (type 10) (result i32)
    i32.const 4
  )
  (func $p1-adapt:guest.write (;44;) (type 11) (param i64 i32 i32) (result i32)
    (local i64)
    memory.size
    i64.extend_i32_u
    i64.const 16
    i64.shl
    i64.const 1048576
    i64.sub
    global.get 4
    i64.extend_i32_u
    i64.sub
    local.set 3
    local.get 0
    local.get 3
    i64.gt_u
    if ;; label = @1
      i32.const 1
      return
    end
    local.get 2
    i64.extend_i32_u
    local.get 3
    local.get 0
    i64.sub
    i64.gt_u
    if ;; label = @1
      i32.const 1
      return
    end
    local.get 2
    i32.const 16
    i32.lt_u
    if ;; label = @1
      local.get 2
      i32.const 8
      i32.and
      if ;; label = @2
        local.get 0
        i64.const 1048576
        i64.add
        i32.wrap_i64
        local.get 1
        i64.load align=1
        i64.store align=1
      end
      local.get 2
      i32.const 4
      i32.and
      if ;; label = @2
        local.get 0
        i64.const 1048576
        i64.add
        local.get 2
        i32.const 8
        i32.and
        i64.extend_i32_u
        i64.add
        i32.wrap_i64
        local.get 1
        local.get 2
        i32.const 8
        i32.and
        i32.add
        i32.load align=1
        i32.store align=1
      end
      local.get 2
      i32.const 2
      i32.and
      if ;; label = @2
        local.get 0
        i64.const 1048576
        i64.add
        local.get 2
        i32.const 12
        i32.and
        i64.extend_i32_u
        i64.add
        i32.wrap_i64
        local.get 1
        local.get 2
        i32.const 12
        i32.and
        i32.add
        i32.load16_u align=1
        i32.store16 align=1
      end
      local.get 2
      i32.const 1
      i32.and
      if ;; label = @2
        local.get 0
        i64.const 1048576
        i64.add
        local.get 2
        i32.const 14
        i32.and
        i64.extend_i32_u
        i64.add
        i32.wrap_i64
        local.get 1
        local.get 2
        i32.const 14
        i32.and
        i32.add
        i32.load8_u
        i32.store8
      end
    else
      local.get 0
      i64.const 1048576
      i64.add
      i32.wrap_i64
      local.get 1
      local.get 2
      memory.copy
    end
    i32.const 0
  )
  (func $p1-adapt:guest.read (;45;) (type 12) (param i32 i64 i32) (result i32)
    (local i64)
    memory.size
    i64.extend_i32_u
    i64.const 16
    i64.shl
    i64.const 1048576
    i64.sub
    global.get 4
    i64.extend_i32_u
    i64.sub
    local.set 3
    local.get 1
    local.get 3
    i64.gt_u
    if ;; label = @1
      i32.const 1
      return
    end
    local.get 2
    i64.extend_i32_u
    local.get 3
    local.get 1
    i64.sub
    i64.gt_u
    if ;; label = @1
      i32.const 1
      return
    end
    local.get 2
    i32.const 16
    i32.lt_u
    if ;; label = @1
      local.get 2
      i32.const 8
      i32.and
      if ;; label = @2
        local.get 0
        local.get 1
        i64.const 1048576
        i64.add
        i32.wrap_i64
        i64.load align=1
        i64.store align=1
      end
      local.get 2
      i32.const 4
      i32.and
      if ;; label = @2
        local.get 0
        local.get 2
        i32.const 8
        i32.and
        i32.add
        local.get 1
        i64.const 1048576
        i64.add
        local.get 2
        i32.const 8
        i32.and
        i64.extend_i32_u
        i64.add
        i32.wrap_i64
        i32.load align=1
        i32.store align=1
      end
      local.get 2
      i32.const 2
      i32.and
      if ;; label = @2
        local.get 0
        local.get 2
        i32.const 12
        i32.and
        i32.add
        local.get 1
        i64.const 1048576
        i64.add
        local.get 2
        i32.const 12
        i32.and
        i64.extend_i32_u
        i64.add
        i32.wrap_i64
        i32.load16_u align=1
        i32.store16 align=1
      end
      local.get 2
      i32.const 1
      i32.and
      if ;; label = @2
        local.get 0
        local.get 2
        i32.const 14
        i32.and
        i32.add
        local.get 1
        i64.const 1048576
        i64.add
        local.get 2
        i32.const 14
        i32.and
        i64.extend_i32_u
        i64.add
        i32.wrap_i64
        i32.load8_u
        i32.store8
      end
    else
      local.get 0
      local.get 1
      i64.const 1048576
      i64.add
      i32.wrap_i64
      local.get 2
      memory.copy
    end
    i32.const 0
  )
  (func $p1-adapt:guest.direct (;46;) (type 13) (param i64 i32) (result i32)
    (local i64)
    memory.size
    i64.extend_i32_u
    i64.const 16
    i64.shl
    i64.const 1048576
    i64.sub
    global.get 4
    i64.extend_i32_u
    i64.sub
    local.set 2
    local.get 0
    local.get 2
    i64.gt_u
    if ;; label = @1
      i32.const 0
      return
    end
    local.get 1
    i64.extend_i32_u
    local.get 2
    local.get 0
    i64.sub
    i64.gt_u
    if ;; label = @1
      i32.const 0
      return
    end
    local.get 0
    i64.const 1048576
    i64.add
    i32.wrap_i64
  )
  (func $p1-adapt:guest.unspill (;47;) (type 18)
    memory.size
    i32.const 16
    i32.shl
    global.get 4
    i32.sub
    i32.const 0
    global.get 4
    memory.fill
    i32.const 0
    global.set 4
  )
  (func $p1-adapt:guest.spill (;48;) (type 15) (param i32) (result i32)
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
  (func $"wasi:filesystem/types@0.2.12.[resource-drop]descriptor" (;49;) (type 8) (param i32)
    unreachable
  )
  (func $"wasi:filesystem/types@0.2.12.[resource-drop]directory-entry-stream" (;50;) (type 8) (param i32)
    unreachable
  )
  (func $p1-adapt:optional.environment/variables (;51;) (type 15) (param i32) (result i32)
    i32.const 0
  )
  (func $"wasi:filesystem/types@0.2.12.[method]descriptor.open-at" (;52;) (type 30) (param i32 i32 i32 i32 i32 i32 i32)
    unreachable
  )
  (func $p1-adapt:layout.range (;53;) (type 61) (param i32 i32) (result i32)
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
  (func $p1-adapt:layout.guest-grow (;54;) (type 62) (param i32) (result i32)
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
  (func $p1-adapt:layout.adapter-grow (;55;) (type 62) (param i32) (result i32)
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
  (func $"p1-adapt:marshal:wasi:http/types@0.2.12::[static]response-outparam.set" (;56;) (type 3) (param i32 i32 i32 i32 i64 i32 i32 i32 i32)
    (local i32 i32 i32 i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    local.get 0
    local.set 9
    local.get 1
    local.set 10
    local.get 2
    local.set 11
    local.get 3
    local.set 12
    local.get 4
    local.set 13
    local.get 5
    local.set 14
    local.get 6
    local.set 15
    local.get 7
    local.set 16
    local.get 8
    local.set 17
    local.get 1
    i32.const 1
    i32.eq
    if ;; label = @1
      local.get 2
      i32.const 1
      i32.eq
      if ;; label = @2
        local.get 3
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 4
          i32.wrap_i64
          local.tee 18
          drop
          local.get 18
          i32.const -1048577
          i32.gt_u
          if ;; label = @4
            unreachable
          end
          local.get 18
          i32.const 1048576
          i32.add
          i64.extend_i32_u
          local.set 4
        end
      end
      local.get 2
      i32.const 14
      i32.eq
      if ;; label = @2
        local.get 5
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 6
          local.tee 19
          drop
          local.get 19
          i32.const -1048577
          i32.gt_u
          if ;; label = @4
            unreachable
          end
          local.get 19
          i32.const 1048576
          i32.add
          local.set 6
        end
      end
      local.get 2
      i32.const 22
      i32.eq
      if ;; label = @2
        local.get 3
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 4
          i32.wrap_i64
          i32.const 1
          i32.eq
          if ;; label = @4
            local.get 5
            local.tee 20
            drop
            local.get 20
            i32.const -1048577
            i32.gt_u
            if ;; label = @5
              unreachable
            end
            local.get 20
            i32.const 1048576
            i32.add
            local.set 5
          end
        end
      end
      local.get 2
      i32.const 24
      i32.eq
      if ;; label = @2
        local.get 3
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 4
          i32.wrap_i64
          local.tee 21
          drop
          local.get 21
          i32.const -1048577
          i32.gt_u
          if ;; label = @4
            unreachable
          end
          local.get 21
          i32.const 1048576
          i32.add
          i64.extend_i32_u
          local.set 4
        end
      end
      local.get 2
      i32.const 27
      i32.eq
      if ;; label = @2
        local.get 3
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 4
          i32.wrap_i64
          local.tee 22
          drop
          local.get 22
          i32.const -1048577
          i32.gt_u
          if ;; label = @4
            unreachable
          end
          local.get 22
          i32.const 1048576
          i32.add
          i64.extend_i32_u
          local.set 4
        end
      end
      local.get 2
      i32.const 30
      i32.eq
      if ;; label = @2
        local.get 3
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 4
          i32.wrap_i64
          local.tee 23
          drop
          local.get 23
          i32.const -1048577
          i32.gt_u
          if ;; label = @4
            unreachable
          end
          local.get 23
          i32.const 1048576
          i32.add
          i64.extend_i32_u
          local.set 4
        end
      end
      local.get 2
      i32.const 31
      i32.eq
      if ;; label = @2
        local.get 3
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 4
          i32.wrap_i64
          local.tee 24
          drop
          local.get 24
          i32.const -1048577
          i32.gt_u
          if ;; label = @4
            unreachable
          end
          local.get 24
          i32.const 1048576
          i32.add
          i64.extend_i32_u
          local.set 4
        end
      end
      local.get 2
      i32.const 32
      i32.eq
      if ;; label = @2
        local.get 3
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 4
          i32.wrap_i64
          local.tee 25
          drop
          local.get 25
          i32.const -1048577
          i32.gt_u
          if ;; label = @4
            unreachable
          end
          local.get 25
          i32.const 1048576
          i32.add
          i64.extend_i32_u
          local.set 4
        end
      end
      local.get 2
      i32.const 38
      i32.eq
      if ;; label = @2
        local.get 3
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 4
          i32.wrap_i64
          local.tee 26
          drop
          local.get 26
          i32.const -1048577
          i32.gt_u
          if ;; label = @4
            unreachable
          end
          local.get 26
          i32.const 1048576
          i32.add
          i64.extend_i32_u
          local.set 4
        end
      end
    end
    local.get 0
    local.get 1
    local.get 2
    local.get 3
    local.get 4
    local.get 5
    local.get 6
    local.get 7
    local.get 8
    call 11
    local.get 10
    i32.const 1
    i32.eq
    if ;; label = @1
      local.get 11
      i32.const 1
      i32.eq
      if ;; label = @2
        local.get 12
        i32.const 1
        i32.eq
        if ;; label = @3
        end
      end
      local.get 11
      i32.const 14
      i32.eq
      if ;; label = @2
        local.get 14
        i32.const 1
        i32.eq
        if ;; label = @3
        end
      end
      local.get 11
      i32.const 22
      i32.eq
      if ;; label = @2
        local.get 12
        i32.const 1
        i32.eq
        if ;; label = @3
          local.get 13
          i32.wrap_i64
          i32.const 1
          i32.eq
          if ;; label = @4
          end
        end
      end
      local.get 11
      i32.const 24
      i32.eq
      if ;; label = @2
        local.get 12
        i32.const 1
        i32.eq
        if ;; label = @3
        end
      end
      local.get 11
      i32.const 27
      i32.eq
      if ;; label = @2
        local.get 12
        i32.const 1
        i32.eq
        if ;; label = @3
        end
      end
      local.get 11
      i32.const 30
      i32.eq
      if ;; label = @2
        local.get 12
        i32.const 1
        i32.eq
        if ;; label = @3
        end
      end
      local.get 11
      i32.const 31
      i32.eq
      if ;; label = @2
        local.get 12
        i32.const 1
        i32.eq
        if ;; label = @3
        end
      end
      local.get 11
      i32.const 32
      i32.eq
      if ;; label = @2
        local.get 12
        i32.const 1
        i32.eq
        if ;; label = @3
        end
      end
      local.get 11
      i32.const 38
      i32.eq
      if ;; label = @2
        local.get 12
        i32.const 1
        i32.eq
        if ;; label = @3
        end
      end
    end
  )
  (data (;0;) (i32.const 1048676) "teapot\0a")
  (data (;1;) (i32.const 65536) "\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\00=...p1-adapt: deadlock: all threads wait forever\0a\00\00\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\0a\00\00\00\10\00\00\00\13\00\00\00\14\00\00\00\16\00\00\00\19\00\00\00\1a\00\00\00\1b\00\00\00\1c\00\00\00\1d\00\00\00\1f\00\00\00 \00\00\00\22\00\00\00#\00\00\00%\00\00\00+\00\00\00,\00\00\00.\00\00\000\00\00\003\00\00\006\00\00\007\00\00\008\00\00\00:\00\00\00;\00\00\00<\00\00\00=\00\00\00?\00\00\00@\00\00\00E\00\00\00F\00\00\00J\00\00\00K\00\00\00\01\00\02\00\01\00\06\00\01\00\07\00\01\00\08\00\01\00\0a\00\01\00\10\00\01\00\13\00\01\00\14\00\01\00\16\00\01\00\19\00\01\00\1a\00\01\00\1b\00\01\00\1c\00\01\00\1d\00\01\00\1f\00\01\00 \00\01\00\22\00\01\00#\00\01\00%\00\01\00+\00\01\00,\00\01\00.\00\01\000\00\01\003\00\01\006\00\01\007\00\01\008\00\01\00:\00\01\00;\00\01\00<\00\01\00=\00\01\00?\00\01\00@\00\01\00E\00\01\00F\00\01\00J\00\01\00K\00\02\00\06\00\07\00\08\00\0a\00\10\00\13\00\14\00\16\00\19\00\1a\00\1b\00\1c\00\1d\00\1f\00 \00\22\00#\00%\00+\00,\00.\000\003\006\007\008\00:\00;\00<\00=\00?\00@\00E\00F\00J\00K\00\00\00\01\00\00\00\02\00\00\00\00\00\00\00\02\00\00\00")
  (data (;2;) (i32.const 66064) "\03\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
  (@producers
    (processed-by "p1-adapt" "0.2.0")
    (processed-by "wit-component" "0.263.0")
  )
)
