//! 5,000 files open at once (no fixed table limit), then all closed; the
//! fd numbers handed out must be native's. Then a directory of 10,000
//! entries and names of 255 bytes, read back with read_dir.
use std::fs::{self, File};
use std::os::fd::AsRawFd;

fn main() {
    fs::create_dir("many").unwrap();
    let mut files = Vec::new();
    for i in 0..5000 {
        files.push(File::create(format!("many/f{i}")).unwrap());
    }
    let fds: Vec<i32> = files.iter().map(|f| f.as_raw_fd()).collect();
    println!("opened {} files, fds {}..{}", files.len(), fds[0], fds[fds.len() - 1]);
    // Close every other one, then reopen: numbers are reused highest first.
    for i in (0..5000).step_by(2).rev() {
        files.remove(i);
    }
    let again: Vec<i32> = (0..5).map(|i| File::open(format!("many/f{i}")).unwrap().as_raw_fd()).collect();
    println!("reused fds {again:?}");
    drop(files);
    println!("all closed");

    for i in 5000..10_000 {
        File::create(format!("many/f{i}")).unwrap();
    }
    let long = "n".repeat(255);
    File::create(format!("many/{long}")).unwrap();
    let mut names: Vec<String> = fs::read_dir("many")
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    println!("read_dir: {} entries, 255-byte name present: {}", names.len(), names.contains(&long));
    println!("first {:?} last {:?}", &names[..3], &names[names.len() - 2..names.len() - 1]);
    fs::remove_dir_all("many").unwrap();
}
