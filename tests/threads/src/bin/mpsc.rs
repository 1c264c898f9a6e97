// producer thread sends 0..100 through mpsc; main consumes in order.
use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let p = thread::spawn(move || {
        for i in 0..100 {
            tx.send(i).unwrap();
        }
    });
    let mut n = 0;
    let mut sum = 0u32;
    let mut ordered = true;
    let mut last = None;
    for v in rx {
        if let Some(l) = last {
            ordered &= v == l + 1;
        }
        last = Some(v);
        n += 1;
        sum += v;
    }
    p.join().unwrap();
    println!("received {n} values, sum={sum}, in_order={ordered}");
    let (tx, rx) = mpsc::sync_channel::<String>(0);
    let c = thread::spawn(move || rx.iter().collect::<Vec<_>>().join(","));
    for w in ["a", "b", "c"] {
        tx.send(w.to_string()).unwrap();
    }
    drop(tx);
    println!("consumer got: {}", c.join().unwrap());
}
