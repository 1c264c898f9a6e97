// 200 threads each add i+1 to an AtomicUsize.
use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};
use std::thread;
fn main() {
    let c = Arc::new(AtomicUsize::new(0));
    let hs: Vec<_> = (0..200)
        .map(|i| {
            let c = c.clone();
            thread::spawn(move || {
                c.fetch_add(i + 1, Ordering::Relaxed);
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!(
        "total={} (expected {})",
        c.load(Ordering::SeqCst),
        200 * 201 / 2
    );
}
