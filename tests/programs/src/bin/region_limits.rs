//! What the single layout's bounded region must answer with an errno, never
//! a trap: `files` opens files until the first error, then closes them and
//! opens one more; `poll N` polls N clock subscriptions at once (one due
//! now).
use p1_adapt_test_programs::*;
use std::fs::File;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("files") => {
            std::fs::create_dir("many").unwrap();
            let mut files = Vec::new();
            let err = loop {
                match File::create(format!("many/f{}", files.len())) {
                    Ok(f) => files.push(f),
                    Err(e) => break e,
                }
                if files.len() == 100_000 {
                    panic!("100,000 files open");
                }
            };
            println!("opened {} files, then errno {:?}", files.len(), err.raw_os_error());
            drop(files);
            File::open("many/f0").unwrap();
            println!("closed them; opened one again");
        }
        Some("poll") => {
            let n: u64 = args[2].parse().unwrap();
            // One clock due now, the others in an hour: exactly one event.
            let timeout = |i: u64| if i == 0 { 0 } else { 3_600_000_000_000 };
            let subs: Vec<Subscription> = (0..n).map(|i| Subscription::clock(i, 1, timeout(i), false)).collect();
            let (e, events) = poll(&subs);
            println!("poll {n}: errno {e}, {} events", events.len());
        }
        _ => panic!("files or poll N"),
    }
}
