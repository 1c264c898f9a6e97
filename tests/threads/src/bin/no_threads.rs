//! A threads program on a host that cannot make threads (`--threads none`,
//! or natively a `thread-spawn` that fails): spawning fails with an error,
//! everything else of `std::sync` works on the one thread, and timed waits
//! (futex waits with a timeout) time out.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Barrier, Condvar, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant};

thread_local! {
    static LOCAL: std::cell::Cell<u32> = const { std::cell::Cell::new(7) };
}

fn main() {
    match std::thread::Builder::new().spawn(|| 1) {
        Ok(h) => println!("spawned, joined: {:?}", h.join()),
        Err(e) => println!("spawn failed: {:?}", e.kind()),
    }
    let m = Arc::new(Mutex::new(0u32));
    for i in 0..10 {
        *m.lock().unwrap() += i;
    }
    println!("mutex: {}", *m.lock().unwrap());
    let rw = RwLock::new(vec![1, 2]);
    rw.write().unwrap().push(3);
    println!("rwlock: {:?}", *rw.read().unwrap());
    let a = AtomicU32::new(5);
    a.fetch_add(3, Ordering::SeqCst);
    let _ = a.compare_exchange(8, 40, Ordering::SeqCst, Ordering::SeqCst);
    println!("atomic: {}", a.load(Ordering::SeqCst));
    static ONCE: OnceLock<String> = OnceLock::new();
    println!("once: {}", ONCE.get_or_init(|| "init".to_string()));
    LOCAL.with(|l| l.set(l.get() * 6));
    println!("thread-local: {}", LOCAL.with(|l| l.get()));
    println!("barrier of one leads: {}", Barrier::new(1).wait().is_leader());

    // A timed wait nobody notifies: a futex wait that times out.
    let pair = (Mutex::new(false), Condvar::new());
    let start = Instant::now();
    let (guard, timeout) = pair
        .1
        .wait_timeout(pair.0.lock().unwrap(), Duration::from_millis(20))
        .unwrap();
    println!(
        "condvar timed out: {}, flag {}, waited >= 20 ms: {}",
        timeout.timed_out(),
        *guard,
        start.elapsed() >= Duration::from_millis(20)
    );
    drop(guard);
    pair.1.notify_all();
    std::thread::sleep(Duration::from_millis(1));
    println!("parked with timeout: {:?}", {
        std::thread::park_timeout(Duration::from_millis(5));
        "back"
    });
}
