//! Lists the directory `big` and prints how many entries and name bytes it
//! saw (for a directory whose names alone outgrow the adapter's heap in the
//! single-memory layout): with read_dir (a small buffer, many calls), or
//! with argument `raw`, with one fd_readdir call into a 16 MiB buffer.
use std::os::fd::AsRawFd;

#[link(wasm_import_module = "wasi_snapshot_preview1")]
unsafe extern "C" {
    fn fd_readdir(fd: u32, buf: *mut u8, len: usize, cookie: u64, used: *mut usize) -> u16;
}

fn main() {
    let (mut n, mut bytes) = (0usize, 0usize);
    if std::env::args().nth(1).as_deref() == Some("raw") {
        let dir = std::fs::File::open("big").unwrap();
        let mut buf = vec![0u8; 16 << 20];
        let mut used = 0;
        let e = unsafe { fd_readdir(dir.as_raw_fd() as u32, buf.as_mut_ptr(), buf.len(), 0, &mut used) };
        assert_eq!(e, 0);
        let mut at = 0;
        while at + 24 <= used {
            let len = u32::from_le_bytes(buf[at + 16..at + 20].try_into().unwrap()) as usize;
            let name = &buf[at + 24..(at + 24 + len).min(used)];
            if name != b"." && name != b".." {
                n += 1;
                bytes += name.len();
            }
            at += 24 + len;
        }
    } else {
        for e in std::fs::read_dir("big").unwrap() {
            n += 1;
            bytes += e.unwrap().file_name().len();
        }
    }
    println!("{n} entries, {bytes} name bytes");
}
