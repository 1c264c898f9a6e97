// The threads benchmark's workloads (benches/threads.rs): `cpu N` (N
// threads each doing the same CPU work), `pingpong N` (two threads taking
// N turns each over a Mutex and a Condvar), `yield N` (two threads each
// calling `thread::yield_now` N times: with cooperative threads each call
// is one switch), `spawn N` (N threads spawned and joined one after the
// other). Prints the workload's own time (the
// monotonic clock around it: no compilation, no start-up) and a check
// value.
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Instant;

/// CPU work: a loop of multiply-adds.
fn work(iters: u64) -> u64 {
    let mut x = 0u64;
    for i in 0..iters {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(i);
    }
    x
}

fn cpu(n: u64) -> u64 {
    let handles: Vec<_> = (0..n).map(|_| thread::spawn(|| work(200_000_000))).collect();
    handles.into_iter().map(|h| h.join().unwrap()).fold(0, u64::wrapping_add)
}

fn pingpong(n: u64) -> u64 {
    let state = Arc::new((Mutex::new(0u64), Condvar::new()));
    let s = state.clone();
    let other = thread::spawn(move || {
        let (m, cv) = &*s;
        let mut g = m.lock().unwrap();
        while *g < 2 * n {
            if *g % 2 == 1 {
                *g += 1;
                cv.notify_one();
            } else {
                g = cv.wait(g).unwrap();
            }
        }
    });
    let (m, cv) = &*state;
    let mut g = m.lock().unwrap();
    while *g < 2 * n {
        if *g % 2 == 0 {
            *g += 1;
            cv.notify_one();
        } else {
            g = cv.wait(g).unwrap();
        }
    }
    drop(g);
    other.join().unwrap();
    let turns = *m.lock().unwrap();
    turns
}

fn yields(n: u64) -> u64 {
    let other = thread::spawn(move || {
        for _ in 0..n {
            thread::yield_now();
        }
        n
    });
    for _ in 0..n {
        thread::yield_now();
    }
    other.join().unwrap() + n
}

fn spawn(n: u64) -> u64 {
    (0..n).map(|i| thread::spawn(move || i).join().unwrap()).sum()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: u64 = args[2].parse().unwrap();
    let start = Instant::now();
    let check = match args[1].as_str() {
        "cpu" => cpu(n),
        "pingpong" => pingpong(n),
        "yield" => yields(n),
        "spawn" => spawn(n),
        other => panic!("unknown workload {other}"),
    };
    println!("elapsed_ns={} check={}", start.elapsed().as_nanos(), check % 1000);
}
