//! Large transfers: one 16 MiB write and read, and a 64 MiB file copied in
//! 1 MiB chunks; the contents are checked.
use std::fs::{self, File};
use std::io::{Read, Write};

fn pattern(n: usize, seed: u32) -> Vec<u8> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (x >> 16) as u8
        })
        .collect()
}

fn main() {
    let big = pattern(16 << 20, 1);
    let mut f = File::create("big16").unwrap();
    // One write call with the whole buffer: std passes it to a single fd_write.
    let n = f.write(&big).unwrap();
    println!("one write of 16 MiB wrote {}", n == big.len());
    f.write_all(&big[n..]).unwrap();
    drop(f);
    let mut f = File::open("big16").unwrap();
    let mut back = vec![0u8; 16 << 20];
    let n = f.read(&mut back).unwrap();
    println!("one read of 16 MiB read {}", n == big.len());
    f.read_exact(&mut back[n..]).unwrap();
    println!("16 MiB round trip equal: {}", back == big);

    let chunk = pattern(1 << 20, 7);
    let mut f = File::create("src64").unwrap();
    for i in 0..64u8 {
        let mut c = chunk.clone();
        c[0] = i;
        f.write_all(&c).unwrap();
    }
    drop(f);
    let mut src = File::open("src64").unwrap();
    let mut dst = File::create("dst64").unwrap();
    let mut buf = vec![0u8; 1 << 20];
    let mut total = 0;
    loop {
        let n = src.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        dst.write_all(&buf[..n]).unwrap();
        total += n;
    }
    drop(dst);
    println!("copied {total} bytes");
    let a = fs::read("src64").unwrap();
    let b = fs::read("dst64").unwrap();
    println!("64 MiB copy equal: {}", a == b);
    fs::remove_file("src64").unwrap();
    fs::remove_file("dst64").unwrap();
}
