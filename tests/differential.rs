//! Differential tests: every guest runs natively (wasmtime's p1, the oracle)
//! and adapted by p1-adapt (wasmtime's p2 linker); stdout, stderr and exit
//! status must be identical. The few justified differences (see README) are
//! asserted exactly in their own tests.

mod harness;
use harness::{assert_same, both, rust_guest, wat_guest, Config, Run, Status};

/// Runs `guest` both ways, asserts identical results, returns the run.
fn same(guest: &[u8], config: Config) -> Run {
    let (native, adapted) = both(guest, &config);
    assert_same(&native, &adapted);
    adapted
}

#[test]
fn hello() {
    let run = same(&rust_guest("hello"), Config::default().args(&["hello"]));
    assert_eq!(run.stdout_str(), "Hello, world!\n");
    assert_eq!(run.status, Status::Exit(0));
}

/// A Rust hello world reaches only stdio, args/env and exit: its component
/// imports nothing else (no filesystem, no clocks).
#[test]
fn hello_imports_only_what_it_reaches() {
    let adapted = p1_adapt::adapt(&rust_guest("hello")).unwrap();
    assert_eq!(
        adapted.imports,
        [
            "wasi:io/error@0.2.12",
            "wasi:io/streams@0.2.12",
            "wasi:cli/environment@0.2.12",
            "wasi:cli/exit@0.2.12",
            "wasi:cli/stdout@0.2.12",
            "wasi:cli/stderr@0.2.12",
        ]
    );
    // wit-component's names for its own plumbing are left out; the guest's
    // function names (the core module's `name` section) stay.
    let mut customs = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(&adapted.component) {
        if let Ok(wasmparser::Payload::CustomSection(c)) = payload {
            customs.push(c.name().to_string());
        }
    }
    assert!(customs.contains(&"name".to_string()), "{customs:?}");
    assert!(
        !customs.contains(&"component-name".to_string()),
        "{customs:?}"
    );
}

#[test]
fn args_and_env_many_and_non_ascii() {
    let mut args: Vec<String> = [
        "prog",
        "héllo",
        "日本語",
        "",
        "with space",
        "emoji 🎉",
        "a=b",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend((0..300).map(|i| format!("arg-{i}-{}", "x".repeat(i % 40))));
    let mut env: Vec<(String, String)> = vec![
        ("LANG".into(), "C.UTF-8".into()),
        ("ÜNICODE".into(), "välue ✓".into()),
        ("EMPTY".into(), String::new()),
        ("EQ".into(), "a=b=c".into()),
    ];
    env.extend((0..200).map(|i| (format!("VAR_{i}"), "v".repeat(i))));
    let config = Config {
        args,
        env,
        ..Config::default()
    };
    let run = same(&rust_guest("args_env"), config);
    let out = run.stdout_str();
    assert!(out.starts_with("argc=307\narg[0]=\"prog\" (4 bytes)\narg[1]=\"héllo\" (6 bytes)\n"));
    assert!(out.contains("env \"ÜNICODE\"=\"välue ✓\"\n"));
    assert!(out.contains("envc=204\n"));
    assert_eq!(run.status, Status::Exit(0));
}

#[test]
fn args_and_env_empty() {
    let run = same(&rust_guest("args_env"), Config::default());
    assert_eq!(
        run.stdout_str(),
        "argc=0\nenvc=0\nsizes: args 0/0 env 0/0\n"
    );
}

fn exit_with(code: &str) -> (Run, Run) {
    both(
        &rust_guest("exit_code"),
        &Config::default().args(&["exit_code", code]),
    )
}

#[test]
fn exit_codes_0_1_33() {
    for code in [0, 1, 33] {
        let (native, adapted) = exit_with(&code.to_string());
        assert_same(&native, &adapted);
        assert_eq!(adapted.status, Status::Exit(code));
        assert_eq!(adapted.stdout_str(), format!("exiting with {code}\n"));
        assert_eq!(adapted.stderr_str(), "to stderr before exit\n");
    }
}

/// Justified difference: native p1 rejects statuses >= 126 with a trap; a
/// p2 host can report every status 0-255 through `exit-with-code`, and
/// POSIX programs use them, so p1-adapt exits with exactly that status.
#[test]
fn exit_code_255_is_exact() {
    let (native, adapted) = exit_with("255");
    assert_eq!(adapted.status, Status::Exit(255));
    match &native.status {
        Status::Trap(m) => assert!(m.contains("exit with invalid exit status"), "{m}"),
        s => panic!("native p1 changed its behaviour: {s:?}"),
    }
    assert_eq!(native.stdout, adapted.stdout);
    assert_eq!(native.stderr, adapted.stderr);
}

#[test]
fn clocks() {
    let run = same(&rust_guest("clocks"), Config::default());
    let out = run.stdout_str();
    assert!(out.contains("realtime after 2024: true\n"), "{out}");
    assert!(out.contains("monotonic non-decreasing: true\n"), "{out}");
    assert!(out.contains("clock 2: res errno 8"), "{out}");
    assert!(out.contains("clock 3: res errno 8"), "{out}");
}

/// Justified difference: native p1 traps on a clock id outside the enum;
/// p1-adapt answers EINVAL (28) as the p1 documentation says.
#[test]
fn invalid_clock_id_is_einval() {
    let (native, adapted) = both(
        &rust_guest("clocks"),
        &Config::default().args(&["clocks", "invalid"]),
    );
    match &native.status {
        Status::Trap(m) => assert!(m.contains("Invalid enum value"), "{m}"),
        s => panic!("native p1 changed its behaviour: {s:?}"),
    }
    assert_eq!(adapted.status, Status::Exit(0));
    let out = adapted.stdout_str();
    for id in [4, 99, u32::MAX] {
        assert!(
            out.contains(&format!(
                "clock {id}: res errno 28 (res > 0: false), time errno 28 (time > 0: false)\n"
            )),
            "{out}"
        );
    }
}

#[test]
fn random() {
    let run = same(&rust_guest("random"), Config::default());
    assert_eq!(
        run.stdout_str(),
        "errno 0, mostly non-zero: true\ntwo draws differ: true\nzero length: errno 0\n"
    );
}

#[test]
fn large_stdout_and_stderr() {
    let run = same(&rust_guest("big_stdout"), Config::default());
    assert!(run.stdout.len() > 1 << 20, "{}", run.stdout.len());
    assert!(run.stdout_str().ends_with("vectored: one two\n"));
    assert_eq!(
        run.stderr.len(),
        "wrote at least 1580000 bytes\n".len() + 70_000 - 1 + 1
    );
}

#[test]
fn stdin_piped() {
    let mut input = b"first line\nsecond line \xc3\xa9\n".to_vec();
    input.extend((0..(1 << 20)).map(|i: u32| b'a' + (i % 26) as u8));
    let run = same(
        &rust_guest("stdin_echo"),
        Config::default().stdin(input.clone()),
    );
    assert!(run.stdout_str().starts_with(&format!(
        "read {} bytes (at least one read: true)",
        input.len()
    )));
    assert!(run.stdout_str().contains("> second line é\n"));
}

/// The checksum `stdin_echo` prints.
fn checksum(bytes: &[u8]) -> String {
    let sum = bytes
        .iter()
        .fold(0u32, |s, b| s.wrapping_mul(31).wrapping_add(u32::from(*b)));
    format!("{sum:08x}")
}

/// stdin read as C's `fread` does: two iovecs per `fd_read` (p1-adapt
/// fills both with one host read; native fills the first, libc calls
/// again), in sizes of 1 byte to 100,000 (past the 64 KiB a host read
/// brings).
#[test]
fn stdin_piped_as_c_stdio() {
    // Letters without a short period, so misplaced bytes show.
    let input: Vec<u8> = (0..300_007u32)
        .map(|i| {
            let h = i.wrapping_mul(2_654_435_761);
            b'a' + ((h ^ (h >> 15)) % 26) as u8
        })
        .collect();
    let run = same(
        &rust_guest("stdin_echo"),
        Config::default()
            .args(&["stdin_echo", "stdio"])
            .stdin(input.clone()),
    );
    let text = String::from_utf8(input.clone()).unwrap();
    assert_eq!(
        run.stdout_str(),
        format!(
            "stdio stops with errno 0\nread 300007 bytes (at least one read: true), checksum {}\n> {text}\n",
            checksum(&input)
        )
    );
}

#[test]
fn stdin_empty() {
    let run = same(&rust_guest("stdin_echo"), Config::default());
    assert_eq!(
        run.stdout_str(),
        "read 0 bytes (at least one read: false), checksum 00000000\n"
    );
}

#[test]
fn errno_fd_table_and_preopens() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let config = Config::default()
        .preopen(a.path(), "/sandbox")
        .preopen(b.path(), "data");
    let run = same(&rust_guest("errno"), config);
    let out = run.stdout_str();
    assert!(out.contains("prestat 3: errno 0 tag 0 len 8 name \"/sandbox\", dir_name errno 0, short buffer errno 37\n"), "{out}");
    assert!(
        out.contains("prestat 4: errno 0 tag 0 len 4 name \"data\""),
        "{out}"
    );
    assert!(out.contains("prestat 5: errno 8"), "{out}");
    assert!(
        out.contains("close preopen 4: 0\nfdstat 4 after close: errno 8\nclose again: 8\n"),
        "{out}"
    );
    assert!(run
        .stderr_str()
        .contains("write to closed stdout: errno 8\n"));
}

#[test]
fn errno_without_preopens() {
    same(&rust_guest("errno"), Config::default());
}

#[test]
fn allocator_owning_all_memory() {
    let run = same(
        &wat_guest("greedy_allocator"),
        Config::default().args(&["x"]),
    );
    assert_eq!(
        run.stdout_str(),
        "intact after first call\nintact after growth\npages ok\n"
    );
}

#[test]
fn iovecs_looping_writer() {
    let input = "The quick brown fox jumps over the lazy dog. ".repeat(5);
    let run = same(&wat_guest("iovecs"), Config::default().stdin(input.clone()));
    assert_eq!(
        run.stdout_str(),
        format!(
            "first second third\nbad fd ok\nzero ok\nread: {}\n",
            &input[..105]
        )
    );
    // Reading stdin reaches none of the file code: no `wasi:filesystem`.
    let imports = p1_adapt::adapt(&wat_guest("iovecs")).unwrap().imports;
    assert_eq!(
        imports,
        [
            "wasi:io/error@0.2.12",
            "wasi:io/poll@0.2.12",
            "wasi:io/streams@0.2.12",
            "wasi:cli/exit@0.2.12",
            "wasi:cli/stdin@0.2.12",
            "wasi:cli/stdout@0.2.12",
            "wasi:cli/stderr@0.2.12"
        ]
    );
    assert_eq!(run.status, Status::Exit(0));
}

/// Justified difference: native p1 traps on a pointer outside memory;
/// p1-adapt returns EFAULT (21) and the guest carries on.
#[test]
fn bad_pointers_are_efault() {
    let (native, adapted) = both(
        &wat_guest("bad_pointers"),
        &Config::default().args(&["a", "b"]).env(&[("K", "V")]),
    );
    match &native.status {
        Status::Trap(m) => assert!(m.contains("out of bounds"), "{m}"),
        s => panic!("native p1 changed its behaviour: {s:?}"),
    }
    assert_eq!(adapted.status, Status::Exit(0));
    let expected: String = "abcdefghijkl"
        .chars()
        .map(|c| format!("{c} 21\n"))
        .chain(["m 00\n".to_string()])
        .collect();
    assert_eq!(adapted.stdout_str(), expected);
}

#[test]
fn poll_oneoff_and_sockets() {
    let (run, _) = harness::same_in_dir(
        &rust_guest("poll"),
        Config::default().stdin("abcdefgh"),
        |_| {},
    );
    let out = run.stdout_str();
    assert_eq!(run.status, Status::Exit(0), "{out}{}", run.stderr_str());
    assert!(
        out.contains("no subscriptions: errno 28, 0 events"),
        "{out}"
    );
    assert!(out.contains("monotonic 5ms: errno 0, 1 events [ud 7 err 0 type 0 nbytes 0 flags 0]\nslept at least 5ms: true\n"), "{out}");
    assert!(out.contains("bad fd: errno 8, 0 events"), "{out}");
    assert!(
        out.contains(
            "file at end: hangup: errno 0, 1 events [ud 24 err 0 type 1 nbytes 1 flags 1]"
        ),
        "{out}"
    );
    assert!(
        out.contains("1000 clocks, one due: errno 0, 1 events [ud 999"),
        "{out}"
    );
    assert!(
        out.contains("1000 stdout writers: errno 0, 1000 events, in order: true"),
        "{out}"
    );
    assert!(out.contains("go-style loop read \"abcdefgh\""), "{out}");
    assert!(
        out.contains("sockets on fd 1: accept 57 recv 57 send 57 shutdown 57"),
        "{out}"
    );
    assert!(
        out.contains("sockets on fd 99: accept 8 recv 8 send 8 shutdown 8"),
        "{out}"
    );
}

/// Preview 0 (`wasi_unstable`) guests, against wasmtime's native preview 0.
#[test]
fn preview0_layouts_and_whence() {
    let (run, tree) = harness::same_in_dir(&wat_guest("preview0"), Config::default(), |_| {});
    assert_eq!(run.status, Status::Exit(0));
    assert_eq!(
        run.stdout_str(),
        "0\n0\n0\n7\n0\n2\n0\n3\n0\n3\n0\n4\n1\n10\n7\n0\n4\n1\n10\n7\n0\n1\n55\n"
    );
    assert_eq!(tree, ["f p0.txt 10 50c0aafd8b4330b2"]);
}

/// Hostile arguments: overlapping in/out buffers (memory compared byte for
/// byte), absurd fds, renumber chains, readdir cookies of another directory.
#[test]
fn hostile_guest_matches_native() {
    let (run, _) = harness::same_in_dir(
        &rust_guest("hostile"),
        Config::default()
            .args(&["hostile", "first-arg", "x"])
            .stdin("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        |_| {},
    );
    assert_eq!(run.status, Status::Exit(0), "{}", run.stderr_str());
    let out = run.stdout_str();
    assert!(
        out.contains("overlapping read: errno 0 memory 4142434445464748"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "read over its own iovecs: errno 0 n 24 tell 0 24 memory {}{}",
            "00".repeat(24),
            "aa".repeat(40)
        )),
        "{out}"
    );
    assert!(out.contains("fd 4294967295: fdstat 8 filestat 8 seek 8 tell 8 close 8 renumber 8 8 readdir 8 prestat 8"), "{out}");
}

/// The single-memory layout translates the guest above the adapter's
/// region: accesses at the edges of memory (static offsets, bulk memory,
/// `memory.grow` to the maximum, data at the end) give the same values, and
/// out-of-bounds ones (across the end, wrapping past 4 GiB) trap, exactly
/// as natively, in both layouts and on jco.
#[test]
fn layout_translation_at_the_edges() {
    let guest = wat_guest("layout");
    let run = same(&guest, Config::default().args(&["layout"]));
    assert_eq!(run.status, Status::Exit(0));
    assert_eq!(
        run.stdout_str(),
        "00000002\n7a797877\n7a797877\n00000028\n00000012\n00000002\n00000003\nffffffff\n\
         00000003\n00000000\n000000ab\n55555555\nab555555\n7a797877\n7a797877\n74696e69\n\
         init00000000\n00000004\n"
    );
    for case in ["a", "b", "c", "d", "e", "f", "g", "h"] {
        let (native, adapted) = both(&guest, &Config::default().args(&["layout", case]));
        for run in [&native, &adapted] {
            match &run.status {
                Status::Trap(m) => assert!(m.contains("out of bounds"), "case {case}: {m}"),
                s => panic!(
                    "case {case}: expected a trap, got {s:?} ({})",
                    run.stdout_str()
                ),
            }
            assert_eq!(run.stdout, b"", "case {case}");
        }
    }
}

/// A data segment at the top of the 32-bit address space fails to
/// instantiate natively; moved above the adapter's region it must still
/// fail, not wrap into memory.
#[test]
fn data_segment_at_4_gib_still_fails() {
    let guest = wat::parse_str(
        r#"(module (memory (export "memory") 1) (data (i32.const 0xffffffff) "x") (func (export "_start")))"#,
    )
    .unwrap();
    let (native, adapted) = both(&guest, &Config::default());
    for run in [&native, &adapted] {
        match &run.status {
            Status::Trap(m) => assert!(m.contains("out of bounds"), "{m}"),
            s => panic!("expected instantiation to fail, got {s:?}"),
        }
    }
}
