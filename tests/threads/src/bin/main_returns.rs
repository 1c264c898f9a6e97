// main returns while other threads still run or wait: the program ends
// with main's status, as natively (the others are dropped).
use std::sync::mpsc;
use std::thread;
use std::time::Duration;
fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    thread::spawn(move || {
        // Waits forever: nothing is ever sent.
        let _ = rx.recv();
        println!("never printed");
    });
    thread::spawn(|| loop {
        thread::sleep(Duration::from_millis(10));
    });
    thread::sleep(Duration::from_millis(50));
    println!("main: returning");
    // Keeps the channel open: the receiver never wakes.
    std::mem::forget(tx);
}
