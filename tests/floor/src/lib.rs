//! The host floor of each benchmark workload: the WASI 0.2 calls an adapter
//! must make for the p1 loop of the same name in
//! tests/programs/src/bin/bench.rs, and nothing else: no preview 1, no
//! descriptor table, no copies. What a row takes here is the host's share
//! (wasmtime's p2 implementation and the canonical ABI); what an adapter
//! takes beyond it is its own. The last line on stderr is the bench guest's
//! (`{workload}: {sink}`), so a test can check both did the same work.

use wasip2::cli::{environment, stderr, stdout};
use wasip2::clocks::monotonic_clock;
use wasip2::filesystem::preopens;
use wasip2::filesystem::types::{Descriptor, DescriptorFlags, OpenFlags, PathFlags};
use wasip2::random::random;

struct Floor;

impl wasip2::exports::cli::run::Guest for Floor {
    fn run() -> Result<(), ()> {
        let args = environment::get_arguments();
        let what = args.get(1).map(|s| s.as_str()).unwrap_or("");
        let dir = || {
            let mut dirs = preopens::get_directories();
            dirs.swap_remove(0).0
        };
        let open = |d: &Descriptor, path: &str, flags: OpenFlags| {
            d.open_at(
                PathFlags::SYMLINK_FOLLOW,
                path,
                flags,
                DescriptorFlags::READ,
            )
            .map_err(|_| ())
        };
        let mut sink = 0u64;
        match what {
            // Nothing: a run's fixed cost (as the bench guest's).
            "none" => {}
            // `fd_write` of one 16-byte iovec to stdout: one
            // blocking-write-and-flush (the stream fetched once).
            "write16" => {
                let out = stdout::get_stdout();
                let line = *b"0123456789abcde\n";
                for _ in 0..100_000 {
                    out.blocking_write_and_flush(&line).map_err(|_| ())?;
                    sink += 16;
                }
            }
            // `fd_read` of 4 KiB at the fd's offset: one `read` there,
            // back to 0 at the end of the file.
            "read4k" => {
                let f = open(&dir(), "data.bin", OpenFlags::empty())?;
                let mut at = 0u64;
                for _ in 0..100_000 {
                    let (bytes, _) = f.read(4096, at).map_err(|_| ())?;
                    at += bytes.len() as u64;
                    if bytes.is_empty() {
                        at = 0;
                    }
                    sink += bytes.len() as u64;
                }
            }
            // `clock_time_get` of the monotonic clock.
            "clock" => {
                for _ in 0..100_000 {
                    sink = sink.wrapping_add(monotonic_clock::now());
                }
            }
            // `random_get` of 32 bytes.
            "random" => {
                for _ in 0..10_000 {
                    let b = random::get_random_bytes(32);
                    sink = sink.wrapping_add(u64::from(b[0]));
                }
            }
            // `path_open` + `fd_read` of 4 KiB + `fd_close`.
            "open_read_close" => {
                let d = dir();
                for _ in 0..5_000 {
                    let f = open(&d, "small.txt", OpenFlags::empty())?;
                    let (bytes, _) = f.read(4096, 0).map_err(|_| ())?;
                    sink += bytes.len() as u64;
                }
            }
            // `path_filestat_get`: the stat and, for `ino`, the metadata hash.
            "filestat" => {
                let d = dir();
                for _ in 0..10_000 {
                    let st = d
                        .stat_at(PathFlags::SYMLINK_FOLLOW, "small.txt")
                        .map_err(|_| ())?;
                    let _ino = d
                        .metadata_hash_at(PathFlags::SYMLINK_FOLLOW, "small.txt")
                        .map_err(|_| ())?;
                    // As the bench guest: the low byte of the size.
                    sink += st.size & 0xff;
                }
            }
            // A whole `fd_readdir` listing of 64 entries (one p1 call with
            // a 4 KiB buffer): the directory's hash for `.` and `..`, each
            // entry and its hash for `d_ino`.
            "readdir64" => {
                let d = open(&dir(), "d64", OpenFlags::DIRECTORY)?;
                for _ in 0..1_000 {
                    let stream = d.read_directory().map_err(|_| ())?;
                    let _ino = d.metadata_hash().map_err(|_| ())?;
                    let mut entries = 2;
                    while let Some(e) = stream.read_directory_entry().map_err(|_| ())? {
                        let _ino = d
                            .metadata_hash_at(PathFlags::empty(), &e.name)
                            .map_err(|_| ())?;
                        entries += 1;
                    }
                    sink += entries;
                }
            }
            _ => return Err(()),
        }
        let msg = format!("{what}: {sink}\n");
        stderr::get_stderr()
            .blocking_write_and_flush(msg.as_bytes())
            .map_err(|_| ())
    }
}

wasip2::cli::command::export!(Floor);
