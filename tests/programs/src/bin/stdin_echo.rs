//! Reads all of stdin with several buffer sizes, echoes it and a checksum.
use std::io::Read;

fn main() {
    let mut input = Vec::new();
    let mut buf = vec![0u8; 7919];
    let mut reads = 0;
    loop {
        let n = std::io::stdin().read(&mut buf).unwrap();
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
