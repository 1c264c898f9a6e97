// thread_local! values: each thread starts from the initial value and
// keeps its own; the main thread's is untouched; names and ids differ.
use std::cell::Cell;
use std::thread;
thread_local!(static COUNT: Cell<u32> = const { Cell::new(7) });
fn main() {
    COUNT.with(|c| c.set(100));
    let hs: Vec<_> = (0..4)
        .map(|i| {
            thread::Builder::new()
                .name(format!("worker-{i}"))
                .spawn(move || {
                    let start = COUNT.with(|c| c.get());
                    for _ in 0..=i {
                        COUNT.with(|c| c.set(c.get() + 1));
                        thread::yield_now();
                    }
                    let name = thread::current().name().unwrap().to_string();
                    (start, COUNT.with(|c| c.get()), name, thread::current().id())
                })
                .unwrap()
        })
        .collect();
    let mut ids = vec![thread::current().id()];
    for h in hs {
        let (start, end, name, id) = h.join().unwrap();
        println!("{name}: started at {start}, ended at {end}");
        ids.push(id);
    }
    ids.sort_by_key(|id| format!("{id:?}"));
    ids.dedup();
    println!("main: {}", COUNT.with(|c| c.get()));
    println!("distinct ids: {}", ids.len());
}
