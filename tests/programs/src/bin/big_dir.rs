//! Lists the directory `big` with read_dir and prints how many entries and
//! name bytes it saw (for a directory whose names alone outgrow the
//! adapter's heap in the single-memory layout).
fn main() {
    let (mut n, mut bytes) = (0usize, 0usize);
    for e in std::fs::read_dir("big").unwrap() {
        n += 1;
        bytes += e.unwrap().file_name().len();
    }
    println!("{n} entries, {bytes} name bytes");
}
