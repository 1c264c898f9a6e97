//! Exports `add` and `stats.calls` through wit-bindgen and prints through
//! preview 1 (`println!` is `fd_write`).
use std::sync::atomic::{AtomicU64, Ordering};

wit_bindgen::generate!({ world: "calc", path: "wit" });

static CALLS: AtomicU64 = AtomicU64::new(0);

struct Calc;

impl Guest for Calc {
    fn add(a: u32, b: u32) -> u32 {
        CALLS.fetch_add(1, Ordering::Relaxed);
        println!("add({a}, {b})");
        a.wrapping_add(b)
    }
}

impl exports::test::calc::stats::Guest for Calc {
    fn calls() -> u64 {
        CALLS.load(Ordering::Relaxed)
    }
}

export!(Calc);
