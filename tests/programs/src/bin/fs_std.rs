//! The filesystem through std::fs (the libc paths real programs use):
//! create, write, append, read, seek, metadata, set_len, set_times, rename,
//! links, symlinks, read_dir, remove. The preopen is the current directory.
use std::fs::{self, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::time::{Duration, UNIX_EPOCH};

fn show<T: std::fmt::Debug>(what: &str, r: std::io::Result<T>) {
    match r {
        Ok(v) => println!("{what}: ok {v:?}"),
        Err(e) => println!("{what}: errno {:?} ({:?})", e.raw_os_error(), e.kind()),
    }
}

fn listing(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let t = e.file_type().unwrap();
            let kind = if t.is_dir() { "d" } else if t.is_symlink() { "l" } else { "f" };
            format!("{kind}:{}", e.file_name().to_string_lossy())
        })
        .collect();
    names.sort();
    names
}

fn main() {
    show("mkdir a", fs::create_dir("a"));
    show("mkdir a/b/c (all)", fs::create_dir_all("a/b/c"));
    show("write a/hello.txt", fs::write("a/hello.txt", b"hello\n"));
    show("read a/hello.txt", fs::read_to_string("a/hello.txt"));

    // append mode, then the offset is the end
    let mut f = OpenOptions::new().append(true).open("a/hello.txt").unwrap();
    show("append", f.write_all(b"world\n"));
    show("append again", f.write_all(b"again\n"));
    show("position after append", f.stream_position());
    drop(f);
    show("read after append", fs::read_to_string("a/hello.txt"));

    // read/write with seeks
    let mut f = OpenOptions::new().read(true).write(true).create(true).open("a/rw.bin").unwrap();
    show("write 0..100", f.write_all(&(0..100u8).collect::<Vec<_>>()));
    show("seek start+10", f.seek(SeekFrom::Start(10)));
    let mut b = [0u8; 5];
    show("read 5", f.read_exact(&mut b).map(|_| b));
    show("seek cur-3", f.seek(SeekFrom::Current(-3)));
    show("seek end-1", f.seek(SeekFrom::End(-1)));
    show("seek end+10", f.seek(SeekFrom::End(10)));
    show("write past end", f.write_all(b"XY"));
    show("len", f.metadata().map(|m| m.len()));
    show("seek before start", f.seek(SeekFrom::Current(-1000)));
    show("set_len 50", f.set_len(50));
    show("len after truncate", f.metadata().map(|m| m.len()));
    show("set_len 4096", f.set_len(4096));
    show("len after extend", f.metadata().map(|m| m.len()));
    let t = UNIX_EPOCH + Duration::new(1000, 123);
    show("set_modified", f.set_modified(t));
    show("modified", f.metadata().and_then(|m| m.modified()).map(|m| m == t));
    show("sync_all", f.sync_all());
    show("sync_data", f.sync_data());
    drop(f);

    // metadata
    let m = fs::metadata("a").unwrap();
    println!("a: dir {} file {}", m.is_dir(), m.is_file());
    let m = fs::metadata("a/rw.bin").unwrap();
    println!("rw.bin: dir {} file {} len {}", m.is_dir(), m.is_file(), m.len());

    // links
    show("hard link", fs::hard_link("a/hello.txt", "a/hello2.txt"));
    show("read via hard link", fs::read_to_string("a/hello2.txt"));
    show("symlink", p1_adapt_test_programs::symlink("hello.txt", "a/sym"));
    show("read_link", fs::read_link("a/sym"));
    show("read via symlink", fs::read_to_string("a/sym"));
    show("symlink_metadata is symlink", fs::symlink_metadata("a/sym").map(|m| m.file_type().is_symlink()));
    show("metadata follows", fs::metadata("a/sym").map(|m| m.is_file()));
    show("dangling symlink", p1_adapt_test_programs::symlink("nowhere", "a/dangling"));
    show("read dangling", fs::read("a/dangling"));

    // rename
    show("rename file", fs::rename("a/hello2.txt", "a/b/moved.txt"));
    show("rename dir", fs::rename("a/b/c", "a/c2"));
    show("listing a", Ok(listing("a")));
    show("listing a/b", Ok(listing("a/b")));

    // remove
    show("remove file", fs::remove_file("a/b/moved.txt"));
    show("remove symlink", fs::remove_file("a/sym"));
    show("remove empty dir", fs::remove_dir("a/c2"));
    show("listing a after removes", Ok(listing("a")));
    show("mkdir keep/inner", fs::create_dir_all("keep/inner"));
    show("write keep/inner/data", fs::write("keep/inner/data", vec![7u8; 10_000]));
    show("remove_dir_all a", fs::remove_dir_all("a"));
    show("listing .", Ok(listing(".")));
}
