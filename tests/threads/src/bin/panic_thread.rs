// A spawned thread panics: the target aborts, so the program traps
// (natively too) after the output before it.
use std::thread;
use std::time::Duration;
fn main() {
    println!("main: before");
    let h = thread::spawn(|| {
        println!("child: about to panic");
        panic!("boom");
    });
    thread::sleep(Duration::from_millis(200));
    let r = h.join();
    println!("main: joined, err={}", r.is_err());
}
