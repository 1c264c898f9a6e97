//! Differential filesystem tests: each guest runs natively and adapted in a
//! fresh directory preopened as `.`; stdout, stderr, exit status and the
//! resulting directory tree must be identical.

mod harness;
use harness::{rust_guest, same_in_dir, Config, Status};
use std::path::Path;

fn nothing(_: &Path) {}

#[test]
fn std_fs_operations() {
    // jco's shim sets times in milliseconds where Node.js takes seconds.
    let jco = Config::default().jco_differs(&["modified:"]);
    let (run, tree) = same_in_dir(&rust_guest("fs_std"), jco, nothing);
    let out = run.stdout_str();
    assert_eq!(run.status, Status::Exit(0), "{out}{}", run.stderr_str());
    assert!(
        out.contains("read after append: ok \"hello\\nworld\\nagain\\n\"\n"),
        "{out}"
    );
    assert!(out.contains("position after append: ok 18\n"), "{out}");
    assert!(out.contains("read 5: ok [10, 11, 12, 13, 14]\n"), "{out}");
    assert!(out.contains("seek before start: errno Some(28)"), "{out}");
    assert!(out.contains("modified: ok true\n"), "{out}");
    assert!(
        out.contains("read via symlink: ok \"hello\\nworld\\nagain\\n\"\n"),
        "{out}"
    );
    assert!(out.contains("listing .: ok [\"d:keep\"]\n"), "{out}");
    assert_eq!(
        tree,
        [
            "d keep",
            "d keep/inner",
            "f keep/inner/data 10000 3e843bfe02a637f5"
        ]
    );
}

#[test]
fn error_paths_and_leaving_the_preopen() {
    let (run, _) = same_in_dir(&rust_guest("fs_errors"), Config::default(), nothing);
    let out = run.stdout_str();
    assert_eq!(run.status, Status::Exit(0), "{out}{}", run.stderr_str());
    assert!(out.contains("open missing: errno Some(44)\n"), "{out}");
    assert!(
        out.contains("remove_dir non-empty: errno Some(55)\n"),
        "{out}"
    );
    assert!(out.contains("open ..: errno Some(63)\n"), "{out}");
    assert!(
        out.contains("write to read-only file: errno Some(8)\n"),
        "{out}"
    );
    // A directory opened like a file: its type is asked only when needed.
    for line in [
        "read a directory: errno Some(8)",
        "read it again: errno Some(8)",
        "it is a directory: ok true",
        "read it after: errno Some(8)",
        "read_to_end of a directory: errno Some(8)",
        "read nothing from a directory: errno Some(8)",
        "read an empty file: ok 0",
        "read nothing from a file: ok 0",
        "read a file: ok 1",
        "read a file at its end: ok 0",
    ] {
        assert!(out.contains(&format!("{line}\n")), "{line}\n{out}");
    }
}

#[test]
fn large_transfers() {
    let (run, tree) = same_in_dir(&rust_guest("fs_big"), Config::default(), nothing);
    assert_eq!(
        run.stdout_str(),
        "one write of 16 MiB wrote true\none read of 16 MiB read true\n16 MiB round trip equal: true\n\
         copied 67108864 bytes\n64 MiB copy equal: true\n"
    );
    assert_eq!(tree.len(), 1);
}

#[test]
fn many_open_files_and_big_directories() {
    let (run, tree) = same_in_dir(&rust_guest("fs_many"), Config::default(), nothing);
    let out = run.stdout_str();
    assert!(out.starts_with("opened 5000 files, fds 4..5003\n"), "{out}");
    assert!(
        out.contains("read_dir: 10001 entries, 255-byte name present: true\n"),
        "{out}"
    );
    assert!(tree.is_empty());
}

#[test]
fn raw_abi_flags_cookies_renumber() {
    // jco's shim reports a file opened with no rights as neither readable
    // nor writable (wasmtime: readable; so reading it is EBADF), and links through a symlink when
    // asked to follow it (wasmtime: EINVAL); its set-times passes
    // milliseconds where Node.js takes seconds, so the times it sets (and
    // `mtim-set`) differ.
    let jco = Config::default().jco_differs(&[
        "no-rights open 0:",
        "read no-rights:",
        "link follow:",
        "set_times mtim:",
        "stat link follow:",
        "set_times follow:",
        "stat hard (nofollow):",
    ]);
    let (run, tree) = same_in_dir(&rust_guest("fs_raw"), jco, nothing);
    let out = run.stdout_str();
    assert_eq!(run.status, Status::Exit(0), "{out}{}", run.stderr_str());
    assert!(
        out.contains("readdir buf 4096: errno 0, 47 entries"),
        "{out}"
    );
    assert!(out.contains("renumber onto itself: 0\n"), "{out}");
    // A directory opened without O_DIRECTORY (its type asked only when
    // needed): EBADF for a read even into a bad buffer, and usable as a
    // directory.
    for line in [
        "read . 0 into a bad buffer: 8\n",
        "read .: 8\n",
        "renumber . 0 onto .: 0\n",
        "open through .: 0\n",
        "close .: 0\n",
        "fdstat of . opened 0 with append: errno 0 type 3 flags 0x0 ",
        "open through it: 0\n",
        "fdstat of a file opened 0 with append: errno 0 type 4 flags 0x1 ",
        "read it after fdstat: 0\n",
        "close them: 0 0\n",
        // Append writes past what one stream call takes.
        "big append open: 0 writes: (0, 200000) (0, 70001) ",
        "big append back: 270001 bytes, as written: true\n",
        "gathered gather.txt: open 0 ok true back true\n",
        "gathered gather_append.txt: open 0 ok true back true\n",
        // Scattered reads: C's fread, and fd_pread with several iovecs.
        "stdio read: open 0 ends with 0: 270001 bytes, as written: true\n",
        "seek back 5: errno 0 pos 269996\n",
        "stdio read after seek: 0 Ok(\"wwimb\")\n",
        "scattered pread: ok true as written true errno 0 pos 270001\n",
    ] {
        assert!(out.contains(line), "{line}{out}");
    }
    assert!(tree.contains(&"l link -> f.txt".to_string()), "{tree:?}");
}

/// Justified differences: native p1 traps on pointers outside memory and on
/// unknown enum values (whence, advice); p1-adapt answers EFAULT (21) or
/// EINVAL (28) and the guest goes on.
#[test]
fn bad_arguments_are_errnos_not_traps() {
    let guest = harness::wat_guest("fs_bad_arguments");
    let dir = tempfile::tempdir().unwrap();
    let native = harness::run_native(&guest, &Config::default().preopen(dir.path(), "."));
    match &native.status {
        Status::Trap(m) => assert!(m.contains("out of bounds"), "{m}"),
        s => panic!("native p1 changed its behaviour: {s:?}"),
    }
    let dir = tempfile::tempdir().unwrap();
    let adapted = harness::run_component(
        &harness::adapt(&guest),
        &Config::default().preopen(dir.path(), "."),
    );
    assert_eq!(adapted.status, Status::Exit(0));
    assert_eq!(
        adapted.stdout_str(),
        "a 00\nb 21\nc 21\nd 28\ne 28\nf 21\ng 21\nh 21\ni 21\nj 28\nk 00\n"
    );
    assert_eq!(
        harness::tree(dir.path()),
        ["f file.txt 0 cbf29ce484222325", "d newdir"]
    );
}

/// A directory whose names alone (40,000 x 200 bytes = 8 MB) are more than
/// the adapter's heap in the single-memory layout: fd_readdir keeps only a
/// window of the listing, so it is read to the end, with small buffers and
/// with one buffer of 16 MiB. (Adapted only: native
/// p1 re-reads the whole directory on every call, minutes at this size.)
#[test]
fn directory_larger_than_the_adapter_heap() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big");
    std::fs::create_dir(&big).unwrap();
    for i in 0..40_000 {
        std::fs::write(big.join(format!("{i:05}{}", "x".repeat(195))), b"").unwrap();
    }
    let component = harness::adapt_in(&rust_guest("big_dir"), p1_adapt::Layout::Single);
    // Many calls with std's small buffer, then one call into 16 MiB.
    for args in [&["big_dir"][..], &["big_dir", "raw"][..]] {
        let config = Config::default().args(args).preopen(dir.path(), ".");
        let run = harness::run_component(&component, &config);
        assert_eq!(
            run.status,
            Status::Exit(0),
            "{args:?}: {}",
            run.stderr_str()
        );
        assert_eq!(run.stdout_str(), "40000 entries, 8000000 name bytes\n");
    }
}
