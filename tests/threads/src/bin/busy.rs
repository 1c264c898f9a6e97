// Threads that never block: one spins on an atomic flag until another,
// also spinning, sets it. Cooperative threads need preemption at loop
// back-edges for this to finish.
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;
fn main() {
    let flag = Arc::new(AtomicBool::new(false));
    let spins = Arc::new(AtomicU64::new(0));
    let (f, s) = (flag.clone(), spins.clone());
    let waiter = thread::spawn(move || {
        while !f.load(Ordering::Acquire) {
            s.fetch_add(1, Ordering::Relaxed);
            std::hint::spin_loop();
        }
        "waiter saw the flag"
    });
    let f = flag.clone();
    let setter = thread::spawn(move || {
        let mut x = 0u64;
        for i in 0..1_000_000u64 {
            x = x.wrapping_mul(31).wrapping_add(i);
        }
        f.store(true, Ordering::Release);
        x
    });
    let x = setter.join().unwrap();
    println!("{}", waiter.join().unwrap());
    println!("setter computed {}", x % 1000);
}
