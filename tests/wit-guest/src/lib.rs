//! Exports `add`, `shout` (strings), `sum`/`range` (lists) and
//! `stats.calls` through wit-bindgen, and prints through preview 1
//! (`println!` is `fd_write`).
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

    fn shout(s: String) -> String {
        println!("shout({s:?})");
        format!("{}!", s.to_uppercase())
    }

    fn sum(xs: Vec<u32>) -> u64 {
        xs.iter().map(|&x| u64::from(x)).sum()
    }

    fn range(n: u32) -> Vec<u32> {
        (0..n).collect()
    }

    fn greet_all(people: Vec<Person>) -> Vec<String> {
        people.iter().map(|p| format!("hi {} ({})", p.name, p.age)).collect()
    }

    fn oldest(people: Vec<Person>) -> Person {
        people
            .into_iter()
            .max_by_key(|p| p.age)
            .unwrap_or(Person { name: String::new(), age: 0 })
    }

    fn split(s: String) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    fn find(people: Vec<Person>, name: String) -> Option<Person> {
        people.into_iter().find(|p| p.name == name)
    }

    fn parse(s: String) -> Result<u32, String> {
        s.parse().map_err(|e| format!("{s:?}: {e}"))
    }

    fn describe(x: TextOrNumber) -> String {
        match x {
            TextOrNumber::Text(s) => format!("text {s}"),
            TextOrNumber::Number(n) => format!("number {n}"),
        }
    }

    fn maybe_upper(s: Option<String>) -> Option<String> {
        s.map(|s| s.to_uppercase())
    }

    #[allow(clippy::too_many_arguments)]
    fn many(
        a: String,
        b: String,
        c: String,
        d: String,
        e: String,
        f: String,
        g: String,
        h: String,
        n: u32,
    ) -> String {
        format!("{}#{n}", [a, b, c, d, e, f, g, h].join(","))
    }

    #[allow(clippy::too_many_arguments)]
    fn mixed(
        a: u8,
        b: u64,
        c: String,
        d: Vec<String>,
        e: Option<String>,
        f: u16,
        g: String,
        h: u64,
        i: String,
        j: String,
        k: String,
    ) -> String {
        format!("{a} {b} {c} {d:?} {e:?} {f} {g} {h} {i}{j}{k}")
    }

    fn pair(a: String, b: String) -> (String, u32) {
        let n = (a.len() + b.len()) as u32;
        (a + &b, n)
    }
}

impl exports::test::calc::stats::Guest for Calc {
    fn calls() -> u64 {
        CALLS.load(Ordering::Relaxed)
    }
}

export!(Calc);
