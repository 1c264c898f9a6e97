// Reads all of stdin while another thread works: with cooperative threads
// the read waits for stdin letting the other thread run.
use std::io::Read;
use std::thread;
fn main() {
    let worker = thread::spawn(|| (1..=100u32).sum::<u32>());
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let sum = worker.join().unwrap();
    println!("stdin: {} bytes, {} lines", input.len(), input.lines().count());
    println!("worker: {sum}");
}
