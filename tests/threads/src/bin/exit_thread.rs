// std::process::exit(3) from a spawned thread; main blocks forever.
use std::thread;
use std::time::Duration;
fn main() {
    println!("main: spawning");
    thread::spawn(|| {
        println!("child: exiting with 3");
        std::process::exit(3);
    });
    loop {
        thread::sleep(Duration::from_secs(1));
    }
}
