//! The benchmark workloads (`cargo bench`), one per argument, each a loop of
//! raw p1 calls so the adapter, not std, is measured. Runs in a directory
//! preopened as `.` (fd 3) that holds `data.bin` (1 MiB), `small.txt` (4 KiB),
//! `d64/` (64 entries), `d10k/` (10,000 entries) and `lib/` (20 packages of
//! 15 modules of 2 KB, as a Python library tree).
use p1_adapt_test_programs::*;

fn check(e: u16, what: &str) {
    if e != 0 {
        panic!("{what}: errno {e}");
    }
}

fn readdir_all(fd: u32, buf: &mut [u8]) -> usize {
    let mut cookie = 0u64;
    let mut entries = 0;
    loop {
        let mut used = 0;
        check(unsafe { fd_readdir(fd, buf.as_mut_ptr(), buf.len(), cookie, &mut used) }, "readdir");
        let mut at = 0;
        while at + 24 <= used {
            let next = u64::from_le_bytes(buf[at..at + 8].try_into().unwrap());
            let namlen = u32::from_le_bytes(buf[at + 16..at + 20].try_into().unwrap()) as usize;
            if at + 24 + namlen > used {
                break;
            }
            cookie = next;
            entries += 1;
            at += 24 + namlen;
        }
        if used < buf.len() {
            return entries;
        }
    }
}

fn main() {
    let what = std::env::args().nth(1).unwrap_or_default();
    let mut sink = 0u64;
    match what.as_str() {
        // Nothing: a run's fixed cost, which `benches/instructions.sh`
        // takes from a workload's count to leave its calls alone.
        "none" => {}
        "write16" => {
            let line = *b"0123456789abcde\n";
            for _ in 0..100_000 {
                let (e, n) = writev(1, &[&line]);
                check(e, "write");
                sink += n as u64;
            }
        }
        "writev2" => {
            // What C's stdio does: its buffer and the new bytes as two
            // iovecs, written again from where a short write stopped.
            let (a, b) = (*b"0123456789abcdef", *b"fedcba987654321\n");
            for _ in 0..100_000 {
                let mut done = 0;
                while done < 32 {
                    let (e, n) = match done < 16 {
                        true => writev(1, &[&a[done..], &b]),
                        false => writev(1, &[&b[done - 16..]]),
                    };
                    check(e, "write");
                    done += n;
                }
                sink += done as u64;
            }
        }
        "write16m" => {
            let big = vec![b'x'; 16 << 20];
            let (e, n) = writev(1, &[&big]);
            check(e, "write");
            sink += n as u64;
        }
        "read4k" => {
            let (e, fd) = open(3, "data.bin", 0, ALL_RIGHTS, 0);
            check(e, "open");
            let mut buf = vec![0u8; 4096];
            for _ in 0..100_000 {
                let iov = Iovec { buf: buf.as_mut_ptr(), len: 4096 };
                let mut n = 0;
                check(unsafe { fd_read(fd, &iov, 1, &mut n) }, "read");
                if n == 0 {
                    let mut pos = 0;
                    check(unsafe { fd_seek(fd, 0, 0, &mut pos) }, "seek");
                }
                sink += n as u64;
            }
        }
        "fread4k" => {
            // What C's fread does with a FILE's 1 KiB buffer: the caller's
            // bytes and the next buffer-full with one two-iovec fd_read.
            let (e, fd) = open(3, "data.bin", 0, ALL_RIGHTS, 0);
            check(e, "open");
            let mut f = CFile::new(fd);
            let mut buf = vec![0u8; 4096];
            for _ in 0..10_000 {
                let (n, e) = f.fread(&mut buf);
                check(e, "read");
                if n < buf.len() {
                    let mut pos = 0;
                    check(unsafe { fd_seek(fd, 0, 0, &mut pos) }, "seek");
                    f.drop_buffer();
                }
                sink += n as u64;
            }
        }
        "clock" => {
            for _ in 0..100_000 {
                let mut t = 0;
                check(unsafe { clock_time_get(1, 1, &mut t) }, "clock");
                sink = sink.wrapping_add(t);
            }
        }
        "random" => {
            let mut b = [0u8; 32];
            for _ in 0..10_000 {
                check(unsafe { random_get(b.as_mut_ptr(), 32) }, "random");
                sink = sink.wrapping_add(u64::from(b[0]));
            }
        }
        "open_read_close" => {
            let mut buf = vec![0u8; 4096];
            for _ in 0..5_000 {
                let (e, fd) = open(3, "small.txt", 0, ALL_RIGHTS, 0);
                check(e, "open");
                let iov = Iovec { buf: buf.as_mut_ptr(), len: 4096 };
                let mut n = 0;
                check(unsafe { fd_read(fd, &iov, 1, &mut n) }, "read");
                check(unsafe { fd_close(fd) }, "close");
                sink += n as u64;
            }
        }
        "filestat" => {
            let mut st = [0u8; 64];
            for _ in 0..10_000 {
                check(
                    unsafe { path_filestat_get(3, 1, b"small.txt".as_ptr(), 9, st.as_mut_ptr()) },
                    "filestat",
                );
                sink += st[32] as u64;
            }
        }
        "readdir64" => {
            let (e, fd) = open(3, "d64", 2, (1 << 1) | (1 << 14), 0);
            check(e, "open");
            let mut buf = vec![0u8; 4096];
            for _ in 0..1_000 {
                sink += readdir_all(fd, &mut buf) as u64;
            }
        }
        "readdir10k" => {
            let (e, fd) = open(3, "d10k", 2, (1 << 1) | (1 << 14), 0);
            check(e, "open");
            let mut buf = vec![0u8; 4096];
            sink += readdir_all(fd, &mut buf) as u64;
        }
        "pystart" => {
            // What CPython's start does with its library: each package's
            // directory listed; for each module its cached bytecode looked
            // for (absent), the source stat'ed, opened, stat'ed again, read
            // to the end and closed.
            let mut buf = vec![0u8; 4096];
            let mut st = [0u8; 64];
            for p in 0..20 {
                let dir = format!("lib/pkg{p:02}");
                let (e, dfd) = open(3, &dir, 2, (1 << 1) | (1 << 14), 0);
                check(e, "open dir");
                sink += readdir_all(dfd, &mut buf) as u64;
                check(unsafe { fd_close(dfd) }, "close dir");
                for m in 0..15 {
                    let pyc = format!("{dir}/__pycache__/mod{m:02}.cpython-315.pyc");
                    let e = unsafe { path_filestat_get(3, 1, pyc.as_ptr(), pyc.len(), st.as_mut_ptr()) };
                    assert_eq!(e, 44, "{pyc}: ENOENT");
                    let py = format!("{dir}/mod{m:02}.py");
                    check(unsafe { path_filestat_get(3, 1, py.as_ptr(), py.len(), st.as_mut_ptr()) }, "stat");
                    let (e, fd) = open(3, &py, 0, ALL_RIGHTS, 0);
                    check(e, "open");
                    check(unsafe { fd_filestat_get(fd, st.as_mut_ptr()) }, "fstat");
                    loop {
                        let iov = Iovec { buf: buf.as_mut_ptr(), len: 4096 };
                        let mut n = 0;
                        check(unsafe { fd_read(fd, &iov, 1, &mut n) }, "read");
                        if n == 0 {
                            break;
                        }
                        sink += n as u64;
                    }
                    check(unsafe { fd_close(fd) }, "close");
                }
            }
        }
        other => panic!("unknown workload {other:?}"),
    }
    // Keep the loops from being optimized away; report on stderr.
    let msg = format!("{what}: {sink}\n");
    writev(2, &[msg.as_bytes()]);
}
