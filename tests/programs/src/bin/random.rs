//! random_get: large buffers are filled, two draws differ, zero length works.
use p1_adapt_test_programs::random_get;

fn main() {
    let mut big = vec![0u8; 1 << 20];
    let e = unsafe { random_get(big.as_mut_ptr(), big.len()) };
    let zeros = big.iter().filter(|b| **b == 0).count();
    // ~4096 expected zero bytes in 1 MiB of random data.
    println!("errno {e}, mostly non-zero: {}", zeros < 8192);
    let (mut a, mut b) = ([0u8; 32], [0u8; 32]);
    unsafe {
        random_get(a.as_mut_ptr(), 32);
        random_get(b.as_mut_ptr(), 32);
    }
    println!("two draws differ: {}", a != b);
    let e = unsafe { random_get(a.as_mut_ptr(), 0) };
    println!("zero length: errno {e}");
}
