// Scoped threads borrow the caller's data; each sums a chunk.
use std::thread;
fn main() {
    let data: Vec<u64> = (1..=1000).collect();
    let mut sums = vec![0u64; 8];
    thread::scope(|s| {
        for (chunk, sum) in data.chunks(125).zip(sums.iter_mut()) {
            s.spawn(move || *sum = chunk.iter().sum());
        }
    });
    println!("sums={sums:?}");
    println!("total={}", sums.iter().sum::<u64>());
}
