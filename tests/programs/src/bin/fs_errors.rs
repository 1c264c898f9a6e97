//! Error paths of the filesystem functions, through std::fs: every result
//! prints its p1 errno, which must equal native p1's.
use std::fs::{self, OpenOptions};
use std::io::Write;

fn show<T: std::fmt::Debug>(what: &str, r: std::io::Result<T>) {
    match r {
        Ok(v) => println!("{what}: ok {v:?}"),
        Err(e) => println!("{what}: errno {:?}", e.raw_os_error()),
    }
}

fn main() {
    fs::create_dir("d").unwrap();
    fs::write("d/f", b"x").unwrap();
    fs::create_dir("d/sub").unwrap();
    fs::write("d/sub/g", b"y").unwrap();

    show("open missing", fs::File::open("missing"));
    show("open missing dir component", fs::File::open("nope/x"));
    show("create_new existing", OpenOptions::new().write(true).create_new(true).open("d/f"));
    show("open file as dir component", fs::File::open("d/f/x"));
    show("read_dir on file", fs::read_dir("d/f").map(|_| ()));
    show("write to dir", OpenOptions::new().write(true).open("d"));
    show("remove_dir non-empty", fs::remove_dir("d/sub"));
    show("remove_dir on file", fs::remove_dir("d/f"));
    show("remove_file on dir", fs::remove_file("d/sub"));
    show("remove_file missing", fs::remove_file("d/none"));
    show("mkdir existing", fs::create_dir("d/sub"));
    show("rename missing", fs::rename("d/none", "d/x"));
    show("rename dir onto file", fs::rename("d/sub", "d/f"));
    show("rename file onto dir", fs::rename("d/f", "d/sub"));
    show("hard link to existing", fs::hard_link("d/f", "d/sub/g"));
    show("hard link of dir", fs::hard_link("d/sub", "d/sub2"));
    show("symlink over existing", p1_adapt_test_programs::symlink("x", "d/f"));
    show("read_link on file", fs::read_link("d/f"));
    show("read_link missing", fs::read_link("d/missing"));
    // leaving the preopen
    show("open ..", fs::File::open("../x"));
    show("open d/../../x", fs::File::open("d/../../x"));
    show("open absolute", fs::File::open("/etc/passwd"));
    show("mkdir ..", fs::create_dir("../escape"));
    show("symlink out", p1_adapt_test_programs::symlink("../../..", "d/out"));
    show("open through symlink out", fs::File::open("d/out/etc/passwd"));
    show("stat through symlink out", fs::metadata("d/out"));
    show("symlink absolute", p1_adapt_test_programs::symlink("/etc", "d/abs"));
    show("open through absolute symlink", fs::File::open("d/abs/passwd"));
    show("open d/./f", fs::read_to_string("d/./f"));
    show("open d/sub/../f", fs::read_to_string("d/sub/../f"));
    show("empty path", fs::File::open(""));
    // files opened read-only / write-only
    let mut ro = fs::File::open("d/f").unwrap();
    show("write to read-only file", ro.write_all(b"z"));
    let wo = OpenOptions::new().write(true).open("d/f").unwrap();
    show("read from write-only file", std::io::Read::read(&mut &wo, &mut [0u8; 4]));
    show("set_len on read-only", ro.set_len(0));
    // a directory opened like a file (no O_DIRECTORY), and read
    let mut dir = fs::File::open("d").unwrap();
    show("read a directory", std::io::Read::read(&mut dir, &mut [0u8; 4]));
    show("read it again", std::io::Read::read(&mut dir, &mut [0u8; 4]));
    show("it is a directory", dir.metadata().map(|m| m.is_dir()));
    show("read it after", std::io::Read::read(&mut dir, &mut [0u8; 4]));
    show("read_to_end of a directory", fs::read("d/sub"));
    let mut sub = fs::File::open("d/sub").unwrap();
    show("read nothing from a directory", std::io::Read::read(&mut sub, &mut []));
    show("write to a directory", std::io::Write::write(&mut sub, b"z"));
    fs::write("d/empty", b"").unwrap();
    let mut empty = fs::File::open("d/empty").unwrap();
    show("read an empty file", std::io::Read::read(&mut empty, &mut [0u8; 4]));
    let mut f = fs::File::open("d/f").unwrap();
    show("read nothing from a file", std::io::Read::read(&mut f, &mut []));
    let mut f = fs::File::open("d/f").unwrap();
    show("read a file", std::io::Read::read(&mut f, &mut [0u8; 4]));
    show("read a file at its end", std::io::Read::read(&mut f, &mut [0u8; 4]));
}
