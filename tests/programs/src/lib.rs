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
