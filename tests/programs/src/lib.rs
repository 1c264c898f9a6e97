//! Raw `wasi_snapshot_preview1` calls for test guests that need to reach the
//! ABI directly (errno cases std does not expose).

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    pub fn fd_write(fd: u32, iovs: *const Iovec, n: usize, nwritten: *mut usize) -> u16;
    pub fn fd_read(fd: u32, iovs: *const Iovec, n: usize, nread: *mut usize) -> u16;
    pub fn fd_close(fd: u32) -> u16;
    pub fn fd_fdstat_get(fd: u32, out: *mut u8) -> u16;
    pub fn fd_prestat_get(fd: u32, out: *mut u32) -> u16;
    pub fn fd_prestat_dir_name(fd: u32, out: *mut u8, len: usize) -> u16;
    pub fn clock_res_get(id: u32, out: *mut u64) -> u16;
    pub fn clock_time_get(id: u32, precision: u64, out: *mut u64) -> u16;
    pub fn random_get(buf: *mut u8, len: usize) -> u16;
    pub fn proc_raise(sig: u32) -> u16;
    pub fn sched_yield() -> u16;
    pub fn args_sizes_get(argc: *mut usize, size: *mut usize) -> u16;
    pub fn environ_sizes_get(count: *mut usize, size: *mut usize) -> u16;
}

/// A p1 `iovec`/`ciovec`.
#[repr(C)]
pub struct Iovec {
    pub buf: *const u8,
    pub len: usize,
}

/// Writes `parts` with one `fd_write` call; returns (errno, nwritten).
pub fn writev(fd: u32, parts: &[&[u8]]) -> (u16, usize) {
    let iovs: Vec<Iovec> = parts
        .iter()
        .map(|p| Iovec {
            buf: p.as_ptr(),
            len: p.len(),
        })
        .collect();
    let mut n = 0;
    let e = unsafe { fd_write(fd, iovs.as_ptr(), iovs.len(), &mut n) };
    (e, n)
}

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    pub fn path_open(
        fd: u32,
        dirflags: u32,
        path: *const u8,
        path_len: usize,
        oflags: u32,
        base: u64,
        inheriting: u64,
        fdflags: u32,
        opened: *mut u32,
    ) -> u16;
    pub fn fd_seek(fd: u32, offset: i64, whence: u32, newoffset: *mut u64) -> u16;
    pub fn fd_tell(fd: u32, out: *mut u64) -> u16;
    pub fn fd_renumber(fd: u32, to: u32) -> u16;
    pub fn fd_readdir(fd: u32, buf: *mut u8, len: usize, cookie: u64, used: *mut usize) -> u16;
    pub fn fd_fdstat_set_flags(fd: u32, flags: u32) -> u16;
    pub fn fd_fdstat_set_rights(fd: u32, base: u64, inheriting: u64) -> u16;
    pub fn fd_filestat_get(fd: u32, out: *mut u8) -> u16;
    pub fn fd_filestat_set_size(fd: u32, size: u64) -> u16;
    pub fn fd_filestat_set_times(fd: u32, atim: u64, mtim: u64, flags: u32) -> u16;
    pub fn fd_pread(fd: u32, iovs: *const Iovec, n: usize, offset: u64, nread: *mut usize) -> u16;
    pub fn fd_pwrite(fd: u32, iovs: *const Iovec, n: usize, offset: u64, nwritten: *mut usize) -> u16;
    pub fn fd_advise(fd: u32, offset: u64, len: u64, advice: u32) -> u16;
    pub fn fd_allocate(fd: u32, offset: u64, len: u64) -> u16;
    pub fn fd_datasync(fd: u32) -> u16;
    pub fn fd_sync(fd: u32) -> u16;
    pub fn path_filestat_get(fd: u32, flags: u32, path: *const u8, len: usize, out: *mut u8) -> u16;
    pub fn path_filestat_set_times(fd: u32, flags: u32, path: *const u8, len: usize, atim: u64, mtim: u64, fst: u32) -> u16;
    pub fn path_readlink(fd: u32, path: *const u8, len: usize, buf: *mut u8, buf_len: usize, used: *mut usize) -> u16;
    pub fn path_create_directory(fd: u32, path: *const u8, len: usize) -> u16;
    pub fn path_remove_directory(fd: u32, path: *const u8, len: usize) -> u16;
    pub fn path_unlink_file(fd: u32, path: *const u8, len: usize) -> u16;
    pub fn path_symlink(old: *const u8, old_len: usize, fd: u32, new: *const u8, new_len: usize) -> u16;
    pub fn path_link(old_fd: u32, flags: u32, old: *const u8, old_len: usize, new_fd: u32, new: *const u8, new_len: usize) -> u16;
    pub fn path_rename(fd: u32, old: *const u8, old_len: usize, new_fd: u32, new: *const u8, new_len: usize) -> u16;
}

/// Rights libc asks for (everything).
pub const ALL_RIGHTS: u64 = (1 << 30) - 1;

/// `path_open` with a `&str`; returns (errno, fd).
pub fn open(dir: u32, path: &str, oflags: u32, rights: u64, fdflags: u32) -> (u16, u32) {
    let mut fd = u32::MAX;
    let e = unsafe { path_open(dir, 1, path.as_ptr(), path.len(), oflags, rights, rights, fdflags, &mut fd) };
    (e, fd)
}

/// Writes all of `data` at the cursor; returns (errno, total written).
pub fn write_all(fd: u32, data: &[u8]) -> (u16, usize) {
    let mut done = 0;
    while done < data.len() {
        let (e, n) = writev(fd, &[&data[done..]]);
        if e != 0 || n == 0 {
            return (e, done);
        }
        done += n;
    }
    (0, done)
}

/// Reads up to `len` bytes at the cursor with one call; (errno, bytes).
pub fn read(fd: u32, len: usize) -> (u16, Vec<u8>) {
    let mut buf = vec![0u8; len];
    let iov = Iovec { buf: buf.as_mut_ptr(), len };
    let mut n = 0;
    let e = unsafe { fd_read(fd, &iov, 1, &mut n) };
    buf.truncate(n);
    (e, buf)
}

/// A p1 filestat's fields that do not depend on the host (type, nlink, size).
pub fn stat_summary(b: &[u8; 64]) -> String {
    let nlink = u64::from_le_bytes(b[24..32].try_into().unwrap());
    let size = u64::from_le_bytes(b[32..40].try_into().unwrap());
    let mtim = u64::from_le_bytes(b[48..56].try_into().unwrap());
    format!("type {} nlink {nlink} size {size} mtim-set {}", b[16], mtim == 1_000_000_000_123)
}

/// `symlink(target, link)` relative to the first preopen (fd 3), for std
/// programs (std's wasi symlink is unstable).
pub fn symlink(target: &str, link: &str) -> std::io::Result<()> {
    let e = unsafe { path_symlink(target.as_ptr(), target.len(), 3, link.as_ptr(), link.len()) };
    if e == 0 {
        Ok(())
    } else {
        Err(std::io::Error::from_raw_os_error(i32::from(e)))
    }
}

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    pub fn poll_oneoff(subs: *const Subscription, events: *mut Event, n: usize, nevents: *mut usize) -> u16;
    pub fn sock_accept(fd: u32, flags: u32, ro_fd: *mut u32) -> u16;
    pub fn sock_recv(fd: u32, ri: *const Iovec, ri_len: usize, flags: u32, ro_len: *mut usize, ro_flags: *mut u16) -> u16;
    pub fn sock_send(fd: u32, si: *const Iovec, si_len: usize, flags: u32, so_len: *mut usize) -> u16;
    pub fn sock_shutdown(fd: u32, how: u32) -> u16;
}

/// A p1 subscription (48 bytes).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct Subscription {
    pub userdata: u64,
    pub tag: u8,
    pub _pad: [u8; 7],
    /// clock: id (u32) at 0, timeout (u64) at 8, precision at 16, flags (u16) at 24;
    /// fd_read/fd_write: fd (u32) at 0.
    pub u: [u64; 4],
}

impl Subscription {
    pub fn clock(userdata: u64, id: u32, timeout: u64, abstime: bool) -> Self {
        Subscription { userdata, tag: 0, _pad: [0; 7], u: [u64::from(id), timeout, 0, u64::from(abstime)] }
    }
    pub fn fd(userdata: u64, write: bool, fd: u32) -> Self {
        Subscription { userdata, tag: if write { 2 } else { 1 }, _pad: [0; 7], u: [u64::from(fd), 0, 0, 0] }
    }
}

/// A p1 event (32 bytes).
#[repr(C)]
#[derive(Clone, Copy, Default, Debug)]
pub struct Event {
    pub userdata: u64,
    pub error: u16,
    pub kind: u8,
    pub _pad: [u8; 5],
    pub nbytes: u64,
    pub flags: u16,
    pub _pad2: [u8; 6],
}

/// poll_oneoff over `subs`; (errno, events).
pub fn poll(subs: &[Subscription]) -> (u16, Vec<Event>) {
    let mut events = vec![Event::default(); subs.len().max(1)];
    let mut n = 0;
    let e = unsafe { poll_oneoff(subs.as_ptr(), events.as_mut_ptr(), subs.len(), &mut n) };
    events.truncate(n);
    (e, events)
}

/// A read-only `FILE` as wasi-libc (musl) implements it: a 1,024-byte
/// buffer, and `fread` reading the caller's bytes and the next buffer-full
/// with one two-iovec `fd_read` (`__stdio_read`). Native p1 fills only the
/// first iovec, so libc calls again for the buffer.
pub struct CFile {
    pub fd: u32,
    buf: Vec<u8>,
    rpos: usize,
    rend: usize,
}

impl CFile {
    pub fn new(fd: u32) -> Self {
        CFile { fd, buf: vec![0; 1024], rpos: 0, rend: 0 }
    }

    /// musl's `fread(dst, 1, dst.len(), f)`: the bytes read, short only at
    /// the end of the file or on an error (its errno is returned too).
    pub fn fread(&mut self, dst: &mut [u8]) -> (usize, u16) {
        let k = (self.rend - self.rpos).min(dst.len());
        dst[..k].copy_from_slice(&self.buf[self.rpos..self.rpos + k]);
        self.rpos += k;
        let mut done = k;
        while done < dst.len() {
            match self.stdio_read(&mut dst[done..]) {
                (0, e) => return (done, e),
                (n, _) => done += n,
            }
        }
        (done, 0)
    }

    /// musl's `__stdio_read`: `len - 1` bytes into `dst` and the rest into
    /// the buffer, of which the first byte ends `dst`.
    fn stdio_read(&mut self, dst: &mut [u8]) -> (usize, u16) {
        let first = dst.len() - 1;
        let iovs = [
            Iovec { buf: dst.as_mut_ptr(), len: first },
            Iovec { buf: self.buf.as_mut_ptr(), len: self.buf.len() },
        ];
        let (skip, mut cnt) = (usize::from(first == 0), 0);
        let e = unsafe { fd_read(self.fd, iovs[skip..].as_ptr(), 2 - skip, &mut cnt) };
        if e != 0 || cnt == 0 {
            return (0, e);
        }
        if cnt <= first {
            return (cnt, 0);
        }
        // The buffer holds the rest; its first byte ends `dst`.
        (self.rpos, self.rend) = (1, cnt - first);
        dst[first] = self.buf[0];
        (dst.len(), 0)
    }

    /// Forgets the buffered bytes (after a seek).
    pub fn drop_buffer(&mut self) {
        (self.rpos, self.rend) = (0, 0);
    }
}
