// Two threads wait for each other forever: natively a hang, cooperative
// threads report a deadlock (a trap) instead.
use std::sync::{Arc, Barrier};
use std::thread;
fn main() {
    let b = Arc::new(Barrier::new(3));
    let c = b.clone();
    let h = thread::spawn(move || {
        c.wait();
    });
    println!("main: waiting");
    b.wait();
    h.join().unwrap();
}
