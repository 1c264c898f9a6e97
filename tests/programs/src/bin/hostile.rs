//! A hostile guest: overlapping in/out buffers, fds at u32::MAX, renumber
//! chains, readdir cookies from another directory. Everything it prints
//! must equal native p1's, memory contents included.
use p1_adapt_test_programs::*;

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    fn args_get(argv: *mut u32, buf: *mut u8) -> u16;
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn main() {
    // fd_read whose buffer overwrites its own iovec and whose nread slot
    // lies inside the data.
    let mut mem = [0u8; 64];
    let base = mem.as_mut_ptr();
    unsafe {
        *(base as *mut u32) = base as u32;
        *(base.add(4) as *mut u32) = 24;
        let e = fd_read(0, base as *const Iovec, 1, base.add(8) as *mut usize);
        println!("overlapping read: errno {e} memory {}", hex(&mem));
    }
    // A file read into three iovecs whose array lies in the first buffer:
    // the bytes read (zeros) empty the other two before they are reached.
    // Native reads into the first only; p1-adapt reads for all three with
    // one host call, finds no room left and reports the first's bytes.
    std::fs::write("zeros", [0u8; 64]).unwrap();
    let (_, z) = open(3, "zeros", 0, 2, 0);
    // Its type asked first, so the read below is not p1-adapt's first-read
    // probe (a stream read into the first iovec only).
    unsafe { fd_fdstat_get(z, [0u8; 24].as_mut_ptr()) };
    let mut mem = [0xaaaa_aaaau32; 16];
    let base = mem.as_mut_ptr() as *mut u8;
    let mut n = 0usize;
    unsafe {
        let iovs = base as *mut u32;
        for (k, v) in [(0u32, 24u32), (32, 8), (40, 8)].iter().enumerate() {
            *iovs.add(2 * k) = base as u32 + v.0;
            *iovs.add(2 * k + 1) = v.1;
        }
        let e = fd_read(z, base as *const Iovec, 3, &mut n);
        let bytes = std::slice::from_raw_parts(base, 64);
        let mut pos = 0u64;
        let t = fd_tell(z, &mut pos);
        println!("read over its own iovecs: errno {e} n {n} tell {t} {pos} memory {}", hex(bytes));
    }
    // args_get with the pointer array inside the string buffer.
    let mut mem = [0u8; 256];
    let base = mem.as_mut_ptr();
    let e = unsafe { args_get(base.add(8) as *mut u32, base) };
    println!("overlapping args_get: errno {e} memory {}", hex(&mem[..80]));
    // a write whose nwritten slot is inside the bytes written
    let mut mem = *b"0123456789abcdef";
    let base = mem.as_mut_ptr();
    let iov = Iovec { buf: base, len: 16 };
    let e = unsafe { fd_write(2, &iov, 1, base.add(4) as *mut usize) };
    println!("overlapping write: errno {e} memory {}", hex(&mem));

    // u32::MAX and other absurd fds everywhere
    for fd in [u32::MAX, u32::MAX - 1, 1 << 31, 65536] {
        let mut b = [0u8; 64];
        let mut pos = 0u64;
        println!(
            "fd {fd}: fdstat {} filestat {} seek {} tell {} close {} renumber {} {} readdir {} prestat {}",
            unsafe { fd_fdstat_get(fd, b.as_mut_ptr()) },
            unsafe { fd_filestat_get(fd, b.as_mut_ptr()) },
            unsafe { fd_seek(fd, 0, 0, &mut pos) },
            unsafe { fd_tell(fd, &mut pos) },
            unsafe { fd_close(fd) },
            unsafe { fd_renumber(fd, 1) },
            unsafe { fd_renumber(1, fd) },
            unsafe { fd_readdir(fd, b.as_mut_ptr(), 64, 0, &mut (pos as usize)) },
            unsafe { fd_prestat_get(fd, b.as_mut_ptr() as *mut u32) },
        );
    }

    // renumber chains: a -> b -> c -> a, then onto itself, then the stale fds
    std::fs::write("f1", b"one").unwrap();
    std::fs::write("f2", b"two").unwrap();
    std::fs::create_dir("sub").unwrap();
    std::fs::write("sub/inner", b"x").unwrap();
    let (_, a) = open(3, "f1", 0, 2, 0);
    let (_, b) = open(3, "f2", 0, 2, 0);
    let (_, d) = open(3, "sub", 2, (1 << 1) | (1 << 14), 0);
    println!("opened {a} {b} {d}");
    println!("renumber a->b {} b->d {} d->a {}", unsafe { fd_renumber(a, b) }, unsafe { fd_renumber(b, d) }, unsafe { fd_renumber(d, a) });
    let (e, data) = read(a, 10);
    println!("read a: {e} {:?}", String::from_utf8_lossy(&data));
    println!("stale b {:?} stale d {:?}", read(b, 4).0, read(d, 4).0);
    let (_, c) = open(3, "f2", 0, 2, 0);
    println!("next open gets {c}");

    // readdir with a cookie that belongs to another directory
    let (_, root) = open(3, ".", 2, (1 << 1) | (1 << 14), 0);
    let (_, sub) = open(3, "sub", 2, (1 << 1) | (1 << 14), 0);
    let mut buf = [0u8; 512];
    let mut used = 0usize;
    unsafe { fd_readdir(root, buf.as_mut_ptr(), 512, 0, &mut used) };
    let entries = used;
    for cookie in [3u64, 4, 5, 100] {
        let e = unsafe { fd_readdir(sub, buf.as_mut_ptr(), 512, cookie, &mut used) };
        println!("sub readdir with root's cookie {cookie}: errno {e} used {used} (root listing {entries} bytes)");
    }
}
