// Traps three calls deep in functions of its own, after some output; the
// backtrace's source lines are what debug info must keep.
use std::hint::black_box;

#[inline(never)]
fn leaf(values: &[u32], at: usize) -> u32 {
    let v = values[at % values.len()];
    if v == 3 {
        // A trap in the guest's own code.
        std::process::abort();
    }
    v * 2
}

#[inline(never)]
fn middle(values: &[u32]) -> u32 {
    let mut sum = 0;
    for at in 0..values.len() {
        sum += leaf(black_box(values), at);
    }
    sum
}

#[inline(never)]
fn outer(n: u32) -> u32 {
    let values: Vec<u32> = (0..n).collect();
    println!("summing {} values", values.len());
    middle(&values)
}

fn main() {
    let total = outer(black_box(8));
    println!("total {total}");
}
