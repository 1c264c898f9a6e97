//! Differential fuzzing of the p1 ABI: `callseq SEED COUNT` makes COUNT
//! random p1 calls (files, directories, fds, seeks, readdir, renumber,
//! links, poll...) chosen by SEED and prints each call with its errno and
//! host-independent results. Run natively and adapted with the same seed,
//! the outputs and the directory trees must be identical.
//!
//! It avoids only what is a documented difference: pointers outside memory
//! and unknown enum values (native traps), and more than one non-empty
//! iovec per call (native moves only the first).
use p1_adapt_test_programs::*;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const PATHS: &[&str] = &["a", "b", "c.txt", "d", "d/x", "d/y", "d/e", "d/e/z", "..", "/abs", "a/../b", "d/../a", "", "./c.txt", "link", "d/link2", "d/"];
const R: u64 = 1 << 1;
const W: u64 = 1 << 6;
const DIR_RIGHTS: u64 = (1 << 1) | (1 << 14);

fn fd(r: &mut Rng) -> u32 {
    match r.below(10) {
        0 => 99,
        1 => u32::MAX,
        _ => r.below(14) as u32,
    }
}

fn hash(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf29ce484222325u64, |h, x| (h ^ u64::from(*x)).wrapping_mul(0x100000001b3))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let count: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let mut r = Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1);
    let mut buf = vec![0u8; 4096];
    for i in 0..count {
        let line = match r.below(26) {
            0..=3 => {
                let path = *r.pick(PATHS);
                let mut oflags = 0;
                for bit in [1u32, 2, 4, 8] {
                    if r.below(4) == 0 {
                        oflags |= bit;
                    }
                }
                let rights = *r.pick(&[R, W, R | W, DIR_RIGHTS, 0, ALL_RIGHTS]);
                let fdflags = *r.pick(&[0u32, 1, 4, 5]);
                let dir = if r.below(5) == 0 { fd(&mut r) } else { 3 };
                let (e, new) = open(dir, path, oflags, rights, fdflags);
                format!("open({dir}, {path:?}, oflags {oflags}, rights {rights:#x}, fdflags {fdflags}) = {e} fd {}", if e == 0 { new } else { 0 })
            }
            4 => {
                let f = fd(&mut r);
                format!("close({f}) = {}", unsafe { fd_close(f) })
            }
            5 | 6 => {
                let f = fd(&mut r);
                let len = r.below(300) as usize;
                let data: Vec<u8> = (0..len).map(|k| (k as u8).wrapping_add(i as u8)).collect();
                let (e, n) = writev(f, &[&data]);
                format!("write({f}, {len}) = {e} n {n}")
            }
            7 => {
                let f = fd(&mut r);
                let len = r.below(300) as usize;
                let off = r.below(400);
                let data = vec![b'p'; len];
                let iov = Iovec { buf: data.as_ptr(), len };
                let mut n = 0;
                let e = unsafe { fd_pwrite(f, &iov, 1, off, &mut n) };
                format!("pwrite({f}, {len}, {off}) = {e} n {n}")
            }
            8 | 9 => {
                let f = fd(&mut r);
                if f <= 2 {
                    // stdin is empty in both runs; reading it is covered elsewhere
                    continue;
                }
                let len = r.below(300) as usize;
                let iov = Iovec { buf: buf.as_mut_ptr(), len };
                let mut n = 0;
                let e = unsafe { fd_read(f, &iov, 1, &mut n) };
                let data = &buf[..if e == 0 { n } else { 0 }];
                format!("read({f}, {len}) = {e} n {} hash {:x}", data.len(), hash(data))
            }
            10 => {
                let f = fd(&mut r);
                let len = r.below(300) as usize;
                let off = r.below(400);
                let iov = Iovec { buf: buf.as_mut_ptr(), len };
                let mut n = 0;
                let e = unsafe { fd_pread(f, &iov, 1, off, &mut n) };
                format!("pread({f}, {len}, {off}) = {e} n {n} hash {:x}", hash(&buf[..if e == 0 { n } else { 0 }]))
            }
            11 => {
                let f = fd(&mut r);
                let off = r.below(140) as i64 - 40;
                let whence = r.below(3) as u32;
                let mut pos = 0;
                let e = unsafe { fd_seek(f, off, whence, &mut pos) };
                format!("seek({f}, {off}, {whence}) = {e} pos {}", if e == 0 { pos } else { 0 })
            }
            12 => {
                let f = fd(&mut r);
                let mut pos = 0;
                let e = unsafe { fd_tell(f, &mut pos) };
                format!("tell({f}) = {e} pos {}", if e == 0 { pos } else { 0 })
            }
            13 => {
                // a whole listing with a small buffer, resuming at d_next
                let f = fd(&mut r);
                let size = 24 + r.below(100) as usize;
                let mut names = Vec::new();
                let mut cookie = 0u64;
                let mut err = 0;
                for _ in 0..200 {
                    let mut used = 0;
                    let e = unsafe { fd_readdir(f, buf.as_mut_ptr(), size, cookie, &mut used) };
                    if e != 0 {
                        err = e;
                        break;
                    }
                    let mut at = 0;
                    let mut progressed = false;
                    while at + 24 <= used {
                        let next = u64::from_le_bytes(buf[at..at + 8].try_into().unwrap());
                        let namlen = u32::from_le_bytes(buf[at + 16..at + 20].try_into().unwrap()) as usize;
                        // inode numbers differ between the two directories
                        buf[at + 8..at + 16].fill(0);
                        if at + 24 + namlen > used {
                            break;
                        }
                        names.push(format!("{}:{}", String::from_utf8_lossy(&buf[at + 24..at + 24 + namlen]), buf[at + 20]));
                        cookie = next;
                        at += 24 + namlen;
                        progressed = true;
                    }
                    if at + 8 < used {
                        // a trailing partial entry: its inode bytes too
                        buf[at + 8..used.min(at + 16)].fill(0);
                    }
                    if used < size || !progressed {
                        break;
                    }
                }
                names.sort();
                format!("readdir({f}, buf {size}) = {err} {}", names.join(" "))
            }
            14 => {
                let (a, b) = (fd(&mut r), fd(&mut r));
                format!("renumber({a}, {b}) = {}", unsafe { fd_renumber(a, b) })
            }
            15 => {
                let f = fd(&mut r);
                let mut b = [0u8; 24];
                let e = unsafe { fd_fdstat_get(f, b.as_mut_ptr()) };
                format!("fdstat({f}) = {e} {:?}", if e == 0 { b.to_vec() } else { vec![] })
            }
            16 => {
                let f = fd(&mut r);
                let mut b = [0u8; 64];
                let e = unsafe { fd_filestat_get(f, b.as_mut_ptr()) };
                format!("filestat({f}) = {e} {}", if e == 0 { stat_summary(&b) } else { String::new() })
            }
            17 => {
                let f = fd(&mut r);
                let size = r.below(200);
                format!("set_size({f}, {size}) = {}", unsafe { fd_filestat_set_size(f, size) })
            }
            18 => {
                let f = fd(&mut r);
                let flags = *r.pick(&[0u32, 1, 4, 5]);
                format!("set_flags({f}, {flags}) = {}", unsafe { fd_fdstat_set_flags(f, flags) })
            }
            19 => {
                let p = *r.pick(PATHS);
                let which = r.below(3);
                let e = unsafe {
                    match which {
                        0 => path_create_directory(3, p.as_ptr(), p.len()),
                        1 => path_remove_directory(3, p.as_ptr(), p.len()),
                        _ => path_unlink_file(3, p.as_ptr(), p.len()),
                    }
                };
                format!("path op {which} {p:?} = {e}")
            }
            20 => {
                let (a, b) = (*r.pick(PATHS), *r.pick(PATHS));
                format!("rename({a:?}, {b:?}) = {}", unsafe { path_rename(3, a.as_ptr(), a.len(), 3, b.as_ptr(), b.len()) })
            }
            21 => {
                let (t, l) = (*r.pick(PATHS), *r.pick(&["link", "d/link2", "c.txt", "d/x"]));
                format!("symlink({t:?}, {l:?}) = {}", unsafe { path_symlink(t.as_ptr(), t.len(), 3, l.as_ptr(), l.len()) })
            }
            22 => {
                let p = *r.pick(PATHS);
                let len = r.below(12) as usize;
                let mut used = 0;
                let e = unsafe { path_readlink(3, p.as_ptr(), p.len(), buf.as_mut_ptr(), len, &mut used) };
                format!("readlink({p:?}, {len}) = {e} {:?}", String::from_utf8_lossy(&buf[..if e == 0 { used } else { 0 }]))
            }
            23 => {
                let p = *r.pick(PATHS);
                let follow = r.below(2) as u32;
                let mut b = [0u8; 64];
                let e = unsafe { path_filestat_get(3, follow, p.as_ptr(), p.len(), b.as_mut_ptr()) };
                format!("path_filestat({p:?}, {follow}) = {e} {}", if e == 0 { stat_summary(&b) } else { String::new() })
            }
            24 => {
                let (a, b) = (*r.pick(PATHS), *r.pick(PATHS));
                let follow = r.below(2) as u32;
                format!("link({a:?}, {b:?}, {follow}) = {}", unsafe { path_link(3, follow, a.as_ptr(), a.len(), 3, b.as_ptr(), b.len()) })
            }
            _ => {
                let f = fd(&mut r);
                let write = r.below(2) == 0;
                // One subscription: with a clock beside it, which of two
                // ready subscriptions a host reports first is a race.
                let (e, events) = poll(&[Subscription::fd(1, write, f)]);
                let mut ev: Vec<String> = events.iter().map(|e| format!("{}/{}/{}/{}", e.userdata, e.error, e.kind, e.flags)).collect();
                ev.sort();
                format!("poll({f}, write {write}) = {e} {}", ev.join(" "))
            }
        };
        // The guest's scratch buffer, where reads, readdir and readlink
        // write: compared byte for byte through its hash.
        println!("{i}: {line} | mem {:x}", hash(&buf));
    }
}
