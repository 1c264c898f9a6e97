// Barrier of 5: each thread records a pre-barrier arrival, after the barrier all 5 must be counted.
use std::sync::{
    Arc, Barrier,
    atomic::{AtomicUsize, Ordering},
};
use std::thread;
fn main() {
    let b = Arc::new(Barrier::new(5));
    let arrived = Arc::new(AtomicUsize::new(0));
    let hs: Vec<_> = (0..5)
        .map(|i| {
            let b = b.clone();
            let a = arrived.clone();
            thread::spawn(move || {
                a.fetch_add(1, Ordering::SeqCst);
                let leader = b.wait().is_leader();
                (i, a.load(Ordering::SeqCst), leader)
            })
        })
        .collect();
    let mut leaders = 0;
    for h in hs {
        let (i, seen, l) = h.join().unwrap();
        leaders += l as usize;
        println!("thread {i} saw {seen} arrivals after barrier");
    }
    println!("leaders={leaders}");
}
