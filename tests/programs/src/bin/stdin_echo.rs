//! Reads all of stdin, echoes its start and a checksum. With the argument
//! `stdio`, reads as C's `fread` does (two iovecs per `fd_read`), in
//! several sizes; else through Rust's std.
use std::io::Read;

fn main() {
    let mut input = Vec::new();
    let mut buf = vec![0u8; 100_000];
    let mut reads = 0;
    if std::env::args().nth(1).as_deref() == Some("stdio") {
        let mut f = p1_adapt_test_programs::CFile::new(0);
        for size in [16, 1, 4096, 100_000, 7].into_iter().cycle() {
            let (n, e) = f.fread(&mut buf[..size]);
            reads += usize::from(n > 0);
            input.extend_from_slice(&buf[..n]);
            if n < size {
                println!("stdio stops with errno {e}");
                break;
            }
        }
    }
    loop {
        let n = std::io::stdin().read(&mut buf[..7919]).unwrap();
        if n == 0 {
            break;
        }
        reads += 1;
        input.extend_from_slice(&buf[..n]);
    }
    let sum = input.iter().fold(0u32, |s, b| s.wrapping_mul(31).wrapping_add(u32::from(*b)));
    println!("read {} bytes (at least one read: {}), checksum {sum:08x}", input.len(), reads > 0);
    let text = String::from_utf8_lossy(&input);
    for line in text.lines().take(5) {
        println!("> {line}");
    }
}
