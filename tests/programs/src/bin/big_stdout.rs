//! Large output on stdout and stderr: many sizes, vectored writes, > 1 MiB.
use std::io::{IoSlice, Write};

fn main() {
    let mut out = std::io::stdout().lock();
    let mut total = 0usize;
    for i in 0..20_000 {
        let line = format!("line {i:05} {}\n", "x".repeat(i % 97));
        out.write_all(line.as_bytes()).unwrap();
        total += line.len();
    }
    let block: Vec<u8> = (0..600_000u32).map(|i| b'a' + (i % 26) as u8).collect();
    out.write_all(&block).unwrap();
    total += block.len();
    let parts = [b"vectored:".as_slice(), b"".as_slice(), b" one".as_slice(), b" two\n".as_slice()];
    let mut slices: Vec<IoSlice> = parts.iter().map(|p| IoSlice::new(p)).collect();
    let mut rest = &mut slices[..];
    while !rest.is_empty() {
        let n = out.write_vectored(rest).unwrap();
        IoSlice::advance_slices(&mut rest, n);
    }
    out.flush().unwrap();
    eprintln!("wrote at least {total} bytes");
    std::io::stderr().write_all(&block[..70_000]).unwrap();
}
