// 4 threads print in order enforced by Mutex+Condvar turn counter.
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
fn main() {
    let state = Arc::new((Mutex::new(0usize), Condvar::new()));
    let mut hs = Vec::new();
    for i in (0..4).rev() {
        let s = state.clone();
        hs.push(thread::spawn(move || {
            let (m, cv) = &*s;
            let mut turn = m.lock().unwrap();
            while *turn != i {
                turn = cv.wait(turn).unwrap();
            }
            println!("thread {i} has its turn");
            *turn += 1;
            cv.notify_all();
            i * 10
        }));
    }
    let sum: usize = hs.into_iter().map(|h| h.join().unwrap()).sum();
    println!("joined all, sum={sum}");
}
