// One thread sleeps 300ms while another prints 3 lines; main prints after both.
use std::sync::{
    Arc,
    atomic::{AtomicBool, Ordering},
};
use std::thread;
use std::time::{Duration, Instant};
fn main() {
    let done = Arc::new(AtomicBool::new(false));
    let d = done.clone();
    let t0 = Instant::now();
    let sleeper = thread::spawn(move || {
        thread::sleep(Duration::from_millis(300));
        d.store(true, Ordering::SeqCst);
        t0.elapsed()
    });
    let printer = thread::spawn(move || {
        for i in 0..3 {
            println!("printer line {i}");
        }
    });
    printer.join().unwrap();
    let printer_done_before_sleep = !done.load(Ordering::SeqCst);
    let el = sleeper.join().unwrap();
    println!("printer finished while sleeper asleep: {printer_done_before_sleep}");
    println!(
        "sleeper slept >= 300ms: {}",
        el >= Duration::from_millis(300)
    );
}
