// Two threads play ping-pong 1000 times over a Mutex and a Condvar.
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
fn main() {
    let state = Arc::new((Mutex::new((0u32, false)), Condvar::new()));
    let s = state.clone();
    let pong = thread::spawn(move || {
        let (m, cv) = &*s;
        let mut pongs = 0;
        loop {
            let mut g = m.lock().unwrap();
            while !g.1 {
                g = cv.wait(g).unwrap();
            }
            if g.0 >= 1000 {
                return pongs;
            }
            g.0 += 1;
            g.1 = false;
            pongs += 1;
            cv.notify_one();
        }
    });
    let (m, cv) = &*state;
    let mut pings = 0;
    loop {
        let mut g = m.lock().unwrap();
        while g.1 {
            g = cv.wait(g).unwrap();
        }
        if g.0 >= 1000 {
            g.1 = true;
            cv.notify_one();
            break;
        }
        g.0 += 1;
        g.1 = true;
        pings += 1;
        cv.notify_one();
    }
    let pongs = pong.join().unwrap();
    println!("pings={pings} pongs={pongs} count={}", m.lock().unwrap().0);
}
